#include "quoterepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context QuoteRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteRepository)
};

} // namespace

namespace {

const QString kLatestFirst
    = QStringLiteral(" ORDER BY q.received_on DESC, q.created_at DESC, q.id DESC");

QString quoteColumns(const SqlDialect &d)
{
    return QStringLiteral(
        "q.id, q.project_venue_id, pv.project_id, p.client_name, p.event_name, pv.venue_id, "
        "v.name, q.received_on, %1, q.currency, CAST(q.covers AS TEXT), %2, q.valid_until, "
        "q.note, u.name, q.updated_at, q.version "
        "FROM quotes q JOIN project_venues pv ON pv.id = q.project_venue_id "
        "JOIN projects p ON p.id = pv.project_id JOIN venues v ON v.id = pv.venue_id "
        "LEFT JOIN users u ON u.id = q.created_by ")
        .arg(
            d.moneySelect(QStringLiteral("q.amount")), d.moneySelect(QStringLiteral("q.per_head")));
}

Quote readQuote(const QSqlQuery &q, const SqlDialect &d)
{
    Quote r;
    r.id = q.value(0).toString();
    r.projectVenueId = q.value(1).toString();
    r.projectId = q.value(2).toString();
    r.clientName = q.value(3).toString();
    r.eventName = q.value(4).toString();
    r.venueId = q.value(5).toString();
    r.venueName = q.value(6).toString();
    r.receivedOn = Sql::toDate(q.value(7));
    r.amountCents = d.moneyFromDb(q.value(8)).value_or(0);
    r.currency = q.value(9).toString().trimmed();
    r.covers = quoteCoversFromText(q.value(10).toString()).value_or(QuoteCovers::RoomHire);
    r.perHeadCents = d.moneyFromDb(q.value(11));
    if (!q.value(12).isNull())
        r.validUntil = Sql::toDate(q.value(12));
    r.note = q.value(13).toString();
    r.createdByName = q.value(14).toString();
    r.updatedAt = d.dateTimeFromDb(q.value(15));
    r.version = q.value(16).toInt();
    return r;
}

QString coversParam(const SqlDialect &d)
{
    return d.isPostgres() ? QStringLiteral("CAST(:covers AS quote_covers)")
                          : QStringLiteral(":covers");
}

Binds draftBinds(const SqlDialect &d, const QuoteDraft &draft)
{
    return { { QStringLiteral(":received"), Sql::date(draft.receivedOn) },
        { QStringLiteral(":amount"), d.moneyToDb(draft.amountCents) },
        { QStringLiteral(":currency"), draft.currency },
        { QStringLiteral(":covers"), quoteCoversKey(draft.covers) },
        { QStringLiteral(":perhead"), d.moneyToDb(draft.perHeadCents) },
        { QStringLiteral(":valid"), Sql::date(draft.validUntil ? *draft.validUntil : QDate()) },
        { QStringLiteral(":note"), Sql::text(draft.note) } };
}

DbError conflict(const QString &op, const QString &where)
{
    return DbError::make(DbError::Kind::Conflict, op,
        Tr::tr("Someone else changed or removed this quote after you opened it; nothing "
               "of yours was saved."),
        where);
}

} // namespace

QuoteRepository::QuoteRepository(Database db, QString actingUserId)
    : m_q(std::move(db))
    , m_userId(std::move(actingUserId))
{ }

Result<QuoteDraft> QuoteRepository::checked(const QuoteDraft &draft, const QString &op) const
{
    QuoteDraft d = draft;
    d.currency = d.currency.trimmed().toUpper();
    d.note = d.note.trimmed();
    if (const QString problem = quoteProblem(d); !problem.isEmpty())
        return DbError::make(
            DbError::Kind::Validation, op, problem, QStringLiteral("QuoteRepository"));
    return d;
}

Result<Quote> QuoteRepository::addQuote(const QuoteDraft &draft)
{
    const QString op = Tr::tr("add the quote");
    const DbCall call { QStringLiteral("QuoteRepository::addQuote"), op };
    auto d = checked(draft, op);
    if (!d)
        return d.error();
    const SqlDialect &dialect = m_q.dialect();
    const QString id = Sql::newId();
    Binds binds = draftBinds(dialect, *d);
    binds.append({ QStringLiteral(":id"), id });
    binds.append({ QStringLiteral(":pv"), d->projectVenueId });
    binds.append({ QStringLiteral(":by"), Sql::text(m_userId) });
    // The insert and the shortlist row's quoted_price (written by the trigger) are one statement.
    auto q = m_q.exec(call,
        QStringLiteral("INSERT INTO quotes (id, project_venue_id, received_on, amount, currency, "
                       "covers, per_head, valid_until, note, created_by) SELECT :id, pv.id, "
                       ":received, %1, :currency, %2, %3, :valid, :note, :by "
                       "FROM project_venues pv WHERE pv.id = :pv")
            .arg(dialect.numericParam(QStringLiteral(":amount")), coversParam(dialect),
                dialect.numericParam(QStringLiteral(":perhead"))),
        binds);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return DbError::make(DbError::Kind::NotFound, op,
            Tr::tr("The venue is no longer on the project's shortlist."), call.where);
    return fetchQuote(id);
}

