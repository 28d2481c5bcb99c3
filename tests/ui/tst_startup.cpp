// The open-a-database flow: resolve, connect, ask for a password, migrate, refuse what must be
// refused, and hand over a main window naming the database.
#include "signintesthelpers.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "appcontroller.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "firststartdialog.h"
#include "mainwindow.h"
#include "migrationdialog.h"
#include "passworddialog.h"
#include "startup.h"

#include "../core/venuetestdata.h"
#include "migration/migrationmanager.h"
#include "repositories/userrepository.h"
#include <QUuid>

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;
using VUi::StartupFlow;

namespace {

// The number of rows in `table`, or -1 when it cannot be read.
qint64 rowCount(const Database &db, const QString &table)
{
    auto r = db.scalar(
        QStringLiteral("rowCount"), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return r ? r->toLongLong() : -1;
}

QMessageBox *errorBox(StartupFlow &flow)
{
    return qobject_cast<QMessageBox *>(flow.activeDialog());
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    const auto buttons = box->buttons();
    for (QAbstractButton *b : buttons)
        if (b->text().startsWith(text))
            return b;
    return nullptr;
}

} // namespace

class tst_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_store = Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }

    void emptyDatabaseMigratesAndShowsMainWindow_data() { Test::addBackendRows(); }
    void emptyDatabaseMigratesAndShowsMainWindow();
    void newerDatabaseIsRefusedWithoutWriting_data() { Test::addBackendRows(); }
    void newerDatabaseIsRefusedWithoutWriting();
    void waitsForTheLockHolderAndCancels_data() { Test::addBackendRows(); }
    void waitsForTheLockHolderAndCancels();
    void upToDateDatabaseOpensWithoutDialogs_data() { Test::addBackendRows(); }
    void upToDateDatabaseOpensWithoutDialogs();
    void badUrlOffersAnotherConnection();
    void precedenceOfUrls();
    void asksForPasswordAndRetries();
    void withoutKeychainSaysSoOnceAndAsksAgain();
    void roleWithoutRightsIsToldWhoCanMigrate();
    void guiHidesThePasswordFromPs();
    void coldStartSignsInAndPaintsVenueRows_data() { Test::addBackendRows(); }
    void coldStartSignsInAndPaintsVenueRows();
    void connectMenuReopensThroughTheFlow_data() { Test::addBackendRows(); }
    void connectMenuReopensThroughTheFlow();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_Startup::emptyDatabaseMigratesAndShowsMainWindow()
{
    VM_TEMP_DATABASE(temp);
    VUi::AppController controller(m_store);
    controller.flow()->setGate({}); // sign-in has its own tests
    QSignalSpy quit(&controller, &VUi::AppController::quitRequested);
    QSignalSpy steps(controller.flow(), &StartupFlow::stepChanged);
    QElapsedTimer timer;
    timer.start();
    controller.start(temp.url().toFullString());

    if (!temp.isPostgres()) {
        // A brand-new embedded file: the first-start dialog offers sample data; start empty.
        QTRY_COMPARE_WITH_TIMEOUT(controller.flow()->step(), StartupFlow::Step::FirstStart, 30000);
        auto *first = qobject_cast<VUi::FirstStartDialog *>(controller.flow()->activeDialog());
        QVERIFY(first);
        QVERIFY(first->isVisible());
        Test::screenshot(first, QStringLiteral("firststart"));
        QTest::mouseClick(first->emptyButton(), Qt::LeftButton);
    }
    QVERIFY(Test::passSignInGate(
        [&] { return controller.mainWindow() != nullptr; })); // issue 5: sign-in gate
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    qInfo("empty %s database to main window (first-start offer answered at once): %lld ms",
        QTest::currentDataTag(), timer.elapsed());
    QVERIFY(steps.contains(QVariantList { QVariant::fromValue(StartupFlow::Step::Migrating) }));
    VUi::MainWindow *window = controller.mainWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(window->databaseLabelText(), VUi::MainWindow::describe(temp.url()));
    if (!temp.url().password.isEmpty())
        QVERIFY(!window->databaseLabelText().contains(temp.url().password));
    QCOMPARE(window->windowTitle(),
        QStringLiteral("%1 — %2").arg(
            VUi::MainWindow::shortName(temp.url()), QGuiApplication::applicationDisplayName()));
    QCOMPARE(quit.count(), 0);

    auto db = temp.open(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    auto status = MigrationManager(*db).status();
    VM_VERIFY_OK(status);
    QCOMPARE(status->currentVersion, status->headVersion);
    QVERIFY(status->pending.isEmpty());
    // The URL opened from the command line is remembered, without its password.
    QVERIFY(VUi::ConnectionSettings::lastUrl().has_value());
    QCOMPARE(VUi::ConnectionSettings::lastUrl()->database, temp.url().database);
    if (!temp.url().password.isEmpty())
        QVERIFY(!Test::settingsFileContents().contains(temp.url().password));
}

void tst_Startup::newerDatabaseIsRefusedWithoutWriting()
{
    VM_TEMP_DATABASE(temp);
    qint64 before = 0;
    {
        auto db = temp.openMigrated(Test::uniqueConnectionName());
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral(
                "INSERT INTO schema_migrations (version, name, checksum, applied_by, app_version) "
                "VALUES (999, 'from_the_future', 'x', 'someone', '9.9.9')")));
        before = rowCount(*db, QStringLiteral("schema_migrations"));
    }
    StartupFlow flow;
    flow.setPasswordStore(m_store);
    QSignalSpy ready(&flow, &StartupFlow::ready);
    QSignalSpy errors(&flow, &StartupFlow::errorShown);
    QSignalSpy quit(&flow, &StartupFlow::quitRequested);
    flow.start(temp.url().toFullString());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), StartupFlow::Step::ShowingError, 20000);
    QMessageBox *box = errorBox(flow);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(
        box->text().contains(QStringLiteral("newer than this VenueMap")), qPrintable(box->text()));
    QVERIFY(!box->text().contains(QLatin1Char('\n'))); // one sentence, details on demand
    QVERIFY(buttonNamed(box, QStringLiteral("Choose Another Connection")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(ready.count(), 0);
    Test::screenshot(box, QStringLiteral("error-newer"));

    QTest::mouseClick(buttonNamed(box, QStringLiteral("Quit")), Qt::LeftButton);
    QTRY_COMPARE(quit.count(), 1);

    auto db = temp.open(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    QCOMPARE(rowCount(*db, QStringLiteral("schema_migrations")), before);
    QCOMPARE(db->scalar(QStringLiteral("test"),
                   QStringLiteral("SELECT max(version) FROM schema_migrations"))
                 ->toInt(),
        999);
}

void tst_Startup::waitsForTheLockHolderAndCancels()
{
    VM_TEMP_DATABASE(temp);
    // Another client holds the migration lock on an empty database.
    auto holder = temp.open(Test::uniqueConnectionName());
    VM_VERIFY_OK(holder);
    if (temp.isPostgres()) {
        VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN")));
        VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                .arg(MigrationManager::kAdvisoryLockKey)));
    } else {
        VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN IMMEDIATE")));
        QFile lock(MigrationManager::lockFilePath(temp.url().path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("the lock test");
    }

    StartupFlow flow;
    flow.setPasswordStore(m_store);
    QSignalSpy quit(&flow, &StartupFlow::quitRequested);
    flow.start(temp.url().toFullString());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), StartupFlow::Step::Migrating, 20000);
    auto *dialog = qobject_cast<VUi::MigrationDialog *>(flow.activeDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isWaitingForLock(), 20000);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Waiting for ")),
        qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().endsWith(QStringLiteral("to finish updating the database…")));
    if (!temp.isPostgres())
        QVERIFY(dialog->statusText().contains(QStringLiteral("the lock test")));
    Test::screenshot(dialog, QStringLiteral("migration-waiting"));

    QTest::keyClick(dialog, Qt::Key_Escape); // Cancel
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), StartupFlow::Step::ShowingError, 20000);
    QMessageBox *box = errorBox(flow);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("cancelled")), qPrintable(box->text()));
    QTest::mouseClick(buttonNamed(box, QStringLiteral("Quit")), Qt::LeftButton);
    QTRY_COMPARE(quit.count(), 1);

    (void)holder->execDirect(QStringLiteral("test"), QStringLiteral("ROLLBACK"));
    auto status = MigrationManager(*holder).status();
    VM_VERIFY_OK(status);
    QCOMPARE(status->currentVersion, 0);
}

