// People in the database and signing in, on both backends: literal names and searches, one
// sentence for every failed sign-in, growing delays, profiles and passwords.
#include "auth/passwordhasher.h"
#include "peopletestsupport.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"

#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace std::chrono_literals;

namespace {

const QStringList kInjections = {
    QStringLiteral("Robert'); DROP TABLE users;--"),
    QStringLiteral("' OR '1'='1"),
    QStringLiteral("100% _real_ \\ name"),
    QStringLiteral("\"; SELECT pg_sleep(5); --"),
};

} // namespace

class tst_UserRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndFetch_data() { addBackendRows(); }
    void addAndFetch();
    void emailsAreUniqueIgnoringCase_data() { addBackendRows(); }
    void emailsAreUniqueIgnoringCase();
    void injectionIsStoredAndMatchedLiterally_data() { addBackendRows(); }
    void injectionIsStoredAndMatchedLiterally();
    void invalidInputIsRefused_data() { addBackendRows(); }
    void invalidInputIsRefused();
    void signInFailuresShareOneSentence_data() { addBackendRows(); }
    void signInFailuresShareOneSentence();
    void failuresSlowDown();
    void profileAndOwnPassword_data() { addBackendRows(); }
    void profileAndOwnPassword();
    void weakHashIsUpgradedAtSignIn();
};

void tst_UserRepository::addAndFetch()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    auto none = repo.countUsers();
    VM_VERIFY_OK(none);
    QCOMPARE(*none, 0);
    const QString email = QStringLiteral("Grete.Berg-%1@Example.com").arg(uniqueTag());
    auto added = repo.addPerson({ QStringLiteral("  Grete Berg "), email, UserRole::Admin,
        QStringLiteral("a-good-password"), {} });
    VM_VERIFY_OK(added);
    cleanup.logins << added->dbRole;
    QCOMPARE(added->name, QStringLiteral("Grete Berg"));
    QCOMPARE(added->email, email);
    QCOMPARE(added->role, UserRole::Admin);
    QVERIFY(added->isActive);
    QVERIFY(added->createdAt.isValid());
    QCOMPARE(added->dbRole.isEmpty(), !temp.isPostgres());
    if (temp.isPostgres())
        QCOMPARE(added->dbRole, email.toLower());

    auto byEmail = repo.fetchByEmail(email.toUpper());
    VM_VERIFY_OK(byEmail);
    QVERIFY(byEmail->has_value());
    QCOMPARE((*byEmail)->id, added->id);
    auto all = repo.fetchAll();
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    auto admins = repo.countActiveAdmins();
    VM_VERIFY_OK(admins);
    QCOMPARE(*admins, 1);
    // The password is never stored in clear.
    if (!temp.isPostgres()) {
        auto hash
            = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT password_hash FROM users"));
        VM_VERIFY_OK(hash);
        QVERIFY(hash->toString().startsWith(QLatin1String("$argon2id$")));
    } else {
        auto hash = db->scalar(QStringLiteral("test"),
            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
            { { QStringLiteral(":r"), added->dbRole } });
        VM_VERIFY_OK(hash);
        QVERIFY(hash->toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
    }
}

void tst_UserRepository::emailsAreUniqueIgnoringCase()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    const QString email = QStringLiteral("sam-%1@example.com").arg(uniqueTag());
    auto first = repo.addPerson(
        { QStringLiteral("Sam"), email, UserRole::Admin, QStringLiteral("a-good-password"), {} });
    VM_VERIFY_OK(first);
    cleanup.logins << first->dbRole;
    // A different login so that only the email collides.
    auto second
        = repo.addPerson({ QStringLiteral("Sam Two"), email.toUpper(), UserRole::EventManager,
            QStringLiteral("a-good-password"), QStringLiteral("vm_sam2_%1").arg(uniqueTag()) });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, DbError::Kind::Duplicate);
    QVERIFY(second.error().message.contains(QLatin1String("email")));
    if (temp.isPostgres()) {
        // The login role was not left behind (one transaction with the users row).
        auto count = db->scalar(QStringLiteral("test"),
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'vm_sam2_%'"));
        VM_VERIFY_OK(count);
        QCOMPARE(count->toInt(), 0);
    }
}

