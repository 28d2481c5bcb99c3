// venuemap-bench [--db URL]... [--only TEXT]: runs every registered operation against each
// database and prints operation, backend, median, p95 and budget. Not part of the test run.
#include "benchrunner.h"
#include "migration/migrationmanager.h"
#include "tcpproxy.h"

#include "itemmodels/venuelistmodel.h"
#include "venues/venuespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace VenueMap::Bench {
void addVenueOperations(BenchRunner &runner, const BenchContext &ctx);
void addProjectOperations(BenchRunner &runner, const BenchContext &ctx);
void addHoldOperations(BenchRunner &runner, const BenchContext &ctx);
void addLiveOperations(BenchRunner &runner, const BenchContext &ctx);
void addProposalOperations(BenchRunner &runner, const BenchContext &ctx);
void addGuiOperations(BenchRunner &runner, const BenchContext &ctx);
}

using namespace VenueMap;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(
        QStringLiteral("VenueMapBench")); // its own settings, not the app's
    if (!qEnvironmentVariableIsSet("VENUEMAP_VERBOSE")) // as the app: the table, not the log
        QLoggingCategory::setFilterRules(
            QStringLiteral("venuemap.*.info=false\nvenuemap.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("VenueMap benchmarks (medians of at least 20 runs after warm-up)."));
    parser.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("Database URL (repeat for several)."), QStringLiteral("url"));
    QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Run operations whose name contains TEXT."), QStringLiteral("text"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the Venues page over the first --db at 1280x800 to FILE, and stop."),
        QStringLiteral("file"));
    QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the results as JSON to FILE."), QStringLiteral("file"));
    QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("A figure measured outside, for the table and the JSON: "
                       "\"operation|backend|data|value|unit\" (repeat for several)."),
        QStringLiteral("figure"));
    QCommandLineOption rtt(QStringLiteral("rtt"),
        QStringLiteral("Also run each PostgreSQL --db through a proxy that adds MS of round trip "
                       "(half each way), as a distant server, and counts the round trips of "
                       "each operation; 0 counts them without delay (repeat for several)."),
        QStringLiteral("ms"));
    parser.addOption(db);
    parser.addOption(rtt);
    parser.addOption(only);
    parser.addOption(screenshot);
    parser.addOption(json);
    parser.addOption(record);
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
        auto database = url ? Core::Database::open(*url, QStringLiteral("screenshot"))
                            : Core::Result<Core::Database>(url.error());
        if (!database) {
            out << database.error().sentence() << '\n';
            return 1;
        }
        QSettings().remove(
            QStringLiteral("venues")); // the page as it first opens, not the last bench search
        QMainWindow window;
        auto *page = new VenueMap::Ui::VenuesPage(*database);
        window.setCentralWidget(page);
        window.setWindowTitle(QStringLiteral("VenueMap"));
        window.statusBar()->showMessage(QStringLiteral("Ready"));
        window.resize(1280, 800);
        window.show();
        Bench::waitUntil(
            [&] { return page->model()->isCountFinal() && page->model()->isRowLoaded(0); }, 60000);
        page->selectRow(1);
        Bench::waitUntil([&] { return page->shownVenue().has_value(); }, 10000);
        Bench::waitUntil([] { return false; }, 1500); // choices, thumbnails, paint
        window.grab().save(parser.value(screenshot));
        out << "saved " << parser.value(screenshot) << '\n';
        return 0;
    }
    Bench::BenchRunner::printHeader(out);
    QList<Bench::BenchResult> results;
    {
        Bench::BenchRunner outside(out);
        for (const QString &figure : parser.values(record)) {
            const QStringList parts = figure.split(QLatin1Char('|'));
            bool ok = false;
            const double value = parts.value(3).toDouble(&ok);
            if (parts.size() != 5 || !ok) {
                out << "--record needs \"operation|backend|data|value|unit\", not \"" << figure
                    << "\"\n";
                return 2;
            }
            Bench::BenchResult r;
            r.operation = parts.at(0);
            r.backend = parts.at(1);
            r.label = parts.at(1) + QLatin1Char(' ') + parts.at(2);
            r.runs = 1;
            r.median = r.p95 = value;
            r.unit = parts.at(4);
            outside.record(r);
        }
        results += outside.results();
    }
    int missed = 0;
    int n = 0;
    // Each --db as it is, and each PostgreSQL one again through the proxy per --rtt.
    struct Target
    {
        Core::DatabaseUrl url;
        int rttMs = -1; // -1: direct
    };
    QList<Target> targets;
    for (const QString &text : parser.values(db)) {
        auto url = Core::DatabaseUrl::resolve(text);
        if (!url) {
            out << url.error().sentence() << '\n';
            return 1;
        }
        targets.append({ *url, -1 });
        if (url->isPostgres())
            for (const QString &ms : parser.values(rtt))
                targets.append({ *url, ms.toInt() });
    }
    for (const Target &target : targets) {
        std::unique_ptr<Test::TcpProxy> proxy;
        Core::DatabaseUrl url = target.url;
        if (target.rttMs >= 0) {
            proxy = std::make_unique<Test::TcpProxy>(url.host, quint16(url.port));
            proxy->setDelay(target.rttMs / 2);
            url.host = QStringLiteral("127.0.0.1");
            url.port = proxy->port();
        }
        auto database = Core::Database::open(url, QStringLiteral("bench-%1").arg(n++));
        if (!database) {
            out << database.error().sentence() << '\n';
            return 1;
        }
        // A schema the app would refuse to migrate is reported, not fatal (the cold start would say
        // so). Benchmarks read, except the proposal and import figures and the cold start's bench
        // person.
        if (auto s = Core::MigrationManager(*database).verify(); !s)
            out << "warning: " << s.error().sentence() << '\n';
        Bench::BenchContext ctx { *database,
            database->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"), {},
            {}, {} };
        if (proxy) {
            Test::TcpProxy *counted = proxy.get();
            ctx.roundTrips = [counted] { return counted->roundTrips(); };
            ctx.bytesFromServer = [counted] { return counted->bytesFromServer(); };
            ctx.resetRoundTrips = [counted] { counted->resetCounts(); };
            ctx.rttMs = target.rttMs;
        }
        auto count = database->scalar(
            QStringLiteral("bench"), QStringLiteral("SELECT count(*) FROM venues"));
        ctx.label = QStringLiteral("%1 %2 venues")
                        .arg(ctx.backend,
                            QLocale(QLocale::English).toString(count ? count->toLongLong() : 0));
        if (proxy)
            ctx.label += QStringLiteral(", %1 ms RTT").arg(target.rttMs);
        Bench::BenchRunner runner(out);
        Bench::addVenueOperations(runner, ctx);
        Bench::addProjectOperations(runner, ctx);
        Bench::addHoldOperations(runner, ctx);
        Bench::addLiveOperations(runner, ctx);
        Bench::addProposalOperations(runner, ctx);
        Bench::addGuiOperations(runner, ctx);
        missed += runner.run(ctx, parser.value(only));
        results += runner.results();
    }
    if (parser.isSet(json)) {
        QString error;
        if (!Bench::BenchRunner::writeJson(parser.value(json), results, &error)) {
            out << "Cannot write " << parser.value(json) << ": " << error << '\n';
            return 1;
        }
    }
    return missed > 0 ? 1 : 0;
}
