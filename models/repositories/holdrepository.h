#pragma once

#include "countedqueries.h"
#include "domain/hold.h"

namespace VenueMap::Core {

// Which holds a list shows: a venue's, a project's, or the live ones expiring within N days.
struct HoldQuery
{
    QString venueId;
    QString projectId;
    // Live holds whose expiry is at most N days away (or past) and whose event is still ahead.
    std::optional<int> expiringWithinDays;
    QDate from; // overlapping [from, to] when given (a venue's calendar month)
    QDate to;
    QDate today = QDate::currentDate();
};

// What a new hold says: the shortlisted venue, one of the project's date ranges, optionally a
// space of the venue, its status and expiry.
struct HoldDraft
{
    QString projectVenueId;
    QString dateRangeId;
    QString spaceId;
    HoldStatus status = HoldStatus::Requested;
    std::optional<QDate> expiresOn;
    QString notes;
};

// Holds and the projects' date ranges (tables holds and project_dates, migration 0012). The
// database refuses a double booking (two confirmed holds on overlapping dates of the same space,
// of a hall and its parts, or of the whole venue); the repository turns that into a sentence
// naming the other project.
class HoldRepository
{
public:
    HoldRepository(Database db, QString actingUserId);

    Result<DateRange> addDateRange(
        const QString &projectId, const QDate &start, const QDate &end, bool preferred);
    Result<QList<DateRange>> dateRanges(const QString &projectId) const;

    Result<Hold> placeHold(const HoldDraft &draft);
    // Moves a hold to `status` at the version it was read at (Conflict when a colleague changed it
    // meanwhile; Conflict with the other project named when confirming would double-book).
    Result<Hold> setStatus(const QString &holdId, int version, HoldStatus status);
    // Releases a first option and, in the same transaction, makes the oldest second option on the
    // same venue, space and dates the first option. Returns the promoted hold, if there was one.
    Result<std::optional<Hold>> releaseAndPromote(const QString &holdId, int version);

    Result<QList<Hold>> holds(const HoldQuery &query) const;
    Result<Hold> fetchHold(const QString &holdId) const;

    int statementCount() const { return m_q.count(); }

private:
    DbError doubleBooking(const DbError &error, const QString &venueId, const QDate &start,
        const QDate &end, const QString &holdId, const QString &op) const;

    CountedQueries m_q;
    QString m_userId;
};

} // namespace VenueMap::Core
