// What the database itself refuses (DESIGN §6): on PostgreSQL an event manager connecting with
// their own login outside the app, by plain SQL, cannot do what the UI hides; admins can do each
// admin action; the last active admin is protected on both backends.
#include "peopletestsupport.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "services/signinservice.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <QUuid>
#include <atomic>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct People
{
    User admin, manager, other;
    QString adminPassword = QStringLiteral("admin-password-1");
    QString managerPassword = QStringLiteral("manager-password-1");
};

} // namespace

class tst_DatabaseAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventManagerUpdatesOnlyOwnProfile_data() { addBackendRows(); }
    void eventManagerUpdatesOnlyOwnProfile();
    void eventManagerCannotReadPasswordHash_data() { addBackendRows(); }
    void eventManagerCannotReadPasswordHash();
    void activityLogIsAppendOnly_data() { addBackendRows(); }
    void activityLogIsAppendOnly();
    void venuesAreOnlySoftDeleted_data() { addBackendRows(); }
    void venuesAreOnlySoftDeleted();
    void eventManagerCannotManagePeople_data() { addBackendRows(); }
    void eventManagerCannotManagePeople();
    void adminDoesEachAdminAction_data() { addBackendRows(); }
    void adminDoesEachAdminAction();
    void lastAdminIsProtected_data() { addBackendRows(); }
    void lastAdminIsProtected();
    void lastAdminSurvivesConcurrentDemotions_data() { addBackendRows(); }
    void lastAdminSurvivesConcurrentDemotions();
    void missingGroupRolesAreReported_data() { addBackendRows(); }
    void missingGroupRolesAreReported();
    void eventManagerWorksThroughTheRepositories_data() { addBackendRows(); }
    void eventManagerWorksThroughTheRepositories();
    void venuemapctlBootstrapsAndManagesPeople_data() { addBackendRows(); }
    void venuemapctlBootstrapsAndManagesPeople();

private:
    // Adds an admin, an event manager and another event manager through the owner connection.
    static bool addPeople(const Database &owner, People &people, RoleCleanup &cleanup);
    static Result<Database> connectAs(
        const TempDatabase &temp, const User &user, const QString &password);
    // The person's own login on PostgreSQL; on SQLite the app's one connection (`owner`).
    static Result<Database> personConnection(
        const TempDatabase &temp, const Database &owner, const User &user, const QString &password);
};

bool tst_DatabaseAccess::addPeople(const Database &owner, People &people, RoleCleanup &cleanup)
{
    UserRepository users(owner);
    const QString tag = uniqueTag();
    auto admin = users.addPerson({ QStringLiteral("Ada Admin"),
        QStringLiteral("ada-%1@example.com").arg(tag), UserRole::Admin, people.adminPassword, {} });
    auto manager = users.addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.com").arg(tag),
            UserRole::EventManager, people.managerPassword, {} });
    auto other = users.addPerson(
        { QStringLiteral("Olga Other"), QStringLiteral("olga-%1@example.com").arg(tag),
            UserRole::EventManager, QStringLiteral("other-password-1"), {} });
    for (const auto *r : { &admin, &manager, &other }) {
        if (!r->ok()) {
            qWarning() << r->error().sentence() << r->error().details();
            return false;
        }
        cleanup.logins << (*r)->dbRole;
    }
    people.admin = *admin;
    people.manager = *manager;
    people.other = *other;
    return true;
}

Result<Database> tst_DatabaseAccess::connectAs(
    const TempDatabase &temp, const User &user, const QString &password)
{
    return Database::open(
        temp.urlFor(user.dbRole, password), uniqueConnectionName(QStringLiteral("person")));
}

Result<Database> tst_DatabaseAccess::personConnection(
    const TempDatabase &temp, const Database &owner, const User &user, const QString &password)
{
    if (!temp.isPostgres())
        return owner;
    return connectAs(temp, user, password);
}