void tst_Startup::upToDateDatabaseOpensWithoutDialogs()
{
    VM_TEMP_DATABASE(temp);
    {
        auto db = temp.openMigrated(Test::uniqueConnectionName());
        VM_VERIFY_OK(db);
    }
    StartupFlow flow;
    flow.setPasswordStore(m_store);
    QSignalSpy ready(&flow, &StartupFlow::ready);
    QSignalSpy steps(&flow, &StartupFlow::stepChanged);
    flow.start(temp.url().toFullString());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    const auto result = ready.first().first().value<VUi::StartupResult>();
    QVERIFY(result.db.isValid());
    QCOMPARE(result.appliedMigrations, 0);
    QVERIFY(!result.firstStart);
    QVERIFY(!steps.contains(QVariantList { QVariant::fromValue(StartupFlow::Step::Migrating) }));
}

void tst_Startup::badUrlOffersAnotherConnection()
{
    StartupFlow flow;
    flow.setPasswordStore(m_store);
    flow.start(QStringLiteral("postgresql://alice:secret@db.agency:99999/venues"));
    QCOMPARE(flow.step(), StartupFlow::Step::ShowingError);
    QMessageBox *box = errorBox(flow);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("not a valid port")), qPrintable(box->text()));
    QVERIFY(!box->text().contains(QStringLiteral("secret")));
    QTest::mouseClick(
        buttonNamed(box, QStringLiteral("Choose Another Connection")), Qt::LeftButton);
    QTRY_COMPARE(flow.step(), StartupFlow::Step::ChoosingConnection);
    QVERIFY(qobject_cast<VUi::ConnectionDialog *>(flow.activeDialog()));
    QVERIFY(flow.activeDialog()->isVisible());
}

