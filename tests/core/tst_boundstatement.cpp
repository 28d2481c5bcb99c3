// One round trip per statement on PostgreSQL (issue 17): values are written into the statement by
// the driver's own formatValue, so what comes back is what was bound, whatever the value holds,
// and a statement costs one request on the wire instead of PREPARE, EXECUTE and DEALLOCATE.
#include "db/boundstatement.h"
#include "tcpproxy.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QtTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

// A PostgreSQL database for a test that is about PostgreSQL alone (skipped only where
// scripts/test did not provide a server).
#define VM_POSTGRES_DATABASE(var)                                                                  \
    TempDatabase var(QStringLiteral("postgresql"));                                                \
    if (!var.failReason().isEmpty())                                                               \
        QFAIL(qPrintable(var.failReason()));                                                       \
    if (!var.skipReason().isEmpty())                                                               \
        QSKIP(qPrintable(var.skipReason()));

class tst_BoundStatement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesComeBackAsBound_data();
    void valuesComeBackAsBound();
    void hostileTextStaysData_data() { addBackendRows(); }
    void hostileTextStaysData();
    void placeholdersOnlyOutsideQuotesAndCasts_data() { addBackendRows(); }
    void placeholdersOnlyOutsideQuotesAndCasts();
    void missingValuesAreRefused();
    void oneRoundTripPerStatement();
};

void tst_BoundStatement::valuesComeBackAsBound_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("cast"); // what the column is in the table
    struct Case
    {
        const char *name;
        QVariant value;
        const char *type;
    };
    QByteArray allBytes;
    for (int b = 0; b < 256; ++b)
        allBytes.append(char(b));
    const QList<Case> cases {
        { "text", QStringLiteral("Alte Münze"), "text" },
        { "quotes and backslashes", QStringLiteral("O'Brien's \\ \"bar\" \\' '' $$"), "text" },
        { "colon words", QStringLiteral(":name ::text :: :1"), "text" },
        { "emoji and RTL", QStringLiteral("🎉 مرحبا 漢字"), "text" },
        { "10 MB word", QString(10 * 1024 * 1024, QLatin1Char('x')), "text" },
        { "empty text", QString(QLatin1String("")), "text" },
        { "null text", QVariant(QMetaType::fromType<QString>()), "text" },
        { "negative int", QVariant(-5), "integer" },
        { "big int", QVariant(qint64(9007199254740993LL)), "bigint" },
        { "double", QVariant(0.1), "double precision" },
        { "negative double", QVariant(-1234.5678), "double precision" },
        { "bool", QVariant(true), "boolean" },
        { "date", QVariant(QDate(2027, 2, 12)), "date" },
        { "all bytes", QVariant(allBytes), "blob" },
    };
    for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgresql") })
        for (const Case &c : cases)
            QTest::newRow(
                qPrintable(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(c.name), backend)))
                << backend << c.value << QString::fromLatin1(c.type);
}

void tst_BoundStatement::valuesComeBackAsBound()
{
    QFETCH(QVariant, value);
    QFETCH(QString, cast);
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const QString type
        = cast == QLatin1String("blob") && tmp.isPostgres() ? QStringLiteral("bytea") : cast;
    VM_VERIFY_OK(db->execDirect(
        QStringLiteral("test"), QStringLiteral("CREATE TABLE t (v %1, w %1)").arg(type)));
    VM_VERIFY_OK(
        db->exec(QStringLiteral("test"), QStringLiteral("INSERT INTO t (v, w) VALUES (:v, :v)"),
            { { QStringLiteral(":v"), value } }));
    auto back = db->firstRow(DbCall { QStringLiteral("test"), {} },
        QStringLiteral("SELECT v, w, v = :v FROM t WHERE (:v IS NULL AND v IS NULL) OR v = :v"),
        { { QStringLiteral(":v"), value } });
    VM_VERIFY_OK(back);
    QVERIFY2(back->has_value(), "the row is found by the same value");
    const QVariant v = (*back)->value(0);
    if (value.isNull()) {
        QVERIFY(v.isNull());
    } else if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        QCOMPARE(v.toByteArray(), value.toByteArray());
    } else if (value.metaType() == QMetaType::fromType<double>()) {
        QCOMPARE(v.toDouble(), value.toDouble());
    } else if (value.metaType() == QMetaType::fromType<QDate>()) {
        QCOMPARE(v.toDate(), value.toDate());
    } else if (value.metaType() == QMetaType::fromType<bool>()) {
        QCOMPARE(v.toBool(), value.toBool());
    } else if (value.metaType() == QMetaType::fromType<QString>()) {
        QCOMPARE(v.toString().size(), value.toString().size());
        QVERIFY(v.toString() == value.toString());
    } else {
        QCOMPARE(v.toLongLong(), value.toLongLong());
    }
    QCOMPARE((*back)->value(1), v);
}

