#include "migrationworker.h"

#include "db/database.h"
#include "migration/migrationmanager.h"

#include <QAtomicInt>

namespace VenueMap::Ui {

MigrationWorker::MigrationWorker(const Core::DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url) { }

void MigrationWorker::run()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("migration-%1").arg(counter.fetchAndAddRelaxed(1));
    Core::Result<int> result = 0;
    {
        // Opened here, on the worker thread: a connection belongs to the thread that opened it.
        auto db = Core::Database::open(m_url, name);
        if (!db) {
            Q_EMIT failed(db.error());
            return;
        }
        Core::MigrationManager manager(*db);
        connect(&manager, &Core::MigrationManager::waitingForLock, this, &MigrationWorker::waitingForLock);
        connect(&manager, &Core::MigrationManager::migrationStarted, this, &MigrationWorker::migrationStarted);
        connect(&manager, &Core::MigrationManager::migrationFinished, this, &MigrationWorker::migrationFinished);
        manager.setKeepWaiting([this] { return m_cancelled.loadRelaxed() == 0; });
        result = manager.migrate();
    } // the connection closes before anyone hears the outcome
    if (result)
        Q_EMIT succeeded(*result);
    else
        Q_EMIT failed(result.error());
}

} // namespace VenueMap::Ui
