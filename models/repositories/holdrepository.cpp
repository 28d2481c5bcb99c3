#include "holdrepository.h"

#include "domain/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context HoldRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HoldRepository)
};

} // namespace

namespace {

const QString kHoldColumns = QStringLiteral(
    "h.id, h.project_venue_id, pv.project_id, p.client_name, p.event_name, h.venue_id, v.name, "
    "h.space_id, s.name, h.project_date_id, h.starts_on, h.ends_on, CAST(h.status AS TEXT), "
    "h.expires_on, h.placed_by, u.name, h.notes, h.updated_at, h.version "
    "FROM holds h JOIN project_venues pv ON pv.id = h.project_venue_id "
    "JOIN projects p ON p.id = pv.project_id JOIN venues v ON v.id = h.venue_id "
    "LEFT JOIN venue_spaces s ON s.id = h.space_id LEFT JOIN users u ON u.id = h.placed_by ");

Hold readHold(const QSqlQuery &q, const SqlDialect &d)
{
    Hold h;
    h.id = q.value(0).toString();
    h.projectVenueId = q.value(1).toString();
    h.projectId = q.value(2).toString();
    h.projectTitle = QStringLiteral("%1 — %2").arg(q.value(3).toString(), q.value(4).toString());
    h.venueId = q.value(5).toString();
    h.venueName = q.value(6).toString();
    h.spaceId = q.value(7).toString();
    h.spaceName = q.value(8).toString();
    h.dateRangeId = q.value(9).toString();
    h.start = Sql::toDate(q.value(10));
    h.end = Sql::toDate(q.value(11));
    h.status = holdStatusFromText(q.value(12).toString()).value_or(HoldStatus::Requested);
    if (!q.value(13).isNull())
        h.expiresOn = Sql::toDate(q.value(13));
    h.placedBy = q.value(14).toString();
    h.placedByName = q.value(15).toString();
    h.notes = q.value(16).toString();
    h.updatedAt = d.dateTimeFromDb(q.value(17));
    h.version = q.value(18).toInt();
    return h;
}

QString statusParam(const SqlDialect &d, const QString &placeholder)
{
    return d.isPostgres() ? QStringLiteral("CAST(%1 AS hold_status)").arg(placeholder)
                          : placeholder;
}

DbError validation(const QString &op, const QString &sentence)
{
    return DbError::make(DbError::Kind::Validation, op, sentence, QStringLiteral("HoldRepository"));
}

} // namespace

HoldRepository::HoldRepository(Database db, QString actingUserId)
    : m_q(std::move(db))
    , m_userId(std::move(actingUserId))
{ }

Result<DateRange> HoldRepository::addDateRange(
    const QString &projectId, const QDate &start, const QDate &end, bool preferred)
{
    const QString op = Tr::tr("add the date range");
    if (!start.isValid() || !end.isValid())
        return validation(op, Tr::tr("A date range needs a first and a last day."));
    if (end < start)
        return validation(op, Tr::tr("The last day comes before the first day."));
    if (start.daysTo(end) > kMaxDateRangeDays)
        return validation(
            op, Tr::tr("A date range covers at most %1 days.").arg(kMaxDateRangeDays + 1));
    DateRange r { Sql::newId(), projectId, start, end, preferred };
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    const DbCall call { QStringLiteral("HoldRepository::addDateRange"), op };
    if (preferred) {
        // The new preferred range takes over from the old one (the others are alternates).
        auto q = m_q.exec(call,
            QStringLiteral("UPDATE project_dates SET is_preferred = %1 WHERE project_id = :p AND "
                           "is_preferred = %2")
                .arg(m_q.dialect().boolLiteral(false), m_q.dialect().boolLiteral(true)),
            { { QStringLiteral(":p"), projectId } });
        if (!q)
            return q.error();
    }
    auto q = m_q.exec(call,
        QStringLiteral("INSERT INTO project_dates (id, project_id, starts_on, ends_on, "
                       "is_preferred) VALUES (:id, :p, :start, :end, :preferred)"),
        { { QStringLiteral(":id"), r.id }, { QStringLiteral(":p"), projectId },
            { QStringLiteral(":start"), Sql::date(start) },
            { QStringLiteral(":end"), Sql::date(end) },
            { QStringLiteral(":preferred"), preferred } });
    if (!q) {
        if (q.error().kind == DbError::Kind::Duplicate)
            return validation(op, Tr::tr("The project has this date range already."));
        return q.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<QList<DateRange>> HoldRepository::dateRanges(const QString &projectId) const
{
    auto q = m_q.exec(
        { QStringLiteral("HoldRepository::dateRanges"), Tr::tr("read the project's dates") },
        QStringLiteral("SELECT id, project_id, starts_on, ends_on, is_preferred FROM project_dates "
                       "WHERE project_id = :p ORDER BY is_preferred DESC, starts_on, ends_on"),
        { { QStringLiteral(":p"), projectId } });
    if (!q)
        return q.error();
    QList<DateRange> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), Sql::toDate(q->value(2)),
            Sql::toDate(q->value(3)), q->value(4).toBool() });
    return out;
}

