// venuemapctl quotes: what venues quoted for their place on a shortlist, and a venue's rate
// history across projects (issue 14), through the same QuoteRepository as the app; the database
// keeps project_venues.quoted_price equal to the latest quote whoever writes.
#include "ctl.h"
#include "domain/quote.h"
#include "export/proposalcsv.h"
#include "repositories/quoterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace VenueMap::Core::Cli {

namespace {

const char *kQuotesUsage
    = "Usage: venuemapctl quotes list --venue ID [--project ID] [--format json|csv|table]\n"
      "       venuemapctl quotes add --project ID --venue ID --amount TOTAL [--currency EUR]\n"
      "                              [--covers room_hire|catering|room_hire_and_catering|"
      "minimum_spend]\n"
      "                              [--per-head PRICE] [--received DATE] [--valid-until DATE] "
      "[--note TEXT]\n"
      "  list without --project is the venue's rate history: its quotes in every project, latest\n"
      "  first. Dates are YYYY-MM-DD; --received is today unless given. The shortlist's quoted\n"
      "  price becomes the latest quote's total.\n";

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int writeQuotes(Context &ctx, const QList<Quote> &quotes, const QString &format)
{
    const QDate today = QDate::currentDate();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Quote &q : quotes)
            array.append(QJsonObject { { QStringLiteral("id"), q.id },
                { QStringLiteral("received"), isoDate(q.receivedOn) },
                { QStringLiteral("venue"), q.venueName }, { QStringLiteral("venue_id"), q.venueId },
                { QStringLiteral("project"), q.eventName },
                { QStringLiteral("client"), q.clientName },
                { QStringLiteral("project_id"), q.projectId },
                { QStringLiteral("amount"), ProposalCsv::plainMoney(q.amountCents) },
                { QStringLiteral("currency"), q.currency },
                { QStringLiteral("covers"), quoteCoversKey(q.covers) },
                { QStringLiteral("per_head"),
                    q.perHeadCents ? QJsonValue(ProposalCsv::plainMoney(q.perHeadCents))
                                   : QJsonValue() },
                { QStringLiteral("valid_until"),
                    q.validUntil ? QJsonValue(isoDate(*q.validUntil)) : QJsonValue() },
                { QStringLiteral("expired"), q.isExpired(today) },
                { QStringLiteral("note"), q.note }, { QStringLiteral("version"), q.version } });
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> rows;
        for (const Quote &q : quotes)
            rows.append({ isoDate(q.receivedOn), q.venueName, q.eventName, q.clientName,
                ProposalCsv::plainMoney(q.amountCents), q.currency, quoteCoversKey(q.covers),
                ProposalCsv::plainMoney(q.perHeadCents),
                q.validUntil ? isoDate(*q.validUntil) : QString(),
                q.isExpired(today) ? QStringLiteral("yes") : QString(), q.id });
        const QStringList head { QStringLiteral("received"), QStringLiteral("venue"),
            QStringLiteral("project"), QStringLiteral("client"), QStringLiteral("amount"),
            QStringLiteral("currency"), QStringLiteral("covers"), QStringLiteral("per_head"),
            QStringLiteral("valid_until"), QStringLiteral("expired"), QStringLiteral("id") };
        if (format == QLatin1String("csv")) {
            writeCsv(ctx.out, head, rows);
        } else {
            QStringList upper;
            for (const QString &h : head)
                upper << h.toUpper();
            writeTable(ctx.out, upper, rows, { 4, 7 });
        }
    }
    ctx.out.flush();
    return Done;
}

// The shortlist row of `venue` in `project`, or a sentence.
std::optional<QString> shortlistRow(
    Context &ctx, const Database &db, const QString &project, const QString &venue)
{
    auto row
        = db.firstRow({ QStringLiteral("quotes"), QStringLiteral("find the shortlisted venue") },
            QStringLiteral("SELECT id FROM project_venues WHERE project_id = :p AND venue_id = :v"),
            { { QStringLiteral(":p"), project }, { QStringLiteral(":v"), venue } });
    if (!row) {
        reportError(ctx, row.error());
        return std::nullopt;
    }
    if (!*row) {
        ctx.err << "The venue is not on the project's shortlist; add it to the project first.\n";
        return std::nullopt;
    }
    return (*row)->value(0).toString();
}

