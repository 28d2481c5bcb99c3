#include "outreachrepository.h"

#include "spacerepository.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context OutreachRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutreachRepository)
};

} // namespace

namespace {
DbError conflict(const QString &operation)
{
    return DbError::make(DbError::Kind::Conflict, operation,
        Tr::tr("Someone else changed this shortlist row after you opened it; "
               "their version is now shown and nothing of yours was saved."),
        QStringLiteral("OutreachRepository"));
}

DbError gone(const QString &operation)
{
    return DbError::make(DbError::Kind::NotFound, operation,
        Tr::tr("This venue is no longer on the shortlist; someone may have removed it."),
        QStringLiteral("OutreachRepository"));
}

// ":v0, :v1, ..." for an IN list, with the binds that go with it.
QString inList(const QStringList &values, const QString &prefix, Binds &binds)
{
    QStringList names;
    names.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QString name = QStringLiteral(":%1%2").arg(prefix).arg(i);
        names << name;
        binds.append({ name, values.at(i) });
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

OutreachRepository::OutreachRepository(Database db, QString actingUserId)
    : m_q(db)
    , m_log(db, std::move(actingUserId))
    // The person's setting, wherever a venue is marked sent (shortlist, email draft, venuemapctl).
    , m_respondDays(qMax(1, QSettings().value(QStringLiteral("outreach/respondDays"), 7).toInt()))
{ }

QString OutreachRepository::rowColumns() const
{
    return QStringLiteral(
        "pv.id, pv.project_id, pv.venue_id, pv.catering_provider_id, pv.outreach_status, "
        "pv.include_in_proposal, %1, pv.decline_reason, pv.sent_at, pv.responded_at, pv.notes, "
        "pv.sort_order, pv.created_at, pv.updated_at, pv.version")
        .arg(m_q.dialect().moneySelect(QStringLiteral("pv.quoted_price")));
}

ProjectVenue OutreachRepository::readRow(const QSqlQuery &q, int o) const
{
    const SqlDialect &d = m_q.dialect();
    ProjectVenue r;
    r.id = q.value(o + 0).toString();
    r.projectId = q.value(o + 1).toString();
    r.venueId = q.value(o + 2).toString();
    r.cateringProviderId = q.value(o + 3).toString();
    r.status = outreachStatusFromDb(q.value(o + 4).toString()).value_or(OutreachStatus::Draft);
    r.includeInProposal = q.value(o + 5).toBool();
    r.quotedPriceCents = d.moneyFromDb(q.value(o + 6));
    r.declineReason = q.value(o + 7).toString();
    r.sentAt = d.dateTimeFromDb(q.value(o + 8));
    r.respondedAt = d.dateTimeFromDb(q.value(o + 9));
    r.notes = q.value(o + 10).toString();
    r.sortOrder = q.value(o + 11).toInt();
    r.createdAt = d.dateTimeFromDb(q.value(o + 12));
    r.updatedAt = d.dateTimeFromDb(q.value(o + 13));
    r.version = q.value(o + 14).toInt();
    return r;
}

Result<ProjectVenue> OutreachRepository::fetchRow(const QString &id, QString *venueName) const
{
    auto q = m_q.exec(QStringLiteral("OutreachRepository::fetchRow"),
        QStringLiteral(
            "SELECT %1, v.name FROM project_venues pv JOIN venues v ON v.id = pv.venue_id "
            "WHERE pv.id = :id")
            .arg(rowColumns()),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (!q->next())
        return gone(Tr::tr("read the shortlist row"));
    if (venueName)
        *venueName = q->value(15).toString();
    return readRow(*q, 0);
}

Result<OutreachRepository::AddResult> OutreachRepository::addVenues(
    const QString &projectId, const QStringList &venueIds)
{
    const QString op = Tr::tr("add venues to the shortlist");
    const QString where = QStringLiteral("OutreachRepository::addVenues");
    const DbCall call { where, op };
    AddResult result;
    QStringList ids;
    for (const QString &id : venueIds)
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    if (ids.isEmpty())
        return result;

    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);

    auto project = m_q.scalar(call, QStringLiteral("SELECT id FROM projects WHERE id = :p"),
        { { QStringLiteral(":p"), projectId } });
    if (!project)
        return project.error();
    if (project->isNull())
        return DbError::make(
            DbError::Kind::NotFound, op, Tr::tr("The project no longer exists."), where);

    Binds binds;
    const QString list = inList(ids, QStringLiteral("v"), binds);
    QHash<QString, QString> names;
    {
        auto q = m_q.exec(call,
            QStringLiteral("SELECT id, name FROM venues WHERE NOT is_deleted AND id IN (%1)")
                .arg(list),
            binds);
        if (!q)
            return q.error();
        while (q->next())
            names.insert(q->value(0).toString(), q->value(1).toString());
    }
    QSet<QString> existing;
    {
        Binds b = binds;
        b.append({ QStringLiteral(":p"), projectId });
        auto q = m_q.exec(call,
            QStringLiteral(
                "SELECT venue_id FROM project_venues WHERE project_id = :p AND venue_id IN (%1)")
                .arg(list),
            b);
        if (!q)
            return q.error();
        while (q->next())
            existing.insert(q->value(0).toString());
    }
    auto maxOrder = m_q.scalar(call,
        QStringLiteral(
            "SELECT coalesce(max(sort_order), -1) FROM project_venues WHERE project_id = :p"),
        { { QStringLiteral(":p"), projectId } });
    if (!maxOrder)
        return maxOrder.error();
    int order = maxOrder->toInt();

    const SqlDialect &d = m_q.dialect();
    for (const QString &venueId : ids) {
        if (!names.contains(venueId)) {
            result.notFound << venueId;
            continue;
        }
        if (existing.contains(venueId)) {
            result.alreadyShortlisted << names.value(venueId);
            continue;
        }
        ProjectVenue r;
        r.id = Sql::newId();
        r.projectId = projectId;
        r.venueId = venueId;
        r.sortOrder = ++order;
        r.version = 1;
        auto at = m_q.scalar(call,
            QStringLiteral(
                "INSERT INTO project_venues (id, project_id, venue_id, outreach_status, "
                "include_in_proposal, sort_order, created_at, updated_at, version) "
                "VALUES (:id, :p, :v, 'draft', :include, :order, %1, %1, 1) RETURNING created_at")
                .arg(d.now()),
            { { QStringLiteral(":id"), r.id }, { QStringLiteral(":p"), projectId },
                { QStringLiteral(":v"), venueId }, { QStringLiteral(":include"), false },
                { QStringLiteral(":order"), r.sortOrder } });
        if (!at) {
            DbError e = at.error();
            if (e.kind == DbError::Kind::Duplicate)
                e.message = Tr::tr("%1 was added to this shortlist by someone else a moment ago.")
                                .arg(names.value(venueId));
            return e;
        }
        r.createdAt = r.updatedAt = d.dateTimeFromDb(*at);
        if (auto s = m_log.append(projectId, Action::VenueAdded,
                { { QStringLiteral("venue"), names.value(venueId) },
                    { QStringLiteral("venue_id"), venueId } });
            !s)
            return s.error().withOperation(op);
        result.added << r;
    }
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(op);
    qCInfo(lcOutreach) << "added" << result.added.size() << "venues to" << projectId;
    return result;
}

Status OutreachRepository::removeVenue(const QString &id, int expectedVersion)
{
    const QString op = Tr::tr("remove the venue from the shortlist");
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    QString venueName;
    auto row = fetchRow(id, &venueName);
    if (!row)
        return row.error().withOperation(op);
    if (row->version != expectedVersion)
        return conflict(op);
    auto q = m_q.exec({ QStringLiteral("OutreachRepository::removeVenue"), op },
        QStringLiteral("DELETE FROM project_venues WHERE id = :id AND version = :version"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":version"), expectedVersion } });
    // The database keeps a shortlisted venue's files (migration 0016): it refuses while there are.
    if (!q && q.error().sqlError.databaseText().contains(QLatin1String("files on this shortlist")))
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("%1 has files on this shortlist (a contract, a floor plan …); remove them "
                   "under Files… first.")
                .arg(venueName),
            QStringLiteral("OutreachRepository::removeVenue"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return conflict(op);
    if (auto s = m_log.append(row->projectId, Action::VenueRemoved,
            { { QStringLiteral("venue"), venueName },
                { QStringLiteral("venue_id"), row->venueId } });
        !s)
        return s.error().withOperation(op);
    return tx.commit();
}

Result<ProjectVenue> OutreachRepository::reinstateEntry(const ProjectVenue &removed)
{
    const QString op = Tr::tr("put the venue back on the shortlist");
    const QString where = QStringLiteral("OutreachRepository::reinstateEntry");
    const DbCall call { where, op };
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    auto name = m_q.scalar(call, QStringLiteral("SELECT name FROM venues WHERE id = :v"),
        { { QStringLiteral(":v"), removed.venueId } });
    if (!name)
        return name.error();
    if (name->isNull())
        return DbError::make(
            DbError::Kind::NotFound, op, Tr::tr("The venue no longer exists."), where);
    const QString venueName = name->toString();
    auto taken = m_q.scalar(call,
        QStringLiteral("SELECT id FROM project_venues WHERE project_id = :p AND venue_id = :v"),
        { { QStringLiteral(":p"), removed.projectId }, { QStringLiteral(":v"), removed.venueId } });
    if (!taken)
        return taken.error();
    if (!taken->isNull())
        return DbError::make(DbError::Kind::Conflict, op,
            Tr::tr("%1 is on the shortlist again: someone added it meanwhile.").arg(venueName),
            where);
    const SqlDialect &d = m_q.dialect();
    ProjectVenue r = removed;
    auto at = m_q.scalar(call,
        QStringLiteral(
            "INSERT INTO project_venues (id, project_id, venue_id, catering_provider_id, "
            "outreach_status, include_in_proposal, quoted_price, decline_reason, sent_at, "
            "responded_at, notes, sort_order, created_at, updated_at, version) VALUES (:id, :p, "
            ":v, :caterer, :status, :include, :price, :reason, :sent, :responded, :notes, :order, "
            ":created, %1, 1) RETURNING updated_at")
            .arg(d.now()),
        { { QStringLiteral(":id"), r.id }, { QStringLiteral(":p"), r.projectId },
            { QStringLiteral(":v"), r.venueId },
            { QStringLiteral(":caterer"), Sql::text(r.cateringProviderId) },
            { QStringLiteral(":status"), outreachStatusToDb(r.status) },
            { QStringLiteral(":include"), r.includeInProposal },
            { QStringLiteral(":price"), d.moneyToDb(r.quotedPriceCents) },
            { QStringLiteral(":reason"), Sql::text(r.declineReason) },
            { QStringLiteral(":sent"), d.toDb(r.sentAt) },
            { QStringLiteral(":responded"), d.toDb(r.respondedAt) },
            { QStringLiteral(":notes"), Sql::text(r.notes) },
            { QStringLiteral(":order"), r.sortOrder },
            { QStringLiteral(":created"),
                d.toDb(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()) } });
    if (!at) {
        DbError e = at.error();
        if (e.kind == DbError::Kind::Duplicate)
            e.message = Tr::tr("%1 is on the shortlist again: someone added it meanwhile.")
                            .arg(venueName);
        return e;
    }
    r.updatedAt = d.dateTimeFromDb(*at);
    r.version = 1;
    if (auto s = m_log.append(r.projectId, Action::VenueAdded,
            { { QStringLiteral("venue"), venueName }, { QStringLiteral("venue_id"), r.venueId } });
        !s)
        return s.error().withOperation(op);
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(op);
    return r;
}

Result<ProjectVenue> OutreachRepository::setStatus(
    const QString &id, int expectedVersion, OutreachStatus status, const QString &declineReason)
{
    return changeStatus(id, expectedVersion, status, declineReason, std::nullopt, {});
}

Result<ProjectVenue> OutreachRepository::decline(
    const QString &id, int expectedVersion, DeclineCode code, const QString &note)
{
    return changeStatus(id, expectedVersion, OutreachStatus::Declined,
        declineReasonText(code, note), code, note.trimmed());
}

Result<ProjectVenue> OutreachRepository::changeStatus(const QString &id, int expectedVersion,
    OutreachStatus status, const QString &declineReason, std::optional<DeclineCode> code,
    const QString &note)
{
    const QString op = Tr::tr("change the outreach status");
    const QString reason = declineReason.trimmed();
    if (status == OutreachStatus::Declined && reason.isEmpty())
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("Say why the venue declined; a decline needs a reason."),
            QStringLiteral("OutreachRepository::setStatus"));
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    QString venueName;
    auto current = fetchRow(id, &venueName);
    if (!current)
        return current.error().withOperation(op);
    if (current->version != expectedVersion)
        return conflict(op);
    ProjectVenue r = *current;
    const OutreachStatus from = r.status;
    if (from == status && !code
        && (status != OutreachStatus::Declined || reason == r.declineReason))
        return r;

