#include "attachmentrepository.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context AttachmentRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)
};

} // namespace

namespace {

QString addOperation()
{
    return Tr::tr("add the file");
}
QString removeOperation()
{
    return Tr::tr("remove the file");
}

DbError refused(const QString &message, const QString &where)
{
    return DbError::make(DbError::Kind::Validation, addOperation(), message, where);
}

// The columns a list reads: everything but the content.
QString listColumns(const SqlDialect &d)
{
    return QStringLiteral("a.id, a.venue_id, a.project_venue_id, a.file_name, a.mime_type, "
                          "a.byte_size, a.kind, a.note, a.created_by, u.name, %1, a.is_deleted, %2")
        .arg(d.timestampSelect(QStringLiteral("a.created_at")),
            d.timestampSelect(QStringLiteral("a.deleted_at")));
}

Attachment readAttachment(const SqlDialect &d, const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toString();
    a.venueId = q.value(1).toString();
    a.projectVenueId = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.byteSize = q.value(5).toLongLong();
    a.kind = attachmentKindFromText(q.value(6).toString()).value_or(AttachmentKind::Other);
    a.note = q.value(7).toString();
    a.createdBy = q.value(8).toString();
    a.createdByName = q.value(9).toString();
    a.createdAt = d.dateTimeFromDb(q.value(10));
    a.isDeleted = q.value(11).toBool();
    if (!q.value(12).isNull())
        a.deletedAt = d.dateTimeFromDb(q.value(12));
    return a;
}

} // namespace

AttachmentRepository::AttachmentRepository(Database db, QString actingUserId)
    : m_q(db)
    , m_log(db, std::move(actingUserId))
{ }

Result<Attachment> AttachmentRepository::add(const AttachmentOwner &owner, const QString &fileName,
    const QByteArray &bytes, AttachmentKind kind, const QString &note)
{
    const QString where = QStringLiteral("AttachmentRepository::add");
    if (!owner.isValid())
        return DbError::make(DbError::Kind::Usage, addOperation(),
            Tr::tr("A file belongs to a venue or to a shortlisted venue."), where);
    const QString name = AttachmentRules::storedFileName(fileName);
    if (name.isEmpty())
        return refused(Tr::tr("A file needs a name."), where);
    const auto type = AttachmentRules::contentType(bytes, name);
    if (!type.ok())
        return refused(type.refusal, where);
    if (note.trimmed().size() > 2000)
        return refused(Tr::tr("The note on %1 is %2 characters long; it can be at most "
                              "2,000.")
                           .arg(name)
                           .arg(note.trimmed().size()),
            where);

    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(addOperation());
    // The venue's name (and the project, for a shortlisted venue) for the activity log.
    const QString ownerSql = owner.venueId.isEmpty()
        ? QStringLiteral("SELECT v.name, pv.project_id FROM project_venues pv "
                         "JOIN venues v ON v.id = pv.venue_id WHERE pv.id = :id")
        : QStringLiteral("SELECT v.name, NULL FROM venues v WHERE v.id = :id");
    auto found = m_q.firstRow({ where, addOperation() }, ownerSql,
        { { QStringLiteral(":id"),
            owner.venueId.isEmpty() ? owner.projectVenueId : owner.venueId } });
    if (!found)
        return found.error();
    if (!*found)
        return DbError::make(DbError::Kind::NotFound, addOperation(),
            owner.venueId.isEmpty() ? Tr::tr("The venue is no longer on the project's shortlist.")
                                    : Tr::tr("The venue no longer exists."),
            where);
    const QString venueName = (*found)->value(0).toString();
    const QString projectId = (*found)->value(1).toString();

    Attachment a;
    a.id = Sql::newId();
    a.venueId = owner.venueId;
    a.projectVenueId = owner.projectVenueId;
    a.fileName = name;
    a.mimeType = type.mimeType;
    a.byteSize = bytes.size();
    a.kind = kind;
    a.note = note.trimmed();
    a.createdBy = m_log.actingUserId();
    auto row = m_q.firstRow({ where, addOperation() },
        QStringLiteral("INSERT INTO attachments (id, venue_id, project_venue_id, file_name, "
                       "mime_type, byte_size, content, kind, note, created_by) "
                       "VALUES (:id, :venue, :row, :name, :type, :size, :content, :kind, :note, "
                       ":user) RETURNING %1")
            .arg(m_q.dialect().timestampSelect(QStringLiteral("created_at"))),
        { { QStringLiteral(":id"), a.id }, { QStringLiteral(":venue"), Sql::text(a.venueId) },
            { QStringLiteral(":row"), Sql::text(a.projectVenueId) },
            { QStringLiteral(":name"), a.fileName }, { QStringLiteral(":type"), a.mimeType },
            { QStringLiteral(":size"), a.byteSize }, { QStringLiteral(":content"), bytes },
            { QStringLiteral(":kind"), attachmentKindKey(kind) },
            { QStringLiteral(":note"), Sql::text(a.note) },
            { QStringLiteral(":user"), Sql::text(a.createdBy) } });
    if (!row)
        return row.error();
    if (*row)
        a.createdAt = m_q.dialect().dateTimeFromDb((*row)->value(0));
    if (auto s = m_log.append(projectId, Action::AttachmentAdded,
            { { QStringLiteral("file"), a.fileName },
                { QStringLiteral("kind"), attachmentKindKey(kind) },
                { QStringLiteral("venue"), venueName }, { QStringLiteral("attachment_id"), a.id },
                { QStringLiteral("bytes"), double(a.byteSize) } });
        !s)
        return s.error().withOperation(addOperation());
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(addOperation());
    qCInfo(lcVenues) << "added file" << a.id << a.mimeType << a.byteSize << "bytes";
    return a;
}

