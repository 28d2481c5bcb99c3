#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// Where a venue's hold on a project's dates stands (issue 14). Requested, tentative and the two
// options are live and may expire; confirmed is the booking; released and expired are over.
enum class HoldStatus {
    Requested,
    Tentative,
    FirstOption,
    SecondOption,
    Confirmed,
    Released,
    Expired,
};

QList<HoldStatus> allHoldStatuses();
QString holdStatusKey(HoldStatus status); // the database's and the command line's: "first_option"
QString holdStatusLabel(HoldStatus status); // for people: "First option"
// A key or a label, any case, '-' or ' ' for '_' ("first option", "Confirmed").
std::optional<HoldStatus> holdStatusFromText(const QString &text);
bool holdIsLive(HoldStatus status);

constexpr int kMaxDateRangeDays = 60; // a range covers at most 61 days

// One of a project's date ranges: the preferred one or an alternate; a one-day event starts and
// ends on the same day.
struct DateRange
{
    QString id;
    QString projectId;
    QDate start;
    QDate end;
    bool preferred = false;

    // "14–16 May 2027", "14 May 2027", "30 Apr – 2 May 2027".
    QString label() const;
};

// A hold as the lists and the calendar show it: the hold and the names around it.
struct Hold
{
    QString id;
    QString projectVenueId;
    QString projectId;
    QString projectTitle; // "Acme Pharma — Spring Summit"
    QString venueId;
    QString venueName;
    QString spaceId; // empty: the whole venue
    QString spaceName;
    QString dateRangeId;
    QDate start;
    QDate end;
    HoldStatus status = HoldStatus::Requested;
    std::optional<QDate> expiresOn;
    QString placedBy;
    QString placedByName;
    QString notes;
    QDateTime updatedAt;
    int version = 0;
};

} // namespace VenueMap::Core
