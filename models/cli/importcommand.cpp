// venuemapctl import venues|spaces|batches|undo: bring a spreadsheet of venues (and their rooms)
// into the book, list past imports, undo one.
#include "ctl.h"

#include "export/spaceimporter.h"
#include "export/venueimporter.h"

#include <QFile>
#include <QFileInfo>

namespace VenueMap::Core::Cli {

namespace {

const char *kImportUsage
    = "Usage:\n"
      "  venuemapctl import venues FILE.csv [--spaces ROOMS.csv] [--dry-run] [--skip-invalid]\n"
      "                                     [--include-duplicates]\n"
      "      reads every row, prints each problem (row, column, reason) and each duplicate, then\n"
      "      imports the valid rows in one transaction as one batch; fails and changes nothing "
      "when a\n"
      "      row is invalid unless --skip-invalid; duplicates (same name and city, in the file or "
      "the\n"
      "      book) are skipped unless --include-duplicates; --dry-run writes nothing. With "
      "--spaces,\n"
      "      the rooms of ROOMS.csv (one row per space, keyed by venue name and city) are "
      "written in\n"
      "      the same transaction; a rooms file with any problem imports nothing\n"
      "  venuemapctl import spaces ROOMS.csv [--dry-run]\n"
      "      the rooms of venues already in the book: each venue the file names gets exactly "
      "the\n"
      "      file's rooms (a room of the same name is kept and updated); one transaction, not "
      "an\n"
      "      import batch (there is no undo: export the rooms first to keep a copy)\n"
      "  venuemapctl import batches       past imports, newest first (tab-separated: id, time, "
      "venues,\n"
      "                                   still in the book, undone|-, file)\n"
      "  venuemapctl import undo BATCH    removes exactly the venues of that import\n";

int usage(Context &ctx, const QString &why)
{
    ctx.err << why << '\n' << kImportUsage;
    ctx.err.flush();
    return BadUsage;
}

// Reads and checks a rooms file; prints its problems. Empty on a file that cannot be read.
std::optional<SpaceImportPreview> readSpaces(Context &ctx, const Database &db, const QString &path)
{
    const auto bytes = VenueImporter::readFile(path);
    if (!bytes) {
        ctx.err << bytes.error().sentence() << '\n';
        return std::nullopt;
    }
    auto preview = SpaceImporter(db).preview(*bytes, QFileInfo(path).fileName());
    if (!preview) {
        reportError(ctx, preview.error());
        return std::nullopt;
    }
    return *preview;
}

// Prints the rooms file's problems and its plan's; true when it can be imported.
bool reportSpaces(Context &ctx, const SpaceImportPreview &spaces, const SpaceImportPlan &plan)
{
    if (!spaces.fileError.isEmpty())
        ctx.err << spaces.fileName << ": " << spaces.fileError << '\n';
    QList<ImportIssue> all = spaces.headerIssues;
    all += spaces.issues;
    all += plan.issues;
    std::stable_sort(all.begin(), all.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    for (const ImportIssue &issue : std::as_const(all))
        ctx.err << spaces.fileName << ": " << issue.text() << '\n';
    if (!spaces.fileError.isEmpty() || !all.isEmpty()) {
        ctx.err << "The rooms file has problems: nothing was imported.\n";
        return false;
    }
    ctx.out << spaces.fileName << ": " << plan.summary() << '\n';
    return true;
}

int importSpaces(Context &ctx, const QStringList &args)
{
    bool dryRun = false;
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage(ctx, QStringLiteral("Unknown option %1.").arg(a));
        else
            files << a;
    }
    if (files.size() != 1)
        return usage(ctx, QStringLiteral("import spaces needs exactly one CSV file of rooms."));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    const auto spaces = readSpaces(ctx, *db, files.first());
    if (!spaces)
        return Failed;
    const SpaceImportPlan plan = SpaceImporter::plan(*spaces, nullptr, {});
    if (!reportSpaces(ctx, *spaces, plan))
        return Failed;
    if (dryRun) {
        ctx.out << "Dry run: nothing was written.\n";
        return Done;
    }
    auto outcome = SpaceImporter(*db).commit(*spaces, &plan);
    if (!outcome)
        return reportError(ctx, outcome.error());
    ctx.out << "Imported " << outcome->spaces << (outcome->spaces == 1 ? " room" : " rooms")
            << " into " << outcome->bookVenues << (outcome->bookVenues == 1 ? " venue" : " venues")
            << ".\n";
    return Done;
}

int importVenues(Context &ctx, QStringList args)
{
    bool dryRun = false;
    ImportOptions options;
    QStringList files;
    QString spacesPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--spaces")) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                return usage(ctx, QStringLiteral("--spaces needs the CSV file of rooms."));
            spacesPath = args.at(++i);
        } else if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a == QLatin1String("--skip-invalid"))
            options.skipInvalid = true;
        else if (a == QLatin1String("--include-duplicates"))
            options.includeDuplicates = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage(ctx, QStringLiteral("Unknown option %1.").arg(a));
        else
            files << a;
    }
    if (files.size() != 1)
        return usage(ctx, QStringLiteral("import venues needs exactly one CSV file."));
    const auto bytes = VenueImporter::readFile(files.first());
    if (!bytes) {
        ctx.err << bytes.error().sentence() << '\n';
        return Failed;
    }

    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    VenueImporter importer(*db);
    auto preview = importer.preview(*bytes, QFileInfo(files.first()).fileName());
    if (!preview)
        return reportError(ctx, preview.error());
    if (!spacesPath.isEmpty()) {
        const auto spaces = readSpaces(ctx, *db, spacesPath);
        if (!spaces)
            return Failed;
        preview->spaces = std::make_shared<const SpaceImportPreview>(*spaces);
    }
    if (preview->isBlocked()) {
        if (!preview->fileError.isEmpty())
            ctx.err << preview->fileError << '\n';
        for (const ImportIssue &issue : std::as_const(preview->headerIssues))
            ctx.err << issue.text() << '\n';
        ctx.err << "Nothing was imported.\n";
        return Failed;
    }
    for (const ImportIssue &issue : std::as_const(preview->issues))
        ctx.out << issue.text() << '\n';
    for (const ImportDuplicate &d : std::as_const(preview->duplicates))
        ctx.out << d.text() << '\n';
    ctx.out << preview->summary(options.includeDuplicates) << '\n';
    ctx.out.flush();

    const int invalid = preview->invalidCount();
    if (invalid > 0 && !options.skipInvalid) {
        ctx.err << (invalid == 1 ? QStringLiteral("1 row is invalid")
                                 : QStringLiteral("%1 rows are invalid").arg(invalid))
                << ": nothing was imported. Fix the file, or pass --skip-invalid to import the "
                   "valid rows.\n";
        return Failed;
    }
    const qsizetype count = preview->venuesToImport(options.includeDuplicates).size();
    if (preview->spaces) {
        const SpaceImportPlan plan = SpaceImporter::plan(*preview->spaces, &*preview, options);
        if (!reportSpaces(ctx, *preview->spaces, plan))
            return Failed;
    }
    if (dryRun) {
        ctx.out << "Dry run: " << count << (count == 1 ? " venue" : " venues")
                << " would be imported; nothing was written.\n";
        return Done;
    }
    if (count == 0 && !preview->spaces) {
        ctx.err << "Nothing to import"
                << (preview->duplicateCount() > 0
                           ? " (pass --include-duplicates to import the duplicates)"
                           : "")
                << ".\n";
        return Failed;
    }
    auto outcome = importer.commit(*preview, options);
    if (!outcome)
        return reportError(ctx, outcome.error());
    if (outcome->batch.id.isEmpty()) {
        ctx.out << "Imported no venue and " << outcome->spaces
                << (outcome->spaces == 1 ? " room" : " rooms") << " into "
                << outcome->spacesReplacedVenues
                << (outcome->spacesReplacedVenues == 1 ? " venue" : " venues")
                << " already in the book (not an import batch: there is no undo).\n";
        return Done;
    }
    ctx.out << "Imported " << outcome->imported << (outcome->imported == 1 ? " venue" : " venues");
    if (preview->spaces)
        ctx.out << " and " << outcome->spaces << (outcome->spaces == 1 ? " room" : " rooms");
    ctx.out << " as batch " << outcome->batch.id << " (undo with: venuemapctl import undo "
            << outcome->batch.id << ").\n";
    if (outcome->spacesReplacedVenues > 0)
        ctx.out << "The rooms of " << outcome->spacesReplacedVenues
                << (outcome->spacesReplacedVenues == 1 ? " venue" : " venues")
                << " already in the book were replaced; undoing the import does not put the old "
                   "rooms back.\n";
    return Done;
}

