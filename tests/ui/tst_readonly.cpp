// A database that cannot be written: a SQLite file on a read-only filesystem, or
// a PostgreSQL database whose transactions are read-only. The whole app opens it, signs in, says so
// in a banner, shows everything, and offers no control that would write: each one is disabled and
// says why. Exports and the proposal still work (they only read).
#include "scratchmount.h"
#include "signintesthelpers.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include "appcontroller.h"
#include "catering/cateringpage.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "projects/outreachpanel.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "readonlyedits.h"
#include "repositories/userrepository.h"
#include "services/shortlisteditor.h"
#include "venues/venuespage.h"

#include "migration/migrationmanager.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;

namespace {

// Empty when the control `name` under `parent` is off and says why; otherwise what is wrong.
QString lockProblem(const QObject *parent, const char *name)
{
    auto *w = parent->findChild<QWidget *>(QLatin1String(name));
    if (!w)
        return QStringLiteral("%1 not found").arg(QLatin1String(name));
    if (w->isEnabled())
        return QStringLiteral("%1 is enabled on a read-only database").arg(QLatin1String(name));
    if (w->toolTip() != VUi::ReadOnlyEdits::reason())
        return QStringLiteral("%1 does not say why: %2").arg(QLatin1String(name), w->toolTip());
    return {};
}

QString actionProblem(const QObject *window, const char *name, bool enabled)
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        return QStringLiteral("%1 not found").arg(QLatin1String(name));
    if (a->isEnabled() != enabled)
        return QStringLiteral("%1 is %2")
            .arg(QLatin1String(name),
                a->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    return {};
}

#define VERIFY_LOCKED(parent, name)                                                                \
    do {                                                                                           \
        const QString p_ = lockProblem(parent, name);                                              \
        QVERIFY2(p_.isEmpty(), qPrintable(p_));                                                    \
    } while (false)

#define VERIFY_ACTION(window, name, enabled)                                                       \
    do {                                                                                           \
        const QString p_ = actionProblem(window, name, enabled);                                   \
        QVERIFY2(p_.isEmpty(), qPrintable(p_));                                                    \
    } while (false)

qint64 count(const Database &db, const QString &sql)
{
    auto r = db.scalar(QStringLiteral("tst_readonly"), sql);
    return r ? r->toLongLong() : -1;
}

} // namespace

