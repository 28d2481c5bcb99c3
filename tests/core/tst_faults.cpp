// Faults injected into real processes and real files: busy, read-only and full SQLite
// files, and processes killed in the middle of a migration. Nothing is lost or half-applied.
#include "migration/migrationmanager.h"
#include "scratchmount.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>
#include <unistd.h>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status insertVenue(const Database &db, const QString &name)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name, notes) VALUES (:id, :name, :notes)"),
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":name"), name },
            { QStringLiteral(":notes"), QString(2000, QLatin1Char('x')) } });
    if (!q)
        return q.error();
    return {};
}

QString integrity(const Database &db)
{
    auto r = db.scalar(QStringLiteral("test"), QStringLiteral("PRAGMA integrity_check"));
    return r ? r->toString() : r.error().details();
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteBusyWaitsThenSays();
    void sqliteReadOnlyFileOpensReadOnly();
    void sqliteFullDiskLeavesFileIntact();
    void killedMigrationIsAllOrNothing_data() { addBackendRows(); }
    void killedMigrationIsAllOrNothing();
    void killedDemoAndImportLeaveNothingHalfDone_data() { addBackendRows(); }
    void killedDemoAndImportLeaveNothingHalfDone();
    void killedShortlistWriterLeavesEveryChangeLogged_data() { addBackendRows(); }
    void killedShortlistWriterLeavesEveryChangeLogged();
};

void tst_Faults::sqliteBusyWaitsThenSays()
{
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto holder = tmp.openMigrated();
    VM_VERIFY_OK(holder);
    auto other = tmp.open();
    VM_VERIFY_OK(other);
    VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN IMMEDIATE")));
    VM_VERIFY_OK(insertVenue(*holder, QStringLiteral("Held")));

    QElapsedTimer timer;
    timer.start();
    const Status s = insertVenue(*other, QStringLiteral("Waiting"));
    const qint64 waited = timer.elapsed();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, DbError::Kind::Busy);
    QVERIFY2(waited >= 4000,
        qPrintable(QStringLiteral("gave up after %1 ms").arg(waited))); // waited the busy timeout
    QVERIFY(s.error().sentence().contains(QLatin1String("busy")));

    VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("COMMIT")));
    VM_VERIFY_OK(insertVenue(*other, QStringLiteral("After")));
    auto count
        = other->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    VM_VERIFY_OK(count);
    QCOMPARE(count->toInt(), 2);
}

