#pragma once

#include "countedqueries.h"
#include "domain/project.h"
#include "domain/projectvenue.h"

#include <QList>

namespace VenueMap::Core {

// One client as the Clients view lists it: every project whose client name is the same once
// trimmed and compared case-insensitively, shown with the spelling of the most recent project.
struct ClientSummary
{
    QString name; // as the most recent project spells it (trimmed)
    int projects = 0;
    QDate lastEventDate; // invalid when none of the projects has a date
};

// One venue on one project of the client: what was proposed, booked or declined, and the price.
struct ClientVenueUse
{
    QString projectId;
    QString projectClientName; // the project's own spelling (trimmed)
    QString eventName;
    ProjectStatus projectStatus = ProjectStatus::Active;
    QDate eventDate;
    QString projectVenueId;
    QString venueId;
    QString venueName;
    QString venueCity;
    bool venueDeleted = false;
    OutreachStatus outreachStatus = OutreachStatus::Draft;
    bool proposed = false; // project_venues.include_in_proposal
    QString declineReason;
    std::optional<qint64> quotedPriceCents;

    bool declined() const { return outreachStatus == OutreachStatus::Declined; }
    // Booked: the schema has no booking or hold table yet (migrations up to 0009), so a venue
    // counts as booked when it was in the proposal of a project that was completed, and did not
    // decline. Cancelled and still-active projects book nothing.
    bool booked() const
    {
        return proposed && projectStatus == ProjectStatus::Completed && !declined();
    }
};

// A client's history: every venue of every project of the client, past and current.
struct ClientVenueHistory
{
    QString clientName; // the spelling of the most recent project
    int projects = 0;
    QList<ClientVenueUse> venues; // most recent project first, then by venue name
};

// Client history (issue 13 part 5). The agency's backend looks venues up with
// `projects.client_name = :client`, so "ACME", "Acme " and "acme" are three clients there. Here a
// client is the key lower(trim(client_name)), computed by the database on both sides of every
// comparison (never lowered in C++), so the list, the history and the CLI agree: the same
// spelling gives the same venues as the backend; spellings that differ only by case or by
// spaces at the ends are one client. SQLite's lower() folds ASCII letters only, PostgreSQL's
// folds every letter (so "ÉCOLE" and "école" are one client on PostgreSQL only).
class ClientHistoryRepository
{
public:
    explicit ClientHistoryRepository(Database db);

    // Every client with their number of projects and latest event date, by name. One statement.
    Result<QList<ClientSummary>> fetchClients() const;
    // The history of `client` (any spelling of it). One statement. NotFound when no project has
    // that client.
    Result<ClientVenueHistory> fetchHistory(const QString &client) const;

    int statementCount() const { return m_q.count(); }
    void resetStatementCount() const { m_q.resetCount(); }
    const Database &database() const { return m_q.db(); }

private:
    CountedQueries m_q;
};

} // namespace VenueMap::Core
