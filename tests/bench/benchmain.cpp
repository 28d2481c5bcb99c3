// venuemap-bench [--db URL]... [--only TEXT]: runs every registered operation against each
// database and prints operation, backend, median, p95 and budget. Not part of the test run.
#include "benchrunner.h"
#include "migration/migrationmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

namespace VenueMap::Bench {
void addVenueOperations(BenchRunner &runner, const BenchContext &ctx);
}

using namespace VenueMap;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VenueMap benchmarks (medians of at least 20 runs after warm-up)."));
    parser.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URL (repeat for several)."), QStringLiteral("url"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run operations whose name contains TEXT."), QStringLiteral("text"));
    parser.addOption(db);
    parser.addOption(only);
    parser.process(app);
    QTextStream out(stdout);
    if (parser.values(db).isEmpty()) {
        out << "Give at least one --db URL, e.g. the demo books:\n"
               "  venuemapctl --db postgresql://.../demo_big demo --venues 1000000\n"
               "  venuemapctl --db sqlite:/tmp/bench.venuemap demo --venues 100000\n";
        return 2;
    }
    Bench::BenchRunner::printHeader(out);
    int missed = 0;
    int n = 0;
    for (const QString &text : parser.values(db)) {
        auto url = Core::DatabaseUrl::resolve(text);
        if (!url) {
            out << url.error().sentence() << '\n';
            return 1;
        }
        auto database = Core::Database::open(*url, QStringLiteral("bench-%1").arg(n++));
        if (!database) {
            out << database.error().sentence() << '\n';
            return 1;
        }
        if (auto s = Core::MigrationManager(*database).verify(); !s) {
            out << s.error().sentence() << '\n';
            return 1;
        }
        Bench::BenchContext ctx{*database, database->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"), {}};
        auto count = database->scalar(QStringLiteral("bench"), QStringLiteral("SELECT count(*) FROM venues"));
        ctx.label = QStringLiteral("%1 %2 venues").arg(ctx.backend, QLocale(QLocale::English).toString(count ? count->toLongLong() : 0));
        Bench::BenchRunner runner(out);
        Bench::addVenueOperations(runner, ctx);
        missed += runner.run(ctx, parser.value(only));
    }
    return missed > 0 ? 1 : 0;
}
