// A server that has no connection left (SQLSTATE 53300) is told as such, with what an
// administrator can do, not as "cannot reach the server". Provoked for real on the test server:
// a login role and a database with CONNECTION LIMIT 1, and a small cluster of its own at its
// max_connections; each is SQLSTATE 53300 with its own text. PostgreSQL only: SQLite has no
// connections to run out of.
#include "testdatabase.h"

#include <QProcess>
#include <QScopeGuard>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_MaxConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roleAtItsLimitIsToldSo();
    void databaseAtItsLimitIsToldSo();
    void serverAtMaxConnectionsIsToldSo();
};

namespace {

// A login role of its own for one test, with CONNECTION LIMIT `limit`, dropped afterwards.
struct LimitedRole
{
    Database admin;
    QString name = QStringLiteral("vm_limited_%1").arg(QCoreApplication::applicationPid());
    QString password = QStringLiteral("limited-password-1");

    bool create(const TempDatabase &tmp, int limit)
    {
        auto a = tmp.openAsSuperuser(uniqueConnectionName(QStringLiteral("admin")));
        if (!a)
            return false;
        admin = *a;
        return admin
            .execDirect(QStringLiteral("test"),
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' CONNECTION LIMIT %3")
                    .arg(name, password)
                    .arg(limit))
            .ok();
    }
    ~LimitedRole()
    {
        if (admin.isValid())
            (void)admin.execDirect(
                QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }
};

void verifyToldAsLimit(const DbError &e, const QString &limitWords)
{
    QCOMPARE(e.kind, DbError::Kind::Connection);
    const QString s = e.sentence();
    QVERIFY2(s.contains(QLatin1String("refused another connection")), qPrintable(s));
    QVERIFY2(s.contains(limitWords), qPrintable(s));
    QVERIFY2(s.contains(QLatin1String("PgBouncer")), qPrintable(s));
    QVERIFY2(!s.contains(QLatin1String("Cannot reach")), qPrintable(s));
    QVERIFY2(e.isRetryable(), "a full server is worth trying again");
}

} // namespace

void tst_MaxConnections::roleAtItsLimitIsToldSo()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    LimitedRole role;
    QVERIFY(role.create(tmp, 1));
    const DatabaseUrl url = tmp.urlFor(role.name, role.password);
    auto first = Database::open(url, uniqueConnectionName(QStringLiteral("first")));
    VM_VERIFY_OK(first);
    auto second = Database::open(url, uniqueConnectionName(QStringLiteral("second")));
    QVERIFY(!second);
    verifyToldAsLimit(second.error(), QStringLiteral("CONNECTION LIMIT"));
    QVERIFY2(second.error().sentence().contains(url.database), "names the server it tried");
    QVERIFY2(second.error().details().contains(QLatin1String("too many connections for role")),
        qPrintable(second.error().details()));

    // Once the first closes, the same URL works again.
    first->close();
    QTRY_VERIFY_WITH_TIMEOUT(
        Database::open(url, uniqueConnectionName(QStringLiteral("again"))).ok(), 5000);
}

void tst_MaxConnections::databaseAtItsLimitIsToldSo()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    LimitedRole role; // superusers are exempt from a database's limit
    QVERIFY(role.create(tmp, -1));
    // The superuser's own connections count towards the limit: room for exactly one more.
    auto here = role.admin.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"));
    VM_VERIFY_OK(here);
    VM_VERIFY_OK(role.admin.execDirect(QStringLiteral("test"),
        QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT %2")
            .arg(tmp.url().database)
            .arg(here->toInt() + 1)));
    const DatabaseUrl url = tmp.urlFor(role.name, role.password);
    auto first = Database::open(url, uniqueConnectionName(QStringLiteral("first")));
    VM_VERIFY_OK(first);
    auto second = Database::open(url, uniqueConnectionName(QStringLiteral("second")));
    QVERIFY(!second);
    verifyToldAsLimit(second.error(), QStringLiteral("the database has all the connections"));
}

// The server-wide limit, on a cluster of its own with max_connections = 4
// (scripts/lib/pgcluster.sh, as scripts/test starts the test server): the fifth connection is
// refused with "sorry, too many clients already" (SQLSTATE 53300).
void tst_MaxConnections::serverAtMaxConnectionsIsToldSo()
{
    if (postgresAdminUrl().isEmpty() && !postgresRequired())
        QSKIP("no PostgreSQL: set VENUEMAP_TEST_PG_URL (scripts/test does)");
    const QString lib = QStringLiteral(VENUEMAP_SOURCE_DIR "/scripts/lib/pgcluster.sh");
    QProcess start;
    start.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENUEMAP_PG_MAX_CONNECTIONS"), QStringLiteral("4"));
        return env;
    }());
    start.start(QStringLiteral("bash"),
        { QStringLiteral("-c"),
            QStringLiteral("source \"$1\" && venuemap_pg_start >/dev/null && "
                           "printf '%s\\n%s\\n' \"$VENUEMAP_PG_DIR\" \"$VENUEMAP_PG_URL\""),
            QStringLiteral("pgcluster"), lib });
    QVERIFY(start.waitForFinished(120000));
    const QStringList lines = QString::fromUtf8(start.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(start.exitCode() == 0 && lines.size() == 2, start.readAllStandardError().constData());
    const QString dir = lines.at(0);
    const auto stop = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral("source \"$1\" && VENUEMAP_PG_DIR=\"$2\" venuemap_pg_stop"),
                QStringLiteral("pgcluster"), lib, dir });
    });
    auto url = DatabaseUrl::parse(lines.at(1));
    VM_VERIFY_OK(url);
    QList<Database> open;
    for (int i = 0; i < 4; ++i) {
        auto db = Database::open(*url, uniqueConnectionName(QStringLiteral("slot")));
        VM_VERIFY_OK(db);
        open << *db;
    }
    auto fifth = Database::open(*url, uniqueConnectionName(QStringLiteral("fifth")));
    QVERIFY(!fifth);
    verifyToldAsLimit(fifth.error(), QStringLiteral("max_connections"));
    QVERIFY2(fifth.error().details().contains(QLatin1String("too many clients already")),
        qPrintable(fifth.error().details()));
    // Not to be mistaken for a server that is down.
    QVERIFY(!DbError::isTooManyConnections(
        QSqlError(QStringLiteral("could not connect to server: Connection refused"), QString(),
            QSqlError::ConnectionError)));
}

QTEST_GUILESS_MAIN(tst_MaxConnections)
#include "tst_maxconnections.moc"