#define VM_PEOPLE(owner, temp, people, cleanup)                                                    \
    RoleCleanup cleanup;                                                                           \
    VM_TEMP_DATABASE(temp);                                                                        \
    auto owner##Result = temp.openMigrated();                                                      \
    VM_VERIFY_OK(owner##Result);                                                                   \
    Database owner = *owner##Result;                                                               \
    People people;                                                                                 \
    QVERIFY(addPeople(owner, people, cleanup));

void tst_DatabaseAccess::eventManagerUpdatesOnlyOwnProfile()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    if (!temp.isPostgres())
        QSKIP("SQLite mode has no database-level roles: the app alone decides (see Permissions)");
    auto me = connectAs(temp, people.manager, people.managerPassword);
    VM_VERIFY_OK(me);

    // Own profile: allowed.
    VM_VERIFY_OK(UserRepository(*me).updateProfile(people.manager.id, QStringLiteral("Max M."),
        QStringLiteral("+49 30 1234"), QStringLiteral("Max M.\nVenue scout")));
    // Somebody else's row, by plain SQL: row-level security lets no row be reached.
    auto other = me->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE users SET name = 'Hacked' WHERE id = :id"),
        { { QStringLiteral(":id"), people.other.id } });
    VM_VERIFY_OK(other);
    QCOMPARE(other->numRowsAffected(), 0);
    QVERIFY(
        !UserRepository(*me).updateProfile(people.other.id, QStringLiteral("Hacked"), {}, {}).ok());
    // Own role, own activation, own email: column privileges refuse.
    for (const QString &sql : { QStringLiteral("UPDATE users SET role = 'admin' WHERE id = :id"),
             QStringLiteral("UPDATE users SET is_active = false WHERE id = :id"),
             QStringLiteral("UPDATE users SET email = 'x@example.com' WHERE id = :id"),
             QStringLiteral("UPDATE users SET password_hash = 'x' WHERE id = :id"),
             QStringLiteral("DELETE FROM users WHERE id = :id") }) {
        auto r = me->exec(
            QStringLiteral("test"), sql, { { QStringLiteral(":id"), people.manager.id } });
        QVERIFY2(!r.ok(), qPrintable(sql));
        QCOMPARE(r.error().kind, DbError::Kind::Permission);
    }
    auto inserted = me->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO users (name, email, role) VALUES ('Eve', 'eve@example.com', 'admin')"));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().kind, DbError::Kind::Permission);

    auto others = UserRepository(owner).fetchById(people.other.id);
    VM_VERIFY_OK(others);
    QCOMPARE((*others)->name, QStringLiteral("Olga Other"));
    auto mine = UserRepository(owner).fetchById(people.manager.id);
    VM_VERIFY_OK(mine);
    QCOMPARE((*mine)->name, QStringLiteral("Max M."));
    QCOMPARE((*mine)->phone, QStringLiteral("+49 30 1234"));
    QCOMPARE((*mine)->signatureBlock, QStringLiteral("Max M.\nVenue scout"));
    QCOMPARE((*mine)->role, UserRole::EventManager);
}

void tst_DatabaseAccess::eventManagerCannotReadPasswordHash()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    if (!temp.isPostgres()) {
        // SQLite keeps argon2id hashes, never the password.
        auto hash = owner.scalar(QStringLiteral("test"),
            QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
            { { QStringLiteral(":id"), people.manager.id } });
        VM_VERIFY_OK(hash);
        QVERIFY(hash->toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash->toString().contains(people.managerPassword));
        return;
    }
    auto me = connectAs(temp, people.manager, people.managerPassword);
    VM_VERIFY_OK(me);
    for (const QString &sql : { QStringLiteral("SELECT password_hash FROM users"),
             QStringLiteral("SELECT * FROM users") }) {
        auto r = me->exec(QStringLiteral("test"), sql);
        QVERIFY2(!r.ok(), qPrintable(sql));
        QCOMPARE(r.error().kind, DbError::Kind::Permission);
    }
    // The public columns of everybody are readable.
    auto all = UserRepository(*me).fetchAll();
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
}

