// Access bound to one database: two VenueMap
// databases on one PostgreSQL server keep their people apart; no admin acts on the owner or on a
// login the app did not create, through the repository or through venuemapctl; the database
// stamps who made an activity entry or an import, and when. SQLite has no roles and no server:
// a local file is its owner's (see the README's Security section), so those rows skip.
#include "migration/migrationmanager.h"
#include "peopletestsupport.h"
#include "repositories/userrepository.h"

#include <QProcess>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kManagerPassword = QStringLiteral("manager-password-1");

struct Team
{
    User admin, manager;
};

// An admin and an event manager added through `by` (the owner or a superuser).
bool addTeam(const Database &by, Team &team, RoleCleanup &cleanup)
{
    UserRepository users(by);
    const QString tag = uniqueTag();
    auto admin = users.addPerson({ QStringLiteral("Ada Admin"),
        QStringLiteral("ada-%1@example.com").arg(tag), UserRole::Admin, kAdminPassword, {} });
    auto manager = users.addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.com").arg(tag),
            UserRole::EventManager, kManagerPassword, {} });
    for (const auto *r : { &admin, &manager }) {
        if (!r->ok()) {
            qWarning() << r->error().sentence() << r->error().details();
            return false;
        }
        cleanup.logins << (*r)->dbRole;
    }
    team.admin = *admin;
    team.manager = *manager;
    return true;
}

Result<Database> connectAs(const TempDatabase &temp, const QString &login, const QString &password)
{
    return Database::open(
        temp.urlFor(login, password), uniqueConnectionName(QStringLiteral("person")));
}

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

// The stored SCRAM verifier of a login (superuser only), to prove a password did not change.
QString verifierOf(const Database &superuser, const QString &login)
{
    auto v = superuser.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = :login"),
        { { QStringLiteral(":login"), login } });
    return v ? v->toString() : QString();
}

// A users row for a login that exists already, added by plain SQL (as a DBA would).
Result<QString> linkByHand(const Database &superuser, const QString &login, const QString &email)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto q = superuser.exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO users (id, name, email, role, db_role) VALUES (:id, 'By Hand', :email, "
            "'event_manager', :login)"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":email"), email },
            { QStringLiteral(":login"), login } });
    if (!q)
        return q.error();
    return id;
}

} // namespace

class tst_DatabaseIsolation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupRolesArePerDatabase_data() { addBackendRows(); }
    void groupRolesArePerDatabase();
    void personOfOneDatabaseCannotReachAnother_data() { addBackendRows(); }
    void personOfOneDatabaseCannotReachAnother();
    void adminOfOneDatabaseCannotManageAnother_data() { addBackendRows(); }
    void adminOfOneDatabaseCannotManageAnother();
    void setupClosesACopyToTheOriginalsPeople_data() { addBackendRows(); }
    void setupClosesACopyToTheOriginalsPeople();
    void adminCannotTakeOverTheOwner_data() { addBackendRows(); }
    void adminCannotTakeOverTheOwner();
    void adminCannotTouchLoginsTheAppDidNotCreate_data() { addBackendRows(); }
    void adminCannotTouchLoginsTheAppDidNotCreate();
    void backDatedActivityGetsTheServerTime_data() { addBackendRows(); }
    void backDatedActivityGetsTheServerTime();
    void importCreatorIsStampedAndKept_data() { addBackendRows(); }
    void importCreatorIsStampedAndKept();
};

#define VM_POSTGRES_ONLY(temp)                                                                     \
    if (!temp.isPostgres())                                                                        \
        QSKIP("SQLite has no roles and no server: a local file is its owner's");

