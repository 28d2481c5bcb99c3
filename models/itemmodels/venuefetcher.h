#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"
#include "repositories/venuerepository.h"

#include <QObject>

class QTimer;

#include <atomic>
#include <memory>

namespace VenueMap::Core {

// What the list model asks of the page worker: one page, found by the cheapest route known.
struct VenuePageRequest
{
    enum class Mode { First, After, Before, FromAnchor, AtRow };
    quint64 generation = 0;
    int page = 0;
    int pageSize = 100;
    VenueFilter filter;
    Mode mode = Mode::First;
    VenueKey key; // After / Before / FromAnchor
    int skip = 0; // FromAnchor
    qint64 row = 0; // AtRow
};

// Runs venue list queries on its own thread with its own connection (DESIGN §4, STYLE 9), opened
// for a request and closed after connectionIdleMs() without one (the connection budget).
// Requests of an older generation than `latest` are skipped unread.
class VenueFetcher final : public QObject
{
    Q_OBJECT
public:
    VenueFetcher(const DatabaseUrl &url, const QString &connectionName,
        std::shared_ptr<std::atomic<quint64>> latest, QObject *parent = nullptr);
    ~VenueFetcher() override;

    void fetchPage(const VenuePageRequest &request);
    // The count label's sequence: quick count, then an estimate, then the key map with the exact
    // total.
    void countAndMap(quint64 generation, const VenueFilter &filter, int every);
    void loadChoices();
    // Closes the connection on the worker's own thread.
    void shutDown();

Q_SIGNALS:
    void pageReady(quint64 generation, int page, int mode, const QList<VenueMap::Core::Venue> &rows,
        qint64 elapsedUs);
    void countReady(quint64 generation, const VenueMap::Core::VenueCount &count);
    void keyMapReady(quint64 generation, const VenueMap::Core::VenueKeyMap &map);
    void choicesReady(const QList<QPair<QString, qint64>> &cities, const QStringList &facilities);
    void failed(quint64 generation, const VenueMap::Core::DbError &error);

private:
    bool ensureOpen(quint64 generation);
    bool stale(quint64 generation) const { return generation < m_latest->load(); }

    DatabaseUrl m_url;
    QString m_connectionName;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::optional<Database> m_db; // closed after connectionIdleMs() without a request
    QTimer *m_idle = nullptr;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::Venue)
Q_DECLARE_METATYPE(VenueMap::Core::VenueCount)
Q_DECLARE_METATYPE(VenueMap::Core::VenueKeyMap)
