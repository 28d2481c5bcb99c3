#pragma once

#include "domain/hold.h"
#include "domain/venuespace.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace VenueMap::Core {
class BackgroundReader;
class Database;
}

namespace VenueMap::Ui {

// A venue's calendar (issue 14): one month, a row per room (and one for the whole venue), a column
// per day; each day shows the holds of every project on it, confirmed in green, options in amber,
// several competing holds counted, and the tooltip names them. Read off the GUI thread.
class VenueCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    VenueCalendarDialog(const Core::Database &db, const QString &venueId, const QString &venueName,
        const QDate &month, QWidget *parent = nullptr);
    ~VenueCalendarDialog() override;

    void showMonth(const QDate &month);
    bool isLoading() const { return m_loading; }
    QDate month() const { return m_month; }
    QTableWidget *grid() const { return m_grid; }

private:
    void fill(const QList<Core::VenueSpace> &spaces, const QList<Core::Hold> &holds);

    std::unique_ptr<Core::Database> m_db;
    QString m_venueId;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    QDate m_month;
    bool m_loading = false;
    QLabel *m_title;
    QTableWidget *m_grid;
};

} // namespace VenueMap::Ui