Result<Quote> QuoteRepository::updateQuote(
    const QString &quoteId, int version, const QuoteDraft &draft)
{
    const QString op = Tr::tr("save the quote");
    const DbCall call { QStringLiteral("QuoteRepository::updateQuote"), op };
    auto d = checked(draft, op);
    if (!d)
        return d.error();
    const SqlDialect &dialect = m_q.dialect();
    Binds binds = draftBinds(dialect, *d);
    binds.append({ QStringLiteral(":id"), quoteId });
    binds.append({ QStringLiteral(":version"), version });
    auto q = m_q.scalar(call,
        QStringLiteral("UPDATE quotes SET received_on = :received, amount = %1, currency = "
                       ":currency, covers = %2, per_head = %3, valid_until = :valid, note = :note, "
                       "updated_at = %4, version = version + 1 WHERE id = :id AND version = "
                       ":version RETURNING version")
            .arg(dialect.numericParam(QStringLiteral(":amount")), coversParam(dialect),
                dialect.numericParam(QStringLiteral(":perhead")), dialect.now()),
        binds);
    if (!q)
        return q.error();
    if (q->isNull())
        return conflict(op, call.where);
    return fetchQuote(quoteId);
}

Status QuoteRepository::removeQuote(const QString &quoteId, int version)
{
    const QString op = Tr::tr("remove the quote");
    const DbCall call { QStringLiteral("QuoteRepository::removeQuote"), op };
    auto q = m_q.scalar(call,
        QStringLiteral("DELETE FROM quotes WHERE id = :id AND version = :version RETURNING id"),
        { { QStringLiteral(":id"), quoteId }, { QStringLiteral(":version"), version } });
    if (!q)
        return q.error();
    if (q->isNull())
        return conflict(op, call.where);
    return {};
}

Result<QList<Quote>> QuoteRepository::select(
    const DbCall &call, const QString &where, const QString &order, const Binds &binds) const
{
    auto q = m_q.exec(call,
        QStringLiteral("SELECT ") + quoteColumns(m_q.dialect()) + QStringLiteral("WHERE ") + where
            + order,
        binds);
    if (!q)
        return q.error();
    QList<Quote> out;
    while (q->next())
        out << readQuote(*q, m_q.dialect());
    return out;
}

Result<Quote> QuoteRepository::fetchQuote(const QString &quoteId) const
{
    const DbCall call { QStringLiteral("QuoteRepository::fetchQuote"), Tr::tr("read the quote") };
    auto rows = select(
        call, QStringLiteral("q.id = :id"), QString(), { { QStringLiteral(":id"), quoteId } });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return DbError::make(DbError::Kind::NotFound, call.operation,
            Tr::tr("The quote no longer exists; someone may have removed it."), call.where);
    return rows->first();
}

Result<QList<Quote>> QuoteRepository::quotesOf(const QString &projectVenueId) const
{
    return select(
        { QStringLiteral("QuoteRepository::quotesOf"), Tr::tr("list the venue's quotes") },
        QStringLiteral("q.project_venue_id = :pv"), kLatestFirst,
        { { QStringLiteral(":pv"), projectVenueId } });
}

Result<QList<Quote>> QuoteRepository::rateHistory(
    const QString &venueId, const QString &exceptProjectId) const
{
    // project_venues_venue_idx finds the venue's shortlist rows, quotes_project_venue_idx their
    // quotes.
    Binds binds { { QStringLiteral(":venue"), venueId } };
    QString where = QStringLiteral("pv.venue_id = :venue");
    if (!exceptProjectId.isEmpty()) {
        where += QStringLiteral(" AND pv.project_id <> :project");
        binds.append({ QStringLiteral(":project"), exceptProjectId });
    }
    return select(
        { QStringLiteral("QuoteRepository::rateHistory"), Tr::tr("read the venue's rate history") },
        where, kLatestFirst, binds);
}

Result<std::optional<Quote>> QuoteRepository::latestQuote(const QString &projectVenueId) const
{
    auto rows = select(
        { QStringLiteral("QuoteRepository::latestQuote"), Tr::tr("read the latest quote") },
        QStringLiteral("q.project_venue_id = :pv"), kLatestFirst + QStringLiteral(" LIMIT 1"),
        { { QStringLiteral(":pv"), projectVenueId } });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<Quote>() : std::optional<Quote>(rows->first());
}

Result<std::optional<Quote>> QuoteRepository::latestValidQuote(
    const QString &projectVenueId, const QDate &today) const
{
    auto rows = select({ QStringLiteral("QuoteRepository::latestValidQuote"),
                           Tr::tr("read the latest valid quote") },
        QStringLiteral("q.project_venue_id = :pv AND (q.valid_until IS NULL OR q.valid_until >= "
                       ":today)"),
        kLatestFirst + QStringLiteral(" LIMIT 1"),
        { { QStringLiteral(":pv"), projectVenueId },
            { QStringLiteral(":today"), Sql::date(today) } });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<Quote>() : std::optional<Quote>(rows->first());
}

Result<QHash<QString, Quote>> QuoteRepository::latestQuotesOfProject(const QString &projectId) const
{
    auto rows = select({ QStringLiteral("QuoteRepository::latestQuotesOfProject"),
                           Tr::tr("read the project's quotes") },
        QStringLiteral("pv.project_id = :project"),
        QStringLiteral(" ORDER BY q.project_venue_id, q.received_on DESC, q.created_at DESC, "
                       "q.id DESC"),
        { { QStringLiteral(":project"), projectId } });
    if (!rows)
        return rows.error();
    QHash<QString, Quote> latest;
    for (const Quote &q : std::as_const(*rows))
        if (!latest.contains(q.projectVenueId))
            latest.insert(q.projectVenueId, q);
    return latest;
}

} // namespace VenueMap::Core
