#pragma once

#include "db/databaseurl.h"
#include "db/dberror.h"
#include "db/result.h"

#include <QAtomicInt>
#include <QObject>

namespace VenueMap::Core {
class Database;
class MigrationManager;
} // namespace VenueMap::Core

namespace VenueMap::Ui {

// Runs MigrationManager::migrate() on its own thread with its own connection (STYLE 9). A
// database that holds data gets a copy first: SQLite next to the file (the manager's own), and
// PostgreSQL through pg_dump under <AppDataLocation>/backups (0600); where it went is reported.
class MigrationWorker : public QObject
{
    Q_OBJECT
public:
    explicit MigrationWorker(const Core::DatabaseUrl &url, QObject *parent = nullptr);

    // Thread-safe: gives up while waiting for another client's lock.
    void cancel() { m_cancelled.storeRelaxed(1); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void waitingForLock(const QString &holder);
    void migrationStarted(int version, const QString &fileName, int index, int count);
    void migrationFinished(int version, qint64 ms);
    void backingUp(const QString &path);
    // `backupPath`: the copy of the database as it was before (empty when none was needed).
    void succeeded(int applied, const QString &backupPath);
    void failed(const VenueMap::Core::DbError &error);

private:
    // The pg_dump copy before migrating a PostgreSQL database that holds data: its path, empty
    // when none is needed, or why none could be made (then nothing is migrated).
    Core::Result<QString> backUpPostgres(
        const Core::Database &db, const Core::MigrationManager &manager);

    Core::DatabaseUrl m_url;
    QAtomicInt m_cancelled;
};

} // namespace VenueMap::Ui