Result<Hold> HoldRepository::placeHold(const HoldDraft &draft)
{
    const QString op = Tr::tr("place the hold");
    const DbCall call { QStringLiteral("HoldRepository::placeHold"), op };
    const SqlDialect &d = m_q.dialect();
    // The hold's venue and dates come from its shortlisted venue and its date range, which must
    // be the same project's: said here as a sentence, and enforced by the database as well.
    auto facts = m_q.firstRow(call,
        QStringLiteral(
            "SELECT pv.venue_id, r.starts_on, r.ends_on FROM project_venues pv "
            "LEFT JOIN project_dates r ON r.id = :range AND r.project_id = pv.project_id "
            "WHERE pv.id = :pv"),
        { { QStringLiteral(":pv"), draft.projectVenueId },
            { QStringLiteral(":range"), draft.dateRangeId } });
    if (!facts)
        return facts.error();
    if (!*facts)
        return DbError::make(DbError::Kind::NotFound, op,
            Tr::tr("The venue is no longer on the project's shortlist."), call.where);
    if ((*facts)->value(1).isNull())
        return validation(op,
            Tr::tr("A hold must be on one of the project's date ranges; add the dates to "
                   "the project first."));
    const QDate start = Sql::toDate((*facts)->value(1));
    if (draft.expiresOn && *draft.expiresOn > start)
        return validation(op,
            Tr::tr("A hold cannot expire after the event's first day (%1).")
                .arg(displayDate(start)));
    const QString id = Sql::newId();
    auto q = m_q.exec(call,
        QStringLiteral("INSERT INTO holds (id, project_venue_id, venue_id, space_id, "
                       "project_date_id, starts_on, ends_on, status, expires_on, placed_by, notes) "
                       "VALUES (:id, :pv, :venue, :space, :range, :start, :end, %1, :expires, :by, "
                       ":notes)")
            .arg(statusParam(d, QStringLiteral(":status"))),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":pv"), draft.projectVenueId },
            { QStringLiteral(":venue"), (*facts)->value(0) },
            { QStringLiteral(":space"), Sql::text(draft.spaceId) },
            { QStringLiteral(":range"), draft.dateRangeId },
            { QStringLiteral(":start"), Sql::date(start) },
            { QStringLiteral(":end"), Sql::date(Sql::toDate((*facts)->value(2))) },
            { QStringLiteral(":status"), holdStatusKey(draft.status) },
            { QStringLiteral(":expires"), Sql::date(draft.expiresOn ? *draft.expiresOn : QDate()) },
            { QStringLiteral(":by"), Sql::text(m_userId) },
            { QStringLiteral(":notes"), Sql::text(draft.notes) } });
    if (!q)
        return doubleBooking(q.error(), (*facts)->value(0).toString(), start,
            Sql::toDate((*facts)->value(2)), id, op);
    return fetchHold(id);
}

