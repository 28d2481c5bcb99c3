#pragma once

#include "countedqueries.h"
#include "domain/venuespace.h"

#include <QHash>

namespace VenueMap::Core {

// A venue's spaces and their layout capacities (tables venue_spaces and space_capacities,
// migration 0010). The database keeps venues.capacity equal to their largest capacity.
class SpaceRepository
{
public:
    explicit SpaceRepository(Database db);

    // The venue's spaces in their order, each with its capacities: one statement.
    Result<QList<VenueSpace>> fetchSpaces(const QString &venueId) const;
    // The spaces of many venues (suggestions, proposals), by venue id: one statement per 500.
    Result<QHash<QString, QList<VenueSpace>>> fetchSpacesOfVenues(
        const QStringList &venueIds) const;
    // What fitOf() needs of many venues' rooms, and no more: each room's id, name and hall, and
    // only its capacities in `layouts` (suggestions rank a thousand candidates by fit).
    Result<QHash<QString, QList<VenueSpace>>> fetchRoomsForFit(
        const QStringList &venueIds, const QList<SpaceLayout> &layouts) const;
    // The spaces of every venue on a project's shortlist, by venue id: one statement.
    Result<QHash<QString, QList<VenueSpace>>> fetchShortlistSpaces(const QString &projectId) const;

    // Replaces the venue's spaces by `edited` in one transaction; `fetched` is the list the
    // editing started from (fetchSpaces()). The list's order becomes the spaces' order. A space
    // of `fetched` missing from `edited` is removed; a new one (version 0, id made by the caller
    // or left empty) is added. Unchanged spaces are not written. Fails with Validation and the
    // sentences of validateSpaces() before writing anything, and with Conflict when the venue's
    // stored spaces are no longer `fetched` (somebody saved in between). Returns the spaces as
    // stored.
    Result<QList<VenueSpace>> saveSpaces(
        const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &edited);

    // saveSpaces() on a transaction the caller began and commits (VenueSaver writes a venue and
    // its spaces together); the caller reads them back once committed.
    Status writeSpaces(
        const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &edited);

    // How many live holds (not released or expired, migration 0012) name each of these spaces;
    // spaces without any are left out.
    Result<QHash<QString, int>> liveHoldCounts(const QStringList &spaceIds) const;

    // Adds the spaces of venues that have none yet (an import's new venues), on the caller's
    // transaction, a few statements for thousands of spaces: `spaces` validated, with ids, venue
    // ids and sort orders, parents among them.
    Status insertNewSpaces(const QList<VenueSpace> &spaces, const QString &operation);

    // Statements run so far (tests: a fetch is one statement however many spaces it reads).
    int statementCount() const { return m_q.count(); }

private:
    Result<QHash<QString, QList<VenueSpace>>> fetchWhere(
        const QString &where, const Binds &binds, const QString &operation) const;
    // `edited` with ids, venue, order and trimmed names; Validation with validateSpaces()'s
    // sentences (no statement run).
    static Result<QList<VenueSpace>> prepared(
        const QString &venueId, const QList<VenueSpace> &edited);
    Status writePrepared(
        const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &spaces);

    CountedQueries m_q;
};

} // namespace VenueMap::Core
