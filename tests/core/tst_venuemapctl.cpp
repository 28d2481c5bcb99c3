// venuemapctl as scripts use it: exit codes, one-sentence errors, and no password in `ps`.
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run ctl(const QStringList &args, const QString &dbUrl = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VENUEMAP_DB"));
    if (!dbUrl.isEmpty())
        env.insert(QStringLiteral("VENUEMAP_DB"), dbUrl);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class tst_Venuemapctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usage_data();
    void usage();
    void badUrlIsUsage();
    void malformedUrlHidesPassword_data();
    void malformedUrlHidesPassword();
    void unreachableServerFailsWithOneSentence();
    void passwordNotInProcessList();
    void silentServerTimesOut();
    void newFileIsSaid();
};

void tst_Venuemapctl::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no command") << QStringList {} << 2;
    QTest::newRow("help") << QStringList { "--help" } << 0;
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << 2;
    QTest::newRow("unknown option") << QStringList { "--frob", "migrate", "status" } << 2;
    QTest::newRow("--db without url") << QStringList { "--db" } << 2;
    QTest::newRow("migrate without sub")
        << QStringList { "--db", "sqlite:/tmp/x.venuemap", "migrate" } << 2;
    // The rooms flags of import and export (issue 13).
    QTest::newRow("export --spaces without file") << QStringList { "--db", "sqlite:/tmp/x.venuemap",
        "export", "venues", "v.csv", "--spaces" } << 2;
    QTest::newRow("export --spaces twice") << QStringList { "--db", "sqlite:/tmp/x.venuemap",
        "export", "venues", "v.csv", "--spaces", "a.csv", "--spaces", "b.csv" }
                                           << 2;
    QTest::newRow("export rooms into the venues file") << QStringList { "--db",
        "sqlite:/tmp/x.venuemap", "export", "venues", "v.csv", "--spaces", "v.csv" }
                                                       << 2;
    QTest::newRow("import --spaces without file") << QStringList { "--db", "sqlite:/tmp/x.venuemap",
        "import", "venues", "v.csv", "--spaces" } << 2;
    QTest::newRow("import spaces without file")
        << QStringList { "--db", "sqlite:/tmp/x.venuemap", "import", "spaces" } << 2;
    QTest::newRow("import spaces unknown option") << QStringList { "--db", "sqlite:/tmp/x.venuemap",
        "import", "spaces", "r.csv", "--skip-invalid" }
                                                  << 2;
}

void tst_Venuemapctl::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = ctl(args);
    QCOMPARE(r.code, code);
    if (code == 0)
        QVERIFY(r.out.contains(QLatin1String("Usage: venuemapctl")));
    else
        QVERIFY(!r.err.isEmpty());
    if (code == 2 && args.contains(QLatin1String("import")))
        QVERIFY(r.err.contains(QLatin1String("venuemapctl import spaces ROOMS.csv")));
    if (code == 2 && args.contains(QLatin1String("export")))
        QVERIFY(r.err.contains(QLatin1String("[--spaces ROOMS.csv]")));
}

// Walkthrough finding: under another HOME, `import venues` made a new empty book at the default
// path and said only "Imported 1 venue". A file that is not there yet is said to be made; an
// existing one is not mentioned.
void tst_Venuemapctl::newFileIsSaid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("typo.venuemap"));
    const QString url = QStringLiteral("sqlite:") + path;
    const Run first = ctl({ QStringLiteral("venues"), QStringLiteral("search") }, url);
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.contains(QStringLiteral("There was no venue book at"))
            && first.err.contains(QStringLiteral("a new, empty one was made there")),
        qPrintable(first.err));
    QVERIFY(QFile::exists(path));
    const Run again = ctl({ QStringLiteral("venues"), QStringLiteral("search") }, url);
    QCOMPARE(again.code, 0);
    QVERIFY2(!again.err.contains(QStringLiteral("no venue book")), qPrintable(again.err));
}

void tst_Venuemapctl::badUrlIsUsage()
{
    const Run r
        = ctl({ QStringLiteral("--db"), QStringLiteral("postgresql://anna@db:notaport/venues"),
            QStringLiteral("migrate"), QStringLiteral("status") });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QLatin1String("not a valid port")));
}

void tst_Venuemapctl::malformedUrlHidesPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("bad port") << "postgresql://anna:S3cretPw@db:S3cretPw/venues";
    QTest::newRow("slash in password") << "postgresql://anna:S3cretPw/x@db/venues";
    QTest::newRow("bad percent-encoding") << "postgresql://anna:S3cretPw%zz@db/venues";
    QTest::newRow("space in password") << "postgresql://anna:S3cretPw x@db:5432/venues";
}

// Issue 12 finding 5: stderr named the password of a malformed --db URL.
void tst_Venuemapctl::malformedUrlHidesPassword()
{
    QFETCH(QString, url);
    for (bool viaEnv : { false, true }) {
        const Run r = viaEnv ? ctl({ QStringLiteral("migrate"), QStringLiteral("status") }, url)
                             : ctl({ QStringLiteral("--db"), url, QStringLiteral("migrate"),
                                 QStringLiteral("status") });
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(
            !r.err.contains(QLatin1String("S3cret")) && !r.out.contains(QLatin1String("S3cret")),
            qPrintable(r.err));
    }
}

void tst_Venuemapctl::unreachableServerFailsWithOneSentence()
{
    const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("status") },
        QStringLiteral("postgresql://anna:hunter2@127.0.0.1:1/venues"));
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(
        r.err.contains(QLatin1String("Cannot reach the PostgreSQL server")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("hunter2")));
}

void tst_Venuemapctl::passwordNotInProcessList()
{
    // A server that accepts and never answers keeps venuemapctl waiting long enough to read its
    // argv.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QProcess p;
    p.start(QStringLiteral(VENUEMAP_CTL_PATH),
        { QStringLiteral("--db"),
            QStringLiteral("postgresql://anna:hunter2@127.0.0.1:%1/venues")
                .arg(silent.serverPort()),
            QStringLiteral("migrate"), QStringLiteral("status") });
    QVERIFY(p.waitForStarted());
    QVERIFY(silent.waitForNewConnection(10000)); // it has parsed its arguments and is connecting
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray args = cmdline.readAll();
    QVERIFY2(!args.contains("hunter2"), args.constData());
    QVERIFY(args.contains("postgresql://anna:"));
    p.kill();
    p.waitForFinished();
}

void tst_Venuemapctl::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QElapsedTimer timer;
    timer.start();
    const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("status") },
        QStringLiteral("postgresql://anna@127.0.0.1:%1/venues").arg(silent.serverPort()));
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.code, 1);
    QVERIFY2(ms < 15000, qPrintable(QStringLiteral("gave up after %1 ms").arg(ms)));
    QVERIFY(r.err.contains(QLatin1String("Cannot reach")));
}

QTEST_GUILESS_MAIN(tst_Venuemapctl)
#include "tst_venuemapctl.moc"
