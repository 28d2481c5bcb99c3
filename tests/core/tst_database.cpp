// Database: how connections are set up on each backend (DESIGN §2), and the transaction guard.
#include "repositories/countedqueries.h"
#include "testdatabase.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionSettings_data() { addBackendRows(); }
    void sessionSettings();
    void guardRollsBackUnlessCommitted_data() { addBackendRows(); }
    void guardRollsBackUnlessCommitted();
    void connectionPerThreadName_data() { addBackendRows(); }
    void connectionPerThreadName();
    void failedStatementCarriesItsOperation_data() { addBackendRows(); }
    void failedStatementCarriesItsOperation();
    void firstRowFinishesTheStatement_data() { addBackendRows(); }
    void firstRowFinishesTheStatement();
    void unreachableServerIsOneSentence();
    void wrongPasswordIsAuthentication();
    void newSqliteBookIsItsOwnersAlone();
};

void tst_Database::sessionSettings()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    if (tmp.isPostgres()) {
        auto tz = db->scalar(
            QStringLiteral("test"), QStringLiteral("SELECT current_setting('TimeZone')"));
        VM_VERIFY_OK(tz);
        QCOMPARE(tz->toString(), QStringLiteral("UTC"));
        auto app = db->scalar(
            QStringLiteral("test"), QStringLiteral("SELECT current_setting('application_name')"));
        VM_VERIFY_OK(app);
        QVERIFY2(
            app->toString().startsWith(QLatin1String("VenueMap ")), qPrintable(app->toString()));
        QVERIFY(!app->toString().contains(tmp.url().password));
    } else {
        auto mode = db->scalar(QStringLiteral("test"), QStringLiteral("PRAGMA journal_mode"));
        VM_VERIFY_OK(mode);
        QCOMPARE(mode->toString().toLower(), QStringLiteral("wal"));
        auto fk = db->scalar(QStringLiteral("test"), QStringLiteral("PRAGMA foreign_keys"));
        VM_VERIFY_OK(fk);
        QCOMPARE(fk->toInt(), 1);
        auto busy = db->scalar(QStringLiteral("test"), QStringLiteral("PRAGMA busy_timeout"));
        VM_VERIFY_OK(busy);
        QVERIFY(busy->toInt() >= 1000);
    }
}

void tst_Database::guardRollsBackUnlessCommitted()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString insert = QStringLiteral("INSERT INTO venues (id, name) VALUES (:id, :name)");
    {
        TransactionGuard guard(*db);
        VM_VERIFY_OK(guard.begun());
        VM_VERIFY_OK(db->exec(QStringLiteral("test"), insert,
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":name"), QStringLiteral("Rolled back") } }));
    } // no commit
    {
        TransactionGuard guard(*db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"), insert,
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":name"), QStringLiteral("Kept") } }));
        VM_VERIFY_OK(guard.commit());
    }
    auto names = db->exec(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues"));
    VM_VERIFY_OK(names);
    QStringList got;
    while (names->next())
        got << names->value(0).toString();
    QCOMPARE(got, QStringList { QStringLiteral("Kept") });
}

void tst_Database::connectionPerThreadName()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto other = db->openAnother(uniqueConnectionName(QStringLiteral("other")));
    VM_VERIFY_OK(other);
    QVERIFY(other->connectionName() != db->connectionName());
    // A write committed on one connection is seen by the other.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name) VALUES (:id, 'Seen')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) } }));
    auto count
        = other->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    VM_VERIFY_OK(count);
    QCOMPARE(count->toInt(), 1);
    const QString name = other->connectionName();
    other->close();
    QVERIFY(!QSqlDatabase::contains(name)); // the last copy removed the connection
}

void tst_Database::failedStatementCarriesItsOperation()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const DbCall call { QStringLiteral("tst_Database::save"), QStringLiteral("save the caterer") };
    const auto check = [&](const DbError &e) {
        QCOMPARE(e.operation, call.operation);
        QCOMPARE(e.where, call.where);
        QVERIFY2(e.sentence().startsWith(QLatin1String("Could not save the caterer: ")),
            qPrintable(e.sentence()));
        QVERIFY2(e.details().contains(QLatin1String("no_such_table")), qPrintable(e.details()));
    };
    const QString bad = QStringLiteral("SELECT id FROM no_such_table WHERE id = :id");
    const Binds binds { { QStringLiteral(":id"), 1 } };

    auto q = db->exec(call, bad, binds);
    QVERIFY(!q);
    check(q.error());
    auto v = db->scalar(call, bad, binds);
    QVERIFY(!v);
    check(v.error());
    auto d = db->execDirect(call, QStringLiteral("DELETE FROM no_such_table"));
    QVERIFY(!d);
    check(d.error());

    // A constraint failure keeps its kind and sentence, now told as the caller's operation.
    const QString insert
        = QStringLiteral("INSERT INTO catering_providers (id, name) VALUES (:id, :name)");
    auto dup = db->exec(call, insert,
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":name"), QVariant(QMetaType(QMetaType::QString)) } });
    QVERIFY(!dup);
    QCOMPARE(dup.error().operation, call.operation);
    QCOMPARE(dup.error().kind, DbError::Kind::Validation);

    // CountedQueries counts the statement and hands the call on.
    CountedQueries counted(*db);
    auto cq = counted.exec(call, bad, binds);
    QVERIFY(!cq);
    check(cq.error());
    auto cs = counted.scalar(call, QStringLiteral("SELECT count(*) FROM catering_providers"));
    VM_VERIFY_OK(cs);
    QCOMPARE(counted.count(), 2);

    // Naming only where leaves the operation to the caller, as before.
    auto plain = db->exec(call.where, bad, binds);
    QVERIFY(!plain);
    QVERIFY(plain.error().operation.isEmpty());
    QCOMPARE(plain.error().withOperation(call.operation).sentence(), q.error().sentence());
}

