#pragma once

#include "db/databaseurl.h"
#include "db/dberror.h"

#include <QAtomicInt>
#include <QObject>

namespace VenueMap::Ui {

// Runs MigrationManager::migrate() on its own thread with its own connection (STYLE 9).
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
    void succeeded(int applied);
    void failed(const VenueMap::Core::DbError &error);

private:
    Core::DatabaseUrl m_url;
    QAtomicInt m_cancelled;
};

} // namespace VenueMap::Ui
