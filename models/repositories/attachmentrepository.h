#pragma once

#include "activityrepository.h"
#include "countedqueries.h"
#include "domain/attachment.h"

#include <QList>

namespace VenueMap::Core {

// Whose files: a venue's (venueId) or a shortlisted venue's (projectVenueId); exactly one is set.
struct AttachmentOwner
{
    QString venueId;
    QString projectVenueId;

    static AttachmentOwner venue(const QString &id) { return { id, {} }; }
    static AttachmentOwner shortlisted(const QString &id) { return { {}, id }; }
    bool isValid() const { return venueId.isEmpty() != projectVenueId.isEmpty(); }
};

// Files kept with venues and shortlisted venues (table attachments, migration 0016), in the
// database like photos so every colleague sees them. Adding and removing commit together with an
// activity-log entry (the project's, for a shortlisted venue), or not at all; removing only marks
// a file deleted. Lists never read the files' content.
class AttachmentRepository
{
public:
    AttachmentRepository(Database db, QString actingUserId);

    // Checks `bytes` (size, type by content) and keeps them under `fileName`.
    Result<Attachment> add(const AttachmentOwner &owner, const QString &fileName,
        const QByteArray &bytes, AttachmentKind kind, const QString &note = {});
    // Reads a file (refusing one over the limit before reading it) and adds it.
    Result<Attachment> addFile(const AttachmentOwner &owner, const QString &path,
        AttachmentKind kind, const QString &note = {});
    // The owner's files, newest first, without their content; deleted ones only when asked.
    Result<QList<Attachment>> fetchFor(
        const AttachmentOwner &owner, bool includeDeleted = false) const;
    // One file with its content.
    Result<Attachment> fetchContent(const QString &attachmentId) const;
    // Marks a file deleted (the row and its content stay).
    Status remove(const QString &attachmentId);

    int statementCount() const { return m_q.count() + m_log.statementCount(); }

private:
    CountedQueries m_q;
    ActivityRepository m_log;
};

} // namespace VenueMap::Core