int list(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kQuotesUsage, args,
        { QStringLiteral("venue"), QStringLiteral("project"), QStringLiteral("format") }, {});
    if (!o)
        return BadUsage;
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    const QString venue = o->values.value(QStringLiteral("venue"));
    const QString project = o->values.value(QStringLiteral("project"));
    if (venue.isEmpty()) {
        ctx.err << "quotes list needs --venue ID.\n" << kQuotesUsage;
        return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    QuoteRepository repo(*db, {});
    if (project.isEmpty()) {
        auto found = db->scalar({ QStringLiteral("quotes list"), QStringLiteral("find the venue") },
            QStringLiteral("SELECT id FROM venues WHERE id = :v"),
            { { QStringLiteral(":v"), venue } });
        if (!found)
            return reportError(ctx, found.error());
        if (found->isNull()) {
            ctx.err << "There is no venue " << venue << ".\n";
            return Failed;
        }
        auto quotes = repo.rateHistory(venue);
        if (!quotes)
            return reportError(ctx, quotes.error());
        return writeQuotes(ctx, *quotes, format);
    }
    const auto row = shortlistRow(ctx, *db, project, venue);
    if (!row)
        return Failed;
    auto quotes = repo.quotesOf(*row);
    if (!quotes)
        return reportError(ctx, quotes.error());
    return writeQuotes(ctx, *quotes, format);
}

// --NAME as an amount in cents, or a sentence.
std::optional<std::optional<qint64>> amountOption(
    Context &ctx, const CommandOptions &o, const QString &name)
{
    bool ok = false;
    const QString text = o.values.value(name);
    const auto cents = parseAmount(text, &ok);
    if (!ok) {
        ctx.err << "--" << name << " is an amount such as 12500.00, not \"" << text << "\".\n";
        return std::nullopt;
    }
    return cents;
}

int add(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kQuotesUsage, args,
        { QStringLiteral("project"), QStringLiteral("venue"), QStringLiteral("amount"),
            QStringLiteral("currency"), QStringLiteral("covers"), QStringLiteral("per-head"),
            QStringLiteral("received"), QStringLiteral("valid-until"), QStringLiteral("note"),
            QStringLiteral("format") },
        {});
    if (!o)
        return BadUsage;
    const QString project = o->values.value(QStringLiteral("project"));
    const QString venue = o->values.value(QStringLiteral("venue"));
    if (project.isEmpty() || venue.isEmpty() || !o->values.contains(QStringLiteral("amount"))) {
        ctx.err << "quotes add needs --project, --venue and --amount.\n" << kQuotesUsage;
        return BadUsage;
    }
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    QuoteDraft draft;
    const auto amount = amountOption(ctx, *o, QStringLiteral("amount"));
    if (!amount)
        return BadUsage;
    if (!*amount) {
        ctx.err << "--amount is the quote's total, such as 12500.00.\n";
        return BadUsage;
    }
    draft.amountCents = **amount;
    if (o->values.contains(QStringLiteral("per-head"))) {
        const auto perHead = amountOption(ctx, *o, QStringLiteral("per-head"));
        if (!perHead)
            return BadUsage;
        draft.perHeadCents = *perHead;
    }
    draft.currency = o->values.value(QStringLiteral("currency"), QStringLiteral("EUR"));
    if (o->values.contains(QStringLiteral("covers"))) {
        const auto covers = quoteCoversFromText(o->values.value(QStringLiteral("covers")));
        if (!covers) {
            ctx.err << "--covers is room_hire, catering, room_hire_and_catering or "
                       "minimum_spend.\n";
            return BadUsage;
        }
        draft.covers = *covers;
    }
    if (o->values.contains(QStringLiteral("received"))) {
        const auto received = dateOption(ctx, *o, QStringLiteral("received"));
        if (!received)
            return BadUsage;
        draft.receivedOn = *received;
    }
    if (o->values.contains(QStringLiteral("valid-until"))) {
        const auto valid = dateOption(ctx, *o, QStringLiteral("valid-until"));
        if (!valid)
            return BadUsage;
        draft.validUntil = valid;
    }
    draft.note = o->values.value(QStringLiteral("note"));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    const auto row = shortlistRow(ctx, *db, project, venue);
    if (!row)
        return Failed;
    draft.projectVenueId = *row;
    auto quote = QuoteRepository(*db, {}).addQuote(draft);
    if (!quote)
        return reportError(ctx, quote.error());
    return writeQuotes(ctx, { *quote }, format);
}

} // namespace

int quotesCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << kQuotesUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString action = args.takeFirst();
    if (action == QLatin1String("list"))
        return list(ctx, args);
    if (action == QLatin1String("add"))
        return add(ctx, args);
    ctx.err << "quotes knows list and add.\n" << kQuotesUsage;
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