void tst_Startup::precedenceOfUrls()
{
    StartupFlow::Source source;
    qputenv("VENUEMAP_DB", "sqlite:/tmp/from-env.venuemap");
    auto url = StartupFlow::resolve(QStringLiteral("sqlite:/tmp/from-cli.venuemap"), &source);
    QCOMPARE(source, StartupFlow::Source::CommandLine);
    QCOMPARE(url->path, QStringLiteral("/tmp/from-cli.venuemap"));
    VUi::ConnectionSettings::saveLastUrl(
        *DatabaseUrl::parse(QStringLiteral("postgresql://bob:pw@h:5433/team")), true);
    url = StartupFlow::resolve({}, &source);
    QCOMPARE(source, StartupFlow::Source::Environment);
    QCOMPARE(url->path, QStringLiteral("/tmp/from-env.venuemap"));
    qunsetenv("VENUEMAP_DB");
    url = StartupFlow::resolve({}, &source);
    QCOMPARE(source, StartupFlow::Source::LastUsed);
    QCOMPARE(url->database, QStringLiteral("team"));
    QVERIFY(url->password.isEmpty());
    QVERIFY(!Test::settingsFileContents().contains(QStringLiteral(":pw@")));
    QSettings().clear();
    url = StartupFlow::resolve({}, &source);
    QCOMPARE(source, StartupFlow::Source::EmbeddedDefault);
    QCOMPARE(url->path, DatabaseUrl::embeddedDefault().path);
}

