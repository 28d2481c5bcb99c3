#include "venuefetcher.h"

#include "logging.h"

#include "db/connectionpool.h"

#include <QElapsedTimer>
#include <QTimer>

namespace VenueMap::Core {

VenueFetcher::VenueFetcher(const DatabaseUrl &url, const QString &connectionName,
    std::shared_ptr<std::atomic<quint64>> latest, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_connectionName(connectionName)
    , m_latest(std::move(latest))
{ }

VenueFetcher::~VenueFetcher() = default;

bool VenueFetcher::ensureOpen(quint64 generation)
{
    // Whatever the caller does next, the idle countdown starts again when it returns.
    if (!m_idle) {
        m_idle = new QTimer(this);
        m_idle->setSingleShot(true);
        connect(m_idle, &QTimer::timeout, this, &VenueFetcher::shutDown);
    }
    QMetaObject::invokeMethod(
        this, [this] { m_idle->start(connectionIdleMs()); }, Qt::QueuedConnection);
    if (m_db)
        return true;
    auto db = Database::open(m_url, m_connectionName);
    if (!db) {
        Q_EMIT failed(generation, db.error());
        return false;
    }
    m_db = *db;
    return true;
}

void VenueFetcher::shutDown()
{
    if (m_idle)
        m_idle->stop();
    m_db.reset();
}

void VenueFetcher::fetchPage(const VenuePageRequest &r)
{
    if (stale(r.generation) || !ensureOpen(r.generation))
        return;
    QElapsedTimer timer;
    timer.start();
    VenueRepository repo(*m_db);
    Result<QList<Venue>> rows = QList<Venue>();
    switch (r.mode) {
    case VenuePageRequest::Mode::First:
        rows = repo.fetchAfter(r.filter, std::nullopt, r.pageSize);
        break;
    case VenuePageRequest::Mode::After:
        rows = repo.fetchAfter(r.filter, r.key, r.pageSize);
        break;
    case VenuePageRequest::Mode::Before:
        rows = repo.fetchBefore(r.filter, r.key, r.pageSize);
        break;
    case VenuePageRequest::Mode::FromAnchor:
        rows = repo.fetchFrom(r.filter, r.key, r.skip, r.pageSize);
        break;
    case VenuePageRequest::Mode::AtRow:
        rows = repo.fetchAtRow(r.filter, r.row, r.pageSize);
        break;
    }
    if (!rows) {
        qCWarning(lcVenues) << "page" << r.page << "failed:" << rows.error().details();
        Q_EMIT failed(r.generation, rows.error());
        return;
    }
    Q_EMIT pageReady(r.generation, r.page, int(r.mode), *rows, timer.nsecsElapsed() / 1000);
}

void VenueFetcher::countAndMap(quint64 generation, const VenueFilter &filter, int every)
{
    if (stale(generation) || !ensureOpen(generation))
        return;
    VenueRepository repo(*m_db);
    auto first = repo.labelCount(filter);
    if (!first) {
        Q_EMIT failed(generation, first.error());
        return;
    }
    Q_EMIT countReady(generation, *first);
    if (first->kind == VenueCount::Kind::Exact || stale(generation))
        return;
    if (first->kind == VenueCount::Kind::AtLeast) {
        // SQLite, or a planner that expected few rows where there are many: estimate anyway.
        auto estimate = repo.estimateCount(filter);
        if (estimate) {
            VenueCount c = *estimate;
            if (c.kind == VenueCount::Kind::Estimate && c.value <= VenueRepository::kExactCountCap)
                c.value = VenueRepository::kExactCountCap
                    + 1; // the planner guessed low; we know better
            Q_EMIT countReady(generation, c);
        } else {
            qCWarning(lcVenues) << "count estimate failed:" << estimate.error().details();
        }
    }
    if (stale(generation))
        return;
    auto map = repo.buildKeyMap(filter, every, [this, generation] { return stale(generation); });
    if (!map) {
        Q_EMIT failed(generation, map.error());
        return;
    }
    if (stale(generation))
        return;
    Q_EMIT countReady(generation, VenueCount { map->total, VenueCount::Kind::Exact });
    Q_EMIT keyMapReady(generation, *map);
}

void VenueFetcher::loadChoices()
{
    if (!ensureOpen(0))
        return;
    VenueRepository repo(*m_db);
    auto cities = repo.cityCounts();
    auto facilities = repo.facilityNames();
    Q_EMIT choicesReady(cities ? *cities : QList<QPair<QString, qint64>>(),
        facilities ? *facilities : QStringList());
}

} // namespace VenueMap::Core