// Markup, quotes and statements typed into a field are stored as text; nothing runs.
void tst_BoundStatement::hostileTextStaysData()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QStringList hostile { QStringLiteral("x'); DROP TABLE venues; --"),
        QStringLiteral("x\\'); DROP TABLE venues; --"), QStringLiteral("$$; DROP TABLE venues; $$"),
        QStringLiteral("'; SELECT pg_sleep(10); --"), QStringLiteral("<b>=HYPERLINK(\"x\")</b>") };
    for (const QString &name : hostile)
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name, city) VALUES (:id, :name, :city)"),
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":name"), name }, { QStringLiteral(":city"), name } }));
    auto names
        = db->exec(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues ORDER BY name"));
    VM_VERIFY_OK(names);
    QStringList back;
    while (names->next())
        back << names->value(0).toString();
    QStringList expected = hostile;
    std::sort(expected.begin(), expected.end());
    std::sort(back.begin(), back.end());
    QCOMPARE(back, expected);
}

void tst_BoundStatement::placeholdersOnlyOutsideQuotesAndCasts()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    // (Qt's own SQLite binding reads a `:word` in a comment as a placeholder: PostgreSQL only.)
    const QString cast = tmp.isPostgres() ? QStringLiteral("::text -- :c\n") : QString();
    // A `:word` in a literal, a quoted identifier or a comment is text; `- :n` stays arithmetic.
    auto row = db->firstRow(DbCall { QStringLiteral("test"), {} },
        QStringLiteral("SELECT ':a' AS \":b\", 10 - :n, :a%1").arg(cast),
        { { QStringLiteral(":n"), -5 }, { QStringLiteral(":a"), QStringLiteral("it's") } });
    VM_VERIFY_OK(row);
    QCOMPARE((*row)->value(0).toString(), QStringLiteral(":a"));
    QCOMPARE((*row)->fieldName(0), QStringLiteral(":b"));
    QCOMPARE((*row)->value(1).toInt(), 15);
    QCOMPARE((*row)->value(2).toString(), QStringLiteral("it's"));
}

void tst_BoundStatement::missingValuesAreRefused()
{
    VM_POSTGRES_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const QSqlDriver *driver = db->connection().driver();
    auto missing = renderBoundStatement(
        driver, QStringLiteral("SELECT :a, :b"), { { QStringLiteral(":a"), 1 } });
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral(":b")));
    // A value the statement does not use is ignored, as QSqlQuery does.
    auto extra = renderBoundStatement(driver, QStringLiteral("SELECT :a"),
        { { QStringLiteral(":a"), 1 }, { QStringLiteral(":zz"), 2 } });
    VM_VERIFY_OK(extra);
    QCOMPARE(*extra, QStringLiteral("SELECT (1)"));
    // Through Database: the error names the statement as written, without the values.
    auto failed = db->exec(QStringLiteral("test"), QStringLiteral("SELECT nosuchcolumn, :secret"),
        { { QStringLiteral(":secret"), QStringLiteral("hunter2-hash") } });
    QVERIFY(!failed);
    QVERIFY(!failed.error().details().contains(QStringLiteral("hunter2-hash")));
}

// The wire: one request per statement, bound or not (QPSQL's PREPARE/EXECUTE/DEALLOCATE took
// three).
void tst_BoundStatement::oneRoundTripPerStatement()
{
    VM_POSTGRES_DATABASE(tmp);
    VM_VERIFY_OK(tmp.openMigrated());
    TcpProxy proxy(tmp.url().host, quint16(tmp.url().port));
    DatabaseUrl viaProxy = tmp.url();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();
    auto db = Database::open(viaProxy, QStringLiteral("roundtrips"));
    VM_VERIFY_OK(db);
    for (int i = 0; i < 3; ++i) {
        proxy.resetCounts();
        auto q = db->exec(QStringLiteral("test"),
            QStringLiteral("SELECT count(*) FROM venues WHERE name = :name OR city = :city"),
            { { QStringLiteral(":name"), QStringLiteral("Alte Münze") },
                { QStringLiteral(":city"), QStringLiteral("Berlin") } });
        VM_VERIFY_OK(q);
        QVERIFY(q->next());
        q = Result<QSqlQuery>(DbError {}); // the query goes: nothing more is sent for it
        QCOMPARE(proxy.roundTrips(), 1);
    }
    // The benchmark's distant server: the delay is really there, each way, and still one trip.
    proxy.setDelay(15);
    proxy.resetCounts();
    QElapsedTimer timer;
    timer.start();
    auto one = db->scalar(
        QStringLiteral("test"), QStringLiteral("SELECT :x"), { { QStringLiteral(":x"), 41 } });
    VM_VERIFY_OK(one);
    QCOMPARE(one->toInt(), 41);
    QVERIFY(timer.elapsed() >= 30);
    QCOMPARE(proxy.roundTrips(), 1);
}

QTEST_GUILESS_MAIN(tst_BoundStatement)
#include "tst_boundstatement.moc"
