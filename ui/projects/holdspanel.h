#pragma once

#include "db/dberror.h"
#include "domain/hold.h"
#include "domain/projectvenue.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace VenueMap::Core {
class BackgroundReader;
class Database;
}

namespace VenueMap::Ui {

class DateEdit;
class HoldsTimeline;

// A project's dates and the rooms held for them (issue 14, first part): the date ranges (the
// preferred one and alternates), and each hold with its venue, room, dates, status and expiry,
// soonest first. Add dates…, Hold…, Confirm and Release act here; the database refuses a double
// booking and the sentence names the other project.
class HoldsPanel : public QWidget
{
    Q_OBJECT
public:
    HoldsPanel(const Core::Database &db, QString userId, QWidget *parent = nullptr);
    ~HoldsPanel() override;

    void setProjectId(const QString &projectId);
    // The shortlisted venue Hold… is for (the workspace's current row), with its rooms.
    void setCurrentEntry(const Core::ShortlistEntry *entry);
    // The project's event date: where Add dates… starts.
    void setEventDate(const QDate &date) { m_eventDate = date; }
    void reload();
    // Read-only: the project is archived (or the database read-only); nothing here writes.
    void setReadOnly(bool readOnly);
    bool isLoading() const { return m_loading; }
    const QList<Core::DateRange> &dateRanges() const { return m_ranges; }
    const QList<Core::Hold> &holds() const { return m_holds; }
    QTableWidget *table() const { return m_table; }
    HoldsTimeline *timeline() const { return m_timeline; }
    // Shows the holds on the timeline (true) or as the list.
    void showTimeline(bool timeline);
    QDialog *openDialog() const { return m_dialog; }

    void addDates();
    void holdRoom();
    void confirmSelected();
    void releaseSelected();
    void openCalendar();

Q_SIGNALS:
    // Something was refused or could not be read; lastError() says why.
    void failed();
    // A hold was placed, confirmed or released (the activity and counts may follow).
    void changed(const QString &sentence);

public:
    const Core::DbError &lastError() const { return m_lastError; }

private:
    const Core::Hold *selectedHold() const;
    void showData(const QList<Core::DateRange> &ranges, const QList<Core::Hold> &holds,
        const QList<Core::Hold> &competing = {});
    void updateButtons();
    void fail(const Core::DbError &error);

    std::unique_ptr<Core::Database> m_db;
    QString m_userId;
    QString m_projectId;
    QDate m_eventDate;
    std::optional<Core::ShortlistEntry> m_entry;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    bool m_loading = false;
    bool m_readOnly = false;
    QList<Core::DateRange> m_ranges;
    QList<Core::Hold> m_holds;
    Core::DbError m_lastError;
    QLabel *m_datesLabel;
    QTableWidget *m_table;
    QStackedWidget *m_views = nullptr;
    HoldsTimeline *m_timeline = nullptr;
    QToolButton *m_listButton = nullptr;
    QToolButton *m_timelineButton = nullptr;
    QPushButton *m_addDates;
    QPushButton *m_hold;
    QPushButton *m_confirm;
    QPushButton *m_release;
    QPushButton *m_calendar;
    QDialog *m_dialog = nullptr;
};

} // namespace VenueMap::Ui
