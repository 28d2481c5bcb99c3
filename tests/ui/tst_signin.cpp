// Signing in through the real dialogs on both backends: first admin on a new database, the
// same sentence for every failed attempt with a growing wait, the sign-in gate of the startup
// flow, my profile and my password.
#include "../core/peopletestsupport.h"

#include "auth/changepassworddialog.h"
#include "auth/firstadmindialog.h"
#include "auth/myprofiledialog.h"
#include "auth/signindialog.h"
#include "auth/signingate.h"
#include "mainwindow.h"
#include "pages.h"
#include "people/peoplepage.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_SignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstAdminOnEmptyDatabase_data() { addBackendRows(); }
    void firstAdminOnEmptyDatabase();
    void everyFailureSaysTheSameAndWaits();
    void gateSignsInOrAsksForFirstAdmin_data() { addBackendRows(); }
    void gateSignsInOrAsksForFirstAdmin();
    void myProfileSavesOwnRow_data() { addBackendRows(); }
    void myProfileSavesOwnRow();
    void changeOwnPassword_data() { addBackendRows(); }
    void changeOwnPassword();
    void windowShowsWhatTheRoleMayDo_data() { addBackendRows(); }
    void windowShowsWhatTheRoleMayDo();

private:
    template <typename T> static void type(T *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    static QLineEdit *edit(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    }
};

void tst_SignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_SignIn::cleanup()
{
    Session::clear();
}

void tst_SignIn::firstAdminOnEmptyDatabase()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    FirstAdminDialog dialog(*db);
    dialog.resize(480, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(edit(&dialog, "nameEdit"), QStringLiteral("Ada O'Neil'); DROP TABLE users;--"));
    type(edit(&dialog, "emailEdit"), QStringLiteral("ada-%1@example.com").arg(uniqueTag()));
    if (!temp.isPostgres()) {
        QVERIFY(edit(&dialog, "passwordEdit")->isVisible());
        type(edit(&dialog, "passwordEdit"), QStringLiteral("first-admin-pw"));
        type(edit(&dialog, "repeatEdit"), QStringLiteral("first-admin-px"));
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().contains(QLatin1String("differ")));
        type(edit(&dialog, "repeatEdit"), QStringLiteral("first-admin-pw"));
    } else {
        // The owner's login becomes the admin: no password here.
        QVERIFY(!edit(&dialog, "passwordEdit")->isVisible());
    }
    dialog.grab().save(
        QStringLiteral("/tmp/people-firstadmin-%1.png").arg(temp.isPostgres() ? "pg" : "sqlite"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.message()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.created().name, QStringLiteral("Ada O'Neil'); DROP TABLE users;--"));
    QVERIFY(dialog.created().isAdmin());
    QCOMPARE(Session::current().id, dialog.created().id);
    auto accounts = UserRepository(*db).countSignInAccounts();
    VM_VERIFY_OK(accounts);
    QCOMPARE(*accounts, 1);
}

