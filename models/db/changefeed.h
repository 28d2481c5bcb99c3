#pragma once

#include "databaseurl.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace VenueMap::Core {

// One change to a row a window shows, as the database announced it (migration 0013).
struct DataChange
{
    enum class Op { Insert, Update, Delete };
    QString table; // venues, projects, project_venues, holds, activity_logs, …
    Op op = Op::Update;
    QString id; // empty for a statement that changed many rows at once
    int version = 0; // 0: the table keeps none
    QString projectId; // the project the row belongs to, if any
    QString by; // the database login that made the change
    qint64 rows = 1; // > 1: a bulk statement; `id` is empty then

    bool isBulk() const { return id.isEmpty(); }
    // The tables whose changes the app knows how to show; others are ignored (and logged).
    static bool isKnownTable(const QString &table);
    // A payload of venuemap_changes, or nullopt (logged) when it is garbled, from an unknown
    // table or from a newer schema.
    static std::optional<DataChange> fromPayload(const QString &payload);
};

// Colleagues' changes, live (issue 18, DESIGN §7): the changes made to one database by anyone
// (another window, venuemapctl, the agency's own backend), delivered on the GUI thread at most
// every 250 ms, coalesced by row, so a flood of notifications costs one update per row.
//
// On PostgreSQL the connection monitor LISTENs on its connection (the window's second and last
// idle one) and hands the payloads in; on SQLite a watcher polls PRAGMA data_version, which only
// says that something changed: everythingChanged() then.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    // The feed of `url`'s database, shared by every page of the process that shows it; it lives
    // while someone holds it (on SQLite its watcher runs as long).
    static std::shared_ptr<ChangeFeed> of(const DatabaseUrl &url);
    ~ChangeFeed() override;

    // From the listening connection's thread: one notification's payload.
    void ingest(const QString &payload);
    // Something changed, nobody says what (SQLite; or notifications were missed while offline).
    void ingestUnknownChange();

    static constexpr int kCoalesceMs = 250;
    static constexpr int kMostRows = 500; // more rows in one flush: everythingChanged() instead

Q_SIGNALS:
    // Rows changed, one entry per row (the newest announcement of it).
    void changed(const QList<VenueMap::Core::DataChange> &changes);
    // Anything may have changed: read what is on screen again.
    void everythingChanged();

private:
    explicit ChangeFeed(const DatabaseUrl &url);
    void flush();
    void startSqliteWatcher();

    DatabaseUrl m_url;
    QTimer *m_flush;
    QHash<QString, DataChange> m_pending; // by table and id
    QList<QString> m_order;
    bool m_everything = false;
    class SqliteWatcher;
    std::unique_ptr<SqliteWatcher> m_watcher;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::DataChange)