void tst_DatabaseAccess::activityLogIsAppendOnly()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    auto meResult = personConnection(temp, owner, people.manager, people.managerPassword);
    VM_VERIFY_OK(meResult);
    Database me = *meResult;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(me.exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO activity_logs (id, user_id, action) VALUES (:id, :user, 'venue.added')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":user"), people.manager.id } }));
    auto updated = me.exec(QStringLiteral("test"),
        QStringLiteral("UPDATE activity_logs SET action = 'forged' WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!updated.ok());
    auto deleted = me.exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!deleted.ok());
    if (temp.isPostgres()) {
        // Recorded in one's own name: a forged user_id is refused, a missing one filled in.
        auto forged = me.exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO activity_logs (id, user_id, action) VALUES (:id, :user, "
                           "'venue.added')"),
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":user"), people.other.id } });
        QVERIFY(!forged.ok());
        QCOMPARE(forged.error().kind, DbError::Kind::Permission);
        const QString unsigned_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
        VM_VERIFY_OK(me.exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO activity_logs (id, action) VALUES (:id, 'note')"),
            { { QStringLiteral(":id"), unsigned_ } }));
        auto stamped = owner.scalar(QStringLiteral("test"),
            QStringLiteral("SELECT user_id FROM activity_logs WHERE id = :id"),
            { { QStringLiteral(":id"), unsigned_ } });
        VM_VERIFY_OK(stamped);
        QCOMPARE(stamped->toString(), people.manager.id);
        QCOMPARE(updated.error().kind, DbError::Kind::Permission);
        QCOMPARE(deleted.error().kind, DbError::Kind::Permission);
        auto truncated
            = me.execDirect(QStringLiteral("test"), QStringLiteral("TRUNCATE activity_logs"));
        QVERIFY(!truncated.ok());
    }
    auto action = owner.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT action FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(action);
    QCOMPARE(action->toString(), QStringLiteral("venue.added"));
}

void tst_DatabaseAccess::venuesAreOnlySoftDeleted()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    if (!temp.isPostgres())
        QSKIP("SQLite mode has no database-level roles: the app alone offers only the soft delete");
    auto me = connectAs(temp, people.manager, people.managerPassword);
    VM_VERIFY_OK(me);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name, city) VALUES (:id, 'Kesselhaus', 'Berlin')"),
        { { QStringLiteral(":id"), id } }));
    auto soft = me->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET is_deleted = true, version = version + 1 WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(soft);
    QCOMPARE(soft->numRowsAffected(), 1);
    auto hard = me->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM venues WHERE id = :id"), { { QStringLiteral(":id"), id } });
    QVERIFY(!hard.ok());
    QCOMPARE(hard.error().kind, DbError::Kind::Permission);
    // Other shared tables are read and written normally.
    const QString project = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name, created_by) VALUES "
                       "(:id, 'ACME', 'Summit', :me)"),
        { { QStringLiteral(":id"), project }, { QStringLiteral(":me"), people.manager.id } }));
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO project_venues (project_id, venue_id) VALUES (:p, :v)"),
        { { QStringLiteral(":p"), project }, { QStringLiteral(":v"), id } }));
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO catering_providers (name) VALUES ('Feinkost')")));
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO photos (venue_id, content_type, data) VALUES (:v, 'image/png', '\\x00')"),
        { { QStringLiteral(":v"), id } }));
}

