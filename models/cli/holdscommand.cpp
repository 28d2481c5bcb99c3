// venuemapctl holds: a project's date ranges and the holds venues place on them (issue 14), through
// the same HoldRepository as the app; the database refuses a double booking whoever writes.
#include "ctl.h"
#include "domain/language.h"
#include "repositories/holdrepository.h"
#include "repositories/projectrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace VenueMap::Core::Cli {

namespace {

const char *kHoldsUsage
    = "Usage: venuemapctl holds list [--venue ID | --project ID] [--expiring DAYS] "
      "[--format json|csv|table]\n"
      "       venuemapctl holds add --project ID --venue ID --from DATE [--to DATE] "
      "[--space NAME]\n"
      "                             [--status requested|tentative|first_option|second_option|"
      "confirmed] [--expires DATE] [--notes TEXT]\n"
      "       venuemapctl holds confirm HOLD_ID\n"
      "       venuemapctl holds release HOLD_ID   (a released first option makes the second "
      "option on the same room and dates the first)\n"
      "       venuemapctl holds dates --project ID [--add --from DATE [--to DATE] [--preferred]]\n"
      "  Dates are YYYY-MM-DD. A hold is on one of its project's date ranges (holds dates --add).\n"
      "  Two confirmed holds on overlapping dates of the same room, of a hall and its parts, or "
      "of\n"
      "  the whole venue are refused.\n";

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject holdJson(const Hold &h)
{
    return QJsonObject { { QStringLiteral("id"), h.id },
        { QStringLiteral("project"), h.projectTitle },
        { QStringLiteral("project_id"), h.projectId }, { QStringLiteral("venue"), h.venueName },
        { QStringLiteral("venue_id"), h.venueId },
        { QStringLiteral("space"), h.spaceName.isEmpty() ? QJsonValue() : QJsonValue(h.spaceName) },
        { QStringLiteral("from"), isoDate(h.start) }, { QStringLiteral("to"), isoDate(h.end) },
        { QStringLiteral("status"), holdStatusKey(h.status) },
        { QStringLiteral("expires"),
            h.expiresOn ? QJsonValue(isoDate(*h.expiresOn)) : QJsonValue() },
        { QStringLiteral("placed_by"),
            h.placedByName.isEmpty() ? QJsonValue() : QJsonValue(h.placedByName) },
        { QStringLiteral("notes"), h.notes }, { QStringLiteral("version"), h.version } };
}

int writeHolds(Context &ctx, const QList<Hold> &holds, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Hold &h : holds)
            array.append(holdJson(h));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> rows;
        for (const Hold &h : holds)
            rows.append({ h.venueName,
                h.spaceName.isEmpty() ? QStringLiteral("(whole venue)") : h.spaceName,
                h.projectTitle, isoDate(h.start), isoDate(h.end), holdStatusKey(h.status),
                h.expiresOn ? isoDate(*h.expiresOn) : QString(), h.id });
        const QStringList head { QStringLiteral("venue"), QStringLiteral("space"),
            QStringLiteral("project"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("status"), QStringLiteral("expires"), QStringLiteral("id") };
        if (format == QLatin1String("csv")) {
            writeCsv(ctx.out, head, rows);
        } else {
            QStringList upper;
            for (const QString &h : head)
                upper << h.toUpper();
            writeTable(ctx.out, upper, rows, {});
        }
    }
    ctx.out.flush();
    return Done;
}

int list(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kHoldsUsage, args,
        { QStringLiteral("venue"), QStringLiteral("project"), QStringLiteral("expiring"),
            QStringLiteral("format") },
        {});
    if (!o)
        return BadUsage;
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    HoldQuery q;
    q.venueId = o->values.value(QStringLiteral("venue"));
    q.projectId = o->values.value(QStringLiteral("project"));
    if (o->values.contains(QStringLiteral("expiring"))) {
        bool ok = false;
        const int days = o->values.value(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0 || days > 3650) {
            ctx.err << "--expiring is a number of days from 0 to 3650.\n";
            return BadUsage;
        }
        q.expiringWithinDays = days;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    auto holds = HoldRepository(*db, {}).holds(q);
    if (!holds)
        return reportError(ctx, holds.error());
    return writeHolds(ctx, *holds, format);
}

