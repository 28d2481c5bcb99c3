#pragma once

#include "db/database.h"
#include "domain/facilityterms.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"

#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>
#include <optional>

namespace VenueMap::Core {

// Where a row sits in a sorted venue list, for keyset paging (DESIGN §4). `first` is the sort
// column's value (city, capacity or rating; unused for the name order); NULLs sort last.
struct VenueKey
{
    QVariant first;
    QString name;
    QString id;
};

// Every `every`-th key of a filtered, sorted list, so a jump to any row starts from a nearby
// key instead of an OFFSET from the top. Built in the background; also gives the exact total.
struct VenueKeyMap
{
    qint64 total = 0;
    QList<QPair<qint64, VenueKey>> anchors; // row -> key, rows ascending
    // The nearest anchor at or before `row`, or nothing when the map is empty.
    std::optional<QPair<qint64, VenueKey>> anchorFor(qint64 row) const;
};

// How many venues a filter matches, as the count label says it.
struct VenueCount
{
    enum class Kind { Exact, AtLeast, Estimate };
    qint64 value = 0;
    Kind kind = Kind::Exact;
    // "1,234 venues", "10,000+ venues", "about 12,400 venues" in the app's language;
    // `deleted` counts deleted venues ("3 deleted venues").
    QString text(bool deleted = false) const;
};

// All SQL about venues (STYLE 2): keyset windows, counts, search, edits with optimistic locking.
class VenueRepository
{
public:
    explicit VenueRepository(const Database &db)
        : m_db(db)
    { }

    static constexpr int kExactCountCap = 10000;
    // Above this many estimated rows, the count label starts from the planner's estimate.
    static constexpr int kEstimateFirstAbove = 1000;

    static VenueKey keyOf(const Venue &venue, VenueSort sort);

    Result<Venue> fetchVenue(const QString &id) const;

    // Up to `limit` venues after `after` (from the top without it), in the filter's order.
    Result<QList<Venue>> fetchAfter(
        const VenueFilter &filter, const std::optional<VenueKey> &after, int limit) const;
    // Up to `limit` venues just before `before`, in the filter's order.
    Result<QList<Venue>> fetchBefore(
        const VenueFilter &filter, const VenueKey &before, int limit) const;
    // Venues starting `skip` rows after the row at `anchor` (the anchor's own row when skip is 0).
    Result<QList<Venue>> fetchFrom(
        const VenueFilter &filter, const VenueKey &anchor, int skip, int limit) const;
    // Venues starting at row `row` when no key map is at hand: walks the index for keys only.
    Result<QList<Venue>> fetchAtRow(const VenueFilter &filter, qint64 row, int limit) const;

    // Every `every`-th key of the list and its exact length, hopping along the index `every`
    // entries at a time (key columns only); gives up, returning what it has, when `cancelled`.
    Result<VenueKeyMap> buildKeyMap(
        const VenueFilter &filter, int every, const std::function<bool()> &cancelled = {}) const;
    // Exact up to kExactCountCap, else "at least" (reads at most kExactCountCap + 1 index entries).
    Result<VenueCount> quickCount(const VenueFilter &filter) const;
    // The planner's estimate on PostgreSQL; an exact count on SQLite.
    Result<VenueCount> estimateCount(const VenueFilter &filter) const;
    Result<qint64> exactCount(const VenueFilter &filter) const;
    // What the count label shows first, fast whatever the filter: on PostgreSQL the planner's
    // estimate when it expects more than kEstimateFirstAbove rows ("about 4,200 venues": counting
    // them exactly can mean reading thousands of rows), else quickCount. The list model then
    // refines it in the background with the exact length.
    Result<VenueCount> labelCount(const VenueFilter &filter) const;

    // Cities of live venues with how many venues each has, most venues first.
    Result<QList<QPair<QString, qint64>>> cityCounts(int limit = 500) const;
    // The facility vocabulary's labels and the facilities seen in a sample of the book, sorted.
    Result<QStringList> facilityNames() const;

    // The first `limit` venues of the filter's list (the command line's search).
    Result<QList<Venue>> search(const VenueFilter &filter, int limit) const;

    // Live venues whose trimmed, case-folded name and city equal these (duplicate warning).
    Result<QList<Venue>> findDuplicates(
        const QString &name, const QString &city, const QString &excludeId = {}) const;

    // Inserts a venue (a new id when it has none) and returns it as stored.
    Result<Venue> addVenue(const Venue &venue);
    // Saves `venue` if nobody saved it since `venue.version` was read; a Conflict otherwise.
    Result<Venue> updateVenue(const Venue &venue);
    Status removeVenue(const QString &id);
    Status restoreVenue(const QString &id);

    // The plans of the statements the list runs for `filter` (first window, next window after
    // `key`, a jump without the key map, the count): PostgreSQL's JSON plans, SQLite's
    // EXPLAIN QUERY PLAN lines. For the plan tests of DESIGN §4.
    Result<QStringList> explainListQueries(const VenueFilter &filter, const VenueKey &key) const;

private:
    const FacilityVocabulary &facilityTerms() const;
    enum class Segment { Values, Nulls };
    enum class Direction { Forward, Backward };
    struct Where
    {
        QString sql;
        Binds binds;
        QHash<QString, QString> pgTypes; // placeholder -> SQL type, for plans on PostgreSQL
    };
    Where segmentStatement(const VenueFilter &filter, Segment segment,
        const std::optional<VenueKey> &key, bool inclusive, Direction direction, int limit,
        qint64 offset) const;
    Where keyAtOffsetStatement(const VenueFilter &filter, Segment segment, qint64 offset,
        const std::optional<VenueKey> &after = std::nullopt) const;
    Result<std::optional<VenueKey>> readKey(const Where &statement, VenueSort sort) const;
    Where quickCountStatement(const VenueFilter &filter) const;
    // `sql` with its placeholders turned into typed elements of one text array, and that array.
    static QPair<QString, QString> planArguments(const Where &statement, const SqlDialect &dialect);
    Result<QString> explain(const Where &statement) const;

    // forCount: for a count of every match (exactCount), where a semi-join over the rooms beats
    // looking each venue's rooms up in turn (2 s instead of 20 s for >= 200 theatre on a million).
    Where filterWhere(const VenueFilter &filter, bool forCount = false) const;
    QList<Segment> segments(const VenueFilter &filter) const;
    static Segment segmentOf(const VenueKey &key, VenueSort sort);
    // One keyset query within one segment.
    Result<QList<Venue>> fetchSegment(const VenueFilter &filter, Segment segment,
        const std::optional<VenueKey> &key, bool inclusive, Direction direction, int limit,
        qint64 offset) const;
    Result<std::optional<VenueKey>> keyAtOffset(
        const VenueFilter &filter, Segment segment, qint64 offset) const;
    Result<qint64> countSegment(const VenueFilter &filter, Segment segment) const;
    QString segmentCondition(VenueSort sort, Segment segment) const;
    QString orderBy(const VenueFilter &filter, Segment segment, Direction direction) const;
    QString keyCondition(const VenueFilter &filter, Segment segment, Direction direction,
        bool inclusive, const VenueKey &key, Where &statement) const;
    QVariant bindFirst(VenueSort sort, const QVariant &value) const;

    Database m_db;
    // The facility vocabulary a facility filter is resolved through, read once (facilityTerms()).
    mutable std::optional<FacilityVocabulary> m_facilityTerms;
};

} // namespace VenueMap::Core