void tst_DatabaseIsolation::groupRolesArePerDatabase()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(a);
    VM_POSTGRES_ONLY(a);
    TempDatabase b(backend);
    QVERIFY2(b.failReason().isEmpty(), qPrintable(b.failReason()));
    auto ownerA = a.openMigrated();
    VM_VERIFY_OK(ownerA);
    auto ownerB = b.openMigrated();
    VM_VERIFY_OK(ownerB);
    const QString sql = QStringLiteral(
        "SELECT venuemap_group('admin') || ' ' || venuemap_group('event_manager')");
    auto groupsA = ownerA->scalar(QStringLiteral("test"), sql);
    VM_VERIFY_OK(groupsA);
    auto groupsB = ownerB->scalar(QStringLiteral("test"), sql);
    VM_VERIFY_OK(groupsB);
    QVERIFY(groupsA->toString() != groupsB->toString());
    QVERIFY(groupsA->toString().contains(a.url().database));
    for (const QString &group : groupsA->toString().split(QLatin1Char(' '))) {
        auto exists = ownerA->scalar(QStringLiteral("test"),
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :g"),
            { { QStringLiteral(":g"), group } });
        VM_VERIFY_OK(exists);
        QCOMPARE(exists->toInt(), 1);
    }
    auto state = UserRepository(*ownerA).accessState();
    VM_VERIFY_OK(state);
    QVERIFY2(state->ready(), qPrintable(state->problem()));
    // PUBLIC may no longer connect, and the old cluster-wide groups have no right here.
    auto open = ownerA->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM pg_database d, aclexplode(d.datacl) x "
                       "WHERE d.datname = current_database() AND x.grantee = 0 AND "
                       "x.privilege_type = 'CONNECT'"));
    VM_VERIFY_OK(open);
    QCOMPARE(open->toInt(), 0);
    auto old = ownerA->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolname IN "
                       "('venuemap_event_manager', 'venuemap_admin') "
                       "AND (has_table_privilege(r.oid, 'venues', 'SELECT') "
                       "     OR has_function_privilege(r.oid, 'venuemap_add_person(text, text, "
                       "user_role, text, text)', 'EXECUTE'))"));
    VM_VERIFY_OK(old);
    QCOMPARE(old->toInt(), 0);
    // Long database names still give distinct names within PostgreSQL's 63 bytes.
    auto long1 = ownerA->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT octet_length(venuemap_group('event_manager')) <= 63"));
    VM_VERIFY_OK(long1);
    QVERIFY(long1->toBool());
}

void tst_DatabaseIsolation::personOfOneDatabaseCannotReachAnother()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(a);
    VM_POSTGRES_ONLY(a);
    TempDatabase b(backend);
    QVERIFY2(b.failReason().isEmpty(), qPrintable(b.failReason()));
    auto ownerA = a.openMigrated();
    VM_VERIFY_OK(ownerA);
    auto ownerB = b.openMigrated();
    VM_VERIFY_OK(ownerB);
    Team team;
    QVERIFY(addTeam(*ownerA, team, cleanup));

    // At home, both sign in.
    VM_VERIFY_OK(connectAs(a, team.manager.dbRole, kManagerPassword));
    VM_VERIFY_OK(connectAs(a, team.admin.dbRole, kAdminPassword));
    // Next door, neither does.
    QVERIFY(!connectAs(b, team.manager.dbRole, kManagerPassword).ok());
    QVERIFY(!connectAs(b, team.admin.dbRole, kAdminPassword).ok());
    // And B's tables grant A's people nothing, should a DBA open CONNECT by mistake: none of
    // them, including tables later migrations add (rooms and layouts, 0010). The one exception
    // is by design: every login reads the schema's version (schema_migrations, granted to
    // PUBLIC) so that the app can say "this database is newer than the app" before sign-in.
    const QString anyRight = QStringLiteral(
        "SELECT string_agg(t.tablename, ', ') FROM pg_tables t WHERE t.schemaname = 'public' "
        "AND t.tablename <> 'schema_migrations' "
        "AND (has_table_privilege(:login, format('%I.%I', t.schemaname, t.tablename), 'SELECT') "
        "  OR has_table_privilege(:login2, format('%I.%I', t.schemaname, t.tablename), "
        "'INSERT'))");
    for (const User &person : { team.manager, team.admin }) {
        auto reads = ownerB->scalar(QStringLiteral("test"), anyRight,
            { { QStringLiteral(":login"), person.dbRole },
                { QStringLiteral(":login2"), person.dbRole } });
        VM_VERIFY_OK(reads);
        QVERIFY2(
            reads->isNull(), qPrintable(person.dbRole + QStringLiteral(": ") + reads->toString()));
    }
    // At home the event manager works with a venue's rooms.
    auto rooms = ownerA->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT has_table_privilege(:login, 'venue_spaces', 'INSERT') "
                       "AND has_table_privilege(:login2, 'space_capacities', 'UPDATE')"),
        { { QStringLiteral(":login"), team.manager.dbRole },
            { QStringLiteral(":login2"), team.manager.dbRole } });
    VM_VERIFY_OK(rooms);
    QVERIFY(rooms->toBool());
    // A login that belongs to nobody here does not connect either.
    const QString stranger = QStringLiteral("vm_stranger_%1").arg(uniqueTag());
    cleanup.logins << stranger;
    VM_VERIFY_OK(ownerA->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'stranger-pw-1'").arg(stranger)));
    QVERIFY(!connectAs(a, stranger, QStringLiteral("stranger-pw-1")).ok());
}

