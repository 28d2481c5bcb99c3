// venuemapctl clients list|history: the Clients view of the Projects page from the command line,
// through the same ClientHistoryRepository (client names matched trimmed and case-insensitively).
#include "ctl.h"
#include "export/proposalcsv.h"
#include "repositories/clienthistoryrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VenueMap::Core::Cli {

namespace {

const char *kClientsUsage
    = "Usage: venuemapctl clients list [--format json|csv|table]\n"
      "       venuemapctl clients history CLIENT [--format json|csv|table]\n"
      "  CLIENT is matched trimmed and case-insensitively: \"ACME\", \"Acme \" and \"acme\" are "
      "one client.\n"
      "  booked = in the proposal of a completed project, and not declined.\n";

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

int listClients(Context &ctx, const Database &db, const QString &format)
{
    auto clients = ClientHistoryRepository(db).fetchClients();
    if (!clients)
        return reportError(ctx, clients.error());
    const QStringList head
        = { QStringLiteral("client"), QStringLiteral("projects"), QStringLiteral("last_event") };
    QList<QStringList> rows;
    QJsonArray array;
    for (const ClientSummary &c : *clients) {
        rows.append({ c.name, QString::number(c.projects), isoDate(c.lastEventDate) });
        array.append(QJsonObject { { QStringLiteral("client"), c.name },
            { QStringLiteral("projects"), c.projects },
            { QStringLiteral("last_event"),
                c.lastEventDate.isValid() ? QJsonValue(isoDate(c.lastEventDate))
                                          : QJsonValue() } });
    }
    if (format == QLatin1String("json"))
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        writeCsv(ctx.out, head, rows);
    else
        writeTable(ctx.out,
            { QStringLiteral("CLIENT"), QStringLiteral("PROJECTS"), QStringLiteral("LAST EVENT") },
            rows, { 1 });
    ctx.out.flush();
    return Done;
}

int clientHistory(Context &ctx, const Database &db, const QString &client, const QString &format)
{
    auto history = ClientHistoryRepository(db).fetchHistory(client);
    if (!history) {
        if (history.error().kind == DbError::Kind::NotFound) {
            ctx.err << QStringLiteral("No project has the client \"%1\"; `venuemapctl clients "
                                      "list` shows the clients.\n")
                           .arg(client.trimmed());
            ctx.err.flush();
            return Failed;
        }
        return reportError(ctx, history.error());
    }
    const QStringList head = { QStringLiteral("venue"), QStringLiteral("city"),
        QStringLiteral("project"), QStringLiteral("event_date"), QStringLiteral("project_status"),
        QStringLiteral("outreach_status"), QStringLiteral("proposed"), QStringLiteral("booked"),
        QStringLiteral("declined"), QStringLiteral("decline_reason"),
        QStringLiteral("quoted_price"), QStringLiteral("client_spelling"),
        QStringLiteral("venue_id"), QStringLiteral("project_id") };
    QList<QStringList> rows;
    QJsonArray array;
    for (const ClientVenueUse &u : history->venues) {
        rows.append({ u.venueName, u.venueCity, u.eventName, isoDate(u.eventDate),
            projectStatusToDb(u.projectStatus), outreachStatusToDb(u.outreachStatus),
            yesNo(u.proposed), yesNo(u.booked()), yesNo(u.declined()), u.declineReason,
            ProposalCsv::plainMoney(u.quotedPriceCents), u.projectClientName, u.venueId,
            u.projectId });
        QJsonObject o { { QStringLiteral("venue"), u.venueName },
            { QStringLiteral("venue_id"), u.venueId }, { QStringLiteral("city"), u.venueCity },
            { QStringLiteral("venue_deleted"), u.venueDeleted },
            { QStringLiteral("project"), u.eventName },
            { QStringLiteral("project_id"), u.projectId },
            { QStringLiteral("client_spelling"), u.projectClientName },
            { QStringLiteral("event_date"),
                u.eventDate.isValid() ? QJsonValue(isoDate(u.eventDate)) : QJsonValue() },
            { QStringLiteral("project_status"), projectStatusToDb(u.projectStatus) },
            { QStringLiteral("outreach_status"), outreachStatusToDb(u.outreachStatus) },
            { QStringLiteral("proposed"), u.proposed }, { QStringLiteral("booked"), u.booked() },
            { QStringLiteral("declined"), u.declined() },
            { QStringLiteral("decline_reason"),
                u.declined() ? QJsonValue(u.declineReason) : QJsonValue() },
            // Text, as the CSV has it: exact to the cent, never a binary fraction.
            { QStringLiteral("quoted_price"),
                u.quotedPriceCents ? QJsonValue(ProposalCsv::plainMoney(u.quotedPriceCents))
                                   : QJsonValue() } };
        array.append(o);
    }
    if (format == QLatin1String("json")) {
        const QJsonObject doc { { QStringLiteral("client"), history->clientName },
            { QStringLiteral("projects"), history->projects },
            { QStringLiteral("venues"), array } };
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        writeCsv(ctx.out, head, rows);
    } else {
        const auto count = [](qsizetype n, const char *one, const char *many) {
            return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
        };
        ctx.out << history->clientName << " — " << count(history->projects, "project", "projects")
                << ", " << count(history->venues.size(), "shortlisted venue", "shortlisted venues")
                << '\n';
        QList<QStringList> shown;
        for (const QStringList &r : rows)
            shown.append({ r.at(0), r.at(1), r.at(2), r.at(3), r.at(6), r.at(7),
                r.at(8) == QLatin1String("yes") ? r.at(9) : QString(), r.at(10) });
        writeTable(ctx.out,
            { QStringLiteral("VENUE"), QStringLiteral("CITY"), QStringLiteral("PROJECT"),
                QStringLiteral("DATE"), QStringLiteral("PROPOSED"), QStringLiteral("BOOKED"),
                QStringLiteral("DECLINED"), QStringLiteral("PRICE") },
            shown, { 7 });
    }
    ctx.out.flush();
    return Done;
}

} // namespace

int clientsCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << kClientsUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString action = args.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("history")) {
        ctx.err << "clients knows two actions, list and history.\n" << kClientsUsage;
        return BadUsage;
    }
    QString format = QStringLiteral("json");
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &opt = args.at(i);
        if (opt == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                ctx.err << "--format needs a value.\n" << kClientsUsage;
                return BadUsage;
            }
            format = args.at(++i);
        } else if (opt.startsWith(QLatin1String("--format="))) {
            format = opt.mid(9);
        } else if (opt.startsWith(QLatin1String("--"))) {
            ctx.err << "Unknown option " << opt << ".\n" << kClientsUsage;
            return BadUsage;
        } else {
            positional << opt;
        }
    }
    if (format != QLatin1String("json") && format != QLatin1String("csv")
        && format != QLatin1String("table")) {
        ctx.err << "--format is json, csv or table, not \"" << format << "\".\n";
        return BadUsage;
    }
    const bool history = action == QLatin1String("history");
    if (history ? positional.size() != 1 || positional.first().trimmed().isEmpty()
                : !positional.isEmpty()) {
        ctx.err << (history ? "clients history needs one client name.\n"
                            : "clients list takes no name.\n")
                << kClientsUsage;
        return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    return history ? clientHistory(ctx, *db, positional.first(), format)
                   : listClients(ctx, *db, format);
}

} // namespace VenueMap::Core::Cli
