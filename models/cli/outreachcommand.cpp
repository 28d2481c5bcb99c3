// venuemapctl outreach: the chase list (venues that have not answered, overdue first, with the
// day they should answer by) and declines counted by reason per venue or per city (issue 14),
// through the same OutreachRepository as the app.
#include "ctl.h"
#include "domain/declinecode.h"
#include "repositories/outreachrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VenueMap::Core::Cli {

namespace {

const char *kOutreachUsage
    = "Usage: venuemapctl outreach chase [--project ID] [--days N] [--format json|csv|table]\n"
      "       venuemapctl outreach declines [--by venue|city] [--project ID] [--from DATE] "
      "[--to DATE]\n"
      "                                     [--format json|csv|table]\n"
      "  chase lists the venues that have not answered and are past their respond-by day or were\n"
      "  asked at least N days ago (default 0: every venue waiting), overdue first. declines\n"
      "  counts declines by reason (one column per reason); --from/--to bound the day the venue\n"
      "  declined. Without --project every active project (chase) or every project (declines).\n";

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int chase(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kOutreachUsage, args,
        { QStringLiteral("project"), QStringLiteral("days"), QStringLiteral("format") }, {});
    if (!o)
        return BadUsage;
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    bool ok = true;
    const int days = o->values.value(QStringLiteral("days"), QStringLiteral("0")).toInt(&ok);
    if (!ok || days < 0) {
        ctx.err << "--days needs a whole number of days, 0 or more.\n";
        return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    auto items = OutreachRepository(*db, {}).fetchChaseList(
        o->values.value(QStringLiteral("project")), days);
    if (!items)
        return reportError(ctx, items.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ChaseItem &c : *items)
            array.append(QJsonObject { { QStringLiteral("id"), c.projectVenueId },
                { QStringLiteral("project_id"), c.projectId },
                { QStringLiteral("project"), c.projectTitle },
                { QStringLiteral("venue_id"), c.venueId }, { QStringLiteral("venue"), c.venueName },
                { QStringLiteral("contact"), c.contactName },
                { QStringLiteral("email"), c.contactEmail },
                { QStringLiteral("status"), outreachStatusToDb(c.status) },
                { QStringLiteral("sent_at"), c.sentAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("days_waiting"), c.daysWaiting },
                { QStringLiteral("respond_by"),
                    c.respondBy.isValid() ? QJsonValue(isoDate(c.respondBy)) : QJsonValue() },
                { QStringLiteral("days_overdue"), c.daysOverdue } });
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> rows;
        for (const ChaseItem &c : *items)
            rows.append({ isoDate(c.respondBy), QString::number(c.daysOverdue), c.venueName,
                c.projectTitle, outreachStatusToDb(c.status), QString::number(c.daysWaiting),
                c.contactName, c.contactEmail, c.projectVenueId });
        const QStringList head { QStringLiteral("respond_by"), QStringLiteral("days_overdue"),
            QStringLiteral("venue"), QStringLiteral("project"), QStringLiteral("status"),
            QStringLiteral("days_waiting"), QStringLiteral("contact"), QStringLiteral("email"),
            QStringLiteral("id") };
        if (format == QLatin1String("csv")) {
            writeCsv(ctx.out, head, rows);
        } else {
            QStringList upper;
            for (const QString &h : head)
                upper << h.toUpper();
            writeTable(ctx.out, upper, rows, { 1, 5 });
        }
    }
    ctx.out.flush();
    return Done;
}

int declines(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kOutreachUsage, args,
        { QStringLiteral("by"), QStringLiteral("project"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("format") },
        {});
    if (!o)
        return BadUsage;
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    const QString by = o->values.value(QStringLiteral("by"), QStringLiteral("venue"));
    if (by != QLatin1String("venue") && by != QLatin1String("city")) {
        ctx.err << "--by is venue or city.\n";
        return BadUsage;
    }
    QDate from, to;
    if (o->values.contains(QStringLiteral("from"))) {
        auto d = dateOption(ctx, *o, QStringLiteral("from"));
        if (!d)
            return BadUsage;
        from = *d;
    }
    if (o->values.contains(QStringLiteral("to"))) {
        auto d = dateOption(ctx, *o, QStringLiteral("to"));
        if (!d)
            return BadUsage;
        to = *d;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    const bool perVenue = by == QLatin1String("venue");
    auto tallies = OutreachRepository(*db, {}).fetchDeclineReport(perVenue
            ? OutreachRepository::DeclineGrouping::Venue
            : OutreachRepository::DeclineGrouping::City,
        o->values.value(QStringLiteral("project")), from, to);
    if (!tallies)
        return reportError(ctx, tallies.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const DeclineTally &t : *tallies) {
            QJsonObject counts;
            for (DeclineCode c : allDeclineCodes())
                counts.insert(declineCodeToDb(c), t.counts.value(c));
            QJsonObject row { { QStringLiteral("total"), t.total },
                { QStringLiteral("reasons"), counts } };
            if (perVenue) {
                row.insert(QStringLiteral("venue_id"), t.key);
                row.insert(QStringLiteral("venue"), t.label);
            }
            row.insert(QStringLiteral("city"), t.city);
            array.append(row);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QStringList head;
        if (perVenue)
            head << QStringLiteral("venue");
        head << QStringLiteral("city") << QStringLiteral("total");
        for (DeclineCode c : allDeclineCodes())
            head << declineCodeToDb(c);
        if (perVenue)
            head << QStringLiteral("venue_id");
        QList<QStringList> rows;
        for (const DeclineTally &t : *tallies) {
            QStringList r;
            if (perVenue)
                r << t.label;
            r << t.city << QString::number(t.total);
            for (DeclineCode c : allDeclineCodes())
                r << QString::number(t.counts.value(c));
            if (perVenue)
                r << t.key;
            rows << r;
        }
        if (format == QLatin1String("csv")) {
            writeCsv(ctx.out, head, rows);
        } else {
            QStringList upper;
            QList<int> numbers;
            const int first = perVenue ? 2 : 1;
            for (int i = 0; i < head.size(); ++i) {
                upper << head[i].toUpper();
                if (i >= first && i < first + 1 + int(allDeclineCodes().size()))
                    numbers << i;
            }
            writeTable(ctx.out, upper, rows, numbers);
        }
    }
    ctx.out.flush();
    return Done;
}

} // namespace

int outreachCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << kOutreachUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString action = args.takeFirst();
    if (action == QLatin1String("chase"))
        return chase(ctx, args);
    if (action == QLatin1String("declines"))
        return declines(ctx, args);
    ctx.err << "outreach knows chase and declines.\n" << kOutreachUsage;
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