void tst_SignIn::everyFailureSaysTheSameAndWaits()
{
    // SQLite only: on PostgreSQL the server checks the password when connecting
    // (tst_userrepository covers that path with the same sentence).
    TempDatabase temp(QStringLiteral("sqlite"));
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    VM_VERIFY_OK(repo.addPerson({ QStringLiteral("Ada"), QStringLiteral("ada@example.com"),
        UserRole::Admin, QStringLiteral("right-password"), {} }));
    auto gone = repo.addPerson({ QStringLiteral("Gus"), QStringLiteral("gus@example.com"),
        UserRole::EventManager, QStringLiteral("right-password"), {} });
    VM_VERIFY_OK(gone);
    VM_VERIFY_OK(repo.setActive(gone->id, false));

    SignInDialog dialog(*db);
    dialog.service().setDelayScale(0.05); // 50 ms, 100 ms, 200 ms ...
    dialog.resize(420, 260);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.signInButton()->isEnabled());

    const QList<QPair<QString, QString>> attempts = {
        { QStringLiteral("ada@example.com"), QStringLiteral("wrong-password") },
        { QStringLiteral("nobody@example.com"), QStringLiteral("right-password") },
        { QStringLiteral("gus@example.com"), QStringLiteral("right-password") },
        { QStringLiteral("' OR '1'='1"), QStringLiteral("' OR '1'='1") },
    };
    // Checking the password (a hash meant to take a moment) runs off the GUI thread.
    const qint64 onGuiThread = Database::statementsOnMainThread();
    int failures = 0;
    for (const auto &[email, password] : attempts) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog.service().remainingWait().count() == 0, 3000);
        edit(&dialog, "emailEdit")->clear();
        type(edit(&dialog, "emailEdit"), email);
        type(edit(&dialog, "passwordEdit"), password);
        QTRY_VERIFY(dialog.signInButton()->isEnabled());
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        ++failures;
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), SignInService::failureSentence());
        QCOMPARE(dialog.service().consecutiveFailures(), failures);
        QVERIFY(edit(&dialog, "passwordEdit")->text().isEmpty());
        // Straight after a failure the button waits, and says so.
        QVERIFY(!dialog.signInButton()->isEnabled());
        QVERIFY(dialog.signInButton()->text().startsWith(QLatin1String("Wait")));
    }
    QCOMPARE(dialog.service().currentDelay(), std::chrono::milliseconds(400));
    dialog.grab().save(QStringLiteral("/tmp/people-signin-failed.png"));

    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.signInButton()->isEnabled() || edit(&dialog, "passwordEdit")->text().isEmpty(),
        3000);
    edit(&dialog, "emailEdit")->clear();
    type(edit(&dialog, "emailEdit"), QStringLiteral("ADA@example.com"));
    type(edit(&dialog, "passwordEdit"), QStringLiteral("right-password"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.signInButton()->isEnabled(), 3000);
    QTest::keyClick(edit(&dialog, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signedIn().email, QStringLiteral("ada@example.com"));
    QCOMPARE(Session::current().email, QStringLiteral("ada@example.com"));
    // Next start remembers the email, never the password.
    SignInDialog next(*db);
    QCOMPARE(edit(&next, "emailEdit")->text(), QStringLiteral("ADA@example.com"));
    QVERIFY(edit(&next, "passwordEdit")->text().isEmpty());
}

void tst_SignIn::gateSignsInOrAsksForFirstAdmin()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    QWidget parent;
    parent.resize(800, 600);
    parent.show();
    std::optional<StartupFlow::GateOutcome> outcome;
    auto done = [&outcome](StartupFlow::GateOutcome o) { outcome = o; };

    // Nobody can sign in yet: the first-admin dialog.
    signInGate()(*db, &parent, done);
    auto *first = parent.findChild<FirstAdminDialog *>();
    QVERIFY(first);
    QTRY_VERIFY(first->isVisible());
    type(edit(first, "nameEdit"), QStringLiteral("Ada Admin"));
    type(edit(first, "emailEdit"), QStringLiteral("ada-%1@example.com").arg(uniqueTag()));
    if (!temp.isPostgres()) {
        type(edit(first, "passwordEdit"), QStringLiteral("first-admin-pw"));
        type(edit(first, "repeatEdit"), QStringLiteral("first-admin-pw"));
    }
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->action, StartupFlow::GateOutcome::Action::Continue);
    QCOMPARE(outcome->signedInPerson, QStringLiteral("Ada Admin"));
    QVERIFY(Session::isAdmin());

    // An event manager's start.
    const QString tag = uniqueTag();
    auto manager = UserRepository(*db).addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.com").arg(tag),
            UserRole::EventManager, QStringLiteral("manager-pw-1"), {} });
    VM_VERIFY_OK(manager);
    cleanup.logins << manager->dbRole;
    outcome.reset();
    Session::clear();
    if (temp.isPostgres()) {
        // Their own login: the connection is the sign-in.
        auto mine = Database::open(
            temp.urlFor(manager->dbRole, QStringLiteral("manager-pw-1")), uniqueConnectionName());
        VM_VERIFY_OK(mine);
        signInGate()(*mine, &parent, done);
        QTRY_VERIFY(outcome.has_value());
    } else {
        signInGate()(*db, &parent, done);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = parent.findChild<SignInDialog *>()) && dialog->isVisible());
        edit(dialog, "emailEdit")->clear();
        type(edit(dialog, "emailEdit"), manager->email);
        type(edit(dialog, "passwordEdit"), QStringLiteral("manager-pw-1"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY(outcome.has_value());
    }
    QCOMPARE(outcome->action, StartupFlow::GateOutcome::Action::Continue);
    QCOMPARE(outcome->signedInPerson, QStringLiteral("Max Manager"));
    QCOMPARE(Session::current().id, manager->id);
    QVERIFY(!Session::isAdmin());
    QCOMPARE(Session::userId().toString(), manager->id);

    if (!temp.isPostgres()) {
        // Quit on the sign-in dialog quits.
        outcome.reset();
        signInGate()(*db, &parent, done);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = parent.findChild<SignInDialog *>()) && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->action, StartupFlow::GateOutcome::Action::Quit);
    }
}