void tst_UserRepository::injectionIsStoredAndMatchedLiterally()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    const QString tag = uniqueTag();
    QStringList ids;
    for (int i = 0; i < kInjections.size(); ++i) {
        auto added = repo.addPerson(
            { kInjections.at(i), QStringLiteral("p%1-%2@example.com").arg(i).arg(tag),
                UserRole::EventManager, QStringLiteral("a-good-password"), {} });
        VM_VERIFY_OK(added);
        cleanup.logins << added->dbRole;
        QCOMPARE(added->name, kInjections.at(i));
        ids << added->id;
    }
    auto plain = repo.addPerson(
        { QStringLiteral("Plain Person"), QStringLiteral("plain-%1@example.com").arg(tag),
            UserRole::Admin, QStringLiteral("a-good-password"), {} });
    VM_VERIFY_OK(plain);
    cleanup.logins << plain->dbRole;

    for (int i = 0; i < kInjections.size(); ++i) {
        auto found = repo.fetchAll(kInjections.at(i));
        VM_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, ids.at(i));
        // A profile edit keeps the text as typed.
        VM_VERIFY_OK(
            repo.updateProfile(ids.at(i), kInjections.at(i), kInjections.at(i), kInjections.at(i)));
        auto back = repo.fetchById(ids.at(i));
        VM_VERIFY_OK(back);
        QCOMPARE((*back)->phone, kInjections.at(i));
        QCOMPARE((*back)->signatureBlock, kInjections.at(i));
    }
    // Wildcards are literal: "%" finds only the name that has one, "_" likewise.
    for (const QString &wildcard :
        { QStringLiteral("%"), QStringLiteral("\\"), QStringLiteral("_real_") }) {
        auto found = repo.fetchAll(wildcard);
        VM_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name, kInjections.at(2));
    }
    auto underscores = repo.fetchAll(QStringLiteral("_"));
    VM_VERIFY_OK(underscores);
    QCOMPARE(underscores->size(), 2); // "_real_" and "pg_sleep", not everybody
    auto nothing = repo.fetchAll(QStringLiteral("' OR 1=1 --x"));
    VM_VERIFY_OK(nothing);
    QCOMPARE(nothing->size(), 0);
    auto everyone = repo.fetchAll();
    VM_VERIFY_OK(everyone);
    QCOMPARE(everyone->size(), kInjections.size() + 1);
    // Signing in with an injection as the email is just an unknown email.
    if (!temp.isPostgres()) {
        SignInService signIn(*db);
        auto r = signIn.signIn(QStringLiteral("' OR '1'='1"), QStringLiteral("' OR '1'='1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, SignInService::failureSentence());
    }
}

void tst_UserRepository::invalidInputIsRefused()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    auto noName = repo.addPerson({ QStringLiteral("  "), QStringLiteral("x@example.com"),
        UserRole::Admin, QStringLiteral("a-good-password"), {} });
    QCOMPARE(noName.error().kind, DbError::Kind::Validation);
    auto badEmail = repo.addPerson({ QStringLiteral("X"), QStringLiteral("not an email"),
        UserRole::Admin, QStringLiteral("a-good-password"), {} });
    QCOMPARE(badEmail.error().kind, DbError::Kind::Validation);
    auto shortPassword = repo.addPerson({ QStringLiteral("X"), QStringLiteral("x@example.com"),
        UserRole::Admin, QStringLiteral("short"), {} });
    QCOMPARE(shortPassword.error().kind, DbError::Kind::Validation);
    auto count = repo.countUsers();
    VM_VERIFY_OK(count);
    QCOMPARE(*count, 0);
}

