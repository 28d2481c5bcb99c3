// venuemapctl export venues|proposal: the venue book as CSV, a project's proposal as PDF or CSV.
#include "ctl.h"

#include "cli/venuefilteroptions.h"
#include "export/venuecsvexport.h"

#include <QSaveFile>

namespace VenueMap::Core::Cli {

namespace {

QString exportUsage()
{
    return QStringLiteral(
               "Usage:\n"
               "  venuemapctl export venues FILE.csv [filters]   the venues `venues search` would list, in its order\n")
        + QString::fromLatin1(venueFilterOptionsUsage())
        + QStringLiteral(
               "  venuemapctl export proposal PROJECT --pdf FILE [--letter] | --csv FILE\n"
               "      PROJECT is a project id or its exact event name; the venues marked for the proposal, in\n"
               "      the order the person set\n");
}

int usage(Context &ctx, const QString &why)
{
    ctx.err << why << '\n' << exportUsage();
    ctx.err.flush();
    return BadUsage;
}

int exportVenues(Context &ctx, QStringList args)
{
    VenueFilter filter;
    if (const QString why = takeVenueFilterOptions(args, filter); !why.isEmpty())
        return usage(ctx, why);
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(ctx, QStringLiteral("Unknown option %1.").arg(a));
    }
    if (args.size() != 1)
        return usage(ctx, QStringLiteral("export venues needs exactly one output file."));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    QSaveFile file(args.first());
    if (!file.open(QIODevice::WriteOnly)) {
        ctx.err << "Cannot write " << args.first() << ": " << file.errorString() << '\n';
        return Failed;
    }
    auto written = VenueCsvExport::write(*db, filter, &file);
    if (!written) {
        file.cancelWriting();
        return reportError(ctx, written.error());
    }
    if (!file.commit()) {
        ctx.err << "Cannot write " << args.first() << ": " << file.errorString() << '\n';
        return Failed;
    }
    ctx.out << "Exported " << *written << (*written == 1 ? " venue" : " venues") << " to " << args.first() << ".\n";
    return Done;
}

} // namespace

int exportProposal(Context &ctx, QStringList args);

int exportCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        ctx.out << exportUsage();
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString what = args.takeFirst();
    if (what == QLatin1String("venues"))
        return exportVenues(ctx, args);
    if (what == QLatin1String("proposal"))
        return exportProposal(ctx, args);
    return usage(ctx, QStringLiteral("Unknown export \"%1\".").arg(what));
}

// Until the proposal writers land.
int exportProposal(Context &ctx, QStringList)
{
    ctx.err << "export proposal is not available in this version of venuemapctl yet.\n";
    return Failed;
}

} // namespace VenueMap::Core::Cli
