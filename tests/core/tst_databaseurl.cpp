// DatabaseUrl: the URLs people type on the command line, in VENUEMAP_DB and in the dialog.
#include "db/databaseurl.h"

#include <QTest>

using namespace VenueMap::Core;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void displayStringHidesPassword();
    void malformedUrlHidesPassword_data();
    void malformedUrlHidesPassword();
    void environmentAndDefault();
    void argvScrubbed();
};

void tst_DatabaseUrl::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");

    QTest::newRow("sqlite absolute") << "sqlite:/tmp/book.venuemap" << false << "" << 0 << ""
                                     << ""
                                     << ""
                                     << "/tmp/book.venuemap";
    QTest::newRow("sqlite triple slash") << "sqlite:///tmp/book.venuemap" << false << "" << 0 << ""
                                         << ""
                                         << ""
                                         << "/tmp/book.venuemap";
    QTest::newRow("pg full")
        << "postgresql://anna:s3cret@db.agency.example:6543/venues?sslmode=require" << true
        << "db.agency.example" << 6543 << "venues"
        << "anna"
        << "s3cret"
        << "";
    QTest::newRow("pg no port") << "postgresql://anna@db/venues" << true << "db" << 0 << "venues"
                                << "anna"
                                << ""
                                << "";
    QTest::newRow("pg short scheme") << "postgres://anna@db/venues" << true << "db" << 0 << "venues"
                                     << "anna"
                                     << ""
                                     << "";
    QTest::newRow("pg encoded password")
        << "postgresql://anna:p%40ss%3Aword@db/venues" << true << "db" << 0 << "venues"
        << "anna"
        << "p@ss:word"
        << "";
    QTest::newRow("pg socket") << "postgresql:///venues" << true << "" << 0 << "venues"
                               << ""
                               << ""
                               << "";
}

void tst_DatabaseUrl::valid()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().sentence()));
    QCOMPARE(url->isPostgres(), postgres);
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->database, "database");
    QTEST(url->user, "user");
    QTEST(url->password, "password");
    QTEST(url->path, "path");
    if (postgres) {
        // Round trip through the full string keeps every part.
        auto again = DatabaseUrl::parse(url->toFullString());
        QVERIFY(again.ok());
        QCOMPARE(*again, *url);
    }
}

void tst_DatabaseUrl::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a fragment of the sentence

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no scheme") << "just-a-file"
                               << "not a database URL";
    QTest::newRow("unknown scheme") << "mysql://root@db/venues"
                                    << "Unknown database type \"mysql\"";
    QTest::newRow("sqlite no file") << "sqlite:"
                                    << "names no file";
    QTest::newRow("pg no database") << "postgresql://anna@db"
                                    << "names no database";
    QTest::newRow("pg slash only") << "postgresql://anna@db/"
                                   << "names no database";
    QTest::newRow("pg bad port text") << "postgresql://anna@db:abc/venues"
                                      << "not a valid port";
    QTest::newRow("pg port too big") << "postgresql://anna@db:70000/venues"
                                     << "not a valid port";
    QTest::newRow("pg port zero") << "postgresql://anna@db:0/venues"
                                  << "not a valid port";
    QTest::newRow("pg single slash") << "postgresql:/venues"
                                     << "starts with postgresql://";
    QTest::newRow("pg unknown option") << "postgresql://anna@db/venues?evil=1"
                                       << "Unknown connection option";
}

void tst_DatabaseUrl::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, DbError::Kind::Usage);
    QVERIFY2(url.error().sentence().contains(expected), qPrintable(url.error().sentence()));
    // One sentence: no line breaks, ends with a full stop.
    QVERIFY(!url.error().sentence().contains(QLatin1Char('\n')));
    QVERIFY(url.error().sentence().endsWith(QLatin1Char('.')));
}