    // The times come from the database's clock: each column keeps its value, is cleared, or
    // becomes "now", as the step from `from` to `status` says.
    const SqlDialect &d = m_q.dialect();
    const QString keepSent = QStringLiteral("sent_at"),
                  keepResponded = QStringLiteral("responded_at");
    const QString null = QStringLiteral("NULL");
    QString sent = null, responded = null;
    switch (status) {
    case OutreachStatus::Draft:
        break;
    case OutreachStatus::Sent:
    case OutreachStatus::Awaiting:
        sent = r.sentAt.isValid() ? keepSent : d.now();
        break;
    case OutreachStatus::Responded:
    case OutreachStatus::Declined:
        sent = r.sentAt.isValid() ? keepSent : d.now();
        responded = from != status || !r.respondedAt.isValid() ? d.now() : keepResponded;
        break;
    }
    r.status = status;
    r.declineReason = status == OutreachStatus::Declined ? reason : QString();
    const bool declined = status == OutreachStatus::Declined;
    // Marking a venue asked gives it a day to answer by, unless it has one.
    const bool sending = isWaitingForReply(status) && !isWaitingForReply(from);
    Binds binds { { QStringLiteral(":status"), outreachStatusToDb(status) },
        { QStringLiteral(":reason"), Sql::text(r.declineReason) },
        { QStringLiteral(":code"),
            Sql::text(declined && code ? declineCodeToDb(*code) : QString()) },
        { QStringLiteral(":note"), Sql::text(declined && code ? note : QString()) },
        { QStringLiteral(":id"), id }, { QStringLiteral(":version"), expectedVersion } };
    if (sending)
        binds.append({ QStringLiteral(":respondBy"),
            Sql::date(QDateTime::currentDateTimeUtc().date().addDays(m_respondDays)) });
    auto stored = m_q.firstRow({ QStringLiteral("OutreachRepository::setStatus"), op },
        QStringLiteral(
            "UPDATE project_venues SET outreach_status = :status, decline_reason = :reason, "
            "decline_code = :code, decline_note = :note, respond_by = %4, "
            "sent_at = %1, responded_at = %2, updated_at = %3, version = version + 1 "
            "WHERE id = :id AND version = :version "
            "RETURNING sent_at, responded_at, updated_at, decline_reason")
            .arg(sent, responded, d.now(),
                sending ? QStringLiteral("COALESCE(respond_by, :respondBy)")
                        : QStringLiteral("respond_by")),
        binds);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) // no row came back: the version moved on
        return conflict(op);
    r.sentAt = d.dateTimeFromDb((*stored)->value(0));
    r.respondedAt = d.dateTimeFromDb((*stored)->value(1));
    r.updatedAt = d.dateTimeFromDb((*stored)->value(2));
    r.declineReason = (*stored)->value(3).toString(); // as the database keeps it
    QJsonObject details { { QStringLiteral("venue"), venueName },
        { QStringLiteral("venue_id"), r.venueId },
        { QStringLiteral("from"), outreachStatusToDb(from) },
        { QStringLiteral("to"), outreachStatusToDb(status) } };
    if (!r.declineReason.isEmpty())
        details.insert(QStringLiteral("reason"), r.declineReason);
    if (declined && code)
        details.insert(QStringLiteral("reason_code"), declineCodeToDb(*code));
    if (auto s = m_log.append(r.projectId, Action::StatusChanged, details); !s)
        return s.error().withOperation(op);
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(op);
    r.version = expectedVersion + 1;
    return r;
}

