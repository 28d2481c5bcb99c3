#include "activity.h"

#include "domain/attachment.h"
#include "domain/projectvenue.h"

#include <QJsonArray>

namespace VenueMap::Core {

QStringList Action::keysFor(const QString &action)
{
    if (action == VenueAdded || action == Shortlisted)
        return { VenueAdded, Shortlisted };
    return { action };
}

QString Action::label(const QString &action)
{
    if (action == ProjectCreated)
        return QStringLiteral("Project created");
    if (action == ProjectUpdated)
        return QStringLiteral("Project edited");
    if (action == ProjectArchived)
        return QStringLiteral("Project archived");
    if (action == ProjectRestored)
        return QStringLiteral("Project restored");
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
    if (action == Shortlisted)
        return QStringLiteral("Venue shortlisted");
    if (action == AttachmentAdded)
        return QStringLiteral("File added");
    if (action == AttachmentRemoved)
        return QStringLiteral("File removed");
    // An action another program wrote: its key in words, never "some_key".
    QString words = action.trimmed();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

namespace {
// A status as the shortlist shows it ("Awaiting reply"), whatever key the log row holds.
QString statusText(const QString &key)
{
    if (const auto status = outreachStatusFromDb(key.trimmed().toLower()))
        return outreachStatusLabel(*status);
    return Action::label(key);
}
} // namespace

QString ActivityEntry::sentence() const
{
    const QString who = userName.isEmpty() ? QStringLiteral("Someone") : userName;
    // "venue" is what this app writes; "venue_name" what the sample data and the agency's
    // backend write.
    QString venue = details.value(QLatin1String("venue")).toString();
    if (venue.isEmpty())
        venue = details.value(QLatin1String("venue_name")).toString();
    if (venue.isEmpty())
        venue = QStringLiteral("a venue");
    if (action == Action::ProjectCreated)
        return QStringLiteral("%1 created the project").arg(who);
    if (action == Action::ProjectArchived)
        return QStringLiteral("%1 archived the project").arg(who);
    if (action == Action::ProjectRestored)
        return QStringLiteral("%1 restored the project").arg(who);
    if (action == Action::ProjectUpdated) {
        QStringList fields;
        for (const QJsonValue &v : details.value(QLatin1String("fields")).toArray())
            fields << v.toString();
        return fields.isEmpty() ? QStringLiteral("%1 edited the project").arg(who)
                                : QStringLiteral("%1 changed the project's %2")
                                      .arg(who, fields.join(QStringLiteral(", ")));
    }
    if (action == Action::VenueAdded || action == Action::Shortlisted)
        return QStringLiteral("%1 added %2 to the shortlist").arg(who, venue);
    if (action == Action::VenueRemoved)
        return QStringLiteral("%1 removed %2 from the shortlist").arg(who, venue);
    if (action == Action::StatusChanged) {
        QString s = QStringLiteral("%1 moved %2 to %3")
                        .arg(who, venue, statusText(details.value(QLatin1String("to")).toString()));
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
    if (action == Action::AttachmentAdded || action == Action::AttachmentRemoved) {
        QString file = details.value(QLatin1String("file")).toString();
        const QString kind = details.value(QLatin1String("kind")).toString();
        if (const auto k = attachmentKindFromText(kind))
            file += QStringLiteral(" (%1)").arg(attachmentKindLabel(*k).toLower());
        return action == Action::AttachmentAdded
            ? QStringLiteral("%1 added %2 for %3").arg(who, file, venue)
            : QStringLiteral("%1 removed %2 of %3").arg(who, file, venue);
    }
    return QStringLiteral("%1: %2").arg(who, Action::label(action));
}

} // namespace VenueMap::Core