void tst_SignIn::myProfileSavesOwnRow()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto owner = temp.openMigrated();
    VM_VERIFY_OK(owner);
    auto me = UserRepository(*owner).addPerson(
        { QStringLiteral("Mia"), QStringLiteral("mia-%1@example.com").arg(uniqueTag()),
            UserRole::EventManager, QStringLiteral("mia-password"), {} });
    VM_VERIFY_OK(me);
    cleanup.logins << me->dbRole;
    Database db = *owner;
    if (temp.isPostgres()) {
        auto mine = Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("mia-password")), uniqueConnectionName());
        VM_VERIFY_OK(mine);
        db = *mine;
    }
    Session::setCurrent(currentUserFrom(*me));

    const qint64 onGuiThread = Database::statementsOnMainThread();
    MyProfileDialog dialog(db);
    dialog.resize(520, 440);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(edit(&dialog, "nameEdit")->text(), QStringLiteral("Mia"));
    edit(&dialog, "nameEdit")->clear();
    edit(&dialog, "nameEdit")->insert(QStringLiteral("Mia Müller")); // QTest types ASCII only
    type(edit(&dialog, "phoneEdit"), QStringLiteral("+43 1 555 0101"));
    auto *signature = dialog.findChild<QPlainTextEdit *>(QStringLiteral("signatureEdit"));
    signature->setFocus();
    signature->insertPlainText(QStringLiteral("Mia Müller"));
    QTest::keyClick(signature, Qt::Key_Return);
    signature->insertPlainText(QStringLiteral("Senior Event Manager · '; DROP TABLE venues; --"));
    dialog.grab().save(QStringLiteral("/tmp/people-myprofile.png"));
    QSignalSpy saved(&dialog, &MyProfileDialog::profileSaved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.message()));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread); // read and saved off it
    QCOMPARE(Session::current().name, QStringLiteral("Mia Müller"));
    QCOMPARE(Session::current().signatureBlock,
        QStringLiteral("Mia Müller\nSenior Event Manager · '; DROP TABLE venues; --"));
    auto back = UserRepository(*owner).fetchById(me->id);
    VM_VERIFY_OK(back);
    QCOMPARE((*back)->phone, QStringLiteral("+43 1 555 0101"));
    QCOMPARE((*back)->signatureBlock, Session::current().signatureBlock);

    // An empty name is refused in the dialog.
    MyProfileDialog again(db);
    again.show();
    edit(&again, "nameEdit")->clear();
    QTest::mouseClick(again.saveButton(), Qt::LeftButton);
    QVERIFY(again.isVisible());
    QVERIFY(!again.message().isEmpty());
}