void tst_DatabaseAccess::eventManagerCannotManagePeople()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    if (!temp.isPostgres())
        QSKIP("SQLite mode has no database-level roles: the People page is shown to admins only");
    auto me = connectAs(temp, people.manager, people.managerPassword);
    VM_VERIFY_OK(me);
    const QString login = QStringLiteral("vm_intruder_%1").arg(uniqueTag());
    cleanup.logins << login;
    auto created = me->execDirect(
        QStringLiteral("test"), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'x'").arg(login));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, DbError::Kind::Permission);
    for (const QString &group : { QStringLiteral("admin"), QStringLiteral("event_manager") }) {
        auto name = owner.scalar(QStringLiteral("test"),
            QStringLiteral("SELECT venuemap_group(:kind)"), { { QStringLiteral(":kind"), group } });
        VM_VERIFY_OK(name);
        QVERIFY(name->toString().startsWith(QLatin1String("venuemap_") + temp.url().database));
        auto granted = me->execDirect(QStringLiteral("test"),
            QStringLiteral("GRANT \"%1\" TO CURRENT_USER").arg(name->toString()));
        QVERIFY(!granted.ok());
    }

    UserRepository repo(*me);
    auto added = repo.addPerson(
        { QStringLiteral("Eve"), QStringLiteral("eve-%1@example.com").arg(uniqueTag()),
            UserRole::Admin, QStringLiteral("eve-password-1"), login });
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, DbError::Kind::Permission);
    QCOMPARE(
        repo.setRole(people.manager.id, UserRole::Admin).error().kind, DbError::Kind::Permission);
    QCOMPARE(repo.setActive(people.admin.id, false).error().kind, DbError::Kind::Permission);
    QCOMPARE(repo.resetPassword(people.other.id, QStringLiteral("taken-over-1")).error().kind,
        DbError::Kind::Permission);
    QCOMPARE(repo.removePerson(people.other.id).error().kind, DbError::Kind::Permission);
    auto ownerSees = UserRepository(owner).fetchById(people.manager.id);
    VM_VERIFY_OK(ownerSees);
    QCOMPARE((*ownerSees)->role, UserRole::EventManager);
}

void tst_DatabaseAccess::adminDoesEachAdminAction()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    auto adminDbResult = personConnection(temp, owner, people.admin, people.adminPassword);
    VM_VERIFY_OK(adminDbResult);
    Database adminDb = *adminDbResult;
    UserRepository repo(adminDb);
    const QString password = QStringLiteral("new-person-pw-1");
    auto added = repo.addPerson(
        { QStringLiteral("Nina New"), QStringLiteral("nina-%1@example.com").arg(uniqueTag()),
            UserRole::EventManager, password, {} });
    VM_VERIFY_OK(added);
    cleanup.logins << added->dbRole;

    // The new person signs in.
    auto signInAs = [&](const QString &pw) -> Result<CurrentUser> {
        if (!temp.isPostgres())
            return SignInService(owner).signIn(added->email, pw);
        auto conn = Database::open(
            temp.urlFor(added->dbRole, pw), uniqueConnectionName(QStringLiteral("nina")));
        if (!conn)
            return conn.error();
        return SignInService(*conn).signInConnectedRole();
    };
    auto first = signInAs(password);
    VM_VERIFY_OK(first);
    QCOMPARE(first->role, UserRole::EventManager);

    VM_VERIFY_OK(repo.setRole(added->id, UserRole::Admin));
    auto promoted = signInAs(password);
    VM_VERIFY_OK(promoted);
    QCOMPARE(promoted->role, UserRole::Admin);
    if (temp.isPostgres()) {
        auto member = owner.scalar(QStringLiteral("test"),
            QStringLiteral("SELECT pg_has_role(:login, venuemap_group('admin'), 'MEMBER')"),
            { { QStringLiteral(":login"), added->dbRole } });
        VM_VERIFY_OK(member);
        QVERIFY(member->toBool());
    }
    VM_VERIFY_OK(repo.setRole(added->id, UserRole::EventManager));

    VM_VERIFY_OK(repo.setActive(added->id, false));
    QVERIFY(!signInAs(password).ok());
    VM_VERIFY_OK(repo.setActive(added->id, true));
    VM_VERIFY_OK(signInAs(password));

    const QString reset = QStringLiteral("reset-password-2");
    VM_VERIFY_OK(repo.resetPassword(added->id, reset));
    QVERIFY(!signInAs(password).ok());
    VM_VERIFY_OK(signInAs(reset));

    VM_VERIFY_OK(repo.removePerson(added->id));
    auto gone = repo.fetchById(added->id);
    VM_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
    if (temp.isPostgres()) {
        auto role = owner.scalar(QStringLiteral("test"),
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :login"),
            { { QStringLiteral(":login"), added->dbRole } });
        VM_VERIFY_OK(role);
        QCOMPARE(role->toInt(), 0);
    }

    // Someone with history is disabled, not removed: the log keeps pointing at them.
    VM_VERIFY_OK(owner.exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO activity_logs (id, user_id, action) VALUES (:id, :u, 'project.created')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":u"), people.other.id } }));
    auto refused = repo.removePerson(people.other.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);
    QVERIFY(refused.error().message.contains(QLatin1String("disable")));
}

