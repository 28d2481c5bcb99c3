#include "migrationworker.h"

#include "db/database.h"
#include "migration/databasebackup.h"
#include "migration/migrationmanager.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>

namespace VenueMap::Ui {

MigrationWorker::MigrationWorker(const Core::DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{ }

void MigrationWorker::run()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("migration-%1").arg(counter.fetchAndAddRelaxed(1));
    Core::Result<int> result = 0;
    QString backupPath;
    {
        // Opened here, on the worker thread: a connection belongs to the thread that opened it.
        auto db = Core::Database::open(m_url, name);
        if (!db) {
            Q_EMIT failed(db.error());
            return;
        }
        Core::MigrationManager manager(*db);
        connect(&manager, &Core::MigrationManager::waitingForLock, this,
            &MigrationWorker::waitingForLock);
        connect(&manager, &Core::MigrationManager::migrationStarted, this,
            &MigrationWorker::migrationStarted);
        connect(&manager, &Core::MigrationManager::migrationFinished, this,
            &MigrationWorker::migrationFinished);
        manager.setKeepWaiting([this] { return m_cancelled.loadRelaxed() == 0; });
        if (db->isPostgres()) {
            auto copy = backUpPostgres(*db, manager);
            if (!copy) {
                Q_EMIT failed(copy.error());
                return;
            }
            backupPath = *copy;
        }
        result = manager.migrate();
        if (!db->isPostgres())
            backupPath = manager.lastBackupPath();
        else if (result && *result == 0
            && !backupPath.isEmpty()) { // another client migrated meanwhile
            QFile::remove(backupPath);
            backupPath.clear();
        }
    } // the connection closes before anyone hears the outcome
    if (result)
        Q_EMIT succeeded(*result, backupPath);
    else
        Q_EMIT failed(result.error());
}

Core::Result<QString> MigrationWorker::backUpPostgres(
    const Core::Database &db, const Core::MigrationManager &manager)
{
    // Only when there is something to keep and this person may migrate at all: otherwise
    // migrate() says what is wrong (newer database, changed file, no rights) in its own words.
    auto st = manager.status();
    if (!st || st->currentVersion == 0 || st->pending.isEmpty() || st->newerThanApp()
        || !st->changedFiles.isEmpty())
        return QString();
    auto may = manager.canChangeSchema();
    if (!may || !*may)
        return QString();
    const QString folder = Core::DatabaseBackup::backupFolder();
    QDir().mkpath(folder);
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = Core::DatabaseBackup::newBackupPath(
        db.url(), st->currentVersion, QStringLiteral("before-migration"));
    Q_EMIT backingUp(path);
    if (auto s = Core::DatabaseBackup::backup(db, path); !s) {
        Core::DbError e = s.error();
        e.operation = tr("keep a copy of the database before migrating");
        e.message += tr(
            " The database was not migrated; a database owner can run `venuemapctl migrate up` "
            "after making a copy another way.");
        return e;
    }
    return path;
}

} // namespace VenueMap::Ui
