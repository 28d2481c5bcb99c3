#include "activity.h"

#include "domain/attachment.h"
#include "domain/declinecode.h"
#include "domain/projectvenue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Activity.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Activity)
};

} // namespace

QStringList Action::keysFor(const QString &action)
{
    if (action == VenueAdded || action == Shortlisted)
        return { VenueAdded, Shortlisted };
    return { action };
}

QString Action::label(const QString &action)
{
    if (action == ProjectCreated)
        return Tr::tr("Project created");
    if (action == ProjectUpdated)
        return Tr::tr("Project edited");
    if (action == ProjectArchived)
        return Tr::tr("Project archived");
    if (action == ProjectRestored)
        return Tr::tr("Project restored");
    if (action == VenueAdded)
        return Tr::tr("Venue added");
    if (action == VenueRemoved)
        return Tr::tr("Venue removed");
    if (action == StatusChanged)
        return Tr::tr("Status changed");
    if (action == ShortlistEdited)
        return Tr::tr("Shortlist edited");
    if (action == EmailDrafted)
        return Tr::tr("Email drafted");
    if (action == Shortlisted)
        return Tr::tr("Venue shortlisted");
    if (action == AttachmentAdded)
        return Tr::tr("File added");
    if (action == AttachmentRemoved)
        return Tr::tr("File removed");
    // Actions the agency's backend and the sample data write.
    if (action == QLatin1String("included_in_proposal"))
        return Tr::tr("Included in the proposal");
    if (action == QLatin1String("excluded_from_proposal"))
        return Tr::tr("Taken out of the proposal");
    // An action another program wrote: its key in words, never "some_key".
    QString words = action.trimmed();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

namespace {
// A field a change names in the log ("event name", as ProjectRepository and OutreachRepository
// write it in English into the row's details), in the app's language; a field this table does
// not know is shown as it is written.
QString fieldText(const QString &field)
{
    static const QHash<QString, const char *> known {
        { QStringLiteral("attendees"), QT_TRANSLATE_NOOP("Activity", "attendees") },
        { QStringLiteral("breakouts"), QT_TRANSLATE_NOOP("Activity", "breakouts") },
        { QStringLiteral("budget"), QT_TRANSLATE_NOOP("Activity", "budget") },
        { QStringLiteral("caterer"), QT_TRANSLATE_NOOP("Activity", "caterer") },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("Activity", "city") },
        { QStringLiteral("client"), QT_TRANSLATE_NOOP("Activity", "client") },
        { QStringLiteral("client language"), QT_TRANSLATE_NOOP("Activity", "client language") },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("Activity", "currency") },
        { QStringLiteral("event date"), QT_TRANSLATE_NOOP("Activity", "event date") },
        { QStringLiteral("event name"), QT_TRANSLATE_NOOP("Activity", "event name") },
        { QStringLiteral("facilities"), QT_TRANSLATE_NOOP("Activity", "facilities") },
        { QStringLiteral("layout"), QT_TRANSLATE_NOOP("Activity", "layout") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("Activity", "notes") },
        { QStringLiteral("proposal inclusion"),
            QT_TRANSLATE_NOOP("Activity", "proposal inclusion") },
        { QStringLiteral("proposal order"), QT_TRANSLATE_NOOP("Activity", "proposal order") },
        { QStringLiteral("quoted price"), QT_TRANSLATE_NOOP("Activity", "quoted price") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("Activity", "status") },
    };
    const char *source = known.value(field);
    return source ? Tr::tr(source) : field;
}

QString fieldsText(const QJsonArray &fields)
{
    QStringList out;
    for (const QJsonValue &v : fields)
        out << fieldText(v.toString());
    //: the separator between the names of changed fields: "city, budget"
    return out.join(Tr::tr(", ", "list separator"));
}

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
    const QString who = userName.isEmpty() ? Tr::tr("Someone") : userName;
    // "venue" is what this app writes; "venue_name" what the sample data and the agency's
    // backend write.
    QString venue = details.value(QLatin1String("venue")).toString();
    if (venue.isEmpty())
        venue = details.value(QLatin1String("venue_name")).toString();
    if (venue.isEmpty())
        venue = Tr::tr("a venue");
    if (action == Action::ProjectCreated)
        return Tr::tr("%1 created the project").arg(who);
    if (action == Action::ProjectArchived)
        return Tr::tr("%1 archived the project").arg(who);
    if (action == Action::ProjectRestored)
        return Tr::tr("%1 restored the project").arg(who);
    if (action == Action::ProjectUpdated) {
        const QJsonArray fields = details.value(QLatin1String("fields")).toArray();
        return fields.isEmpty()
            ? Tr::tr("%1 edited the project").arg(who)
            : Tr::tr("%1 changed the project's %2").arg(who, fieldsText(fields));
    }
    if (action == Action::VenueAdded || action == Action::Shortlisted)
        return Tr::tr("%1 added %2 to the shortlist").arg(who, venue);
    if (action == Action::VenueRemoved)
        return Tr::tr("%1 removed %2 from the shortlist").arg(who, venue);
    if (action == Action::StatusChanged) {
        const QString status = statusText(details.value(QLatin1String("to")).toString());
        const QString reason
            = declineReasonForDisplay(details.value(QLatin1String("reason")).toString());
        if (!reason.isEmpty())
            return Tr::tr("%1 moved %2 to %3 (“%4”)").arg(who, venue, status, reason);
        return Tr::tr("%1 moved %2 to %3").arg(who, venue, status);
    }
    if (action == Action::ShortlistEdited) {
        return Tr::tr("%1 changed the %2 of %3")
            .arg(who, fieldsText(details.value(QLatin1String("fields")).toArray()), venue);
    }
    if (action == Action::EmailDrafted)
        return Tr::tr("%1 drafted an outreach email to %2").arg(who, venue);
    if (action == Action::AttachmentAdded || action == Action::AttachmentRemoved) {
        QString file = details.value(QLatin1String("file")).toString();
        const QString kind = details.value(QLatin1String("kind")).toString();
        if (const auto k = attachmentKindFromText(kind))
            //: a file's name and its kind: "plan.pdf (floor plan)"
            file = Tr::tr("%1 (%2)", "file and kind").arg(file, attachmentKindLabel(*k).toLower());
        return action == Action::AttachmentAdded
            ? Tr::tr("%1 added %2 for %3").arg(who, file, venue)
            : Tr::tr("%1 removed %2 of %3").arg(who, file, venue);
    }
    //: who did something, and what: "Anna: Quote added"
    return Tr::tr("%1: %2", "who and what").arg(who, Action::label(action));
}

} // namespace VenueMap::Core
