// The migration SQL splitter: statements end at semicolons that are really statement ends.
#include "migration/sqlsplitter.h"

#include <QTest>

using namespace VenueMap::Core;

class tst_SqlSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void lineNumbers();
};

void tst_SqlSplitter::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two") << "CREATE TABLE a (x int);\nCREATE TABLE b (y int);"
                         << QStringList { "CREATE TABLE a (x int)", "CREATE TABLE b (y int)" };
    QTest::newRow("no trailing semicolon") << "SELECT 1" << QStringList { "SELECT 1" };
    QTest::newRow("quoted semicolon") << "INSERT INTO t VALUES ('a;b');SELECT 2;"
                                      << QStringList { "INSERT INTO t VALUES ('a;b')", "SELECT 2" };
    QTest::newRow("doubled quote")
        << "SELECT 'it''s; fine'; SELECT 3" << QStringList { "SELECT 'it''s; fine'", "SELECT 3" };
    QTest::newRow("quoted identifier")
        << "CREATE TABLE \"a;b\" (x int); SELECT 1"
        << QStringList { "CREATE TABLE \"a;b\" (x int)", "SELECT 1" };
    QTest::newRow("line comment") << "-- first; not a statement\nSELECT 1; -- trailing;\nSELECT 2"
                                  << QStringList { "SELECT 1", "SELECT 2" };
    QTest::newRow("block comment") << "/* a; b */ SELECT 1; /* nested /* ; */ ; */ SELECT 2;"
                                   << QStringList { "SELECT 1", "SELECT 2" };
    QTest::newRow("dollar quote")
        << "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nSELECT 2;"
        << QStringList { "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
               "SELECT 2" };
    QTest::newRow("tagged dollar quote")
        << "DO $body$ BEGIN PERFORM 1; END $body$; SELECT $1"
        << QStringList { "DO $body$ BEGIN PERFORM 1; END $body$", "SELECT $1" };
    QTest::newRow("sqlite trigger")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  UPDATE c SET "
           "x = 1;\nEND;\nSELECT 1;"
        << QStringList { "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  "
                         "UPDATE c SET x = 1;\nEND",
               "SELECT 1" };
    // A PostgreSQL trigger has no body: the statements after it are statements of their own (they
    // once travelled with it, and an error in them surfaced as "transaction aborted" later on).
    QTest::newRow("postgresql trigger")
        << "CREATE TRIGGER t BEFORE INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\n"
           "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; "
           "$$;\nSELECT g();"
        << QStringList {
               "CREATE TRIGGER t BEFORE INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f()",
               "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$",
               "SELECT g()"
           };
    QTest::newRow("empty statements") << ";;\n;SELECT 1;;" << QStringList { "SELECT 1" };
    QTest::newRow("unterminated quote")
        << "SELECT 'abc; SELECT 2" << QStringList { "SELECT 'abc; SELECT 2" };
}

void tst_SqlSplitter::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const SqlStatement &s : splitSqlStatements(sql))
        got << s.text;
    QCOMPARE(got, expected);
}

void tst_SqlSplitter::lineNumbers()
{
    const auto statements = splitSqlStatements(
        QStringLiteral("-- header\n\nCREATE TABLE a (x int);\n\nCREATE TABLE b (\n y int);\n"));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).line, 3);
    QCOMPARE(statements.at(1).line, 5);
}

QTEST_GUILESS_MAIN(tst_SqlSplitter)
#include "tst_sqlsplitter.moc"