void tst_DatabaseIsolation::adminOfOneDatabaseCannotManageAnother()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(a);
    VM_POSTGRES_ONLY(a);
    TempDatabase b(backend);
    QVERIFY2(b.failReason().isEmpty(), qPrintable(b.failReason()));
    auto ownerA = a.openMigrated();
    VM_VERIFY_OK(ownerA);
    auto ownerB = b.openMigrated();
    VM_VERIFY_OK(ownerB);
    Team teamA, teamB;
    QVERIFY(addTeam(*ownerA, teamA, cleanup));
    QVERIFY(addTeam(*ownerB, teamB, cleanup));

    // Even with CONNECT on B (a DBA's slip, or a restored copy), A's admin is nobody in B.
    VM_VERIFY_OK(ownerB->execDirect(QStringLiteral("test"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO \"%2\"")
            .arg(b.url().database, teamA.admin.dbRole)));
    auto intruder = connectAs(b, teamA.admin.dbRole, kAdminPassword);
    VM_VERIFY_OK(intruder);
    UserRepository inB(*intruder);
    const QString login = QStringLiteral("vm_planted_%1").arg(uniqueTag());
    cleanup.logins << login;
    auto planted = inB.addPerson({ QStringLiteral("Planted Admin"),
        QStringLiteral("planted-%1@example.com").arg(uniqueTag()), UserRole::Admin,
        QStringLiteral("planted-password-1"), login });
    QVERIFY(!planted.ok());
    QCOMPARE(planted.error().kind, DbError::Kind::Permission);
    QCOMPARE(inB.setActive(teamB.admin.id, false).error().kind, DbError::Kind::Permission);
    QCOMPARE(
        inB.setRole(teamB.manager.id, UserRole::Admin).error().kind, DbError::Kind::Permission);
    QCOMPARE(inB.resetPassword(teamB.admin.id, QStringLiteral("taken-over-1")).error().kind,
        DbError::Kind::Permission);
    QCOMPARE(inB.removePerson(teamB.manager.id).error().kind, DbError::Kind::Permission);
    auto read
        = intruder->exec(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, DbError::Kind::Permission);

    // Nothing changed in B; B's own admin still works.
    auto roles = ownerB->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :l"),
        { { QStringLiteral(":l"), login } });
    VM_VERIFY_OK(roles);
    QCOMPARE(roles->toInt(), 0);
    auto adminB = connectAs(b, teamB.admin.dbRole, kAdminPassword);
    VM_VERIFY_OK(adminB);
    VM_VERIFY_OK(UserRepository(*adminB).setRole(teamB.manager.id, UserRole::Admin));
}