void tst_DatabaseAccess::lastAdminIsProtected()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    auto adminDbResult = personConnection(temp, owner, people.admin, people.adminPassword);
    VM_VERIFY_OK(adminDbResult);
    Database adminDb = *adminDbResult;
    UserRepository repo(adminDb);
    // An admin row nobody can sign in as (sample data, another tool) does not count.
    VM_VERIFY_OK(owner.exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (:id, 'Sample Admin', "
                       ":email, 'admin')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":email"),
                QStringLiteral("sample-%1@example.agency").arg(uniqueTag()) } }));
    auto admins = repo.countActiveAdmins();
    VM_VERIFY_OK(admins);
    QCOMPARE(*admins, 1);
    auto disabled = repo.setActive(people.admin.id, false);
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().message, UserRepository::lastAdminSentence());
    auto demoted = repo.setRole(people.admin.id, UserRole::EventManager);
    QVERIFY(!demoted.ok());
    QCOMPARE(demoted.error().message, UserRepository::lastAdminSentence());
    QVERIFY(!repo.removePerson(people.admin.id).ok());

    // Even the owner's plain SQL is refused by the database.
    auto direct = owner.exec(QStringLiteral("test"),
        QStringLiteral("UPDATE users SET is_active = %1 WHERE id = :id")
            .arg(temp.isPostgres() ? "false" : "0"),
        { { QStringLiteral(":id"), people.admin.id } });
    QVERIFY(!direct.ok());
    auto deleted
        = owner.exec(QStringLiteral("test"), QStringLiteral("DELETE FROM users WHERE id = :id"),
            { { QStringLiteral(":id"), people.admin.id } });
    QVERIFY(!deleted.ok());

    // With a second admin, the first may step down.
    VM_VERIFY_OK(repo.setRole(people.other.id, UserRole::Admin));
    VM_VERIFY_OK(repo.setRole(people.admin.id, UserRole::EventManager));
    auto count = repo.countActiveAdmins();
    VM_VERIFY_OK(count);
    QCOMPARE(*count, 1);
}

void tst_DatabaseAccess::lastAdminSurvivesConcurrentDemotions()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    if (!temp.isPostgres())
        QSKIP(
            "SQLite takes the write lock up front (BEGIN IMMEDIATE): two demotions cannot overlap");
    VM_VERIFY_OK(UserRepository(owner).setRole(people.other.id, UserRole::Admin));
    // Two admins demote each other at the same moment: one wins, the other is refused.
    auto first = connectAs(temp, people.admin, people.adminPassword);
    VM_VERIFY_OK(first);
    TransactionGuard tx(*first);
    VM_VERIFY_OK(tx.begun());
    VM_VERIFY_OK(UserRepository(*first).setRole(people.other.id, UserRole::EventManager));

    std::optional<DbError> secondError;
    std::atomic<bool> secondDone = false;
    const DatabaseUrl otherUrl
        = temp.urlFor(people.other.dbRole, QStringLiteral("other-password-1"));
    const QString adminId = people.admin.id;
    QThread *thread = QThread::create([&] {
        auto second = Database::open(otherUrl, uniqueConnectionName(QStringLiteral("second")));
        if (!second) {
            secondError = second.error();
        } else {
            auto s = UserRepository(*second).setRole(adminId, UserRole::EventManager);
            if (!s)
                secondError = s.error();
        }
        secondDone = true;
    });
    thread->start();
    QTest::qWait(400);
    QVERIFY(!secondDone); // waiting for the first transaction
    VM_VERIFY_OK(tx.commit());
    QVERIFY(thread->wait(20000));
    delete thread;
    QVERIFY(secondError.has_value());
    QCOMPARE(secondError->message, UserRepository::lastAdminSentence());
    auto admins = UserRepository(owner).countActiveAdmins();
    VM_VERIFY_OK(admins);
    QCOMPARE(*admins, 1);
}