void tst_Startup::asksForPasswordAndRetries()
{
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    auto admin = temp.openAsSuperuser(Test::uniqueConnectionName());
    VM_VERIFY_OK(admin);
    const QString role = QStringLiteral("vm_gui_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("pw-%1-good").arg(QCoreApplication::applicationPid());
    (void)admin->execDirect(
        QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    VM_VERIFY_OK(admin->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password)));
    auto dropRole = qScopeGuard([&] {
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP OWNED BY %1").arg(role));
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    });

    DatabaseUrl url = temp.urlFor(role, QString());
    StartupFlow flow;
    flow.setPasswordStore(m_store);
    QSignalSpy ready(&flow, &StartupFlow::ready);
    flow.start(url.toFullString());

    // No password anywhere: the flow asks.
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), StartupFlow::Step::AskingPassword, 20000);
    auto *ask = qobject_cast<VUi::PasswordDialog *>(flow.activeDialog());
    QVERIFY(ask);
    Test::screenshot(ask, QStringLiteral("password"));
    QTest::keyClicks(
        ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("wrong"));
    QTest::keyClick(ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);

    // A wrong one: asked again, saying it was refused.
    QTRY_VERIFY_WITH_TIMEOUT(
        flow.activeDialog() != ask && flow.step() == StartupFlow::Step::AskingPassword, 20000);
    ask = qobject_cast<VUi::PasswordDialog *>(flow.activeDialog());
    QVERIFY(ask);
    QVERIFY(ask->findChild<QLabel *>(QStringLiteral("promptLabel"))
                ->text()
                .contains(QStringLiteral("refused")));
    QVERIFY(ask->rememberPassword());
    QTest::keyClicks(ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::keyClick(ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QVERIFY(ready.first().first().value<VUi::StartupResult>().db.isValid());
    QTRY_VERIFY(m_store->contains(VUi::PasswordStore::keyFor(url)));
    QVERIFY(!Test::settingsFileContents().contains(password));

    // Next time the keychain answers and no dialog appears.
    ready.clear();
    StartupFlow again;
    again.setPasswordStore(m_store);
    QSignalSpy readyAgain(&again, &StartupFlow::ready);
    QSignalSpy steps(&again, &StartupFlow::stepChanged);
    again.start(url.toFullString());
    QTRY_COMPARE_WITH_TIMEOUT(readyAgain.count(), 1, 20000);
    QVERIFY(
        !steps.contains(QVariantList { QVariant::fromValue(StartupFlow::Step::AskingPassword) }));
}

void tst_Startup::withoutKeychainSaysSoOnceAndAsksAgain()
{
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    auto admin = temp.openAsSuperuser(Test::uniqueConnectionName());
    VM_VERIFY_OK(admin);
    const QString role = QStringLiteral("vm_gui_nokc_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("nokc-%1").arg(QCoreApplication::applicationPid());
    (void)admin->execDirect(
        QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    VM_VERIFY_OK(admin->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password)));
    auto dropRole = qScopeGuard([&] {
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP OWNED BY %1").arg(role));
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    });
    const DatabaseUrl url = temp.urlFor(role, QString());
    VUi::MemoryPasswordStore noKeychain(false); // as on a headless machine

    for (int round = 0; round < 2; ++round) {
        VUi::AppController controller(&noKeychain);
        controller.flow()->setGate({}); // sign-in has its own tests
        QSignalSpy notices(&noKeychain, &VUi::PasswordStore::cannotRemember);
        controller.start(url.toFullString());
        // Asked both times: nothing could be remembered.
        QTRY_COMPARE_WITH_TIMEOUT(
            controller.flow()->step(), StartupFlow::Step::AskingPassword, 20000);
        auto *ask = qobject_cast<VUi::PasswordDialog *>(controller.flow()->activeDialog());
        QVERIFY(ask);
        QVERIFY(ask->rememberPassword());
        ask->setPassword(password);
        QTest::keyClick(
            ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        QVERIFY(Test::passSignInGate(
            [&] { return controller.mainWindow() != nullptr; })); // issue 5: sign-in gate
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
        if (round == 0) {
            // Said once, plainly, in the window.
            QTRY_VERIFY(controller.mainWindow()->isBannerVisible());
            QVERIFY(controller.mainWindow()->bannerText().contains(
                QStringLiteral("cannot remember your password")));
            Test::screenshot(controller.mainWindow(), QStringLiteral("mainwindow-no-keychain"));
        } else {
            QTest::qWait(50);
            QCOMPARE(notices.count(), 0); // not again in the same session
            QVERIFY(!controller.mainWindow()->isBannerVisible());
        }
        QVERIFY(!Test::settingsFileContents().contains(password));
    }
}

void tst_Startup::roleWithoutRightsIsToldWhoCanMigrate()
{
    // PostgreSQL only: on SQLite the right to migrate is the right to write the file, which
    // root (the test machine's user) always has.
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    auto admin = temp.openAsSuperuser(Test::uniqueConnectionName());
    VM_VERIFY_OK(admin);
    const QString role = QStringLiteral("vm_gui_plain_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("plain-%1").arg(QCoreApplication::applicationPid());
    (void)admin->execDirect(
        QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    VM_VERIFY_OK(admin->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
    auto dropRole = qScopeGuard([&] {
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP OWNED BY %1").arg(role));
        (void)admin->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    });

    StartupFlow flow;
    flow.setPasswordStore(m_store);
    flow.start(temp.urlFor(role, password).toFullString());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), StartupFlow::Step::ShowingError, 20000);
    QMessageBox *box = errorBox(flow);
    QVERIFY(box);
    QVERIFY2(
        box->text().contains(QStringLiteral("a database owner must run `venuemapctl migrate up`")),
        qPrintable(box->text()));
    QVERIFY(!box->text().contains(password));
    auto status = MigrationManager(*admin).status();
    VM_VERIFY_OK(status);
    QCOMPARE(status->currentVersion, 0); // nothing was written
}

void tst_Startup::guiHidesThePasswordFromPs()
{
    QTemporaryDir home;
    QProcess gui;
    gui.setProcessEnvironment(Test::guiProcessEnvironment(home));
    // Port 1: nothing listens, so the app shows its error and waits for the person.
    gui.start(QStringLiteral(VENUEMAP_GUI_PATH),
        { QStringLiteral("--db"),
            QStringLiteral("postgresql://alice:Top-Secret-99@127.0.0.1:1/venues") });
    QVERIFY(gui.waitForStarted());
    auto stop = qScopeGuard([&] {
        gui.kill();
        gui.waitForFinished();
    });
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(gui.processId()));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        (cmdline.open(QIODevice::ReadOnly) ? (seen = cmdline.readAll(), cmdline.close(), true)
                                           : false)
            && seen.contains("--db") && seen.contains("alice:*"),
        10000);
    QVERIFY2(!seen.contains("Top-Secret-99"), seen.constData());
    QVERIFY(gui.state() == QProcess::Running); // waiting on "Choose Another Connection… / Quit"
    QTest::qWait(500);
    QVERIFY(!gui.readAllStandardError().contains("Top-Secret-99"));
}

void tst_Startup::connectMenuReopensThroughTheFlow()
{
    VM_TEMP_DATABASE(first);
    Test::TempDatabase second(backend);
    QVERIFY2(second.failReason().isEmpty(), qPrintable(second.failReason()));
    {
        auto db = first.openMigrated(Test::uniqueConnectionName());
        VM_VERIFY_OK(db);
    }
    VUi::AppController controller(m_store);
    controller.flow()->setGate({}); // sign-in has its own tests
    controller.start(first.url().toFullString());
    QVERIFY(Test::passSignInGate(
        [&] { return controller.mainWindow() != nullptr; })); // issue 5: sign-in gate
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
    QPointer<VUi::MainWindow> firstWindow = controller.mainWindow();

    controller.chooseConnection();
    auto *dialog = firstWindow->findChild<VUi::ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setUrl(second.url());
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    if (!second.isPostgres()) {
        QTRY_COMPARE_WITH_TIMEOUT(controller.flow()->step(), StartupFlow::Step::FirstStart, 30000);
        QTest::keyClick(controller.flow()->activeDialog(), Qt::Key_Escape); // Start Empty
    }
    QVERIFY(Test::passSignInGate(
        [&] { return controller.mainWindow() != firstWindow.data(); })); // issue 5: sign-in gate
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != firstWindow.data(), 30000);
    QCOMPARE(controller.mainWindow()->databaseLabelText(), VUi::MainWindow::describe(second.url()));
    QTRY_VERIFY(firstWindow.isNull()); // the old window closed, and its connection with it
    auto last = VUi::ConnectionSettings::lastUrl();
    QVERIFY(last.has_value());
    QCOMPARE(last->toDisplayString(), second.url().toDisplayString());
}