void tst_UserRepository::signInFailuresShareOneSentence()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    UserRepository repo(*db);
    const QString tag = uniqueTag();
    auto admin
        = repo.addPerson({ QStringLiteral("Ada"), QStringLiteral("ada-%1@example.com").arg(tag),
            UserRole::Admin, QStringLiteral("right-password"), {} });
    VM_VERIFY_OK(admin);
    auto gone
        = repo.addPerson({ QStringLiteral("Gus"), QStringLiteral("gus-%1@example.com").arg(tag),
            UserRole::EventManager, QStringLiteral("right-password"), {} });
    VM_VERIFY_OK(gone);
    cleanup.logins << admin->dbRole << gone->dbRole;
    VM_VERIFY_OK(repo.setActive(gone->id, false));

    struct Attempt
    {
        QString login, password;
    };
    const QString login = temp.isPostgres() ? admin->dbRole : admin->email;
    const QList<Attempt> failures = {
        { login, QStringLiteral("wrong-password") }, // wrong password
        { QStringLiteral("nobody-%1@example.com").arg(tag),
            QStringLiteral("right-password") }, // unknown
        { temp.isPostgres() ? gone->dbRole : gone->email,
            QStringLiteral("right-password") }, // disabled
    };
    QStringList sentences;
    for (const Attempt &a : failures) {
        SignInService service(*db);
        DbError error;
        if (temp.isPostgres()) {
            auto conn
                = service.openAsPerson(temp.url(), a.login, a.password, uniqueConnectionName());
            QVERIFY(!conn.ok());
            error = conn.error();
        } else {
            auto r = service.signIn(a.login, a.password);
            QVERIFY(!r.ok());
            error = r.error();
        }
        QCOMPARE(error.kind, DbError::Kind::Authentication);
        QCOMPARE(service.consecutiveFailures(), 1);
        sentences << error.sentence();
    }
    QCOMPARE(sentences.size(), 3);
    QCOMPARE(sentences.at(1), sentences.at(0));
    QCOMPARE(sentences.at(2), sentences.at(0));
    QCOMPARE(sentences.at(0), SignInService::failureSentence());

    // And the right password works, setting the session.
    SignInService service(*db);
    Result<CurrentUser> ok = DbError();
    if (temp.isPostgres()) {
        auto conn = service.openAsPerson(
            temp.url(), login, QStringLiteral("right-password"), uniqueConnectionName());
        VM_VERIFY_OK(conn);
        ok = SignInService(*conn).signInConnectedRole();
    } else {
        ok = service.signIn(admin->email.toUpper(), QStringLiteral("right-password"));
    }
    VM_VERIFY_OK(ok);
    QCOMPARE(ok->id, admin->id);
    QCOMPARE(Session::current().id, admin->id);
    QCOMPARE(Session::userId().toString(), admin->id);
    QVERIFY(Session::isAdmin());
    Session::clear();
    QVERIFY(Session::userId().isNull());
}

