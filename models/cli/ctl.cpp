#include "ctl.h"

#include "domain/language.h"
#include "export/csvwriter.h"

#include "migration/migrationmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace VenueMap::Core::Cli {

namespace {

const char *kUsage
    = "Usage: venuemapctl [--db URL] COMMAND ...\n"
      "\n"
      "The database is --db URL, else $VENUEMAP_DB, else the embedded default file.\n"
      "  sqlite:/path/to/file.venuemap\n"
      "  postgresql://user@host:port/dbname   (password from PGPASSWORD or ~/.pgpass)\n"
      "\n"
      "Commands:\n"
      "  migrate status|up|verify|sql      show, apply, check or print schema migrations\n"
      "  migrate down --to N [--dry-run] [--force]   revert migrations above version N\n"
      "  migrate sql --down --to N         print the down steps to version N\n"
      "  backup FILE                       write a copy of the database to FILE\n"
      "  restore FILE [--force]            replace the database with the copy in FILE\n"
      "  demo --venues N --projects N --seed S   fill the database with sample data\n"
      "  venues search [filters] [--format json|csv|table]\n"
      "  venues spaces VENUE_ID [--format json|table]   a venue's rooms and layout capacities\n"
      "  clients list | history CLIENT [--format json|csv|table]   venues used for a client\n"
      "  holds list|add|confirm|release|dates ...   rooms held for a project's dates "
      "(holds --help)\n"
      "  quotes list --venue ID [--project ID] | add ...   what venues quoted (quotes --help)\n"
      "  outreach chase [--project ID] | declines [--by venue|city]   venues to chase, overdue "
      "first;\n"
      "                                    declines by reason (outreach --help)\n"
      "  projects list [--archived|--all] | archive ID | restore ID   [--format json|csv|table]\n"
      "  import venues FILE.csv [--dry-run] [--skip-invalid] [--include-duplicates]\n"
      "  import batches | undo BATCH       past imports; undo one (its venues move to the deleted "
      "ones)\n"
      "  export venues FILE.csv [filters]\n"
      "  export proposal PROJECT --pdf FILE | --csv FILE\n"
      "  user add|list|disable|enable|role|password|remove ...\n"
      "\n"
      "Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.\n";

} // namespace

std::optional<CommandOptions> parseOptions(Context &ctx, const char *usage, const QStringList &args,
    const QStringList &valued, const QStringList &flags)
{
    CommandOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString opt = args.at(i);
        if (!opt.startsWith(QLatin1String("--"))) {
            o.positional << opt;
            continue;
        }
        QString value;
        const qsizetype eq = opt.indexOf(QLatin1Char('='));
        const bool inline_ = eq > 0;
        if (inline_) {
            value = opt.mid(eq + 1);
            opt = opt.left(eq);
        }
        const QString name = opt.mid(2);
        if (valued.contains(name)) {
            if (!inline_) {
                if (i + 1 >= args.size()) {
                    ctx.err << opt << " needs a value.\n" << usage;
                    return std::nullopt;
                }
                value = args.at(++i);
            }
            o.values.insert(name, value);
        } else if (flags.contains(name) && !inline_) {
            o.flags.insert(name);
        } else {
            ctx.err << "Unknown option " << opt << ".\n" << usage;
            return std::nullopt;
        }
    }
    return o;
}

std::optional<QDate> dateOption(Context &ctx, const CommandOptions &o, const QString &name)
{
    const QString text = o.values.value(name).trimmed();
    const QDate d = parseTypedDate(text);
    if (!d.isValid()) {
        ctx.err << "--" << name << " is a date such as 2027-05-14 or 14 May 2027, not \"" << text
                << "\".\n";
        return std::nullopt;
    }
    return d;
}

bool knownFormat(Context &ctx, const QString &format)
{
    if (format == QLatin1String("json") || format == QLatin1String("csv")
        || format == QLatin1String("table"))
        return true;
    ctx.err << "--format is json, csv or table, not \"" << format << "\".\n";
    return false;
}

int reportError(Context &ctx, const DbError &error)
{
    ctx.err << error.sentence() << '\n';
    if (!error.details().isEmpty() && qEnvironmentVariableIsSet("VENUEMAP_VERBOSE"))
        ctx.err << error.details() << '\n';
    ctx.err.flush();
    return error.kind == DbError::Kind::Usage ? BadUsage : Failed;
}

