#pragma once

#include "db/database.h"
#include "migrationset.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace VenueMap::Core {

struct AppliedMigration
{
    int version = 0;
    QString name;
    QString checksum;
    QDateTime appliedAt;
    QString appliedBy;
    QString appVersion;
    qint64 executionMs = 0;
};

struct MigrationStatus
{
    int currentVersion = 0; // highest applied version
    int headVersion = 0; // highest version this app knows
    QList<AppliedMigration> applied;
    QList<Migration> pending;
    QStringList changedFiles; // applied migrations whose text differs from the app's
    bool newerThanApp() const { return currentVersion > headVersion; }
};

// How `migrate down` runs: dryRun only reports; force accepts losing data the older schema has
// no place for.
struct DownOptions
{
    bool dryRun = false;
    bool force = false;
};

// One declared loss of a down step, counted on the database as it is now.
struct CountedLoss
{
    int version = 0;
    QString fileName;
    QString what; // "rows of import_batches"
    qint64 count = 0;
};

// The down steps from the current version to a target, newest first, and what they would lose.
struct DownPlan
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<Migration> steps;
    QList<CountedLoss> losses; // only those with a count above zero
    bool losesData() const { return !losses.isEmpty(); }
    // "2 rows of import_batches (0005_import_batches.sql); 40 values of …"
    QString lossList() const;
};

// Brings a database to the app's schema version (DESIGN §5): one migration and its history row
// per transaction, under a lock that makes concurrent clients wait and then find nothing to do.
class MigrationManager : public QObject
{
    Q_OBJECT
public:
    explicit MigrationManager(Database db, QObject *parent = nullptr);
    MigrationManager(Database db, MigrationSet set, QObject *parent = nullptr);

    Result<MigrationStatus> status() const;
    // Checks without writing: not newer than the app, no changed file; pending ones are listed.
    Status verify() const;
    // Applies pending migrations up to `targetVersion` (head when -1); returns how many it applied.
    Result<int> migrate(int targetVersion = -1);
    // The pending migrations as one script a DBA can run with psql / sqlite3.
    Result<QString> pendingSql() const;

    // What going down to `targetVersion` would run and lose; refuses a database newer than the
    // app, a changed migration, a missing down step, or a target above the current version.
    Result<DownPlan> planDown(int targetVersion) const;
    // Reverts applied migrations above `targetVersion`, newest first, under the same lock as
    // migrate(): each down step and the removal of its history row commit in one transaction.
    // A plan that loses data is refused (nothing written) unless options.force; a dry run writes
    // nothing. Returns how many steps ran.
    Result<int> migrateDown(int targetVersion, DownOptions options = {});
    // The down steps to `targetVersion` as one script (psql / sqlite3).
    Result<QString> downSql(int targetVersion) const;

    // Whether the connected role may change the schema (PostgreSQL CREATE on the schema).
    Result<bool> canChangeSchema() const;
    // For tests and tools: how long to sleep between lock attempts.
    void setPollInterval(int ms) { m_pollMs = ms; }
    // Called while waiting; return false to give up (the GUI's Cancel).
    void setKeepWaiting(std::function<bool()> keepWaiting)
    {
        m_keepWaiting = std::move(keepWaiting);
    }

    // Where the SQLite backup of the last migrate() or migrateDown() went (empty when none was
    // needed).
    QString lastBackupPath() const { return m_lastBackup; }

    static QString lockFilePath(const QString &sqlitePath);
    static constexpr qint64 kAdvisoryLockKey = 0x56454E55; // "VENU"

Q_SIGNALS:
    void waitingForLock(const QString &holder);
    void migrationStarted(int version, const QString &fileName, int index, int count);
    void migrationFinished(int version, qint64 ms);
    void revertStarted(int version, const QString &fileName, int index, int count);
    void revertFinished(int version, qint64 ms);

private:
    Result<QList<AppliedMigration>> readHistory() const;
    Status ensureHistoryTable();
    Status checkApplied(const QList<AppliedMigration> &applied) const;
    Status applyOne(const Migration &migration);
    Status revertOne(const Migration &migration);
    Status runStatements(const QString &sql, const QString &fileName);
    Result<QList<CountedLoss>> countLosses(const QList<Migration> &steps) const;
    Status checkMayChangeSchema(int target);
    Status backupSqlite(int currentVersion);
    // Waits for the migration lock (signalling who holds it); on success a transaction is open.
    Status lockAndBegin();
    Result<bool> tryLock();
    QString lockHolder() const;
    void releaseSqliteLockFile();

    Database m_db;
    MigrationSet m_set;
    int m_pollMs = 200;
    std::function<bool()> m_keepWaiting;
    QString m_lastBackup;
};

} // namespace VenueMap::Core