// A copy restored from database A into B carries A's GRANTs (and pg_restore without --create
// leaves CONNECT open): venuemap_setup_access() in B takes every right of A's groups away.
void tst_DatabaseIsolation::setupClosesACopyToTheOriginalsPeople()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(a);
    VM_POSTGRES_ONLY(a);
    TempDatabase b(backend);
    QVERIFY2(b.failReason().isEmpty(), qPrintable(b.failReason()));
    auto ownerA = a.openMigrated();
    VM_VERIFY_OK(ownerA);
    auto ownerB = b.openMigrated();
    VM_VERIFY_OK(ownerB);
    Team team;
    QVERIFY(addTeam(*ownerA, team, cleanup));
    auto groupA = ownerA->scalar(
        QStringLiteral("test"), QStringLiteral("SELECT venuemap_group('event_manager')"));
    VM_VERIFY_OK(groupA);
    const QString group = groupA->toString();
    for (const QString &sql :
        { QStringLiteral("GRANT CONNECT ON DATABASE %1 TO \"%2\"").arg(b.url().database, group),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO \"%1\"").arg(group),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE ON venues TO \"%1\"").arg(group) })
        VM_VERIFY_OK(ownerB->execDirect(QStringLiteral("test"), sql));
    {
        auto copy = connectAs(b, team.manager.dbRole, kManagerPassword);
        VM_VERIFY_OK(copy); // the hole a restored copy has
        VM_VERIFY_OK(
            copy->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues")));
    }
    auto setup
        = ownerB->scalar(QStringLiteral("test"), QStringLiteral("SELECT venuemap_setup_access()"));
    VM_VERIFY_OK(setup);
    QCOMPARE(setup->toString(), QStringLiteral("ready"));
    QVERIFY(!connectAs(b, team.manager.dbRole, kManagerPassword).ok());
    auto reads = ownerB->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT has_table_privilege(:g, 'venues', 'SELECT')"),
        { { QStringLiteral(":g"), group } });
    VM_VERIFY_OK(reads);
    QVERIFY(!reads->toBool());
    // A's own database is untouched.
    VM_VERIFY_OK(connectAs(a, team.manager.dbRole, kManagerPassword));
}

void tst_DatabaseIsolation::adminCannotTakeOverTheOwner()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    VM_POSTGRES_ONLY(temp);
    auto superuser = temp.open();
    VM_VERIFY_OK(superuser);
    // A database owned by an ordinary role with CREATEROLE, as a hosting DBA sets one up.
    const QString ownerLogin = QStringLiteral("vm_owner_%1").arg(uniqueTag());
    const QString ownerPassword = QStringLiteral("owner-password-1");
    cleanup.logins << ownerLogin;
    VM_VERIFY_OK(superuser->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'")
            .arg(ownerLogin, ownerPassword)));
    VM_VERIFY_OK(superuser->execDirect(QStringLiteral("test"),
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(temp.url().database, ownerLogin)));
    auto owner = connectAs(temp, ownerLogin, ownerPassword);
    VM_VERIFY_OK(owner);
    VM_VERIFY_OK(MigrationManager(*owner).migrate());
    UserRepository byOwner(*owner);
    auto ownerPerson = byOwner.claimFirstAdmin(
        QStringLiteral("Olivia Owner"), QStringLiteral("owner-%1@example.com").arg(uniqueTag()));
    VM_VERIFY_OK(ownerPerson);
    Team team;
    QVERIFY(addTeam(*owner, team, cleanup));
    const QString before = verifierOf(*superuser, ownerLogin);
    QVERIFY(!before.isEmpty());

    auto adminDb = connectAs(temp, team.admin.dbRole, kAdminPassword);
    VM_VERIFY_OK(adminDb);
    UserRepository repo(*adminDb);
    for (const Status &refused :
        { repo.resetPassword(ownerPerson->id, QStringLiteral("taken-over-1")),
            repo.setActive(ownerPerson->id, false),
            repo.setRole(ownerPerson->id, UserRole::EventManager),
            repo.removePerson(ownerPerson->id) }) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, DbError::Kind::Permission);
        QCOMPARE(refused.error().message, UserRepository::managedElsewhereSentence());
    }
    // The People page knows it too, and disables those actions for the owner.
    auto elsewhere = repo.fetchIdsManagedElsewhere();
    VM_VERIFY_OK(elsewhere);
    QVERIFY(elsewhere->contains(ownerPerson->id));
    QVERIFY(!elsewhere->contains(team.manager.id));
    // The same through venuemapctl, signed in as the admin.
    const DatabaseUrl adminUrl = temp.urlFor(team.admin.dbRole, kAdminPassword);
    for (const QStringList &args : { QStringList { QStringLiteral("password"), ownerPerson->email },
             QStringList { QStringLiteral("disable"), ownerPerson->email },
             QStringList {
                 QStringLiteral("role"), ownerPerson->email, QStringLiteral("event_manager") } }) {
        const CtlRun run = ctl(adminUrl, args, "taken-over-1\n");
        QVERIFY2(run.code == 1,
            qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.out + run.err));
        QVERIFY2(run.err.contains(UserRepository::managedElsewhereSentence()), qPrintable(run.err));
    }
    // Nor does the owner change its own server password through VenueMap's Change Password (the
    // login may serve other databases and services), though it knows the current one.
    const Status own = byOwner.changeOwnPassword(
        ownerPerson->id, ownerPassword, QStringLiteral("Changed-through-app-1"));
    QVERIFY(!own.ok());
    QCOMPARE(own.error().message, UserRepository::managedElsewhereSentence());
    // A person the app created still changes theirs.
    auto managerDb = connectAs(temp, team.manager.dbRole, kManagerPassword);
    VM_VERIFY_OK(managerDb);
    VM_VERIFY_OK(UserRepository(*managerDb)
                     .changeOwnPassword(
                         team.manager.id, kManagerPassword, QStringLiteral("Changed-by-myself-1")));
    VM_VERIFY_OK(connectAs(temp, team.manager.dbRole, QStringLiteral("Changed-by-myself-1")));
    QCOMPARE(verifierOf(*superuser, ownerLogin), before);
    VM_VERIFY_OK(connectAs(temp, ownerLogin, ownerPassword));
    auto still = UserRepository(*superuser).fetchById(ownerPerson->id);
    VM_VERIFY_OK(still);
    QVERIFY(still->has_value());
    QVERIFY((*still)->isActive);
    QCOMPARE((*still)->role, UserRole::Admin);

    // The admin still manages the people the app created.
    VM_VERIFY_OK(repo.resetPassword(team.manager.id, QStringLiteral("manager-password-2")));
    const CtlRun ok = ctl(adminUrl, { QStringLiteral("disable"), team.manager.email });
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
}

