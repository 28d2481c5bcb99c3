#pragma once

#include "declinecode.h"
#include "venuespace.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace VenueMap::Core {

enum class OutreachStatus { Draft, Sent, Awaiting, Responded, Declined };

inline const QList<OutreachStatus> &allOutreachStatuses()
{
    static const QList<OutreachStatus> all { OutreachStatus::Draft, OutreachStatus::Sent,
        OutreachStatus::Awaiting, OutreachStatus::Responded, OutreachStatus::Declined };
    return all;
}

inline QString outreachStatusToDb(OutreachStatus s)
{
    switch (s) {
    case OutreachStatus::Sent:
        return QStringLiteral("sent");
    case OutreachStatus::Awaiting:
        return QStringLiteral("awaiting");
    case OutreachStatus::Responded:
        return QStringLiteral("responded");
    case OutreachStatus::Declined:
        return QStringLiteral("declined");
    case OutreachStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

inline std::optional<OutreachStatus> outreachStatusFromDb(const QString &text)
{
    for (OutreachStatus s : allOutreachStatuses())
        if (outreachStatusToDb(s) == text)
            return s;
    return std::nullopt;
}

inline QString outreachStatusLabel(OutreachStatus s)
{
    switch (s) {
    case OutreachStatus::Sent:
        return QCoreApplication::translate("OutreachStatus", "Sent");
    case OutreachStatus::Awaiting:
        return QCoreApplication::translate("OutreachStatus", "Awaiting reply");
    case OutreachStatus::Responded:
        return QCoreApplication::translate("OutreachStatus", "Responded");
    case OutreachStatus::Declined:
        return QCoreApplication::translate("OutreachStatus", "Declined");
    case OutreachStatus::Draft:
        break;
    }
    return QCoreApplication::translate("OutreachStatus", "Draft");
}

// Whether the venue was asked and has not answered yet.
inline bool isWaitingForReply(OutreachStatus s)
{
    return s == OutreachStatus::Sent || s == OutreachStatus::Awaiting;
}

// How many venues of a project are waiting for a reply (isWaitingForReply(): Sent or Awaiting
// reply), from its counts by status: the one number the workspace's header, the outreach panel
// and the chase list's statuses agree on.
inline int waitingForReplyCount(const QMap<OutreachStatus, int> &counts)
{
    int n = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (isWaitingForReply(it.key()))
            n += it.value();
    return n;
}

// One venue on a project's shortlist (DESIGN §3, project_venues).
struct ProjectVenue
{
    QString id;
    QString projectId;
    QString venueId;
    QString cateringProviderId;
    OutreachStatus status = OutreachStatus::Draft;
    bool includeInProposal = false;
    std::optional<qint64> quotedPriceCents;
    QString declineReason;
    QDateTime sentAt;
    QDateTime respondedAt;
    QString notes;
    int sortOrder = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

// What this client was offered before: another project of the same client that had this venue.
struct ClientHistory
{
    QString projectId;
    QString eventName;
    QDate eventDate;
    bool proposed = false; // included in that project's proposal
    bool declined = false; // the venue declined that project
    QString declineReason;
};

// A shortlist row as the workspace shows it: the row, the venue's essentials, the caterer's
// name, the first photo's thumbnail and what the client saw of this venue before.
struct ShortlistEntry
{
    ProjectVenue row;
    QString venueName;
    QString venueCity;
    std::optional<int> capacity;
    std::optional<double> rating;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString cateringName;
    QByteArray thumbnail;
    QList<ClientHistory> history;
    QList<VenueSpace> spaces; // the venue's rooms, in their order

    bool proposedToClientBefore() const
    {
        for (const auto &h : history)
            if (h.proposed)
                return true;
        return false;
    }
    const ClientHistory *declinedForClientBefore() const
    {
        for (const auto &h : history)
            if (h.declined)
                return &h;
        return nullptr;
    }
};

// A row of the chase list: a venue asked more than N days ago that has not answered.
struct ChaseItem
{
    QString projectVenueId;
    QString projectId;
    QString projectTitle;
    QString venueId;
    QString venueName;
    QString contactName;
    QString contactEmail;
    OutreachStatus status = OutreachStatus::Sent;
    QDateTime sentAt;
    int daysWaiting = 0;
    QDate respondBy; // invalid: no date to answer by
    int daysOverdue = 0; // days past respondBy (0 when not overdue)
    int version = 0; // the row's version, for a change made from the chase list
};

// Declines counted by reason for one venue or one city.
struct DeclineTally
{
    QString key; // venue id, or the city as written
    QString label; // venue name, or the city
    QString city; // the venue's city (per-venue tallies)
    QMap<DeclineCode, int> counts;
    int total = 0;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::OutreachStatus)