Result<Attachment> AttachmentRepository::addFile(
    const AttachmentOwner &owner, const QString &path, AttachmentKind kind, const QString &note)
{
    const QString where = QStringLiteral("AttachmentRepository::addFile");
    const QString name = AttachmentRules::storedFileName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return DbError::make(DbError::Kind::Io, addOperation(),
            Tr::tr("%1 cannot be read: it does not exist.").arg(name), where);
    if (info.isDir())
        return DbError::make(DbError::Kind::Io, addOperation(),
            Tr::tr("%1 is a folder, not a file.").arg(name), where);
    if (info.size() > AttachmentRules::kMaxBytes)
        return refused(AttachmentRules::tooLargeSentence(name, info.size()), where);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, addOperation(),
            Tr::tr("%1 cannot be read: %2.").arg(name, file.errorString()), where);
    // One byte past the limit is enough to know a file that grew meanwhile is too large.
    const QByteArray bytes = file.read(AttachmentRules::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return DbError::make(DbError::Kind::Io, addOperation(),
            QStringLiteral("%1 cannot be read: %2.").arg(name, file.errorString()), where);
    return add(owner, name, bytes, kind, note);
}

Result<QList<Attachment>> AttachmentRepository::fetchFor(
    const AttachmentOwner &owner, bool includeDeleted) const
{
    const SqlDialect &d = m_q.dialect();
    QString sql = QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN users u ON u.id = "
                                 "a.created_by WHERE %2 = :owner ")
                      .arg(listColumns(d),
                          owner.venueId.isEmpty() ? QStringLiteral("a.project_venue_id")
                                                  : QStringLiteral("a.venue_id"));
    if (!includeDeleted)
        sql += QStringLiteral("AND %1 ").arg(d.flagIs(QStringLiteral("a.is_deleted"), false));
    sql += QStringLiteral("ORDER BY a.created_at DESC, a.id");
    auto q = m_q.exec(
        { QStringLiteral("AttachmentRepository::fetchFor"), Tr::tr("list the files") }, sql,
        { { QStringLiteral(":owner"),
            owner.venueId.isEmpty() ? owner.projectVenueId : owner.venueId } });
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out.append(readAttachment(d, *q));
    return out;
}

Result<Attachment> AttachmentRepository::fetchContent(const QString &attachmentId) const
{
    const QString where = QStringLiteral("AttachmentRepository::fetchContent");
    auto q = m_q.exec({ where, Tr::tr("open the file") },
        QStringLiteral("SELECT %1, a.content FROM attachments a LEFT JOIN users u ON u.id = "
                       "a.created_by WHERE a.id = :id")
            .arg(listColumns(m_q.dialect())),
        { { QStringLiteral(":id"), attachmentId } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the file"),
            Tr::tr("The file no longer exists."), where);
    Attachment a = readAttachment(m_q.dialect(), *q);
    a.content = q->value(13).toByteArray();
    return a;
}

Status AttachmentRepository::remove(const QString &attachmentId)
{
    const QString where = QStringLiteral("AttachmentRepository::remove");
    const SqlDialect &d = m_q.dialect();
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(removeOperation());
    auto row = m_q.firstRow({ where, removeOperation() },
        QStringLiteral(
            "UPDATE attachments SET is_deleted = %1, deleted_at = %2, deleted_by = :user "
            "WHERE id = :id AND %3 "
            "RETURNING file_name, kind, venue_id, project_venue_id")
            .arg(d.boolLiteral(true), d.now(), d.flagIs(QStringLiteral("is_deleted"), false)),
        { { QStringLiteral(":user"), Sql::text(m_log.actingUserId()) },
            { QStringLiteral(":id"), attachmentId } });
    if (!row)
        return row.error();
    if (!*row)
        return DbError::make(DbError::Kind::NotFound, removeOperation(),
            Tr::tr("The file was removed already, perhaps by a colleague."), where);
    const QString fileName = (*row)->value(0).toString();
    const QString kind = (*row)->value(1).toString();
    const QString venueId = (*row)->value(2).toString();
    const QString projectVenueId = (*row)->value(3).toString();
    auto owner = m_q.firstRow({ where, removeOperation() },
        venueId.isEmpty() ? QStringLiteral("SELECT v.name, pv.project_id FROM project_venues pv "
                                           "JOIN venues v ON v.id = pv.venue_id WHERE pv.id = :id")
                          : QStringLiteral("SELECT v.name, NULL FROM venues v WHERE v.id = :id"),
        { { QStringLiteral(":id"), venueId.isEmpty() ? projectVenueId : venueId } });
    if (!owner)
        return owner.error();
    const QString venueName = *owner ? (**owner).value(0).toString() : QString();
    const QString projectId = *owner ? (**owner).value(1).toString() : QString();
    if (auto s = m_log.append(projectId, Action::AttachmentRemoved,
            { { QStringLiteral("file"), fileName }, { QStringLiteral("kind"), kind },
                { QStringLiteral("venue"), venueName },
                { QStringLiteral("attachment_id"), attachmentId } });
        !s)
        return s.error().withOperation(removeOperation());
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(removeOperation());
    qCInfo(lcVenues) << "removed file" << attachmentId;
    return {};
}

} // namespace VenueMap::Core