Result<ProjectVenue> OutreachRepository::updateEntry(const ProjectVenue &edited)
{
    const QString op = Tr::tr("save the shortlist row");
    if (edited.quotedPriceCents && *edited.quotedPriceCents < 0)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("A quoted price cannot be negative."),
            QStringLiteral("OutreachRepository::updateEntry"));
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    QString venueName;
    auto current = fetchRow(edited.id, &venueName);
    if (!current)
        return current.error().withOperation(op);
    if (current->version != edited.version)
        return conflict(op);
    QStringList fields;
    if (current->includeInProposal != edited.includeInProposal)
        fields << QStringLiteral("proposal inclusion");
    if (current->cateringProviderId != edited.cateringProviderId)
        fields << QStringLiteral("caterer");
    if (current->quotedPriceCents != edited.quotedPriceCents)
        fields << QStringLiteral("quoted price");
    if (current->notes != edited.notes.trimmed())
        fields << QStringLiteral("notes");
    if (current->sortOrder != edited.sortOrder)
        fields << QStringLiteral("proposal order");
    if (fields.isEmpty())
        return *current;
    ProjectVenue r = *current;
    r.includeInProposal = edited.includeInProposal;
    r.cateringProviderId = edited.cateringProviderId;
    r.quotedPriceCents = edited.quotedPriceCents;
    r.notes = edited.notes.trimmed();
    r.sortOrder = edited.sortOrder;
    const SqlDialect &d = m_q.dialect();
    auto at = m_q.scalar({ QStringLiteral("OutreachRepository::updateEntry"), op },
        QStringLiteral(
            "UPDATE project_venues SET include_in_proposal = :include, catering_provider_id = "
            ":caterer, "
            "quoted_price = :price, notes = :notes, sort_order = :order, updated_at = %1, "
            "version = version + 1 WHERE id = :id AND version = :version RETURNING updated_at")
            .arg(d.now()),
        { { QStringLiteral(":include"), r.includeInProposal },
            { QStringLiteral(":caterer"), Sql::text(r.cateringProviderId) },
            { QStringLiteral(":price"), d.moneyToDb(r.quotedPriceCents) },
            { QStringLiteral(":notes"), Sql::text(r.notes) },
            { QStringLiteral(":order"), r.sortOrder }, { QStringLiteral(":id"), r.id },
            { QStringLiteral(":version"), edited.version } });
    if (!at)
        return at.error();
    if (at->isNull()) // no row came back: the version moved on
        return conflict(op);
    r.updatedAt = d.dateTimeFromDb(*at);
    if (auto s = m_log.append(r.projectId, Action::ShortlistEdited,
            { { QStringLiteral("venue"), venueName }, { QStringLiteral("venue_id"), r.venueId },
                { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } });
        !s)
        return s.error().withOperation(op);
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(op);
    r.version = edited.version + 1;
    return r;
}

