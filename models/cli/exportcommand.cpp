// venuemapctl export venues|proposal: the venue book as CSV, a project's proposal as PDF or CSV.
#include "ctl.h"

#include "cli/venuefilteroptions.h"
#include "domain/currency.h"
#include "export/proposalcsv.h"
#include "export/proposalpdf.h"
#include "export/venuecsvexport.h"
#include "repositories/proposalrepository.h"

#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace VenueMap::Core::Cli {

namespace {

QString exportUsage()
{
    return QStringLiteral(
               "Usage:\n"
               "  venuemapctl export venues FILE.csv [--spaces ROOMS.csv] [filters]\n"
               "      the venues `venues search` would list, in its order; with "
               "--spaces, their rooms\n"
               "      (one row per space, keyed by venue name and city) into ROOMS.csv\n")
        + QString::fromLatin1(venueFilterOptionsUsage())
        + QStringLiteral(
            "  venuemapctl export proposal PROJECT --pdf FILE [--letter] | --csv FILE "
            "[--language CODE]\n"
            "      PROJECT is a project id or its exact event name; the venues marked for the "
            "proposal, in\n"
            "      the order the person set, written in the project's client language or in "
            "CODE (en, fr, nl)\n");
}

int usage(Context &ctx, const QString &why)
{
    ctx.err << why << '\n' << exportUsage();
    ctx.err.flush();
    return BadUsage;
}

int exportVenues(Context &ctx, QStringList args)
{
    QString spacesPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--spaces"))
            continue;
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
            return usage(ctx, QStringLiteral("--spaces needs a file name for the rooms."));
        if (!spacesPath.isEmpty())
            return usage(ctx, QStringLiteral("--spaces is given twice."));
        spacesPath = args.at(i + 1);
        args.remove(i, 2);
        --i;
    }
    VenueFilter filter;
    if (const QString why = takeVenueFilterOptions(args, filter); !why.isEmpty())
        return usage(ctx, why);
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(ctx, QStringLiteral("Unknown option %1.").arg(a));
    }
    if (args.size() != 1)
        return usage(ctx, QStringLiteral("export venues needs exactly one output file."));
    if (!spacesPath.isEmpty()
        && QFileInfo(spacesPath).absoluteFilePath() == QFileInfo(args.first()).absoluteFilePath())
        return usage(
            ctx, QStringLiteral("The rooms need a file of their own, not %1.").arg(args.first()));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    QSaveFile file(args.first());
    if (!file.open(QIODevice::WriteOnly)) {
        ctx.err << "Cannot write " << args.first() << ": " << file.errorString() << '\n';
        return Failed;
    }
    // Both files are written whole or not at all.
    std::optional<QSaveFile> spacesFile;
    if (!spacesPath.isEmpty()) {
        spacesFile.emplace(spacesPath);
        if (!spacesFile->open(QIODevice::WriteOnly)) {
            ctx.err << "Cannot write " << spacesPath << ": " << spacesFile->errorString() << '\n';
            file.cancelWriting();
            return Failed;
        }
    }
    auto written
        = VenueCsvExport::writeWithSpaces(*db, filter, &file, spacesFile ? &*spacesFile : nullptr);
    if (!written) {
        file.cancelWriting();
        if (spacesFile)
            spacesFile->cancelWriting();
        return reportError(ctx, written.error());
    }
    if (spacesFile && !spacesFile->commit()) {
        ctx.err << "Cannot write " << spacesPath << ": " << spacesFile->errorString() << '\n';
        file.cancelWriting();
        return Failed;
    }
    if (!file.commit()) {
        ctx.err << "Cannot write " << args.first() << ": " << file.errorString() << '\n';
        return Failed;
    }
    ctx.out << "Exported " << written->venues << (written->venues == 1 ? " venue" : " venues")
            << " to " << args.first();
    if (spacesFile)
        ctx.out << " and " << written->spaces << (written->spaces == 1 ? " room" : " rooms")
                << " to " << spacesPath;
    ctx.out << ".\n";
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

int exportProposal(Context &ctx, QStringList args)
{
    QString pdf, csv, project, language;
    bool letter = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--pdf") || a == QLatin1String("--csv")) {
            if (i + 1 >= args.size())
                return usage(ctx, QStringLiteral("%1 needs a file name.").arg(a));
            (a == QLatin1String("--pdf") ? pdf : csv) = args.at(++i);
        } else if (a == QLatin1String("--language")) {
            if (i + 1 >= args.size())
                return usage(ctx, QStringLiteral("--language needs a language code (en, fr, nl)."));
            language = args.at(++i).trimmed().toLower();
            if (!isDocumentLanguage(language)) {
                QStringList codes;
                for (const DocumentLanguage &l : documentLanguages())
                    codes << l.code;
                return usage(ctx,
                    QStringLiteral(
                        "The proposal cannot be written in \"%1\": the languages are %2.")
                        .arg(language, codes.join(QStringLiteral(", "))));
            }
        } else if (a == QLatin1String("--letter")) {
            letter = true;
        } else if (a == QLatin1String("--a4")) {
            letter = false;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(ctx, QStringLiteral("Unknown option %1.").arg(a));
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return usage(ctx,
                QStringLiteral(
                    "export proposal takes one project; quote an event name with spaces."));
        }
    }
    if (project.isEmpty())
        return usage(ctx, QStringLiteral("export proposal needs a project id or event name."));
    if (pdf.isEmpty() == csv.isEmpty())
        return usage(ctx, QStringLiteral("export proposal needs either --pdf FILE or --csv FILE."));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    ProposalRepository repo(*db);
    auto found = repo.findProject(project);
    if (!found)
        return reportError(ctx, found.error());
    auto data = repo.load(found->id);
    if (!data)
        return reportError(ctx, data.error());
    if (!data->deletedVenues.isEmpty())
        ctx.err << data->leftOutSentence() << '\n';
    if (data->isEmpty()) {
        ctx.err << data->emptySentence() << '\n';
        return Failed;
    }
    if (!pdf.isEmpty()) {
        ProposalOptions options = ProposalOptions::fromSettings();
        if (letter)
            options.pageSize = QPageSize::Letter;
        options.language = language;
        if (Status s = ProposalPdf::writeFile(*data, options, pdf); !s)
            return reportError(ctx, s.error());
        ctx.out << "Wrote the proposal for \"" << data->project.eventName << "\" with "
                << data->venues.size() << (data->venues.size() == 1 ? " venue" : " venues")
                << " to " << pdf << ".\n";
    } else {
        const QString currency = ProposalOptions::fromSettings().currencySymbol;
        if (Status s = ProposalCsv::writeFile(*data, csv, currency, {}, language); !s)
            return reportError(ctx, s.error());
        ctx.out << "Wrote " << data->venues.size()
                << (data->venues.size() == 1 ? " venue" : " venues") << " of the proposal for \""
                << data->project.eventName << "\" to " << csv << ".\n";
    }
    return Done;
}

} // namespace VenueMap::Core::Cli
