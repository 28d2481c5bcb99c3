#pragma once

#include "db/database.h"

#include <QPair>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTreeWidget;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

// Reports: venues by city, projects by status and outreach of active projects, as charts with
// their numbers beside them.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(const Core::Database &db, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Reads the three reports off the GUI thread; the charts follow when they are in.
    void reload();
    bool isLoading() const { return m_loading; }
    QTreeWidget *table(int which) const { return m_tables.value(which); }

Q_SIGNALS:
    void backRequested();

protected:
    // Shown again (after a delete elsewhere): the numbers are read again.
    void showEvent(QShowEvent *event) override;

private:
    void fill(int which, const QString &title, const QList<QPair<QString, qint64>> &rows,
        bool horizontal);

    std::unique_ptr<Core::BackgroundReader> m_reader;
    bool m_loading = false;
    QList<QChartView *> m_charts;
    QList<QTreeWidget *> m_tables;
    QLabel *m_error;
};

} // namespace VenueMap::Ui