int dates(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kHoldsUsage, args,
        { QStringLiteral("project"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("format") },
        { QStringLiteral("add"), QStringLiteral("preferred") });
    if (!o)
        return BadUsage;
    const QString project = o->values.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        ctx.err << "holds dates needs --project ID.\n" << kHoldsUsage;
        return BadUsage;
    }
    std::optional<QDate> from, to;
    if (o->flags.contains(QStringLiteral("add"))) {
        from = dateOption(ctx, *o, QStringLiteral("from"));
        if (!from)
            return BadUsage;
        to = o->values.contains(QStringLiteral("to")) ? dateOption(ctx, *o, QStringLiteral("to"))
                                                      : from;
        if (!to)
            return BadUsage;
    }
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    if (auto found = ProjectRepository(*db, {}).fetchProject(project); !found)
        return reportError(ctx, found.error()); // no such project: said, not an empty list
    HoldRepository repo(*db, {});
    if (from) {
        auto added = repo.addDateRange(
            project, *from, *to, o->flags.contains(QStringLiteral("preferred")));
        if (!added)
            return reportError(ctx, added.error());
    }
    auto ranges = repo.dateRanges(project);
    if (!ranges)
        return reportError(ctx, ranges.error());
    QJsonArray array;
    for (const DateRange &r : *ranges)
        array.append(QJsonObject { { QStringLiteral("id"), r.id },
            { QStringLiteral("from"), isoDate(r.start) }, { QStringLiteral("to"), isoDate(r.end) },
            { QStringLiteral("preferred"), r.preferred }, { QStringLiteral("label"), r.label() } });
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return Done;
}

