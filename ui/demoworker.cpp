#include "demoworker.h"

#include "db/database.h"

#if __has_include("demo/demogenerator.h")
#include "demo/demogenerator.h"
#define VENUEMAP_HAVE_DEMO 1
#endif

#include <QAtomicInt>
#include <QElapsedTimer>

namespace VenueMap::Ui {

DemoWorker::DemoWorker(const Core::DatabaseUrl &url, int venues, int projects, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_venues(venues)
    , m_projects(projects)
{ }

bool DemoWorker::isAvailable()
{
#ifdef VENUEMAP_HAVE_DEMO
    return true;
#else
    return false;
#endif
}

void DemoWorker::run()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("demo-%1").arg(counter.fetchAndAddRelaxed(1));
    Core::Status outcome;
    {
        auto db = Core::Database::open(m_url, name);
        if (!db) {
            Q_EMIT failed(db.error());
            return;
        }
#ifdef VENUEMAP_HAVE_DEMO
        Core::DemoOptions options;
        options.venues = m_venues;
        options.projects = m_projects;
        Core::DemoGenerator generator(*db);
        QElapsedTimer throttle;
        throttle.start();
        auto result = generator.generate(options, [this, &throttle](qint64 done, qint64 total) {
            if (throttle.elapsed() >= 50 || done == total) { // keep the GUI's queue short
                throttle.restart();
                Q_EMIT progress(done, total);
            }
            return m_cancelled.loadRelaxed() == 0;
        });
        if (!result)
            outcome = result.error();
#else
        outcome = Core::DbError::make(Core::DbError::Kind::Usage, tr("load the sample data"),
            tr("This build of VenueMap has no sample data generator."));
#endif
    }
    if (outcome)
        Q_EMIT succeeded();
    else
        Q_EMIT failed(outcome.error());
}

} // namespace VenueMap::Ui