void tst_DatabaseIsolation::adminCannotTouchLoginsTheAppDidNotCreate()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    VM_POSTGRES_ONLY(temp);
    auto superuser = temp.openMigrated();
    VM_VERIFY_OK(superuser);
    Team team;
    QVERIFY(addTeam(*superuser, team, cleanup));

    // A login the DBA made and linked by hand, and an app-made one the DBA later gave CREATEDB.
    const QString foreign = QStringLiteral("vm_foreign_%1").arg(uniqueTag());
    cleanup.logins << foreign;
    VM_VERIFY_OK(superuser->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'foreign-pw-1'").arg(foreign)));
    const QString foreignEmail = QStringLiteral("%1@example.com").arg(foreign);
    auto foreignId = linkByHand(*superuser, foreign, foreignEmail);
    VM_VERIFY_OK(foreignId);
    auto promoted = UserRepository(*superuser)
                        .addPerson({ QStringLiteral("Dana DBA"),
                            QStringLiteral("dana-%1@example.com").arg(uniqueTag()),
                            UserRole::EventManager, QStringLiteral("dana-password-1"), {} });
    VM_VERIFY_OK(promoted);
    cleanup.logins << promoted->dbRole;
    VM_VERIFY_OK(superuser->execDirect(QStringLiteral("test"),
        QStringLiteral("ALTER ROLE \"%1\" CREATEDB").arg(promoted->dbRole)));

    auto adminDb = connectAs(temp, team.admin.dbRole, kAdminPassword);
    VM_VERIFY_OK(adminDb);
    UserRepository repo(*adminDb);
    for (const QString &id : { *foreignId, promoted->id }) {
        for (const Status &refused :
            { repo.resetPassword(id, QStringLiteral("taken-over-1")), repo.setActive(id, false),
                repo.setRole(id, UserRole::Admin), repo.removePerson(id) }) {
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().message, UserRepository::managedElsewhereSentence());
        }
    }
    const QString before = verifierOf(*superuser, foreign);
    const CtlRun password = ctl(temp.urlFor(team.admin.dbRole, kAdminPassword),
        { QStringLiteral("password"), foreignEmail }, "taken-over-1\n");
    QCOMPARE(password.code, 1);
    QVERIFY2(password.err.contains(UserRepository::managedElsewhereSentence()),
        qPrintable(password.err));
    // The rule is about the login, not who asks: the DBA's own venuemapctl says the same.
    const CtlRun byDba
        = ctl(temp.url(), { QStringLiteral("role"), foreignEmail, QStringLiteral("admin") });
    QCOMPARE(byDba.code, 1);
    QVERIFY2(byDba.err.contains(UserRepository::managedElsewhereSentence()), qPrintable(byDba.err));
    QCOMPARE(verifierOf(*superuser, foreign), before);
    auto member = superuser->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT pg_has_role(:l, venuemap_group('admin'), 'MEMBER')"),
        { { QStringLiteral(":l"), foreign } });
    VM_VERIFY_OK(member);
    QVERIFY(!member->toBool());
}

