// The main window shell bound to a real database: title, status bar, pages, menus, banner,
// geometry.
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "catering/cateringpage.h"
#include "demo/demogenerator.h"
#include "itemmodels/projectlistmodel.h"
#include "mainwindow.h"
#include "pages.h"
#include "people/peoplepage.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/reportspage.h"
#include "tableheader.h"

#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;
using VUi::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }

    void namesTheDatabase_data() { Test::addBackendRows(); }
    void namesTheDatabase();
    void describeHidesThePassword();
    void navigationSwitchesPages_data() { Test::addBackendRows(); }
    void navigationSwitchesPages();
    void pagesComeThroughTheConstructor_data() { Test::addBackendRows(); }
    void pagesComeThroughTheConstructor();
    void unavailablePageIsHidden_data() { Test::addBackendRows(); }
    void unavailablePageIsHidden();
    void bannerAndSignedInPerson_data() { Test::addBackendRows(); }
    void bannerAndSignedInPerson();
    void connectMenuAsksForAConnection_data() { Test::addBackendRows(); }
    void connectMenuAsksForAConnection();
    void remembersGeometryAndPage_data() { Test::addBackendRows(); }
    void remembersGeometryAndPage();
    void fitsALaptop_data() { Test::addBackendRows(); }
    void fitsALaptop();
    void ctrl2GoesToTheProjectList_data() { Test::addBackendRows(); }
    void ctrl2GoesToTheProjectList();
    void reportsNameTheCities_data() { Test::addBackendRows(); }
    void reportsNameTheCities();
};

// The person the windows are made for: an admin, so every page is offered.
static CurrentUser admin()
{
    CurrentUser user;
    user.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    user.name = QStringLiteral("Alice Martin");
    user.role = UserRole::Admin;
    return user;
}

#define OPEN_WINDOW(window)                                                                        \
    VM_TEMP_DATABASE(temp);                                                                        \
    auto db = temp.openMigrated(Test::uniqueConnectionName());                                     \
    VM_VERIFY_OK(db);                                                                              \
    MainWindow window(*db, admin(), VUi::makePages(*db, admin()));                                 \
    window.resize(1280, 800);                                                                      \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));

void tst_MainWindow::namesTheDatabase()
{
    OPEN_WINDOW(window);
    const QString expected = temp.isPostgres() ? QStringLiteral("PostgreSQL · %1@%2:%3/%4")
                                                     .arg(temp.url().user, temp.url().host)
                                                     .arg(temp.url().port)
                                                     .arg(temp.url().database)
                                               : QStringLiteral("SQLite · %1").arg(temp.url().path);
    QCOMPARE(window.databaseLabelText(), expected);
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), expected);
    const QString name = temp.isPostgres() ? temp.url().database : QStringLiteral("test.venuemap");
    QCOMPARE(window.windowTitle(),
        QStringLiteral("%1 — %2").arg(name, QGuiApplication::applicationDisplayName()));
    QVERIFY(!window.isBannerVisible());
    Test::screenshot(
        &window, QStringLiteral("mainwindow-") + QString::fromLatin1(QTest::currentDataTag()));
}

void tst_MainWindow::describeHidesThePassword()
{
    auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://alice:secret@db.agency:5432/venues"));
    VM_VERIFY_OK(pg);
    QCOMPARE(MainWindow::describe(*pg), QStringLiteral("PostgreSQL · alice@db.agency:5432/venues"));
    QCOMPARE(MainWindow::shortName(*pg), QStringLiteral("venues"));
    DatabaseUrl home = DatabaseUrl::embeddedDefault();
    home.path = QDir::homePath() + QStringLiteral("/.local/share/VenueMap/venuemap.sqlite");
    QCOMPARE(MainWindow::describe(home),
        QStringLiteral("SQLite · ~/.local/share/VenueMap/venuemap.sqlite"));
}

void tst_MainWindow::navigationSwitchesPages()
{
    OPEN_WINDOW(window);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::kPageCount);
    QCOMPARE(window.currentPage(), MainWindow::Page::Venues);
    const QRect cateringRow = nav->visualItemRect(nav->item(int(MainWindow::Page::Catering)));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, cateringRow.center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Catering);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(stack->currentWidget(), window.page(MainWindow::Page::Catering));
    QVERIFY(qobject_cast<VUi::CateringPage *>(window.page(MainWindow::Page::Catering)));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // View ▸ People
    QCOMPARE(window.currentPage(), MainWindow::Page::People);
    QCOMPARE(nav->currentRow(), int(MainWindow::Page::People));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Projects);
}