void tst_SignIn::changeOwnPassword()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto owner = temp.openMigrated();
    VM_VERIFY_OK(owner);
    auto me = UserRepository(*owner).addPerson(
        { QStringLiteral("Pia"), QStringLiteral("pia-%1@example.com").arg(uniqueTag()),
            UserRole::EventManager, QStringLiteral("old-password"), {} });
    VM_VERIFY_OK(me);
    cleanup.logins << me->dbRole;
    Database db = *owner;
    if (temp.isPostgres()) {
        auto mine = Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("old-password")), uniqueConnectionName());
        VM_VERIFY_OK(mine);
        db = *mine;
    }
    Session::setCurrent(currentUserFrom(*me));
    MyProfileDialog profile(db);
    profile.show();
    QTest::mouseClick(profile.passwordButton(), Qt::LeftButton);
    ChangePasswordDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = profile.findChild<ChangePasswordDialog *>()) && dialog->isVisible());
    type(edit(dialog, "currentEdit"), QStringLiteral("not-my-password"));
    type(edit(dialog, "newEdit"), QStringLiteral("new-password-1"));
    type(edit(dialog, "repeatEdit"), QStringLiteral("new-password-1"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->message(), QStringLiteral("The current password is not right."));
    type(edit(dialog, "currentEdit"), QStringLiteral("old-password"));
    dialog->grab().save(QStringLiteral("/tmp/people-changepassword.png"));
    QSignalSpy changed(dialog, &ChangePasswordDialog::passwordChanged);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    if (temp.isPostgres()) {
        QVERIFY(!Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("old-password")), uniqueConnectionName())
                     .ok());
        VM_VERIFY_OK(Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("new-password-1")), uniqueConnectionName()));
    } else {
        QVERIFY(!SignInService(db).signIn(me->email, QStringLiteral("old-password")).ok());
        VM_VERIFY_OK(SignInService(db).signIn(me->email, QStringLiteral("new-password-1")));
    }
}

void tst_SignIn::windowShowsWhatTheRoleMayDo()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto owner = temp.openMigrated();
    VM_VERIFY_OK(owner);
    const QString tag = uniqueTag();
    UserRepository repo(*owner);
    auto admin = repo.addPerson(
        { QStringLiteral("Alma Admin"), QStringLiteral("alma-%1@example.agency").arg(tag),
            UserRole::Admin, QStringLiteral("admin-password"), {} });
    VM_VERIFY_OK(admin);
    auto manager = repo.addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.agency").arg(tag),
            UserRole::EventManager, QStringLiteral("manager-password"), {} });
    VM_VERIFY_OK(manager);
    cleanup.logins << admin->dbRole << manager->dbRole;

    for (const User &person : { *admin, *manager }) {
        Database db = *owner;
        if (temp.isPostgres()) {
            auto own = Database::open(
                temp.urlFor(person.dbRole,
                    person.role == UserRole::Admin ? QStringLiteral("admin-password")
                                                   : QStringLiteral("manager-password")),
                uniqueConnectionName());
            VM_VERIFY_OK(own);
            db = *own;
        }
        Session::setCurrent(currentUserFrom(person));
        MainWindow window(db, Session::current(), makePages(db, Session::current()));
        window.setSignedInPerson(person.name);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.signedInPerson().contains(person.name));
        auto *account = window.findChild<QMenu *>(QStringLiteral("menuAccount"));
        QVERIFY(account);
        QVERIFY(window.menuBar()->actions().contains(account->menuAction()));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionMyProfile")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionChangePassword")));
        const bool admin = person.role == UserRole::Admin;
        QCOMPARE(window.isPageAvailable(MainWindow::Page::People), admin);
        QCOMPARE(
            qobject_cast<PeoplePage *>(window.page(MainWindow::Page::People)) != nullptr, admin);
        if (admin) {
            window.showPage(MainWindow::Page::People);
            QCOMPARE(window.currentPage(), MainWindow::Page::People);
            window.grab().save(QStringLiteral("/tmp/people-window-admin-%1.png")
                                   .arg(temp.isPostgres() ? "pg" : "sqlite"));
        }
        // My Profile from the menu, saved: the status bar follows.
        window.findChild<QAction *>(QStringLiteral("actionMyProfile"))->trigger();
        MyProfileDialog *profile = nullptr;
        QTRY_VERIFY((profile = window.findChild<MyProfileDialog *>()) && profile->isVisible());
        auto *name = profile->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        QTest::keyClicks(name, person.name + QStringLiteral(" Jr."));
        QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(window.signedInPerson().contains(person.name + QStringLiteral(" Jr.")));
        window.close();
    }
}

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