void tst_Faults::sqliteReadOnlyFileOpensReadOnly()
{
    ScratchMount mount(QStringLiteral("8m"));
    if (!mount.ok())
        QSKIP("cannot mount a scratch filesystem here (needs root); CI runs as root");
    DatabaseUrl url;
    url.path = mount.path() + QStringLiteral("/book.venuemap");
    {
        auto db = Database::open(url, uniqueConnectionName());
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(MigrationManager(*db).migrate());
        VM_VERIFY_OK(insertVenue(*db, QStringLiteral("Harbour Loft")));
        VM_VERIFY_OK(db->execDirect(
            QStringLiteral("test"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        VM_VERIFY_OK(
            db->execDirect(QStringLiteral("test"), QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    QVERIFY(mount.remountReadOnly());
    auto db = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(db);
    QVERIFY(db->isReadOnly());
    // Reading works and the migration manager sees an up-to-date schema.
    MigrationManager manager(*db);
    auto applied = manager.migrate();
    VM_VERIFY_OK(applied);
    QCOMPARE(*applied, 0);
    auto name = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues"));
    VM_VERIFY_OK(name);
    QCOMPARE(name->toString(), QStringLiteral("Harbour Loft"));
    // Writing is refused with a sentence.
    const Status s = insertVenue(*db, QStringLiteral("Nope"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, DbError::Kind::ReadOnly);
    QVERIFY(s.error().sentence().contains(QLatin1String("read-only")));
}

void tst_Faults::sqliteFullDiskLeavesFileIntact()
{
    ScratchMount mount(QStringLiteral("3m"));
    if (!mount.ok())
        QSKIP("cannot mount a scratch filesystem here (needs root); CI runs as root");
    DatabaseUrl url;
    url.path = mount.path() + QStringLiteral("/book.venuemap");
    auto db = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(MigrationManager(*db).migrate());
    VM_VERIFY_OK(insertVenue(*db, QStringLiteral("Before the disk filled")));

    // Fill the disk with one big transaction: it fails as a whole.
    Status failure;
    {
        TransactionGuard guard(*db);
        VM_VERIFY_OK(guard.begun());
        for (int i = 0; i < 20000 && failure.ok(); ++i)
            failure = insertVenue(*db, QStringLiteral("Filler %1").arg(i));
        if (failure.ok())
            failure = guard.commit();
    }
    QVERIFY2(!failure.ok(), "the 3 MB filesystem never filled");
    QVERIFY2(
        failure.error().kind == DbError::Kind::DiskFull, qPrintable(failure.error().details()));
    QVERIFY(failure.error().sentence().contains(QLatin1String("disk is full")));

    db->close();
    auto again = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(again);
    QCOMPARE(integrity(*again), QStringLiteral("ok"));
    auto names = again->exec(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues"));
    VM_VERIFY_OK(names);
    QStringList got;
    while (names->next())
        got << names->value(0).toString();
    QCOMPARE(got, QStringList { QStringLiteral("Before the disk filled") });
}

void tst_Faults::killedMigrationIsAllOrNothing()
{
    QFETCH(QString, backend);
    const MigrationSet set = MigrationSet::builtIn(
        backend == QLatin1String("postgresql") ? Backend::PostgreSql : Backend::Sqlite);
    int killedMidway = 0;
    for (int round = 0; round < 12; ++round) {
        TempDatabase tmp(backend);
        if (!tmp.failReason().isEmpty())
            QFAIL(qPrintable(tmp.failReason()));
        if (!tmp.skipReason().isEmpty())
            QSKIP(qPrintable(tmp.skipReason()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENUEMAP_DB"), tmp.url().toFullString());
        p.setProcessEnvironment(env);
        p.start(
            QStringLiteral(VENUEMAP_CTL_PATH), { QStringLiteral("migrate"), QStringLiteral("up") });
        QVERIFY(p.waitForStarted());
        // Kill it once it says it is applying a migration, a little later each round.
        QString out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(QLatin1String("applying: ")) && p.state() == QProcess::Running
            && timer.elapsed() < 20000) {
            p.waitForReadyRead(50);
            out += QString::fromUtf8(p.readAllStandardOutput());
        }
        QThread::usleep(round * 2500);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();

        // The next start works without repair, and what it finds is a whole version.
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        MigrationManager manager(*db);
        auto st = manager.status();
        VM_VERIFY_OK(st);
        if (st->currentVersion < set.headVersion())
            ++killedMidway;
        const bool hasVenues
            = db->scalar(QStringLiteral("test"),
                    db->isPostgres()
                        ? QStringLiteral("SELECT to_regclass('venues') IS NOT NULL")
                        : QStringLiteral(
                            "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'venues'"))
                  ->toBool();
        QCOMPARE(hasVenues, st->currentVersion >= 1);
        if (!db->isPostgres())
            QCOMPARE(integrity(*db), QStringLiteral("ok"));
        auto applied = manager.migrate();
        VM_VERIFY_OK(applied);
        auto after = manager.status();
        VM_VERIFY_OK(after);
        QCOMPARE(after->currentVersion, set.headVersion());
    }
    qInfo(
        "%d of 12 kills stopped a migration before head (each left a whole version)", killedMidway);
    QVERIFY2(killedMidway > 0, "no kill landed during a migration: the test proved nothing");
}

namespace {

// Starts venuemapctl (or another helper) on `url`, kills it with SIGKILL after `ms`, and says
// whether it was still running then (a kill that lands after the end proves nothing).
bool startAndKill(const QString &program, const QStringList &args, const DatabaseUrl &url, int ms)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return false;
    if (p.waitForFinished(ms))
        return false;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    return true;
}

qint64 countOf(const Database &db, const QString &sql)
{
    auto r = db.scalar(QStringLiteral("test"), sql);
    return r ? r->toLongLong() : -1;
}

} // namespace

void tst_Faults::killedDemoAndImportLeaveNothingHalfDone()
{
    VM_TEMP_DATABASE(tmp);
    VM_VERIFY_OK(tmp.openMigrated());
    // demo: one transaction, so a kill leaves no sample data at all.
    QVERIFY2(startAndKill(QStringLiteral(VENUEMAP_CTL_PATH),
                 { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("60000"),
                     QStringLiteral("--projects"), QStringLiteral("20"), QStringLiteral("--seed"),
                     QStringLiteral("7") },
                 tmp.url(), 1500),
        "demo finished before it could be killed");
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT count(*) FROM venues")), 0);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT count(*) FROM projects")), 0);
        if (!db->isPostgres())
            QCOMPARE(integrity(*db), QStringLiteral("ok"));
    }
    // import: one transaction too.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("venues.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,city,capacity,rating\n");
        for (int i = 0; i < 150000; ++i)
            f.write(QStringLiteral("Imported Hall %1,Porto,%2,4.1\n")
                        .arg(i)
                        .arg(50 + i % 900)
                        .toUtf8());
    }
    QVERIFY2(startAndKill(QStringLiteral(VENUEMAP_CTL_PATH),
                 { QStringLiteral("import"), QStringLiteral("venues"), csv }, tmp.url(), 2500),
        "import finished before it could be killed");
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    QCOMPARE(countOf(*db, QStringLiteral("SELECT count(*) FROM venues")), 0);
    if (!db->isPostgres())
        QCOMPARE(integrity(*db), QStringLiteral("ok"));
    // The next run works without repair.
    QProcess again;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), tmp.url().toFullString());
    again.setProcessEnvironment(env);
    again.start(QStringLiteral(VENUEMAP_CTL_PATH),
        { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("200"),
            QStringLiteral("--projects"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("7") });
    QVERIFY(again.waitForFinished(120000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QCOMPARE(countOf(*db, QStringLiteral("SELECT count(*) FROM venues")), 200);
}

void tst_Faults::killedShortlistWriterLeavesEveryChangeLogged()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString userId = newId(), projectId = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO users (id, name, email) VALUES (:id, 'Kill Tester', "
                       "'kill@agency.example')"),
        { { QStringLiteral(":id"), userId } }));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO projects (id, client_name, event_name) VALUES (:id, 'Acme', 'Kill Gala')"),
        { { QStringLiteral(":id"), projectId } }));
    for (int i = 0; i < 100; ++i) {
        const QString venueId = newId();
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name) VALUES (:id, :name)"),
            { { QStringLiteral(":id"), venueId },
                { QStringLiteral(":name"), QStringLiteral("Venue %1").arg(i) } }));
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, notes) VALUES "
                           "(:id, :p, :v, '')"),
            { { QStringLiteral(":id"), newId() }, { QStringLiteral(":p"), projectId },
                { QStringLiteral(":v"), venueId } }));
    }
    // The many-writers helper edits venues and shortlist rows through the repositories; kill it
    // mid-way.
    QVERIFY2(
        startAndKill(QStringLiteral(VENUEMAP_STRESS_WRITER_PATH),
            { QStringLiteral("0"), QStringLiteral("100000"), userId, projectId }, tmp.url(), 2000),
        "the writer finished before it could be killed");
    // Every shortlist change that committed has its activity row; none has a row without the
    // change.
    qint64 tokens = 0;
    auto q = db->exec(
        QStringLiteral("test"), QStringLiteral("SELECT notes, version FROM project_venues"));
    VM_VERIFY_OK(q);
    while (q->next()) {
        const int edits
            = int(q->value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts).size());
        QCOMPARE(q->value(1).toInt(), 1 + edits);
        tokens += edits;
    }
    QVERIFY(tokens > 0);
    QCOMPARE(
        countOf(*db,
            QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'shortlist_edited'")),
        tokens);
    if (!db->isPostgres())
        QCOMPARE(integrity(*db), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
