// venuemap-bench [--db URL]... [--only TEXT]: runs every registered operation against each
// database and prints operation, backend, median, p95 and budget. Not part of the test run.
#include "benchrunner.h"
#include "migration/migrationmanager.h"

#include "itemmodels/venuelistmodel.h"
#include "venues/venuespage.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QCommandLineParser>
#include <QLocale>

namespace VenueMap::Bench {
void addVenueOperations(BenchRunner &runner, const BenchContext &ctx);
void addProjectOperations(BenchRunner &runner, const BenchContext &ctx);
void addProposalOperations(BenchRunner &runner, const BenchContext &ctx);
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
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the Venues page over the first --db at 1280x800 to FILE, and stop."),
                                  QStringLiteral("file"));
    parser.addOption(db);
    parser.addOption(only);
    parser.addOption(screenshot);
    parser.process(app);
    QTextStream out(stdout);
    if (parser.values(db).isEmpty()) {
        out << "Give at least one --db URL, e.g. the demo books:\n"
               "  venuemapctl --db postgresql://.../demo_big demo --venues 1000000\n"
               "  venuemapctl --db sqlite:/tmp/bench.venuemap demo --venues 100000\n";
        return 2;
    }
    if (parser.isSet(screenshot)) {
        auto url = Core::DatabaseUrl::resolve(parser.values(db).first());
        auto database = url ? Core::Database::open(*url, QStringLiteral("screenshot")) : Core::Result<Core::Database>(url.error());
        if (!database) {
            out << database.error().sentence() << '\n';
            return 1;
        }
        QMainWindow window;
        auto *page = new VenueMap::Ui::VenuesPage(*database);
        window.setCentralWidget(page);
        window.setWindowTitle(QStringLiteral("VenueMap"));
        window.statusBar()->showMessage(QStringLiteral("Ready"));
        window.resize(1280, 800);
        window.show();
        Bench::waitUntil([&] { return page->model()->isCountFinal() && page->model()->isRowLoaded(0); }, 60000);
        page->selectRow(1);
        Bench::waitUntil([&] { return page->shownVenue().has_value(); }, 10000);
        Bench::waitUntil([] { return false; }, 1500); // choices, thumbnails, paint
        window.grab().save(parser.value(screenshot));
        out << "saved " << parser.value(screenshot) << '\n';
        return 0;
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
        // Benchmarks only read: a schema the app would refuse to migrate is reported, not fatal.
        if (auto s = Core::MigrationManager(*database).verify(); !s)
            out << "warning: " << s.error().sentence() << '\n';
        Bench::BenchContext ctx{*database, database->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"), {}};
        auto count = database->scalar(QStringLiteral("bench"), QStringLiteral("SELECT count(*) FROM venues"));
        ctx.label = QStringLiteral("%1 %2 venues").arg(ctx.backend, QLocale(QLocale::English).toString(count ? count->toLongLong() : 0));
        Bench::BenchRunner runner(out);
        Bench::addVenueOperations(runner, ctx);
        Bench::addProjectOperations(runner, ctx);
        Bench::addProposalOperations(runner, ctx);
        missed += runner.run(ctx, parser.value(only));
    }
    return missed > 0 ? 1 : 0;
}