Status OutreachRepository::reorder(const QString &projectId, const QStringList &ids)
{
    const QString op = Tr::tr("change the proposal order");
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    const QString sql = QStringLiteral(
        "UPDATE project_venues SET sort_order = :order, updated_at = %1, version = version + 1 "
        "WHERE id = :id AND project_id = :p AND sort_order <> :order")
                            .arg(m_q.dialect().now());
    for (int i = 0; i < ids.size(); ++i) {
        auto q = m_q.exec({ QStringLiteral("OutreachRepository::reorder"), op }, sql,
            { { QStringLiteral(":order"), i }, { QStringLiteral(":id"), ids.at(i) },
                { QStringLiteral(":p"), projectId } });
        if (!q)
            return q.error();
    }
    if (auto s = m_log.append(projectId, Action::ShortlistEdited,
            { { QStringLiteral("venue"), QStringLiteral("the shortlist") },
                { QStringLiteral("fields"), QJsonArray { QStringLiteral("proposal order") } } });
        !s)
        return s.error().withOperation(op);
    return tx.commit();
}

Status OutreachRepository::logEmailDrafted(const QString &id)
{
    const QString op = Tr::tr("record the outreach email");
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    QString venueName;
    auto row = fetchRow(id, &venueName);
    if (!row)
        return row.error().withOperation(op);
    if (auto s = m_log.append(row->projectId, Action::EmailDrafted,
            { { QStringLiteral("venue"), venueName },
                { QStringLiteral("venue_id"), row->venueId } });
        !s)
        return s.error().withOperation(op);
    return tx.commit();
}