Result<Hold> HoldRepository::setStatus(const QString &holdId, int version, HoldStatus status)
{
    const QString op
        = status == HoldStatus::Confirmed ? Tr::tr("confirm the hold") : Tr::tr("change the hold");
    const SqlDialect &d = m_q.dialect();
    auto q = m_q.scalar({ QStringLiteral("HoldRepository::setStatus"), op },
        QStringLiteral("UPDATE holds SET status = %1, updated_at = %2, version = version + 1 "
                       "WHERE id = :id AND version = :version RETURNING version")
            .arg(statusParam(d, QStringLiteral(":status")), d.now()),
        { { QStringLiteral(":id"), holdId }, { QStringLiteral(":version"), version },
            { QStringLiteral(":status"), holdStatusKey(status) } });
    if (!q) {
        auto hold = fetchHold(holdId);
        if (!hold)
            return q.error();
        return doubleBooking(q.error(), hold->venueId, hold->start, hold->end, holdId, op);
    }
    if (q->isNull())
        return DbError::make(DbError::Kind::Conflict, op,
            Tr::tr("Someone else changed or removed this hold after you opened it; "
                   "nothing of yours was saved."),
            QStringLiteral("HoldRepository::setStatus"));
    return fetchHold(holdId);
}

Result<std::optional<Hold>> HoldRepository::releaseAndPromote(const QString &holdId, int version)
{
    const QString op = Tr::tr("release the hold");
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    auto released = setStatus(holdId, version, HoldStatus::Released);
    if (!released)
        return released.error().withOperation(op);
    auto next = m_q.firstRow({ QStringLiteral("HoldRepository::releaseAndPromote"), op },
        QStringLiteral("SELECT id, version FROM holds WHERE venue_id = :venue AND status = %1 "
                       "AND starts_on <= :end AND :start <= ends_on AND id <> :id "
                       "AND (space_id = :space OR (space_id IS NULL AND :space2 IS NULL)) "
                       "ORDER BY created_at, id LIMIT 1")
            .arg(statusParam(m_q.dialect(), QStringLiteral(":second"))),
        { { QStringLiteral(":venue"), released->venueId },
            { QStringLiteral(":second"), holdStatusKey(HoldStatus::SecondOption) },
            { QStringLiteral(":start"), Sql::date(released->start) },
            { QStringLiteral(":end"), Sql::date(released->end) }, { QStringLiteral(":id"), holdId },
            { QStringLiteral(":space"), Sql::text(released->spaceId) },
            { QStringLiteral(":space2"), Sql::text(released->spaceId) } });
    if (!next)
        return next.error();
    std::optional<Hold> promoted;
    if (*next) {
        auto p = setStatus(
            (*next)->value(0).toString(), (*next)->value(1).toInt(), HoldStatus::FirstOption);
        if (!p)
            return p.error().withOperation(op);
        promoted = *p;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return promoted;
}

Result<Hold> HoldRepository::fetchHold(const QString &holdId) const
{
    auto q = m_q.exec({ QStringLiteral("HoldRepository::fetchHold"), Tr::tr("read the hold") },
        QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral("WHERE h.id = :id"),
        { { QStringLiteral(":id"), holdId } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("read the hold"),
            Tr::tr("The hold no longer exists; someone may have removed it."),
            QStringLiteral("HoldRepository::fetchHold"));
    return readHold(*q, m_q.dialect());
}

Result<QList<Hold>> HoldRepository::holds(const HoldQuery &query) const
{
    const SqlDialect &d = m_q.dialect();
    QStringList where;
    Binds binds;
    if (!query.venueId.isEmpty()) {
        where << QStringLiteral("h.venue_id = :venue");
        binds.append({ QStringLiteral(":venue"), query.venueId });
    }
    if (!query.projectId.isEmpty()) {
        where << QStringLiteral("pv.project_id = :project");
        binds.append({ QStringLiteral(":project"), query.projectId });
    }
    if (query.from.isValid() && query.to.isValid()) {
        where << QStringLiteral("h.starts_on <= :to AND h.ends_on >= :from");
        binds.append({ QStringLiteral(":from"), Sql::date(query.from) });
        binds.append({ QStringLiteral(":to"), Sql::date(query.to) });
    }
    if (query.expiringWithinDays) {
        // holds_expiry_idx: the live holds by expiry date.
        where << QStringLiteral("h.status IN ('requested', 'tentative', 'first_option', "
                                "'second_option') AND h.expires_on IS NOT NULL "
                                "AND h.expires_on <= :until AND h.ends_on >= :today");
        // Overdue ones too (still an option past their expiry), while their event is ahead.
        binds.append({ QStringLiteral(":until"),
            Sql::date(query.today.addDays(*query.expiringWithinDays)) });
        binds.append({ QStringLiteral(":today"), Sql::date(query.today) });
    }
    const QString order = query.expiringWithinDays
        ? QStringLiteral(" ORDER BY h.expires_on, h.starts_on, v.name, h.id")
        : QStringLiteral(" ORDER BY h.starts_on, v.name, s.name, h.id");
    auto q = m_q.exec({ QStringLiteral("HoldRepository::holds"), Tr::tr("list the holds") },
        QStringLiteral("SELECT ") + kHoldColumns
            + (where.isEmpty() ? QString()
                               : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
            + order,
        binds);
    if (!q)
        return q.error();
    QList<Hold> out;
    while (q->next())
        out << readHold(*q, d);
    return out;
}

DbError HoldRepository::doubleBooking(const DbError &error, const QString &venueId,
    const QDate &start, const QDate &end, const QString &holdId, const QString &op) const
{
    const QString text = error.sqlError.databaseText();
    if (error.sqlState() != QLatin1String("23P01")
        && !text.contains(QLatin1String("double booking"))
        && !text.contains(QLatin1String("holds_no_double_booking")))
        return error;
    // Name the project that has the dates (SQLite's trigger and the exclusion constraint cannot).
    QString other;
    QString room;
    auto row = m_q.firstRow({ QStringLiteral("HoldRepository::doubleBooking"), op },
        QStringLiteral("SELECT p.client_name, p.event_name, sp.name FROM holds h "
                       "JOIN project_venues pv ON pv.id = h.project_venue_id "
                       "JOIN projects p ON p.id = pv.project_id "
                       "LEFT JOIN venue_spaces sp ON sp.id = h.space_id WHERE h.venue_id = :venue "
                       "AND h.status = 'confirmed' AND h.id <> :id AND h.starts_on <= :end "
                       "AND :start <= h.ends_on ORDER BY h.starts_on LIMIT 1"),
        { { QStringLiteral(":venue"), venueId }, { QStringLiteral(":id"), holdId },
            { QStringLiteral(":start"), Sql::date(start) },
            { QStringLiteral(":end"), Sql::date(end) } });
    if (row && *row) {
        other = QStringLiteral("%1 — %2").arg(
            (*row)->value(0).toString(), (*row)->value(1).toString());
        room = (*row)->value(2).toString();
    }
    DbError e = DbError::make(DbError::Kind::Conflict, op,
        other.isEmpty()
            ? Tr::tr("These dates are already confirmed for another project at this venue; "
                     "a venue cannot be booked twice.")
            : room.isEmpty()
            ? Tr::tr("The whole venue is confirmed for “%1” on these dates; a room, the hall it is "
                     "part of and the whole venue cannot be booked twice.")
                  .arg(other)
            : Tr::tr("%1 is confirmed for “%2” on these dates; a room, the hall it is "
                     "part of and the whole venue cannot be booked twice.")
                  .arg(room, other),
        QStringLiteral("HoldRepository"));
    e.sqlError = error.sqlError;
    e.statement = error.statement;
    return e;
}

} // namespace VenueMap::Core