void tst_UserRepository::failuresSlowDown()
{
    QCOMPARE(SignInService::delayAfterFailures(0), 0ms);
    QCOMPARE(SignInService::delayAfterFailures(1), 1000ms);
    QCOMPARE(SignInService::delayAfterFailures(2), 2000ms);
    QCOMPARE(SignInService::delayAfterFailures(3), 4000ms);
    QCOMPARE(SignInService::delayAfterFailures(6), 30000ms);
    QCOMPARE(SignInService::delayAfterFailures(50), 30000ms);

    TempDatabase temp(QStringLiteral("sqlite"));
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(
        UserRepository(*db).addPerson({ QStringLiteral("Ada"), QStringLiteral("ada@example.com"),
            UserRole::Admin, QStringLiteral("right-password"), {} }));
    SignInService service(*db);
    service.setDelayScale(0.1); // 100 ms, 200 ms, ...
    QVERIFY(!service.signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong-1")).ok());
    // Straight away, even the right password waits.
    auto early
        = service.signIn(QStringLiteral("ada@example.com"), QStringLiteral("right-password"));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, DbError::Kind::Busy);
    QVERIFY(service.remainingWait() > 0ms);
    QTRY_COMPARE_WITH_TIMEOUT(service.remainingWait(), 0ms, 2000);
    QVERIFY(!service.signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong-2")).ok());
    QCOMPARE(service.consecutiveFailures(), 2);
    QCOMPARE(service.currentDelay(), 200ms);
    QTRY_COMPARE_WITH_TIMEOUT(service.remainingWait(), 0ms, 2000);
    VM_VERIFY_OK(
        service.signIn(QStringLiteral("ada@example.com"), QStringLiteral("right-password")));
    QCOMPARE(service.consecutiveFailures(), 0);
    QCOMPARE(service.remainingWait(), 0ms);
    Session::clear();
}

void tst_UserRepository::profileAndOwnPassword()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    auto owner = temp.openMigrated();
    VM_VERIFY_OK(owner);
    const QString tag = uniqueTag();
    auto me = UserRepository(*owner).addPerson(
        { QStringLiteral("Mia"), QStringLiteral("mia-%1@example.com").arg(tag),
            UserRole::EventManager, QStringLiteral("first-password"), {} });
    VM_VERIFY_OK(me);
    cleanup.logins << me->dbRole;
    Database mine = *owner;
    if (temp.isPostgres()) {
        auto conn = Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("first-password")), uniqueConnectionName());
        VM_VERIFY_OK(conn);
        mine = *conn;
    }
    UserRepository repo(mine);
    VM_VERIFY_OK(
        repo.updateProfile(me->id, QStringLiteral("Mia Müller"), QStringLiteral("+43 1 555"),
            QStringLiteral("Mia Müller\nSenior event manager\n+43 1 555")));
    auto back = repo.fetchById(me->id);
    VM_VERIFY_OK(back);
    QCOMPARE((*back)->name, QStringLiteral("Mia Müller"));
    QCOMPARE(
        (*back)->signatureBlock, QStringLiteral("Mia Müller\nSenior event manager\n+43 1 555"));
    QCOMPARE(repo.updateProfile(me->id, QStringLiteral(" "), {}, {}).error().kind,
        DbError::Kind::Validation);

    auto wrong = repo.changeOwnPassword(
        me->id, QStringLiteral("not-my-password"), QStringLiteral("second-password"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, DbError::Kind::Authentication);
    QCOMPARE(
        repo.changeOwnPassword(me->id, QStringLiteral("first-password"), QStringLiteral("short"))
            .error()
            .kind,
        DbError::Kind::Validation);
    VM_VERIFY_OK(repo.changeOwnPassword(
        me->id, QStringLiteral("first-password"), QStringLiteral("second-password")));

    if (temp.isPostgres()) {
        QVERIFY(!Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("first-password")), uniqueConnectionName())
                     .ok());
        VM_VERIFY_OK(Database::open(
            temp.urlFor(me->dbRole, QStringLiteral("second-password")), uniqueConnectionName()));
    } else {
        QVERIFY(!SignInService(mine).signIn(me->email, QStringLiteral("first-password")).ok());
        VM_VERIFY_OK(SignInService(mine).signIn(me->email, QStringLiteral("second-password")));
        Session::clear();
    }
}

void tst_UserRepository::weakHashIsUpgradedAtSignIn()
{
    TempDatabase temp(QStringLiteral("sqlite"));
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto me = UserRepository(*db).addPerson({ QStringLiteral("Old"),
        QStringLiteral("old@example.com"), UserRole::Admin, QStringLiteral("placeholder-pw"), {} });
    VM_VERIFY_OK(me);
    // A hash from an older, weaker setting (t=1, 8 MiB) of the password "old password".
    VM_VERIFY_OK(UserRepository(*db).storePasswordHash(me->id,
        QStringLiteral("$argon2id$v=19$m=8192,t=1,p=1$VjIbozjmVxNEMjdvU02+bg$"
                       "aSjSXMd9bGsw5XsgBNkEqFsFrWLiMUrek3/S/uZ0kOA")));
    VM_VERIFY_OK(SignInService(*db).signIn(
        QStringLiteral("old@example.com"), QStringLiteral("old password")));
    auto hash
        = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT password_hash FROM users"));
    VM_VERIFY_OK(hash);
    QVERIFY(!PasswordHasher::needsRehash(hash->toString()));
    QVERIFY(PasswordHasher::verify(hash->toString(), QStringLiteral("old password")));
    Session::clear();
}

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_userrepository.moc"