Result<QList<ShortlistEntry>> OutreachRepository::fetchShortlist(const QString &projectId) const
{
    const DbCall call { QStringLiteral("OutreachRepository::fetchShortlist"),
        Tr::tr("open the shortlist") };
    const SqlDialect &d = m_q.dialect();
    const Binds binds { { QStringLiteral(":p"), projectId } };
    QList<ShortlistEntry> out;
    QHash<QString, int> byVenue;
    {
        auto q = m_q.exec(call,
            QStringLiteral(
                "SELECT %1, v.name, v.city, v.capacity, v.rating, v.contact_name, v.contact_email, "
                "v.contact_phone, c.name, "
                // The venue's first photo with a thumbnail, in the same statement (one round
                // trip less to a distant server); photos_venue_idx finds it.
                "(SELECT ph.thumbnail FROM photos ph WHERE ph.venue_id = v.id "
                "AND ph.thumbnail IS NOT NULL ORDER BY ph.sort_order, ph.created_at, ph.id "
                "LIMIT 1) FROM project_venues pv "
                "JOIN venues v ON v.id = pv.venue_id "
                "LEFT JOIN catering_providers c ON c.id = pv.catering_provider_id "
                "WHERE pv.project_id = :p ORDER BY pv.sort_order, lower(v.name), pv.id")
                .arg(rowColumns()),
            binds);
        if (!q)
            return q.error();
        while (q->next()) {
            ShortlistEntry e;
            e.row = readRow(*q, 0);
            e.venueName = q->value(15).toString();
            e.venueCity = q->value(16).toString();
            e.capacity = Sql::optionalInt(q->value(17));
            e.rating = d.ratingFromDb(q->value(18));
            e.contactName = q->value(19).toString();
            e.contactEmail = q->value(20).toString();
            e.contactPhone = q->value(21).toString();
            e.cateringName = q->value(22).toString();
            e.thumbnail = q->value(23).toByteArray();
            byVenue.insert(e.row.venueId, out.size());
            out << e;
        }
    }
    if (out.isEmpty())
        return out;
    {
        // Client memory: what other projects of the same client did with these venues.
        auto q = m_q.exec(call,
            QStringLiteral(
                "SELECT pv.venue_id, p.id, p.event_name, p.event_date, pv.include_in_proposal, "
                "pv.outreach_status, pv.decline_reason FROM project_venues pv "
                "JOIN projects p ON p.id = pv.project_id "
                "WHERE lower(p.client_name) = (SELECT lower(client_name) FROM projects WHERE id = "
                ":p) "
                "AND p.id <> :p "
                "AND pv.venue_id IN (SELECT venue_id FROM project_venues WHERE project_id = :p) "
                "AND (pv.include_in_proposal OR pv.outreach_status = 'declined') "
                "ORDER BY p.event_date, p.id"),
            binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const int i = byVenue.value(q->value(0).toString(), -1);
            if (i < 0)
                continue;
            ClientHistory h;
            h.projectId = q->value(1).toString();
            h.eventName = q->value(2).toString();
            h.eventDate = Sql::toDate(q->value(3));
            h.proposed = q->value(4).toBool();
            h.declined = q->value(5).toString() == QLatin1String("declined");
            h.declineReason = q->value(6).toString();
            out[i].history << h;
        }
    }
    // The venues' rooms, for the marks of which fit the project's layout (issue 13).
    auto spaces = SpaceRepository(m_q.db()).fetchShortlistSpaces(projectId);
    if (!spaces)
        return spaces.error();
    for (ShortlistEntry &e : out)
        e.spaces = spaces->value(e.row.venueId);
    return out;
}

