#pragma once

#include "activityrepository.h"
#include "countedqueries.h"
#include "domain/projectvenue.h"

#include <QList>
#include <QMap>

namespace VenueMap::Core {

// A project's shortlist and the outreach to each venue on it. Every add, remove, status change
// and edit commits together with its activity-log entry, or not at all; edits check `version`.
class OutreachRepository
{
public:
    OutreachRepository(Database db, QString actingUserId);

    struct AddResult
    {
        QList<ProjectVenue> added;
        QStringList alreadyShortlisted; // names of venues that were on the shortlist already
        QStringList notFound; // ids of venues that do not exist or were deleted
    };
    // Adds venues to the end of the shortlist; venues already there are named, not added twice.
    Result<AddResult> addVenues(const QString &projectId, const QStringList &venueIds);
    Status removeVenue(const QString &projectVenueId, int expectedVersion);
    // Puts a removed row back as it was (same id, status, times, price, caterer, notes, order),
    // as Undo of a removal does; refused when the venue is gone or on the shortlist again.
    Result<ProjectVenue> reinstateEntry(const ProjectVenue &removed);
    // Moves the outreach status; sent_at is set when the venue is first asked, responded_at when
    // it answers; moving back clears what no longer holds. Declining requires a reason.
    Result<ProjectVenue> setStatus(const QString &projectVenueId, int expectedVersion,
        OutreachStatus status, const QString &declineReason = {});
    // Declines with a reason from the list and the person's note; decline_reason becomes the
    // reason's label, or "label: note" (kept by the database, migration 0014).
    Result<ProjectVenue> decline(
        const QString &projectVenueId, int expectedVersion, DeclineCode code, const QString &note);
    // Sets (or, with an invalid date, clears) the day the venue should answer by.
    Result<int> setRespondBy(const QString &projectVenueId, int expectedVersion, const QDate &day);
    // Days between sending and respond-by when a venue is marked sent without a date
    // (setting outreach/respondDays, 7 unless changed).
    void setRespondDays(int days) { m_respondDays = qMax(1, days); }
    int respondDays() const { return m_respondDays; }
    // Saves include-in-proposal, caterer, quoted price, notes and sort order of a row.
    Result<ProjectVenue> updateEntry(const ProjectVenue &edited);
    // Sets the proposal order: `projectVenueIds` in the order the person wants.
    Status reorder(const QString &projectId, const QStringList &projectVenueIds);
    // Records that the person prepared an outreach email to the venue.
    Status logEmailDrafted(const QString &projectVenueId);

    // The shortlist with venues, caterers, first thumbnails and client memory: three queries
    // whatever its length.
    Result<QList<ShortlistEntry>> fetchShortlist(const QString &projectId) const;
    Result<ShortlistEntry> fetchEntry(const QString &projectVenueId) const;
    Result<QMap<OutreachStatus, int>> countsByStatus(const QString &projectId) const;
    // Venues that have not answered and are past their respond-by day, or were asked more than
    // `days` days ago: overdue first (most overdue first), then by respond-by, then the longest
    // waiting. `projectId` empty means every active project.
    Result<QList<ChaseItem>> fetchChaseList(const QString &projectId, int days) const;

    enum class DeclineGrouping { Venue, City };
    // Declines counted by reason per venue or per city; `projectId` empty means every project,
    // invalid dates mean no bound on the day the venue declined.
    Result<QList<DeclineTally>> fetchDeclineReport(DeclineGrouping by,
        const QString &projectId = {}, const QDate &from = {}, const QDate &to = {}) const;

    const Database &database() const { return m_q.db(); }
    const QString &actingUserId() const { return m_log.actingUserId(); }
    int statementCount() const { return m_q.count() + m_log.statementCount(); }
    void resetStatementCount() const
    {
        m_q.resetCount();
        m_log.resetStatementCount();
    }

private:
    Result<ProjectVenue> fetchRow(const QString &projectVenueId, QString *venueName) const;
    ProjectVenue readRow(const QSqlQuery &q, int offset) const;
    QString rowColumns() const;
    Result<ProjectVenue> changeStatus(const QString &projectVenueId, int expectedVersion,
        OutreachStatus status, const QString &declineReason, std::optional<DeclineCode> code,
        const QString &note);

    CountedQueries m_q;
    ActivityRepository m_log;
    int m_respondDays = 7;
};

} // namespace VenueMap::Core
