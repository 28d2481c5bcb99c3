// venuemapctl venues search: the GUI's venue list from the command line, through the
// same VenueRepository and VenueFilter, sorted by name then id unless --sort says otherwise.
// venuemapctl venues spaces VENUE_ID: a venue's rooms and their layout capacities.
#include "ctl.h"
#include "export/csvwriter.h"
#include "export/venuecsvrecord.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "venuefilteroptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <climits>

namespace VenueMap::Core::Cli {

namespace {

const char *kVenuesUsage
    = "Usage: venuemapctl venues search [--name TEXT] [--city C] [--min-capacity N] "
      "[--max-capacity N]\n"
      "                                [--facility F]... [--min-rating R] [--deleted] [--limit N]\n"
      "                                [--layout L] [--rooms N --room-layout L --room-capacity C]\n"
      "                                [--format json|csv|table]\n"
      "       venuemapctl venues spaces VENUE_ID [--format json|table]\n"
      "  --name TEXT   name or city contains TEXT (as the search box of the Venues page)\n"
      "  --limit N     at most N venues (default 100)\n"
      "  --layout L    with --min-capacity N: a space seating N in layout L (theatre, classroom,\n"
      "                banquet, cabaret, reception, boardroom, u_shape, hollow_square)\n"
      "  --rooms N --room-layout L --room-capacity C   N spaces seating C in layout L each (a\n"
      "                divisible hall counts as its parts, not as the whole too)\n";

void writeVenueTable(QTextStream &out, const QList<Venue> &venues)
{
    // The id last: what `venues spaces ID` and `holds add --venue ID` take.
    const QStringList head
        = { QStringLiteral("NAME"), QStringLiteral("CITY"), QStringLiteral("CAPACITY"),
              QStringLiteral("RATING"), QStringLiteral("FACILITIES"), QStringLiteral("ID") };
    QList<QStringList> rows;
    for (const Venue &v : venues)
        rows.append({ v.name, v.city, VenueCsvRecord::cell(v, VenueField::Capacity),
            VenueCsvRecord::cell(v, VenueField::Rating), v.facilities.join(QStringLiteral(", ")),
            v.id });
    writeTable(out, head, rows, { 2, 3 });
}

int spacesAction(Context &ctx, QStringList args)
{
    QString format = QStringLiteral("table");
    QString venueId;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--format") && i + 1 < args.size())
            format = args.at(++i);
        else if (venueId.isEmpty() && !args.at(i).startsWith(QLatin1String("--")))
            venueId = args.at(i);
        else {
            ctx.err << "Unknown option " << args.at(i) << ".\n" << kVenuesUsage;
            return BadUsage;
        }
    }
    if (venueId.isEmpty()
        || (format != QLatin1String("json") && format != QLatin1String("table"))) {
        ctx.err << "venues spaces needs a VENUE_ID and --format json or table.\n" << kVenuesUsage;
        return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    auto spaces = SpaceRepository(*db).fetchSpaces(venueId);
    if (!spaces)
        return reportError(ctx, spaces.error());
    QHash<QString, QString> names;
    for (const VenueSpace &s : *spaces)
        names.insert(s.id, s.name);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const VenueSpace &s : *spaces) {
            QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
                { QStringLiteral("parent"), names.value(s.parentId) },
                { QStringLiteral("floor"), s.floor } };
            o.insert(QStringLiteral("area_m2"), s.areaM2 ? QJsonValue(*s.areaM2) : QJsonValue());
            o.insert(QStringLiteral("ceiling_height_m"),
                s.ceilingHeightM ? QJsonValue(*s.ceilingHeightM) : QJsonValue());
            o.insert(QStringLiteral("has_daylight"),
                s.hasDaylight ? QJsonValue(*s.hasDaylight) : QJsonValue());
            QJsonObject capacities;
            for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it)
                capacities.insert(spaceLayoutKey(it.key()), it.value());
            o.insert(QStringLiteral("capacities"), capacities);
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QStringList head { QStringLiteral("SPACE"), QStringLiteral("PART OF") };
        for (SpaceLayout l : allSpaceLayouts())
            head << spaceLayoutLabel(l).toUpper(); // "U-SHAPE", "BANQUET (ROUNDS)": the app's words
        QList<QStringList> rows { head };
        for (const VenueSpace &s : *spaces) {
            QStringList row { s.name, names.value(s.parentId) };
            for (SpaceLayout l : allSpaceLayouts())
                row << (s.capacity(l) ? QString::number(*s.capacity(l)) : QStringLiteral("-"));
            rows << row;
        }
        QList<int> widths(head.size(), 0);
        for (const QStringList &r : rows)
            for (qsizetype c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths[c], int(r.at(c).size()));
        for (const QStringList &r : rows) {
            QStringList parts;
            for (qsizetype c = 0; c < r.size(); ++c)
                parts << (c < 2 ? r.at(c).leftJustified(widths.at(c))
                                : r.at(c).rightJustified(widths.at(c)));
            ctx.out << parts.join(QStringLiteral("  ")).trimmed() << '\n';
        }
    }
    ctx.out.flush();
    return Done;
}

} // namespace

int venuesCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << kVenuesUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString action = args.takeFirst();
    if (action == QLatin1String("spaces"))
        return spacesAction(ctx, args);
    if (action != QLatin1String("search")) {
        ctx.err << "venues knows two actions, search and spaces.\n" << kVenuesUsage;
        return BadUsage;
    }
    // --name is the search box; the other filters are the ones `export venues` shares.
    VenueFilter filter;
    int limit = 100;
    QString format = QStringLiteral("json");
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString opt = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (opt == QLatin1String("--name") || opt == QLatin1String("--limit")
            || opt == QLatin1String("--format")) {
            const auto v = value();
            if (!v) {
                ctx.err << opt << " needs a value.\n" << kVenuesUsage;
                return BadUsage;
            }
            if (opt == QLatin1String("--name")) {
                filter.text = *v;
            } else if (opt == QLatin1String("--format")) {
                format = *v;
            } else {
                bool ok = false;
                limit = v->toInt(&ok);
                if (!ok || limit < 1) {
                    ctx.err << "--limit needs a whole number of at least 1, not \"" << *v
                            << "\".\n";
                    return BadUsage;
                }
            }
        } else {
            rest << opt;
        }
    }
    if (const QString why = takeVenueFilterOptions(rest, filter); !why.isEmpty()) {
        ctx.err << why << '\n' << kVenuesUsage;
        return BadUsage;
    }
    if (!rest.isEmpty()) {
        ctx.err << "Unknown option " << rest.first() << ".\n" << kVenuesUsage;
        return BadUsage;
    }
    if (format != QLatin1String("json") && format != QLatin1String("csv")
        && format != QLatin1String("table")) {
        ctx.err << "--format is json, csv or table, not \"" << format << "\".\n";
        return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    // One more than asked shows whether the list was cut: stdout keeps exactly `limit` venues
    // (what a script reads), stderr says that more match.
    auto venues = VenueRepository(*db).search(filter, limit < INT_MAX ? limit + 1 : limit);
    if (!venues)
        return reportError(ctx, venues.error());
    const bool cut = venues->size() > limit;
    if (cut)
        venues->resize(limit);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Venue &v : *venues)
            array.append(VenueCsvRecord::json(v));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        QByteArray bytes
            = CsvWriter::encodeRecord(VenueCsvRecord::header(VenueCsvRecord::Columns::Full));
        for (const Venue &v : *venues)
            bytes += CsvWriter::encodeRecord(
                VenueCsvRecord::record(v, VenueCsvRecord::Columns::Full));
        ctx.out << QString::fromUtf8(bytes);
    } else {
        writeVenueTable(ctx.out, *venues);
    }
    ctx.out.flush();
    if (cut) {
        ctx.err << QStringLiteral("Showed the first %1 venues; more match. Use --limit N for more, "
                                  "or `export venues FILE.csv` with the same filters for all.\n")
                       .arg(limit);
        ctx.err.flush();
    }
    return Done;
}

} // namespace VenueMap::Core::Cli