void tst_DatabaseAccess::missingGroupRolesAreReported()
{
    VM_TEMP_DATABASE(temp);
    if (!temp.isPostgres())
        QSKIP("SQLite mode has no group roles");
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto state = UserRepository(*db).accessState();
    VM_VERIFY_OK(state);
    QVERIFY(state->ready());
    QVERIFY(state->problem().isEmpty());
    const AccessState missing { false, false };
    QVERIFY(missing.problem().contains(QLatin1String("venuemap_setup_access")));
    // Running the setup again is harmless.
    auto again
        = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT venuemap_setup_access()"));
    VM_VERIFY_OK(again);
    QCOMPARE(again->toString(), QStringLiteral("ready"));
}

void tst_DatabaseAccess::eventManagerWorksThroughTheRepositories()
{
    VM_PEOPLE(owner, temp, people, cleanup);
    Database me = owner;
    if (temp.isPostgres()) {
        auto conn = connectAs(temp, people.manager, people.managerPassword);
        VM_VERIFY_OK(conn);
        me = *conn;
        VM_VERIFY_OK(SignInService(me).signInConnectedRole());
    } else {
        VM_VERIFY_OK(SignInService(me).signIn(people.manager.email, people.managerPassword));
    }
    QCOMPARE(Session::current().id, people.manager.id);

    VenueRepository venues(me);
    Venue v;
    v.name = QStringLiteral("Kesselhaus");
    v.city = QStringLiteral("Berlin");
    auto added = venues.addVenue(v);
    VM_VERIFY_OK(added);
    Venue edited = *added;
    edited.capacity = 800;
    VM_VERIFY_OK(venues.updateVenue(edited));
    VM_VERIFY_OK(venues.removeVenue(added->id)); // soft
    VM_VERIFY_OK(venues.restoreVenue(added->id));

    ProjectRepository projects(me, Session::userId().toString());
    Project p;
    p.clientName = QStringLiteral("ACME");
    p.eventName = QStringLiteral("Summit 2027");
    auto project = projects.addProject(p);
    VM_VERIFY_OK(project);
    OutreachRepository outreach(me, Session::userId().toString());
    auto shortlisted = outreach.addVenues(project->id, { added->id });
    VM_VERIFY_OK(shortlisted);
    QCOMPARE(shortlisted->added.size(), 1);

    auto logged = owner.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE user_id = :me"),
        { { QStringLiteral(":me"), people.manager.id } });
    VM_VERIFY_OK(logged);
    QVERIFY(logged->toInt() >= 2);
    auto others = owner.scalar(QStringLiteral("test"),
        QStringLiteral(
            "SELECT count(*) FROM activity_logs WHERE user_id IS NULL OR user_id <> :me"),
        { { QStringLiteral(":me"), people.manager.id } });
    VM_VERIFY_OK(others);
    QCOMPARE(others->toInt(), 0);
    Session::clear();
}

namespace {
struct CtlRun
{
    int code = -1;
    QString out, err;
};

CtlRun ctl(const DatabaseUrl &url, const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), QStringList { QStringLiteral("user") } + args);
    p.waitForStarted();
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}
} // namespace

