#include "hold.h"

#include "language.h"

#include <QCoreApplication>
#include <QLocale>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Hold.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Hold)
};

} // namespace

QList<HoldStatus> allHoldStatuses()
{
    return { HoldStatus::Requested, HoldStatus::Tentative, HoldStatus::FirstOption,
        HoldStatus::SecondOption, HoldStatus::Confirmed, HoldStatus::Released,
        HoldStatus::Expired };
}

QString holdStatusKey(HoldStatus status)
{
    switch (status) {
    case HoldStatus::Requested:
        return QStringLiteral("requested");
    case HoldStatus::Tentative:
        return QStringLiteral("tentative");
    case HoldStatus::FirstOption:
        return QStringLiteral("first_option");
    case HoldStatus::SecondOption:
        return QStringLiteral("second_option");
    case HoldStatus::Confirmed:
        return QStringLiteral("confirmed");
    case HoldStatus::Released:
        return QStringLiteral("released");
    case HoldStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString holdStatusLabel(HoldStatus status)
{
    switch (status) {
    case HoldStatus::Requested:
        return Tr::tr("Requested");
    case HoldStatus::Tentative:
        return Tr::tr("Tentative");
    case HoldStatus::FirstOption:
        return Tr::tr("First option");
    case HoldStatus::SecondOption:
        return Tr::tr("Second option");
    case HoldStatus::Confirmed:
        return Tr::tr("Confirmed");
    case HoldStatus::Released:
        return Tr::tr("Released");
    case HoldStatus::Expired:
        return Tr::tr("Expired");
    }
    return {};
}

std::optional<HoldStatus> holdStatusFromText(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (HoldStatus s : allHoldStatuses())
        if (holdStatusKey(s) == key)
            return s;
    return std::nullopt;
}

bool holdIsLive(HoldStatus status)
{
    return status == HoldStatus::Requested || status == HoldStatus::Tentative
        || status == HoldStatus::FirstOption || status == HoldStatus::SecondOption;
}

QString DateRange::label() const
{
    // Month names in the app's language, or a client document's (DocumentLanguageScope).
    const QLocale loc = textLocale();
    const QLocale en = loc.language() == QLocale::English ? QLocale(QLocale::English) : loc;
    if (!start.isValid())
        return {};
    if (start == end || !end.isValid())
        return en.toString(start, QStringLiteral("d MMM yyyy"));
    if (start.year() == end.year() && start.month() == end.month())
        return QStringLiteral("%1–%2")
            .arg(start.day())
            .arg(en.toString(end, QStringLiteral("d MMM yyyy")));
    if (start.year() == end.year())
        return QStringLiteral("%1 – %2").arg(en.toString(start, QStringLiteral("d MMM")),
            en.toString(end, QStringLiteral("d MMM yyyy")));
    return QStringLiteral("%1 – %2").arg(en.toString(start, QStringLiteral("d MMM yyyy")),
        en.toString(end, QStringLiteral("d MMM yyyy")));
}

} // namespace VenueMap::Core