Result<ShortlistEntry> OutreachRepository::fetchEntry(const QString &projectVenueId) const
{
    auto row = fetchRow(projectVenueId, nullptr);
    if (!row)
        return row.error();
    auto all = fetchShortlist(row->projectId);
    if (!all)
        return all.error();
    for (const ShortlistEntry &e : *all)
        if (e.row.id == projectVenueId)
            return e;
    return gone(Tr::tr("read the shortlist row"));
}

Result<QMap<OutreachStatus, int>> OutreachRepository::countsByStatus(const QString &projectId) const
{
    auto q = m_q.exec(
        { QStringLiteral("OutreachRepository::countsByStatus"), Tr::tr("count the outreach") },
        QStringLiteral("SELECT outreach_status, count(*) FROM project_venues WHERE project_id = :p "
                       "GROUP BY outreach_status"),
        { { QStringLiteral(":p"), projectId } });
    if (!q)
        return q.error();
    QMap<OutreachStatus, int> out;
    for (OutreachStatus s : allOutreachStatuses())
        out[s] = 0;
    while (q->next())
        if (auto s = outreachStatusFromDb(q->value(0).toString()))
            out[*s] = q->value(1).toInt();
    return out;
}

Result<QList<ChaseItem>> OutreachRepository::fetchChaseList(
    const QString &projectId, int days) const
{
    const SqlDialect &d = m_q.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    QString sql = QStringLiteral(
        "SELECT pv.id, pv.project_id, p.client_name, p.event_name, pv.venue_id, v.name, "
        "v.contact_name, v.contact_email, pv.outreach_status, pv.sent_at, pv.respond_by, "
        "pv.version FROM project_venues pv JOIN projects p ON p.id = pv.project_id "
        "JOIN venues v ON v.id = pv.venue_id "
        "WHERE pv.outreach_status IN ('sent', 'awaiting') "
        "AND (pv.respond_by < :today OR pv.sent_at <= :cutoff) ");
    Binds binds { { QStringLiteral(":today"), Sql::date(today) },
        // A second's grace: the server's clock keeps microseconds, QDateTime milliseconds, so
        // a venue asked a moment ago would otherwise miss "waiting 0 days or more".
        { QStringLiteral(":cutoff"), d.toDb(now.addDays(-qMax(0, days)).addSecs(1)) } };
    if (projectId.isEmpty()) {
        sql += QStringLiteral("AND p.status = 'active' ");
    } else {
        sql += QStringLiteral("AND pv.project_id = :p ");
        binds.append({ QStringLiteral(":p"), projectId });
    }
    // project_venues_respond_by_idx holds the waiting rows in this order; rows without a day to
    // answer by come last.
    sql += QStringLiteral(
        "ORDER BY pv.respond_by IS NULL, pv.respond_by, pv.sent_at, pv.id LIMIT 1000");
    auto q = m_q.exec({ QStringLiteral("OutreachRepository::fetchChaseList"),
                          Tr::tr("list the venues to chase") },
        sql, binds);
    if (!q)
        return q.error();
    QList<ChaseItem> out;
    while (q->next()) {
        ChaseItem c;
        c.projectVenueId = q->value(0).toString();
        c.projectId = q->value(1).toString();
        c.projectTitle = q->value(2).toString() + QStringLiteral(" — ") + q->value(3).toString();
        c.venueId = q->value(4).toString();
        c.venueName = q->value(5).toString();
        c.contactName = q->value(6).toString();
        c.contactEmail = q->value(7).toString();
        c.status = outreachStatusFromDb(q->value(8).toString()).value_or(OutreachStatus::Sent);
        c.sentAt = d.dateTimeFromDb(q->value(9));
        c.daysWaiting = int(c.sentAt.secsTo(now) / 86400);
        c.respondBy = Sql::toDate(q->value(10));
        c.daysOverdue
            = c.respondBy.isValid() && c.respondBy < today ? int(c.respondBy.daysTo(today)) : 0;
        c.version = q->value(11).toInt();
        out << c;
    }
    return out;
}