int add(Context &ctx, const QStringList &args)
{
    auto o = parseOptions(ctx, kHoldsUsage, args,
        { QStringLiteral("project"), QStringLiteral("venue"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("space"), QStringLiteral("status"),
            QStringLiteral("expires"), QStringLiteral("notes"), QStringLiteral("format") },
        {});
    if (!o)
        return BadUsage;
    const QString project = o->values.value(QStringLiteral("project"));
    const QString venue = o->values.value(QStringLiteral("venue"));
    if (project.isEmpty() || venue.isEmpty() || !o->values.contains(QStringLiteral("from"))) {
        ctx.err << "holds add needs --project, --venue and --from.\n" << kHoldsUsage;
        return BadUsage;
    }
    const auto from = dateOption(ctx, *o, QStringLiteral("from"));
    if (!from)
        return BadUsage;
    const auto to = o->values.contains(QStringLiteral("to"))
        ? dateOption(ctx, *o, QStringLiteral("to"))
        : from;
    if (!to)
        return BadUsage;
    HoldDraft draft;
    if (o->values.contains(QStringLiteral("status"))) {
        const auto status = holdStatusFromText(o->values.value(QStringLiteral("status")));
        if (!status || (!holdIsLive(*status) && *status != HoldStatus::Confirmed)) {
            ctx.err << "--status is requested, tentative, first_option, second_option or "
                       "confirmed.\n";
            return BadUsage;
        }
        draft.status = *status;
    }
    if (o->values.contains(QStringLiteral("expires"))) {
        const auto expires = dateOption(ctx, *o, QStringLiteral("expires"));
        if (!expires)
            return BadUsage;
        draft.expiresOn = expires;
    }
    draft.notes = o->values.value(QStringLiteral("notes"));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    const DbCall call { QStringLiteral("holds add"), QStringLiteral("place the hold") };
    // The shortlist row, the date range and the space, named as a person names them.
    auto row = db->firstRow(call,
        QStringLiteral("SELECT id FROM project_venues WHERE project_id = :p AND venue_id = :v"),
        { { QStringLiteral(":p"), project }, { QStringLiteral(":v"), venue } });
    if (!row)
        return reportError(ctx, row.error());
    if (!*row) {
        ctx.err << "The venue is not on the project's shortlist; add it to the project first.\n";
        return Failed;
    }
    draft.projectVenueId = (*row)->value(0).toString();
    HoldRepository repo(*db, {});
    auto ranges = repo.dateRanges(project);
    if (!ranges)
        return reportError(ctx, ranges.error());
    for (const DateRange &r : *ranges)
        if (r.start == *from && r.end == *to)
            draft.dateRangeId = r.id;
    if (draft.dateRangeId.isEmpty()) {
        ctx.err << "The project has no date range " << isoDate(*from) << " to " << isoDate(*to)
                << "; add it with `venuemapctl holds dates --project " << project
                << " --add --from " << isoDate(*from) << " --to " << isoDate(*to) << "`.\n";
        return Failed;
    }
    if (const QString space = o->values.value(QStringLiteral("space")).trimmed();
        !space.isEmpty()) {
        auto found = db->firstRow(call,
            QStringLiteral("SELECT id FROM venue_spaces WHERE venue_id = :v AND lower(name) = "
                           "lower(:name)"),
            { { QStringLiteral(":v"), venue }, { QStringLiteral(":name"), space } });
        if (!found)
            return reportError(ctx, found.error());
        if (!*found) {
            ctx.err << "The venue has no room called \"" << space
                    << "\"; `venuemapctl venues spaces " << venue << "` lists its rooms.\n";
            return Failed;
        }
        draft.spaceId = (*found)->value(0).toString();
    }
    auto hold = repo.placeHold(draft);
    if (!hold)
        return reportError(ctx, hold.error());
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    return writeHolds(ctx, { *hold }, format);
}

int change(Context &ctx, const QStringList &args, bool confirm)
{
    auto o = parseOptions(ctx, kHoldsUsage, args, { QStringLiteral("format") }, {});
    if (!o)
        return BadUsage;
    if (o->positional.size() != 1) {
        ctx.err << "holds " << (confirm ? "confirm" : "release") << " needs one hold id.\n"
                << kHoldsUsage;
        return BadUsage;
    }
    const QString format = o->values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (!knownFormat(ctx, format))
        return BadUsage;
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    HoldRepository repo(*db, {});
    auto hold = repo.fetchHold(o->positional.first());
    if (!hold)
        return reportError(ctx, hold.error());
    QList<Hold> changed;
    if (confirm) {
        auto done = repo.setStatus(hold->id, hold->version, HoldStatus::Confirmed);
        if (!done)
            return reportError(ctx, done.error());
        changed << *done;
    } else if (hold->status == HoldStatus::FirstOption) {
        auto promoted = repo.releaseAndPromote(hold->id, hold->version);
        if (!promoted)
            return reportError(ctx, promoted.error());
        changed << *repo.fetchHold(hold->id);
        if (*promoted) {
            changed << **promoted;
            ctx.err << "The second option of " << (*promoted)->projectTitle
                    << " is now the first option.\n";
        }
    } else {
        auto done = repo.setStatus(hold->id, hold->version, HoldStatus::Released);
        if (!done)
            return reportError(ctx, done.error());
        changed << *done;
    }
    return writeHolds(ctx, changed, format);
}

} // namespace

int holdsCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << kHoldsUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString action = args.takeFirst();
    if (action == QLatin1String("list"))
        return list(ctx, args);
    if (action == QLatin1String("add"))
        return add(ctx, args);
    if (action == QLatin1String("confirm"))
        return change(ctx, args, true);
    if (action == QLatin1String("release"))
        return change(ctx, args, false);
    if (action == QLatin1String("dates"))
        return dates(ctx, args);
    ctx.err << "holds knows list, add, confirm, release and dates.\n" << kHoldsUsage;
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
