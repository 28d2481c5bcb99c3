#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace VenueMap::Core {

// The actions the activity log records (activity_logs.action).
namespace Action {
inline const QString ProjectCreated = QStringLiteral("project_created");
inline const QString ProjectUpdated = QStringLiteral("project_updated");
inline const QString ProjectArchived = QStringLiteral("project_archived");
inline const QString ProjectRestored = QStringLiteral("project_restored");
inline const QString VenueAdded = QStringLiteral("venue_added");
inline const QString VenueRemoved = QStringLiteral("venue_removed");
inline const QString StatusChanged = QStringLiteral("status_changed");
inline const QString ShortlistEdited = QStringLiteral("shortlist_edited");
inline const QString EmailDrafted = QStringLiteral("email_drafted");
// A file kept with a venue or a shortlisted venue (details: file, kind, venue).
inline const QString AttachmentAdded = QStringLiteral("attachment_added");
inline const QString AttachmentRemoved = QStringLiteral("attachment_removed");
// Written by the sample data (and the agency's backend) where this app writes VenueAdded.
inline const QString Shortlisted = QStringLiteral("shortlisted");
inline const QStringList &all()
{
    static const QStringList list { ProjectCreated, ProjectUpdated, VenueAdded, VenueRemoved,
        StatusChanged, ShortlistEdited, EmailDrafted, AttachmentAdded, AttachmentRemoved,
        ProjectArchived, ProjectRestored };
    return list;
}
// The keys a filter on `action` matches: VenueAdded also finds the Shortlisted rows another
// writer stored for the same event; any other action only itself.
QStringList keysFor(const QString &action);
// The one labelling of an action key ("status_changed" -> "Status changed"); a key this app
// does not know is shown in words, never as the key.
QString label(const QString &action);
} // namespace Action

// One append-only entry of a project's activity log.
struct ActivityEntry
{
    QString id;
    QString projectId;
    QString userId;
    QString userName;
    QString action;
    QJsonObject details;
    QDateTime createdAt;

    // "Anna moved Harbour Loft to Responded": statuses and actions through their labels.
    QString sentence() const;
};

} // namespace VenueMap::Core