Result<int> OutreachRepository::setRespondBy(
    const QString &id, int expectedVersion, const QDate &day)
{
    const QString op = Tr::tr("change the day to answer by");
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error().withOperation(op);
    QString venueName;
    auto current = fetchRow(id, &venueName);
    if (!current)
        return current.error().withOperation(op);
    if (current->version != expectedVersion)
        return conflict(op);
    auto stored = m_q.firstRow({ QStringLiteral("OutreachRepository::setRespondBy"), op },
        QStringLiteral("UPDATE project_venues SET respond_by = :day, updated_at = %1, "
                       "version = version + 1 WHERE id = :id AND version = :version "
                       "RETURNING version")
            .arg(m_q.dialect().now()),
        { { QStringLiteral(":day"), day.isValid() ? Sql::date(day) : QVariant() },
            { QStringLiteral(":id"), id }, { QStringLiteral(":version"), expectedVersion } });
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return conflict(op);
    const QJsonObject details { { QStringLiteral("venue"), venueName },
        { QStringLiteral("venue_id"), current->venueId },
        { QStringLiteral("respond_by"),
            day.isValid() ? day.toString(Qt::ISODate) : QJsonValue(QJsonValue::Null) } };
    if (auto s = m_log.append(current->projectId, Action::ShortlistEdited, details); !s)
        return s.error().withOperation(op);
    if (auto s = tx.commit(); !s)
        return s.error().withOperation(op);
    return (*stored)->value(0).toInt();
}

