#include "activity.h"

#include <QJsonArray>

namespace VenueMap::Core {

QString Action::label(const QString &action)
{
    if (action == ProjectCreated)
        return QStringLiteral("Project created");
    if (action == ProjectUpdated)
        return QStringLiteral("Project edited");
    if (action == VenueAdded)
        return QStringLiteral("Venue added");
    if (action == VenueRemoved)
        return QStringLiteral("Venue removed");
    if (action == StatusChanged)
        return QStringLiteral("Status changed");
    if (action == ShortlistEdited)
        return QStringLiteral("Shortlist edited");
    if (action == EmailDrafted)
        return QStringLiteral("Email drafted");
    return action;
}

QString ActivityEntry::sentence() const
{
    const QString who = userName.isEmpty() ? QStringLiteral("Someone") : userName;
    const QString venue = details.value(QLatin1String("venue")).toString(QStringLiteral("a venue"));
    if (action == Action::ProjectCreated)
        return QStringLiteral("%1 created the project").arg(who);
    if (action == Action::ProjectUpdated) {
        QStringList fields;
        for (const QJsonValue &v : details.value(QLatin1String("fields")).toArray())
            fields << v.toString();
        return fields.isEmpty() ? QStringLiteral("%1 edited the project").arg(who)
                                : QStringLiteral("%1 changed the project's %2")
                                      .arg(who, fields.join(QStringLiteral(", ")));
    }
    if (action == Action::VenueAdded)
        return QStringLiteral("%1 added %2 to the shortlist").arg(who, venue);
    if (action == Action::VenueRemoved)
        return QStringLiteral("%1 removed %2 from the shortlist").arg(who, venue);
    if (action == Action::StatusChanged) {
        QString s = QStringLiteral("%1 moved %2 to %3")
                        .arg(who, venue, details.value(QLatin1String("to")).toString());
        const QString reason = details.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty())
            s += QStringLiteral(" (“%1”)").arg(reason);
        return s;
    }
    if (action == Action::ShortlistEdited) {
        QStringList fields;
        for (const QJsonValue &v : details.value(QLatin1String("fields")).toArray())
            fields << v.toString();
        return QStringLiteral("%1 changed the %2 of %3")
            .arg(who, fields.join(QStringLiteral(", ")), venue);
    }
    if (action == Action::EmailDrafted)
        return QStringLiteral("%1 drafted an outreach email to %2").arg(who, venue);
    return QStringLiteral("%1: %2").arg(who, action);
}

} // namespace VenueMap::Core