std::optional<Database> openForCommand(Context &ctx, bool migrate)
{
    // A SQLite file that is not there yet is created by opening it: said, not silent (a
    // mistyped path or a script run under another HOME would otherwise fill a new, empty book).
    const bool created = ctx.url.isSqlite() && !QFileInfo::exists(ctx.url.path);
    auto db = Database::open(ctx.url, QStringLiteral("venuemapctl"));
    if (!db) {
        reportError(ctx, db.error());
        return std::nullopt;
    }
    if (created) {
        ctx.err << "There was no venue book at " << QDir::toNativeSeparators(ctx.url.path)
                << "; a new, empty one was made there.\n";
        ctx.err.flush();
    }
    MigrationManager manager(*db);
    QObject::connect(&manager, &MigrationManager::waitingForLock, [&ctx](const QString &holder) {
        ctx.err << "Waiting for the migration lock held by " << holder << "...\n";
        ctx.err.flush();
    });
    if (migrate) {
        auto applied = manager.migrate();
        if (!applied) {
            reportError(ctx, applied.error());
            return std::nullopt;
        }
    } else if (auto s = manager.verify(); !s) {
        reportError(ctx, s.error());
        return std::nullopt;
    }
    return *db;
}

void writeTable(QTextStream &out, const QStringList &head, const QList<QStringList> &rows,
    const QList<int> &rightAligned)
{
    QList<int> widths;
    for (qsizetype c = 0; c < head.size(); ++c) {
        int w = int(head.at(c).size());
        for (const QStringList &r : rows)
            w = std::max(w, int(std::min<qsizetype>(r.at(c).size(), 40)));
        widths << w;
    }
    auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QString cell = cells.at(c);
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (cell.size() > 40)
                cell = cell.left(39) + QChar(0x2026);
            parts << (rightAligned.contains(int(c)) ? cell.rightJustified(widths.at(c))
                                                    : cell.leftJustified(widths.at(c)));
        }
        out << parts.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(head);
    for (const QStringList &r : rows)
        line(r);
}

void writeCsv(QTextStream &out, const QStringList &head, const QList<QStringList> &rows)
{
    QByteArray bytes = CsvWriter::encodeRecord(head);
    for (const QStringList &r : rows)
        bytes += CsvWriter::encodeRecord(r);
    out << QString::fromUtf8(bytes);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString dbText;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("-"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << kUsage;
            return Done;
        }
        if (opt == QLatin1String("--version")) {
            out << "venuemapctl " << VENUEMAP_VERSION << '\n';
            return Done;
        }
        if (opt == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << "--db needs a URL.\n" << kUsage;
                return BadUsage;
            }
            dbText = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            dbText = opt.mid(5);
        } else {
            err << "Unknown option " << opt << ".\n" << kUsage;
            return BadUsage;
        }
    }
    if (args.isEmpty()) {
        err << kUsage;
        return BadUsage;
    }
    auto url = DatabaseUrl::resolve(dbText);
    const QString command = args.takeFirst();
    Context ctx { args, url.ok() ? *url : DatabaseUrl(), out, err };
    if (!url)
        return reportError(ctx, url.error());

    if (command == QLatin1String("migrate"))
        return migrateCommand(ctx);
    if (command == QLatin1String("demo"))
        return demoCommand(ctx);
    if (command == QLatin1String("venues"))
        return venuesCommand(ctx);
    if (command == QLatin1String("clients"))
        return clientsCommand(ctx);
    if (command == QLatin1String("holds"))
        return holdsCommand(ctx);
    if (command == QLatin1String("quotes"))
        return quotesCommand(ctx);
    if (command == QLatin1String("outreach"))
        return outreachCommand(ctx);
    if (command == QLatin1String("projects"))
        return projectsCommand(ctx);
    if (command == QLatin1String("import"))
        return importCommand(ctx);
    if (command == QLatin1String("export"))
        return exportCommand(ctx);
    if (command == QLatin1String("user"))
        return userCommand(ctx);
    if (command == QLatin1String("backup"))
        return backupCommand(ctx);
    if (command == QLatin1String("restore"))
        return restoreCommand(ctx);
    err << "Unknown command \"" << command << "\".\n" << kUsage;
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
