#pragma once

#include "db/database.h"

#include <functional>

namespace VenueMap::Core {

struct DemoOptions
{
    int venues = 500;
    int projects = 20;
    quint64 seed = 1;
    int photoVenues = -1; // -1: a sensible share, capped (see DemoGenerator::photoVenueCount)
};

struct DemoSummary
{
    int venues = 0, photos = 0, caterers = 0, users = 0, projects = 0, shortlisted = 0;
    qint64 spaces = 0, capacities = 0; // the venues' rooms and their layout capacities
    qint64 ms = 0;
};

// Fills a migrated database with deterministic, realistic sample data (DESIGN §7): the same seed
// gives the same rows, ids included, on SQLite and PostgreSQL. Everything is written in one
// transaction, so a failure or a cancel leaves the database as it was.
class DemoGenerator
{
public:
    explicit DemoGenerator(Database db);

    // progress(done, total) may be called often; return false to cancel (everything rolls back).
    Result<DemoSummary> generate(
        const DemoOptions &options, std::function<bool(qint64 done, qint64 total)> progress = {});

    // How many venues get 1-3 photos for these options: 30% of the venues, at most 1,000, so a
    // million-venue book stays a sane size.
    static int photoVenueCount(const DemoOptions &options);
    // The moment the sample data is anchored to (all its timestamps lie before it).
    static QDateTime anchor();

private:
    Database m_db;
};

} // namespace VenueMap::Core