void tst_DatabaseIsolation::backDatedActivityGetsTheServerTime()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    VM_POSTGRES_ONLY(temp);
    auto superuser = temp.openMigrated();
    VM_VERIFY_OK(superuser);
    Team team;
    QVERIFY(addTeam(*superuser, team, cleanup));
    auto me = connectAs(temp, team.manager.dbRole, kManagerPassword);
    VM_VERIFY_OK(me);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO activity_logs (id, user_id, action, created_at) "
                       "VALUES (:id, :me, 'venue.added', '2001-01-01T00:00:00Z')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":me"), team.manager.id } }));
    auto age = superuser->scalar(QStringLiteral("test"),
        QStringLiteral(
            "SELECT extract(epoch FROM now() - created_at) FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(age);
    QVERIFY2(qAbs(age->toDouble()) < 300, qPrintable(age->toString()));
    // The owner (migrations, sample data) still writes the time it is given.
    const QString ownerRow = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(superuser->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO activity_logs (id, action, created_at) VALUES (:id, 'demo', "
                       "'2001-01-01T00:00:00Z')"),
        { { QStringLiteral(":id"), ownerRow } }));
    auto year = superuser->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT extract(year FROM created_at) FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), ownerRow } });
    VM_VERIFY_OK(year);
    QCOMPARE(year->toInt(), 2001);
}

void tst_DatabaseIsolation::importCreatorIsStampedAndKept()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(temp);
    VM_POSTGRES_ONLY(temp);
    auto superuser = temp.openMigrated();
    VM_VERIFY_OK(superuser);
    Team team;
    QVERIFY(addTeam(*superuser, team, cleanup));
    auto me = connectAs(temp, team.manager.dbRole, kManagerPassword);
    VM_VERIFY_OK(me);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // In somebody else's name and back-dated: the database writes the truth.
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO import_batches (id, file_name, venue_count, created_by, created_at) "
            "VALUES (:id, 'venues.csv', 3, :other, '2001-01-01T00:00:00Z')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":other"), team.admin.id } }));
    auto row = superuser->exec(QStringLiteral("test"),
        QStringLiteral(
            "SELECT created_by, extract(year FROM created_at) FROM import_batches WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toString(), team.manager.id);
    QVERIFY(row->value(1).toInt() > 2001);
    // Rewriting who made it, or removing it, is refused.
    for (const QString &sql :
        { QStringLiteral("UPDATE import_batches SET created_by = :other WHERE id = :id"),
            QStringLiteral("UPDATE import_batches SET created_at = '2001-01-01T00:00:00Z', "
                           "created_by = :other "
                           "WHERE id = :id") }) {
        auto r = me->exec(QStringLiteral("test"), sql,
            { { QStringLiteral(":other"), team.admin.id }, { QStringLiteral(":id"), id } });
        QVERIFY2(!r.ok(), qPrintable(sql));
        QCOMPARE(r.error().kind, DbError::Kind::Permission);
    }
    auto removed = me->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM import_batches WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!removed.ok());
    // An undo is allowed, in the name of whoever undoes it.
    VM_VERIFY_OK(me->exec(QStringLiteral("test"),
        QStringLiteral(
            "UPDATE import_batches SET undone_at = now(), undone_by = :other WHERE id = :id"),
        { { QStringLiteral(":other"), team.admin.id }, { QStringLiteral(":id"), id } }));
    auto undone = superuser->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT undone_by FROM import_batches WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(undone);
    QCOMPARE(undone->toString(), team.manager.id);
    auto creator = superuser->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT created_by FROM import_batches WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(creator);
    QCOMPARE(creator->toString(), team.manager.id);
}

QTEST_GUILESS_MAIN(tst_DatabaseIsolation)
#include "tst_databaseisolation.moc"
