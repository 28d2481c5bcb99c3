#pragma once

#include "db/databaseurl.h"
#include "db/dberror.h"

#include <QAtomicInt>
#include <QObject>

namespace VenueMap::Ui {

// Loads the sample book (Core::DemoGenerator) on its own thread with its own connection.
class DemoWorker : public QObject
{
    Q_OBJECT
public:
    DemoWorker(const Core::DatabaseUrl &url, int venues, int projects, QObject *parent = nullptr);
    void cancel() { m_cancelled.storeRelaxed(1); }
    // Whether this build has the generator (models/demo/demogenerator.h).
    static bool isAvailable();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void succeeded();
    void failed(const VenueMap::Core::DbError &error);

private:
    Core::DatabaseUrl m_url;
    int m_venues;
    int m_projects;
    QAtomicInt m_cancelled;
};

} // namespace VenueMap::Ui