Result<QList<DeclineTally>> OutreachRepository::fetchDeclineReport(
    DeclineGrouping by, const QString &projectId, const QDate &from, const QDate &to) const
{
    const bool perVenue = by == DeclineGrouping::Venue;
    // Declined rows by project_venues_decline_code_idx (partial on declined rows).
    QString sql = perVenue
        ? QStringLiteral("SELECT v.id, v.name, v.city, pv.decline_code, count(*) "
                         "FROM project_venues pv JOIN venues v ON v.id = pv.venue_id "
                         "WHERE pv.outreach_status = 'declined' ")
        : QStringLiteral("SELECT coalesce(v.city, ''), coalesce(v.city, ''), coalesce(v.city, ''), "
                         "pv.decline_code, count(*) "
                         "FROM project_venues pv JOIN venues v ON v.id = pv.venue_id "
                         "WHERE pv.outreach_status = 'declined' ");
    Binds binds;
    if (!projectId.isEmpty()) {
        sql += QStringLiteral("AND pv.project_id = :p ");
        binds.append({ QStringLiteral(":p"), projectId });
    }
    const SqlDialect &d = m_q.dialect();
    if (from.isValid()) {
        sql += QStringLiteral("AND pv.responded_at >= :from ");
        binds.append({ QStringLiteral(":from"), d.toDb(QDateTime(from, QTime(0, 0), Qt::UTC)) });
    }
    if (to.isValid()) {
        sql += QStringLiteral("AND pv.responded_at < :to ");
        binds.append(
            { QStringLiteral(":to"), d.toDb(QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC)) });
    }
    sql += perVenue ? QStringLiteral("GROUP BY v.id, v.name, v.city, pv.decline_code "
                                     "ORDER BY lower(v.name), v.id")
                    : QStringLiteral("GROUP BY coalesce(v.city, ''), pv.decline_code "
                                     "ORDER BY lower(coalesce(v.city, '')), coalesce(v.city, '')");
    auto q = m_q.exec({ QStringLiteral("OutreachRepository::fetchDeclineReport"),
                          Tr::tr("count the declines by reason") },
        sql, binds);
    if (!q)
        return q.error();
    QList<DeclineTally> out;
    while (q->next()) {
        const QString key = q->value(0).toString();
        if (out.isEmpty() || out.last().key != key) {
            DeclineTally t;
            t.key = key;
            t.label = q->value(1).toString();
            t.city = q->value(2).toString();
            out << t;
        }
        const DeclineCode code
            = declineCodeFromDb(q->value(3).toString()).value_or(DeclineCode::Other);
        const int n = q->value(4).toInt();
        out.last().counts[code] += n;
        out.last().total += n;
    }
    // Most declines first; the query's name order breaks ties.
    std::stable_sort(out.begin(), out.end(),
        [](const DeclineTally &a, const DeclineTally &b) { return a.total > b.total; });
    return out;
}

} // namespace VenueMap::Core