void tst_MainWindow::pagesComeThroughTheConstructor()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    MainWindow::Pages pages = VUi::makePages(*db, admin());
    QPointer<QWidget> projects = pages.projects;
    {
        MainWindow window(*db, admin(), pages);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Projects);
        QCOMPARE(window.page(MainWindow::Page::Projects), projects.data());
        QCOMPARE(window.currentPage(), MainWindow::Page::Projects);
        QVERIFY(projects->isVisible());
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->count(),
            MainWindow::kPageCount);
        window.showPage(MainWindow::Page::People);
        QVERIFY(qobject_cast<VUi::PeoplePage *>(window.page(MainWindow::Page::People)));
        QVERIFY(window.database().isValid());
        QCOMPARE(window.database().connectionName(), db->connectionName());
    }
    QVERIFY(projects.isNull()); // the window owns its pages

    // Without a People page (not an admin) the window does not offer one, even when asked to.
    CurrentUser manager = admin();
    manager.role = UserRole::EventManager;
    MainWindow window(*db, manager, VUi::makePages(*db, manager));
    QVERIFY(!window.page(MainWindow::Page::People));
    QVERIFY(!window.isPageAvailable(MainWindow::Page::People));
    window.setPageAvailable(MainWindow::Page::People, true);
    QVERIFY(!window.isPageAvailable(MainWindow::Page::People));
    window.showPage(MainWindow::Page::People);
    QCOMPARE(window.currentPage(), MainWindow::Page::Venues);
}

void tst_MainWindow::unavailablePageIsHidden()
{
    OPEN_WINDOW(window);
    window.showPage(MainWindow::Page::People);
    window.setPageAvailable(MainWindow::Page::People, false);
    QVERIFY(!window.isPageAvailable(MainWindow::Page::People));
    QCOMPARE(window.currentPage(), MainWindow::Page::Venues);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav->item(int(MainWindow::Page::People))->isHidden());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // the shortcut is gone too
    QCOMPARE(window.currentPage(), MainWindow::Page::Venues);
    window.setPageAvailable(MainWindow::Page::People, true);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::People);
}

void tst_MainWindow::bannerAndSignedInPerson()
{
    OPEN_WINDOW(window);
    window.setSignedInPerson(QStringLiteral("Alice Martin"));
    auto *person = window.statusBar()->findChild<QLabel *>(QStringLiteral("personLabel"));
    QVERIFY(person->isVisible());
    QVERIFY(person->text().contains(QStringLiteral("Alice Martin")));
    // Issue 12 finding 3: a name (or a database name) that is HTML is shown as text.
    window.setSignedInPerson(QStringLiteral("<img src=\"/dev/zero\">"));
    QCOMPARE(person->textFormat(), Qt::PlainText);
    QVERIFY(person->text().contains(QStringLiteral("<img src=\"/dev/zero\">")));
    QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->textFormat(),
        Qt::PlainText);
    window.setSignedInPerson(QStringLiteral("Alice Martin"));

    window.showBanner(
        QStringLiteral(
            "This database is read-only: you can look at everything, but changes cannot be saved."),
        MainWindow::Severity::Warning);
    QVERIFY(window.isBannerVisible());
    QVERIFY(window.bannerText().contains(QStringLiteral("read-only")));
    for (QLabel *l : window.findChildren<QLabel *>(QStringLiteral("bannerText")))
        QCOMPARE(l->textFormat(), Qt::PlainText);
    Test::screenshot(&window,
        QStringLiteral("mainwindow-banner-") + QString::fromLatin1(QTest::currentDataTag()));
    auto *close = window.findChild<QToolButton *>(QStringLiteral("bannerClose"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!window.isBannerVisible());

    window.setSignedInPerson({});
    QVERIFY(!person->isVisible());
}

void tst_MainWindow::connectMenuAsksForAConnection()
{
    OPEN_WINDOW(window);
    QSignalSpy connectRequested(&window, &MainWindow::connectRequested);
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(connectRequested.count(), 1);
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Data"), QStringLiteral("&Account"), QStringLiteral("&Help") }));
}