void tst_Database::firstRowFinishesTheStatement()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto other = db->openAnother(uniqueConnectionName(QStringLiteral("other")));
    VM_VERIFY_OK(other);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const DbCall call { QStringLiteral("test"), QStringLiteral("rename the caterer") };
    auto added = db->firstRow(call,
        QStringLiteral(
            "INSERT INTO catering_providers (id, name) VALUES (:id, 'First') RETURNING id, name"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(added);
    QVERIFY(added->has_value());
    QCOMPARE((*added)->value(0).toString(), id);
    QCOMPARE((*added)->value(1).toString(), QStringLiteral("First"));
    // The write is over: another connection sees it and may write the row at once.
    auto seen = other->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT name FROM catering_providers WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(seen);
    QCOMPARE(seen->toString(), QStringLiteral("First"));
    VM_VERIFY_OK(other->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE catering_providers SET name = 'Second' WHERE id = :id"),
        { { QStringLiteral(":id"), id } }));
    // No row: nullopt, not an error.
    auto none = db->firstRow(call,
        QStringLiteral(
            "UPDATE catering_providers SET name = 'Third' WHERE id = :id RETURNING name"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) } });
    VM_VERIFY_OK(none);
    QVERIFY(!none->has_value());
    auto bad = db->firstRow(call, QStringLiteral("SELECT nothing FROM no_such_table"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().operation, call.operation);
}

void tst_Database::unreachableServerIsOneSentence()
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna:topsecret@127.0.0.1:1/venues"));
    QVERIFY(url.ok());
    auto db = Database::open(*url, uniqueConnectionName());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, DbError::Kind::Connection);
    QVERIFY2(db.error().sentence().contains(QLatin1String("127.0.0.1:1/venues")),
        qPrintable(db.error().sentence()));
    QVERIFY(!db.error().sentence().contains(QLatin1String("topsecret")));
    QVERIFY(!db.error().details().contains(QLatin1String("topsecret")));
}

void tst_Database::wrongPasswordIsAuthentication()
{
    if (postgresAdminUrl().isEmpty()) {
        if (postgresRequired())
            QFAIL("VENUEMAP_TEST_PG_URL is not set");
        QSKIP("no PostgreSQL server");
    }
    auto url = DatabaseUrl::parse(postgresAdminUrl());
    QVERIFY(url.ok());
    url->password = QStringLiteral("definitely-wrong");
    auto db = Database::open(*url, uniqueConnectionName());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, DbError::Kind::Authentication);
    QVERIFY(!db.error().sentence().contains(QLatin1String("definitely-wrong")));
    QVERIFY(!db.error().details().contains(QLatin1String("definitely-wrong")));
}

QTEST_GUILESS_MAIN(tst_Database)
// A brand-new embedded book holds password hashes: 0600 whatever the umask, and so are the
// journal files SQLite makes beside it; an existing file keeps the mode its owner gave it.
void tst_Database::newSqliteBookIsItsOwnersAlone()
{
    QTemporaryDir dir;
    const mode_t oldMask = ::umask(022);
    auto restore = qScopeGuard([&] { ::umask(oldMask); });
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("new.venuemap"));
    {
        auto db = Database::open(url, uniqueConnectionName());
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(
            db->execDirect(QStringLiteral("test"), QStringLiteral("PRAGMA journal_mode=WAL")));
        VM_VERIFY_OK(
            db->execDirect(QStringLiteral("test"), QStringLiteral("CREATE TABLE t (x int)")));
        for (const QString &suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            struct stat st
            {
            };
            QCOMPARE(::stat(QFile::encodeName(url.path + suffix).constData(), &st), 0);
            QCOMPARE(QString::number(st.st_mode & 0777, 8), QStringLiteral("600"));
        }
    }
    const QString shared = dir.filePath(QStringLiteral("shared.venuemap"));
    {
        QFile f(shared);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(shared,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup));
    url.path = shared;
    auto db = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(db);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(shared).constData(), &st), 0);
    QCOMPARE(QString::number(st.st_mode & 0777, 8), QStringLiteral("660"));
}

#include "tst_database.moc"