int listBatches(Context &ctx)
{
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    auto batches = VenueImporter(*db).batches(1000);
    if (!batches)
        return reportError(ctx, batches.error());
    for (const ImportBatch &b : std::as_const(*batches)) {
        ctx.out << b.id << '\t' << b.createdAt.toUTC().toString(Qt::ISODate) << '\t' << b.venueCount
                << '\t' << b.liveCount << '\t'
                << (b.isUndone() ? b.undoneAt.toUTC().toString(Qt::ISODate) : QStringLiteral("-"))
                << '\t' << b.fileName << '\n';
    }
    return Done;
}

int undoBatch(Context &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return usage(ctx,
            QStringLiteral(
                "import undo needs the id of one import (see: venuemapctl import batches)."));
    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    auto removed = VenueImporter(*db).undo(args.first());
    if (!removed)
        return reportError(ctx, removed.error());
    ctx.out << "Removed " << *removed << (*removed == 1 ? " venue" : " venues") << " of import "
            << args.first() << ".\n";
    return Done;
}

} // namespace

int importCommand(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        ctx.out << kImportUsage;
        return args.isEmpty() ? BadUsage : Done;
    }
    const QString what = args.takeFirst();
    if (what == QLatin1String("venues"))
        return importVenues(ctx, args);
    if (what == QLatin1String("spaces") || what == QLatin1String("rooms"))
        return importSpaces(ctx, args);
    if (what == QLatin1String("batches"))
        return listBatches(ctx);
    if (what == QLatin1String("undo"))
        return undoBatch(ctx, args);
    return usage(ctx, QStringLiteral("Unknown import \"%1\".").arg(what));
}

} // namespace VenueMap::Core::Cli