void tst_DatabaseAccess::venuemapctlBootstrapsAndManagesPeople()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    // A brand-new, empty database: `user add` migrates it and makes the first admin.
    const QString tag = uniqueTag();
    const QString adminEmail = QStringLiteral("boss-%1@example.agency").arg(tag);
    const QString managerEmail = QStringLiteral("emma-%1@example.agency").arg(tag);
    cleanup.logins << adminEmail << managerEmail;

    CtlRun refused = ctl(temp.url(),
        { QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Boss"),
            QStringLiteral("--email"), adminEmail, QStringLiteral("--role"),
            QStringLiteral("admin"), QStringLiteral("--password"),
            QStringLiteral("in-the-clear") });
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains(QLatin1String("never an argument")));

    CtlRun added = ctl(temp.url(),
        { QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bea Boss"),
            QStringLiteral("--email"), adminEmail, QStringLiteral("--role"),
            QStringLiteral("admin") },
        "boss-password-1\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.out.startsWith(QStringLiteral("added: %1\tadmin").arg(adminEmail)));
    CtlRun second = ctl(temp.url(),
        { QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Emma Events"),
            QStringLiteral("--email"), managerEmail, QStringLiteral("--role"),
            QStringLiteral("event_manager") },
        "emma-password-1\n");
    QVERIFY2(second.code == 0, qPrintable(second.err));
    CtlRun weak = ctl(temp.url(),
        { QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("W"),
            QStringLiteral("--email"), QStringLiteral("w-%1@example.agency").arg(tag),
            QStringLiteral("--role"), QStringLiteral("admin") },
        "short\n");
    QCOMPARE(weak.code, 1);

    CtlRun list = ctl(temp.url(), { QStringLiteral("list") });
    QCOMPARE(list.code, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).mid(0, 4),
        (QStringList { adminEmail, QStringLiteral("admin"), QStringLiteral("active"),
            QStringLiteral("Bea Boss") }));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).mid(0, 4),
        (QStringList { managerEmail, QStringLiteral("event_manager"), QStringLiteral("active"),
            QStringLiteral("Emma Events") }));

    // The admin signs in with what was typed on stdin.
    auto owner = temp.open();
    VM_VERIFY_OK(owner);
    if (temp.isPostgres()) {
        auto boss = Database::open(
            temp.urlFor(adminEmail, QStringLiteral("boss-password-1")), uniqueConnectionName());
        VM_VERIFY_OK(boss);
        auto me = SignInService(*boss).signInConnectedRole();
        VM_VERIFY_OK(me);
        QVERIFY(me->isAdmin());
    } else {
        auto me = SignInService(*owner).signIn(adminEmail, QStringLiteral("boss-password-1"));
        VM_VERIFY_OK(me);
        QVERIFY(me->isAdmin());
    }
    Session::clear();

    // The last admin stays; others change.
    CtlRun lastAdmin = ctl(temp.url(), { QStringLiteral("disable"), adminEmail });
    QCOMPARE(lastAdmin.code, 1);
    QVERIFY(lastAdmin.err.contains(UserRepository::lastAdminSentence()));
    QCOMPARE(ctl(temp.url(), { QStringLiteral("role"), managerEmail, QStringLiteral("admin") }).out,
        QStringLiteral("role: %1\tadmin\n").arg(managerEmail));
    QCOMPARE(ctl(temp.url(), { QStringLiteral("disable"), adminEmail }).out,
        QStringLiteral("disabled: %1\n").arg(adminEmail));
    QCOMPARE(ctl(temp.url(), { QStringLiteral("enable"), adminEmail }).out,
        QStringLiteral("enabled: %1\n").arg(adminEmail));
    QCOMPARE(
        ctl(temp.url(), { QStringLiteral("role"), managerEmail, QStringLiteral("boss") }).code, 2);
    QCOMPARE(ctl(temp.url(), { QStringLiteral("disable"), QStringLiteral("nobody@example.agency") })
                 .code,
        1);
    QCOMPARE(ctl(temp.url(), { QStringLiteral("frobnicate") }).code, 2);
}

QTEST_GUILESS_MAIN(tst_DatabaseAccess)
#include "tst_databaseaccess.moc"