void tst_MainWindow::remembersGeometryAndPage()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    QSize size;
    {
        MainWindow window(*db, admin(), VUi::makePages(*db, admin()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Not the default 1280×800 (the pages need less than 1024×700).
        window.resize(1200, 700);
        window.showPage(MainWindow::Page::People);
        QTRY_COMPARE(window.size(), QSize(1200, 700));
        size = window.size();
        window.close();
    }
    MainWindow again(*db, admin(), VUi::makePages(*db, admin()));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QCOMPARE(again.currentPage(), MainWindow::Page::People);
}

// Issue 19: the window fits a 1366×768 laptop with its taskbar and is usable at 1024×700, on
// every page (and the Projects page's list, workspace and reports), with the sample data in it.
void tst_MainWindow::fitsALaptop()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 300;
    options.projects = 6;
    options.photoVenues = 20;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    MainWindow window(*db, admin(), VUi::makePages(*db, admin()));
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *projects = qobject_cast<VUi::ProjectsPage *>(window.page(MainWindow::Page::Projects));
    QVERIFY(projects);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());

    struct View
    {
        QString name;
        std::function<void()> show;
    };
    const QList<View> views {
        { QStringLiteral("venues"), [&] { window.showPage(MainWindow::Page::Venues); } },
        { QStringLiteral("projects"),
            [&] {
                window.showPage(MainWindow::Page::Projects);
                projects->showList();
            } },
        { QStringLiteral("workspace"),
            [&] {
                window.showPage(MainWindow::Page::Projects);
                QVERIFY(projects->model()->rowCount() > 0);
                projects->selectRow(0);
                projects->openSelected();
                QTRY_VERIFY(!projects->workspace()->isOpening());
            } },
        { QStringLiteral("reports"),
            [&] {
                window.showPage(MainWindow::Page::Projects);
                projects->showReports();
            } },
        { QStringLiteral("catering"), [&] { window.showPage(MainWindow::Page::Catering); } },
        { QStringLiteral("people"), [&] { window.showPage(MainWindow::Page::People); } },
    };
    QStringList tooBig;
    QStringList withoutChooser;
    QStringList sideways;
    for (const View &view : views) {
        view.show();
        QTest::qWait(50);
        // Every table a person sees remembers its columns and offers the column chooser.
        for (QTableView *table : window.findChildren<QTableView *>()) {
            if (table->isVisible()
                && !table->horizontalHeader()->findChild<VUi::TableHeader *>(
                    QString(), Qt::FindDirectChildrenOnly))
                withoutChooser << view.name + QLatin1Char('/') + table->objectName();
        }
        const QSize hint = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("%s: minimum %dx%d", qPrintable(view.name), hint.width(), hint.height());
        if (hint.width() > 1024 || hint.height() > 700)
            tooBig << QStringLiteral("%1 needs %2x%3")
                          .arg(view.name)
                          .arg(hint.width())
                          .arg(hint.height());
        for (const QSize size : { QSize(1366, 740), QSize(1024, 700) }) {
            window.resize(size);
            QTest::qWait(30);
            Test::screenshot(&window,
                QStringLiteral("layout-%1-%2x%3-%4")
                    .arg(view.name)
                    .arg(size.width())
                    .arg(size.height())
                    .arg(tag));
            // On the laptop every table's default columns fit: nothing scrolls sideways.
            if (size.width() == 1366) {
                for (QTableView *table : window.findChildren<QTableView *>()) {
                    if (table->isVisible() && table->horizontalScrollBar()->maximum() > 0)
                        sideways << view.name + QLatin1Char('/') + table->objectName();
                }
            }
        }
        window.resize(1366, 740);
    }
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
    QVERIFY2(withoutChooser.isEmpty(), qPrintable(withoutChooser.join(QStringLiteral(", "))));
    QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral(", "))));
}

void tst_MainWindow::ctrl2GoesToTheProjectList()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 40;
    options.projects = 2;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    MainWindow window(*db, admin(), VUi::makePages(*db, admin()));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *projects = qobject_cast<VUi::ProjectsPage *>(window.page(MainWindow::Page::Projects));
    auto *stack = projects->findChild<QStackedWidget *>(QStringLiteral("stack"));
    QVERIFY(stack);
    window.showPage(MainWindow::Page::Projects);
    QTRY_VERIFY(!projects->isLoading()); // the list is read off the GUI thread
    projects->selectRow(0);
    projects->openSelected();
    QTRY_VERIFY(!projects->workspace()->isOpening());
    QCOMPARE(stack->currentWidget(), projects->workspace());
    window.showPage(MainWindow::Page::Venues);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Projects);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));

    projects->showReports();
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // from the reports as well
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    // The other pages' shortcuts: Ctrl+1 … Ctrl+4, in the navigation's order.
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(int(window.currentPage()), i);
    }
}

// Issue 19: Reports ▸ "Venues by city" showed "…" for every city (the sample data's 13 rows).
void tst_MainWindow::reportsNameTheCities()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 300;
    options.projects = 1;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    MainWindow window(*db, admin(), VUi::makePages(*db, admin()));
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Projects);
    auto *projects = qobject_cast<VUi::ProjectsPage *>(window.page(MainWindow::Page::Projects));
    const qint64 onGuiThread = Database::statementsOnMainThread();
    projects->showReports();
    QTRY_VERIFY(!projects->reports()->isLoading()); // read off the GUI thread
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    QTreeWidget *numbers = projects->reports()->table(0);
    QVERIFY(numbers->topLevelItemCount() > 3);
    const QString biggest = numbers->topLevelItem(0)->text(0); // the city with most venues
    const auto views = projects->reports()->findChildren<QGraphicsView *>();
    QVERIFY(!views.isEmpty());
    QStringList shown;
    for (QGraphicsItem *item : views.first()->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            shown << text->toPlainText();
    QVERIFY2(shown.contains(biggest), qPrintable(shown.join(QStringLiteral(" | "))));
    QVERIFY2(shown.contains(numbers->topLevelItem(3)->text(0)),
        qPrintable(shown.join(QStringLiteral(" | "))));
    QVERIFY(!shown.contains(QStringLiteral("...")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
