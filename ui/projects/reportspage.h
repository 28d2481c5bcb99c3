#pragma once

#include "db/database.h"

#include <QPair>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTreeWidget;

namespace VenueMap::Core {
class ReportRepository;
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

    void reload();
    QTreeWidget *table(int which) const { return m_tables.value(which); }

Q_SIGNALS:
    void backRequested();

private:
    void fill(int which, const QString &title, const QList<QPair<QString, qint64>> &rows,
        bool horizontal);

    std::unique_ptr<Core::ReportRepository> m_repo;
    QList<QChartView *> m_charts;
    QList<QTreeWidget *> m_tables;
    QLabel *m_error;
};

} // namespace VenueMap::Ui
