// The connection budget (issue 18, DESIGN §7): the main window's pages read and write through a
// few shared worker connections that close when idle, so an idle window holds at most two
// connections (its own and the connection monitor's) however many projects were opened, and a
// server with max_connections = N carries about N / 2 idle planners. Counted on PostgreSQL from
// the server's side (pg_stat_activity), on SQLite from the process's own connections.
#include "appcontroller.h"
#include "auth/session.h"
#include "db/connectionmonitor.h"
#include "db/connectionpool.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "pages.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "venues/venuespage.h"
#include "workflowbook.h"

#include <QSqlDatabase>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_ConnectionBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void idleWindowHoldsTwoConnections_data() { addBackendRows(); }
    void idleWindowHoldsTwoConnections();
};

namespace {

constexpr int kIdleMs = 1500;

// This process's connections as the server sees them (the counter names itself apart).
int serverConnections(const Database &counter)
{
    auto n = counter.scalar({ QStringLiteral("test"), {} },
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = :app"),
        { { QStringLiteral(":app"), QStringLiteral("VenueMap ") + Database::processIdentity() } });
    return n ? n->toInt() : -1;
}

} // namespace

void tst_ConnectionBudget::idleWindowHoldsTwoConnections()
{
    VM_TEMP_DATABASE(tmp);
    setConnectionIdleMs(kIdleMs);
    const auto restoreIdle = qScopeGuard([] { setConnectionIdleMs(60000); });
    WorkflowBook book;
    QStringList projectIds;
    {
        auto seed = tmp.openMigrated(uniqueConnectionName(QStringLiteral("seed")));
        VM_VERIFY_OK(seed);
        book = makeWorkflowBook(*seed);
        auto projects = ProjectRepository(*seed, book.annaId).fetchProjects();
        VM_VERIFY_OK(projects);
        for (const ProjectSummary &p : *projects)
            projectIds << p.project.id;
    } // the seeding connection closes: only the window's count from here on
    QVERIFY2(projectIds.size() >= 3, "the workflow book has three projects to open");
    projectIds = projectIds.mid(0, 3);

    std::optional<Database> counter;
    if (tmp.isPostgres()) {
        auto admin = tmp.openAsSuperuser(uniqueConnectionName(QStringLiteral("counter")));
        VM_VERIFY_OK(admin);
        VM_VERIFY_OK(admin->execDirect(
            QStringLiteral("test"), QStringLiteral("SET application_name = 'budget counter'")));
        counter = *admin;
    }
    // How many connections the window holds now: from the server, or this process's own.
    const auto held = [&] {
        if (counter)
            return serverConnections(*counter);
        return int(QSqlDatabase::connectionNames().size());
    };

    // The window as AppController builds it: the main connection, the pages, the monitor.
    auto db = tmp.open(uniqueConnectionName(QStringLiteral("main")));
    VM_VERIFY_OK(db);
    Session::setCurrent(book.anna);
    const auto signOut = qScopeGuard([] { Session::clear(); });
    MainWindow window(*db, Session::current(), makePages(*db, Session::current()));
    ConnectionMonitor monitor(db->url());
    if (tmp.isPostgres())
        monitor.start();
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Browsing: the venue list pages in, the detail pane reads a venue.
    window.showPage(MainWindow::Page::Venues);
    auto *venues = qobject_cast<VenuesPage *>(window.page(MainWindow::Page::Venues));
    QTRY_VERIFY(venues->model()->rowCount() > 0);
    const int browsing = held();

    // Three projects opened one after another, each with its shortlist, holds and activity.
    window.showPage(MainWindow::Page::Projects);
    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    for (const QString &id : std::as_const(projectIds)) {
        projects->openProject(id);
        QTRY_VERIFY(!projects->workspace()->isOpening());
        QTest::qWait(200); // its panels read too
    }
    const int busy = held();
    qInfo() << "connections while browsing" << browsing << "with projects opened" << busy
            << "worker connections" << ConnectionPool::openConnections();
    // Busy: the window's own, the monitor's, the list's two fetchers and the shared workers.
    QVERIFY2(busy <= 2 + 2 + kPoolWorkers,
        qPrintable(QStringLiteral("%1 connections while busy").arg(busy)));

    // Idle: the workers, the list's fetchers and the kept connections close.
    QTRY_VERIFY_WITH_TIMEOUT(ConnectionPool::openConnections() == 0, kIdleMs * 6);
    // PostgreSQL: the window's own and the monitor's (which also LISTENs for colleagues'
    // changes). SQLite: the window's own and the one that watches the file's data_version.
    QTRY_VERIFY_WITH_TIMEOUT(held() <= 2, kIdleMs * 6);
    qInfo() << "connections when idle" << held();

    // Back to work after the idle close: the connections open again and the reads succeed.
    projects->openProject(book.summit.id);
    QTRY_VERIFY(!projects->workspace()->isOpening());
    QTRY_COMPARE(projects->workspace()->shortlistModel()->rowCount(), 6);
    monitor.stop();
}

QTEST_MAIN(tst_ConnectionBudget)
#include "tst_connectionbudget.moc"
