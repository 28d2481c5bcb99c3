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
    void multiHost_data();
    void multiHost();
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
    QTest::newRow("pg host list, empty entry") << "postgresql://anna@db1,,db2/venues"
                                               << "host list has an empty entry";
    QTest::newRow("pg host list, trailing comma") << "postgresql://anna@db1,/venues"
                                                  << "host list has an empty entry";
    QTest::newRow("pg host list, bad port") << "postgresql://anna@db1:5432,db2:99999/venues"
                                            << "99999 is not a valid port";
    QTest::newRow("pg host list, empty port") << "postgresql://anna@db1:,db2/venues"
                                              << "not a valid port";
    QTest::newRow("pg host list, bad host") << "postgresql://anna@db1,d<b>2/venues"
                                            << "\"d<b>2\" in the host list is not a host name";
    QTest::newRow("pg host list, open bracket") << "postgresql://anna@db1,[::1/venues"
                                                << "lacks its closing ]";
    QTest::newRow("pg host list, no database") << "postgresql://anna@db1,db2"
                                               << "names no database";
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

// libpq's multi-host URLs (a primary and its standby): every server in order, a port per host
// where they differ, written back the way libpq reads them.
void tst_DatabaseUrl::multiHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // libpq's host list
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("libpqPort");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("servers");

    QTest::newRow("two hosts, default port")
        << "postgresql://db1,db2/venues?target_session_attrs=read-write"
        << "db1,db2" << 0 << ""
        << "postgresql://db1,db2/venues?target_session_attrs=read-write"
        << "db1 or db2";
    QTest::newRow("a port per host")
        << "postgresql://anna:pw@host1:5432,host2:5433/venues?target_session_attrs=read-write"
        << "host1,host2" << 0 << "5432,5433"
        << "postgresql://anna@host1:5432,host2:5433/venues?target_session_attrs=read-write"
        << "host1:5432 or host2:5433";
    QTest::newRow("the same port on each") << "postgresql://anna@10.0.0.1:6432,10.0.0.2:6432/venues"
                                           << "10.0.0.1,10.0.0.2" << 6432 << "6432"
                                           << "postgresql://anna@10.0.0.1:6432,10.0.0.2:6432/venues"
                                           << "10.0.0.1:6432 or 10.0.0.2:6432";
    // As in libpq, a port belongs to the host before it: db1 keeps the default.
    QTest::newRow("port on the second only") << "postgresql://db1,db2:5433/venues"
                                             << "db1,db2" << 0 << ",5433"
                                             << "postgresql://db1,db2:5433/venues"
                                             << "db1 or db2:5433";
    QTest::newRow("three hosts, IPv6")
        << "postgresql://anna@[::1]:5432,db2,db3:5434/venues?target_session_attrs=any"
        << "::1,db2,db3" << 0 << "5432,,5434"
        << "postgresql://anna@[::1]:5432,db2,db3:5434/venues?target_session_attrs=any"
        << "::1:5432, db2 or db3:5434";
    QTest::newRow("prefer-standby for reading")
        << "postgresql://anna@db1,db2/venues?target_session_attrs=prefer-standby"
        << "db1,db2" << 0 << ""
        << "postgresql://anna@db1,db2/venues?target_session_attrs=prefer-standby"
        << "db1 or db2";
}

void tst_DatabaseUrl::multiHost()
{
    QFETCH(QString, text);
    auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().sentence()));
    QVERIFY(url->isPostgres());
    QVERIFY(url->isMultiHost());
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->libpqPort(), "libpqPort");
    QCOMPARE(url->database, QStringLiteral("venues"));
    QTEST(url->toDisplayString(), "display");
    QTEST(url->serversForDisplay(), "servers");
    QVERIFY(!url->toDisplayString().contains(QLatin1String(":pw@")));
    // The full string keeps every part, the password included.
    auto again = DatabaseUrl::parse(url->toFullString());
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().sentence()));
    QCOMPARE(*again, *url);
    QCOMPARE(again->toFullString(), url->toFullString());
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
