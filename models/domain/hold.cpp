#include "hold.h"

#include <QLocale>

namespace VenueMap::Core {

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
        return QStringLiteral("Requested");
    case HoldStatus::Tentative:
        return QStringLiteral("Tentative");
    case HoldStatus::FirstOption:
        return QStringLiteral("First option");
    case HoldStatus::SecondOption:
        return QStringLiteral("Second option");
    case HoldStatus::Confirmed:
        return QStringLiteral("Confirmed");
    case HoldStatus::Released:
        return QStringLiteral("Released");
    case HoldStatus::Expired:
        return QStringLiteral("Expired");
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
    const QLocale en(QLocale::English);
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
