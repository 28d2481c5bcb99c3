#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// Why a venue declined (project_venues.decline_code). The English labels are the ones the
// database writes into decline_reason for the agency's other backend (migration 0014); keep the
// two lists equal.
enum class DeclineCode {
    DatesUnavailable,
    CapacityTooSmall,
    RateTooHigh,
    SelectedAnotherVenue,
    TooShortNotice,
    NoResponse,
    Other
};

inline const QList<DeclineCode> &allDeclineCodes()
{
    static const QList<DeclineCode> all { DeclineCode::DatesUnavailable,
        DeclineCode::CapacityTooSmall, DeclineCode::RateTooHigh, DeclineCode::SelectedAnotherVenue,
        DeclineCode::TooShortNotice, DeclineCode::NoResponse, DeclineCode::Other };
    return all;
}

inline QString declineCodeToDb(DeclineCode c)
{
    switch (c) {
    case DeclineCode::DatesUnavailable:
        return QStringLiteral("dates_unavailable");
    case DeclineCode::CapacityTooSmall:
        return QStringLiteral("capacity_too_small");
    case DeclineCode::RateTooHigh:
        return QStringLiteral("rate_too_high");
    case DeclineCode::SelectedAnotherVenue:
        return QStringLiteral("selected_another_venue");
    case DeclineCode::TooShortNotice:
        return QStringLiteral("too_short_notice");
    case DeclineCode::NoResponse:
        return QStringLiteral("no_response");
    case DeclineCode::Other:
        break;
    }
    return QStringLiteral("other");
}

inline std::optional<DeclineCode> declineCodeFromDb(const QString &text)
{
    for (DeclineCode c : allDeclineCodes())
        if (declineCodeToDb(c) == text)
            return c;
    return std::nullopt;
}

// The English label, as the database writes it into decline_reason.
inline QString declineCodeLabel(DeclineCode c)
{
    switch (c) {
    case DeclineCode::DatesUnavailable:
        return QStringLiteral("Dates unavailable");
    case DeclineCode::CapacityTooSmall:
        return QStringLiteral("Capacity too small");
    case DeclineCode::RateTooHigh:
        return QStringLiteral("Rate too high");
    case DeclineCode::SelectedAnotherVenue:
        return QStringLiteral("Client chose another venue");
    case DeclineCode::TooShortNotice:
        return QStringLiteral("Too short notice");
    case DeclineCode::NoResponse:
        return QStringLiteral("No response");
    case DeclineCode::Other:
        break;
    }
    return QStringLiteral("Other");
}

// decline_reason for a code and a note: "label" or "label: note".
inline QString declineReasonText(DeclineCode c, const QString &note)
{
    const QString n = note.trimmed();
    return n.isEmpty() ? declineCodeLabel(c) : declineCodeLabel(c) + QStringLiteral(": ") + n;
}

} // namespace VenueMap::Core
