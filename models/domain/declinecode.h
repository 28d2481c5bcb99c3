#pragma once

#include <QCoreApplication>
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

// The label of a reason for people, in the app's language; its English source
// (declineCodeEnglishLabel()) is what the database writes into decline_reason.
inline const char *declineCodeLabelSource(DeclineCode c)
{
    switch (c) {
    case DeclineCode::DatesUnavailable:
        return QT_TRANSLATE_NOOP("DeclineCode", "Dates unavailable");
    case DeclineCode::CapacityTooSmall:
        return QT_TRANSLATE_NOOP("DeclineCode", "Capacity too small");
    case DeclineCode::RateTooHigh:
        return QT_TRANSLATE_NOOP("DeclineCode", "Rate too high");
    case DeclineCode::SelectedAnotherVenue:
        return QT_TRANSLATE_NOOP("DeclineCode", "Client chose another venue");
    case DeclineCode::TooShortNotice:
        return QT_TRANSLATE_NOOP("DeclineCode", "Too short notice");
    case DeclineCode::NoResponse:
        return QT_TRANSLATE_NOOP("DeclineCode", "No response");
    case DeclineCode::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("DeclineCode", "Other");
}

inline QString declineCodeLabel(DeclineCode c)
{
    return QCoreApplication::translate("DeclineCode", declineCodeLabelSource(c));
}

// The same label in English whatever the app speaks.
inline QString declineCodeEnglishLabel(DeclineCode c)
{
    return QString::fromLatin1(declineCodeLabelSource(c));
}

// A stored decline_reason as a person reads it in the app's language: the reason's label
// translated ("Tarif trop élevé: …"), the note and any text another writer stored as they are.
inline QString declineReasonForDisplay(const QString &stored)
{
    for (DeclineCode c : allDeclineCodes()) {
        const QString english = declineCodeEnglishLabel(c);
        if (stored == english)
            return declineCodeLabel(c);
        if (stored.startsWith(english + QStringLiteral(": ")))
            return declineCodeLabel(c) + stored.mid(english.size());
    }
    return stored;
}

// decline_reason for a code and a note: "label" or "label: note".
inline QString declineReasonText(DeclineCode c, const QString &note)
{
    const QString n = note.trimmed();
    const QString label = declineCodeEnglishLabel(c); // stored, so the same for every colleague
    return n.isEmpty() ? label : label + QStringLiteral(": ") + n;
}

} // namespace VenueMap::Core