void tst_DatabaseUrl::displayStringHidesPassword()
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna:topsecret@db:5432/venues"));
    QVERIFY(url.ok());
    QVERIFY(!url->toDisplayString().contains(QLatin1String("topsecret")));
    QVERIFY(url->toDisplayString().contains(QLatin1String("anna@db:5432/venues")));
    QVERIFY(url->toFullString().contains(QLatin1String("topsecret")));
    // An error about this URL never carries the password either.
    auto bad = DatabaseUrl::parse(QStringLiteral("postgresql://anna:topsecret@db:99999/venues"));
    QVERIFY(!bad.ok());
    QVERIFY(!bad.error().sentence().contains(QLatin1String("topsecret")));
    QVERIFY(!bad.error().details().contains(QLatin1String("topsecret")));
}

// Issue 12 finding 5: QUrl::errorString() and the port text both quoted the password.
void tst_DatabaseUrl::malformedUrlHidesPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bad port after password") << "postgresql://anna:S3cretPw@db:S3cretPw/venues";
    QTest::newRow("slash in password") << "postgresql://anna:S3cretPw/x@db/venues";
    QTest::newRow("slash in password, port") << "postgresql://anna:S3cr/etPw@db:5432/venues";
    QTest::newRow("bad percent-encoding") << "postgresql://anna:S3cretPw%zz@db/venues";
    QTest::newRow("bad percent-encoding, port") << "postgresql://anna:S3cretPw%@db:5432/venues";
    QTest::newRow("space in password") << "postgresql://anna:S3cretPw x@db/venues";
    QTest::newRow("bracket in password") << "postgresql://anna:S3cretPw[@db/venues";
    QTest::newRow("bad host") << "postgresql://anna:S3cretPw@d<b>/venues";
    QTest::newRow("bad ipv6 host") << "postgresql://anna:S3cretPw@[::g]:5432/venues";
    QTest::newRow("no scheme") << ":anna:S3cretPw@db/venues";
}

void tst_DatabaseUrl::malformedUrlHidesPassword()
{
    QFETCH(QString, text);
    auto url = DatabaseUrl::parse(text);
    if (url.ok())
        QSKIP("Qt accepts this spelling");
    const QString all = url.error().sentence() + url.error().details() + url.error().where;
    QVERIFY2(!all.contains(QLatin1String("S3cret")) && !all.contains(QLatin1String("etPw")),
        qPrintable(all));
    QVERIFY(url.error().sentence().endsWith(QLatin1Char('.')));
}

void tst_DatabaseUrl::environmentAndDefault()
{
    qputenv("VENUEMAP_DB", "sqlite:/tmp/from-env.venuemap");
    auto fromEnv = DatabaseUrl::resolve({});
    QVERIFY(fromEnv.ok());
    QCOMPARE(fromEnv->path, QStringLiteral("/tmp/from-env.venuemap"));
    auto fromCli = DatabaseUrl::resolve(QStringLiteral("sqlite:/tmp/cli.venuemap"));
    QVERIFY(fromCli.ok());
    QCOMPARE(fromCli->path, QStringLiteral("/tmp/cli.venuemap"));
    qunsetenv("VENUEMAP_DB");
    auto fallback = DatabaseUrl::resolve({});
    QVERIFY(fallback.ok());
    QVERIFY(fallback->isSqlite());
    QVERIFY(fallback->path.endsWith(QLatin1String("venuemap.sqlite")));
}

void tst_DatabaseUrl::argvScrubbed()
{
    QByteArray a0("venuemapctl"), a1("--db"), a2("postgresql://anna:topsecret@db/venues"),
        a3("migrate");
    char *argv[] = { a0.data(), a1.data(), a2.data(), a3.data(), nullptr };
    scrubPasswordsFromArgv(4, argv);
    QCOMPARE(QByteArray(argv[2]), QByteArray("postgresql://anna:*********@db/venues"));
    QCOMPARE(QByteArray(argv[3]), QByteArray("migrate"));
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