class tst_ReadOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_store = Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }
    void readOnlyDatabaseOpensWithEditsDisabled_data() { Test::addBackendRows(); }
    void readOnlyDatabaseOpensWithEditsDisabled();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_ReadOnly::readOnlyDatabaseOpensWithEditsDisabled()
{
    QFETCH(QString, backend);
    const bool postgres = backend == QLatin1String("postgresql");
    // SQLite: the file lives on a filesystem of its own that is then remounted read-only (root,
    // which runs the tests, ignores chmod). PostgreSQL: the database makes every transaction
    // read-only, as a hot standby or a read-only grant would.
    std::unique_ptr<Test::ScratchMount> mount;
    std::unique_ptr<Test::TempDatabase> temp;
    DatabaseUrl url;
    if (postgres) {
        temp = std::make_unique<Test::TempDatabase>(backend);
        if (!temp->failReason().isEmpty())
            QFAIL(qPrintable(temp->failReason()));
        if (!temp->skipReason().isEmpty())
            QSKIP(qPrintable(temp->skipReason()));
        url = temp->url();
    } else {
        mount = std::make_unique<Test::ScratchMount>(QStringLiteral("32m"));
        if (!mount->ok())
            QSKIP("cannot mount a scratch filesystem here (needs root); CI runs as root");
        url.path = mount->path() + QStringLiteral("/book.venuemap");
    }

    QString summitId;
    qint64 venuesBefore = 0, shortlistBefore = 0;
    {
        auto db = Database::open(url, Test::uniqueConnectionName());
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(MigrationManager(*db).migrate());
        const Test::WorkflowBook book = Test::makeWorkflowBook(*db);
        summitId = book.summit.id;
        UserRepository users(*db);
        if (postgres) {
            VM_VERIFY_OK(
                users.claimFirstAdmin(QStringLiteral("First Admin"), Test::kTestAdminEmail));
            VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
                QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on")
                    .arg(url.database)));
        } else {
            NewPerson admin;
            admin.name = QStringLiteral("First Admin");
            admin.email = Test::kTestAdminEmail;
            admin.role = UserRole::Admin;
            admin.password = Test::kTestAdminPassword;
            VM_VERIFY_OK(users.addPerson(admin));
            VM_VERIFY_OK(db->execDirect(
                QStringLiteral("test"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            VM_VERIFY_OK(db->execDirect(
                QStringLiteral("test"), QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        venuesBefore = count(*db, QStringLiteral("SELECT count(*) FROM venues"));
        shortlistBefore = count(
            *db, QStringLiteral("SELECT count(*) FROM project_venues WHERE include_in_proposal"));
    }
    if (mount)
        QVERIFY(mount->remountReadOnly());

    VUi::AppController controller(m_store);
    controller.start(url.toFullString());
    QVERIFY(Test::passSignInGate([&] { return controller.mainWindow() != nullptr; }));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    VUi::MainWindow *window = controller.mainWindow();
    QVERIFY(window->database().isReadOnly());
    QVERIFY(window->isBannerVisible());
    QVERIFY2(window->bannerText().contains(QLatin1String("read-only")),
        qPrintable(window->bannerText()));

    // Venues: the list and the details show, nothing that writes is on.
    window->showPage(VUi::MainWindow::Page::Venues);
    auto *venues = qobject_cast<VUi::VenuesPage *>(window->page(VUi::MainWindow::Page::Venues));
    QVERIFY(venues);
    QTRY_VERIFY_WITH_TIMEOUT(venues->model()->rowCount() > 0, 10000);
    venues->selectRow(0);
    QTRY_VERIFY(venues->shownVenue().has_value());
    for (const char *name : { "newButton", "editButton", "deleteButton", "addPhotoButton",
             "captionPhotoButton", "removePhotoButton" })
        VERIFY_LOCKED(venues, name);
    QTest::keyClick(venues, Qt::Key_N, Qt::ControlModifier); // the shortcut is refused too
    venues->editSelected();
    QVERIFY(!venues->editor());
    Test::screenshot(window, QStringLiteral("readonly-venues-") + backend);

    // Projects: the list, the workspace and the proposal open; no project or shortlist change.
    window->showPage(VUi::MainWindow::Page::Projects);
    auto *projects
        = qobject_cast<VUi::ProjectsPage *>(window->page(VUi::MainWindow::Page::Projects));
    QVERIFY(projects);
    QTRY_VERIFY(projects->model()->rowCount() > 0);
    projects->selectRow(0);
    VERIFY_LOCKED(projects, "newButton");
    VERIFY_LOCKED(projects, "editButton");
    QVERIFY(projects->findChild<QWidget *>(QStringLiteral("openButton"))->isEnabled());
    projects->newProject();
    QVERIFY(!projects->openDialog());
    projects->openProject(summitId);
    VUi::ProjectWorkspace *ws = projects->workspace();
    QVERIFY(ws->isVisible());
    QTRY_VERIFY(!ws->isOpening()); // the shortlist is read off the GUI thread
    ws->selectRow(1);
    for (const char *name : { "editProjectButton", "addVenuesButton", "suggestButton",
             "emailButton", "removeButton", "upButton", "downButton" })
        VERIFY_LOCKED(ws, name);
    QVERIFY(!ws->outreachPanel()->emailButton()->isEnabled());
    QVERIFY(
        ws->findChild<QWidget *>(QStringLiteral("proposalButton"))->isEnabled()); // reading is fine
    auto *view = ws->findChild<QTableView *>(QStringLiteral("shortlistView"));
    QVERIFY(view);
    // No inline editor opens, and a click on the Include box does not toggle it.
    const QModelIndex status = ws->shortlistModel()->index(1, ShortlistModel::Status);
    view->edit(status);
    QVERIFY(!view->findChild<QComboBox *>(QStringLiteral("statusEditor")));
    const QModelIndex include = ws->shortlistModel()->index(1, ShortlistModel::Include);
    const QVariant checkedBefore = include.data(Qt::CheckStateRole);
    const QRect box = view->visualRect(include);
    QSignalSpy handedOver(ws->shortlistEditor(), &ShortlistEditor::finished);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, box.topLeft() + QPoint(10, box.height() / 2));
    QCOMPARE(include.data(Qt::CheckStateRole), checkedBefore);
    // Nothing went to the editor either (its saves run off the GUI thread).
    QVERIFY(!ws->shortlistEditor()->isBusy());
    QCOMPARE(handedOver.size(), 0);
    QVERIFY(ws->messageText().isEmpty()); // nothing was tried and refused
    ws->removeSelected();
    QCOMPARE(ws->shortlistModel()->rowCount(), 6);
    Test::screenshot(window, QStringLiteral("readonly-workspace-") + backend);

    // Catering.
    window->showPage(VUi::MainWindow::Page::Catering);
    auto *catering
        = qobject_cast<VUi::CateringPage *>(window->page(VUi::MainWindow::Page::Catering));
    QVERIFY(catering);
    catering->selectRow(0);
    for (const char *name : { "newButton", "editButton", "deleteButton", "restoreButton" })
        VERIFY_LOCKED(catering, name);
    catering->editSelected();
    QVERIFY(!catering->openDialog());
    Test::screenshot(window, QStringLiteral("readonly-catering-") + backend);

    // People (the admin sees the page; nobody can be added or changed).
    QVERIFY(window->isPageAvailable(VUi::MainWindow::Page::People));
    window->showPage(VUi::MainWindow::Page::People);
    auto *people = qobject_cast<VUi::PeoplePage *>(window->page(VUi::MainWindow::Page::People));
    QVERIFY(people);
    QTRY_VERIFY(people->table()->model()->rowCount() > 0);
    people->table()->selectRow(0);
    for (const char *name :
        { "addButton", "roleButton", "activeButton", "passwordButton", "removeButton" })
        VERIFY_LOCKED(people, name);
    Test::screenshot(window, QStringLiteral("readonly-people-") + backend);

    // Menus: import and the person's own profile write; exports and proposals read.
    VERIFY_ACTION(window, "actionImportVenues", false);
    VERIFY_ACTION(window, "actionMyProfile", false);
    VERIFY_ACTION(window, "actionChangePassword", false);
    VERIFY_ACTION(window, "actionExportVenues", true);
    VERIFY_ACTION(window, "actionProposal", true);
    VERIFY_ACTION(window, "actionPastImports", true);

    // And the database is as it was.
    window->close();
    auto db = Database::open(url, Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), venuesBefore);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM project_venues WHERE include_in_proposal")),
        shortlistBefore);
}

QTEST_MAIN(tst_ReadOnly)
#include "tst_readonly.moc"