// `venuemap`'s own main with the startup probe (venuemap-probe), offscreen, as scripts/bench times
// its cold start: it opens an up-to-date book, signs in (SQLite: the sign-in dialog answered with
// the person's password; PostgreSQL: the person's own login) and paints the first venue rows.
void tst_Startup::coldStartSignsInAndPaintsVenueRows()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(Test::insertVenueBook(*db, 300));
    NewPerson person;
    person.name = QStringLiteral("Carla Cold");
    person.email = QStringLiteral("carla@example.agency");
    person.role = UserRole::EventManager;
    person.password = QStringLiteral("cold-start-Password-1");
    DatabaseUrl url = temp.url();
    if (temp.isPostgres()) {
        person.login
            = QStringLiteral("vm_cold_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        url.user = person.login;
        url.password = person.password;
    }
    VM_VERIFY_OK(UserRepository(*db).addPerson(person));

    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = Test::guiProcessEnvironment(home);
    env.insert(QStringLiteral("VENUEMAP_PROBE_EMAIL"), person.email);
    env.insert(QStringLiteral("VENUEMAP_PROBE_PASSWORD"), person.password);
    env.remove(QStringLiteral("VENUEMAP_DB"));
    gui.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    gui.start(QStringLiteral(VENUEMAP_PROBE_PATH), { QStringLiteral("--db"), url.toFullString() });
    QVERIFY(gui.waitForFinished(60000));
    const QByteArray out = gui.readAllStandardOutput();
    QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0,
        gui.readAllStandardError().right(2000).constData());
    QVERIFY2(out.contains("first venue rows painted"), out.constData());
    qInfo("cold start to painted venue rows on %s: %lld ms", QTest::currentDataTag(),
        timer.elapsed());
}

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
