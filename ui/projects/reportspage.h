#pragma once

#include "db/database.h"

#include <QPair>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace VenueMap::Core {
class BackgroundReader;
struct DeclineTally;
}

namespace VenueMap::Ui {

// Reports: venues by city, projects by status and outreach of active projects, as charts with
// their numbers beside them; declines counted by reason per venue or per city.
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
    // Declines by reason: one row per venue (or city), one column per reason, and totals.
    QTreeWidget *declinesTable() const { return m_declines; }
    QComboBox *declinesGrouping() const { return m_declinesBy; }
    bool isLoadingDeclines() const { return m_loadingDeclines; }
    // What the section says when nothing was declined (empty while it shows rows).
    QString declinesEmptyText() const;
    // Reads the declines again, grouped as the combo says (off the GUI thread).
    void reloadDeclines();

Q_SIGNALS:
    void backRequested();

protected:
    // Shown again (after a delete elsewhere): the numbers are read again.
    void showEvent(QShowEvent *event) override;

private:
    void fill(int which, const QString &title, const QList<QPair<QString, qint64>> &rows,
        bool horizontal);

    void showDeclines(const QList<Core::DeclineTally> &tallies, bool perVenue);
    void showError(const Core::DbError &error);

    std::unique_ptr<Core::BackgroundReader> m_reader;
    std::unique_ptr<Core::BackgroundReader> m_declinesReader;
    bool m_loading = false;
    bool m_loadingDeclines = false;
    QComboBox *m_declinesBy;
    QTreeWidget *m_declines;
    QLabel *m_declinesEmpty;
    QList<QChartView *> m_charts;
    QList<QTreeWidget *> m_tables;
    QLabel *m_error;
};

} // namespace VenueMap::Ui
