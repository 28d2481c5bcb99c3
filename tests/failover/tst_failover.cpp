// Failover: a primary and its synchronous hot standby on this machine (tests/failover/pgpair.sh,
// built by scripts/lib/pgcluster.sh), reached through one multi-host URL. The app saves through
// its real paths (the venue editor's BackgroundVenueSaver, a colleague's VenueSaver) while the
// primary dies (pg_ctl stop -m immediate) and the standby is promoted; the connection monitor that
// drives the window's banner says when the app is back, and nothing it called saved is missing.
// The test makes its own servers: it does not use the shared test server.
#include "db/connectionmonitor.h"
#include "migration/migrationmanager.h"
#include "repositories/venuerepository.h"
#include "services/venuesaver.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace VenueMap::Core;
using namespace VenueMap::Test;
using Kind = VenueSaveOutcome::Kind;

namespace {

const QString kScript = QStringLiteral(VENUEMAP_SOURCE_DIR "/tests/failover/pgpair.sh");

// A primary and its standby in a folder of their own, stopped and removed at the end.
class ServerPair
{
public:
    ~ServerPair()
    {
        if (m_started)
            (void)run({ QStringLiteral("stop") }, 60000);
    }

    // Empty when both run and the standby is synchronous; else why not.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("cannot create a temporary folder");
        QProcess p;
        p.start(QStringLiteral("bash"), { kScript, QStringLiteral("start"), m_dir.path() });
        if (!p.waitForFinished(120000)) {
            p.kill();
            return QStringLiteral("pgpair.sh start did not finish in 120 s");
        }
        m_started = true;
        m_notInstalled = p.exitCode() == 2;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        for (const QString &line : QString::fromLocal8Bit(p.readAllStandardOutput()).split('\n')) {
            const QString key = line.section(QLatin1Char('='), 0, 0);
            const QString value = line.section(QLatin1Char('='), 1);
            if (key == QLatin1String("primary_port"))
                primaryPort = value.toInt();
            else if (key == QLatin1String("standby_port"))
                standbyPort = value.toInt();
            else if (key == QLatin1String("password"))
                password = value;
        }
        return primaryPort > 0 && standbyPort > 0 ? QString()
                                                  : QStringLiteral("pgpair.sh printed no ports");
    }
    bool notInstalled() const { return m_notInstalled; }
    bool killPrimary() { return run({ QStringLiteral("kill-primary") }, 60000); }
    bool promote() { return run({ QStringLiteral("promote") }, 90000); }
    bool stopStandby() { return run({ QStringLiteral("stop-standby") }, 60000); }
    bool startStandby() { return run({ QStringLiteral("start-standby") }, 90000); }

    // postgresql://postgres:…@127.0.0.1:P1,127.0.0.1:P2/database?options
    DatabaseUrl url(const QList<int> &ports, const QString &database = QStringLiteral("venuemap"),
        const QString &targetSessionAttrs = {}) const
    {
        QStringList hosts;
        for (qsizetype i = 0; i < ports.size(); ++i)
            hosts << QStringLiteral("127.0.0.1");
        DatabaseUrl u;
        u.backend = Backend::PostgreSql;
        u.host = hosts.join(QLatin1Char(','));
        if (ports.size() == 1)
            u.port = ports.first();
        else
            u.hostPorts = ports;
        u.database = database;
        u.user = QStringLiteral("postgres");
        u.password = password;
        if (!targetSessionAttrs.isEmpty())
            u.options.insert(QStringLiteral("target_session_attrs"), targetSessionAttrs);
        // What a person types must reach the same servers: the URL survives its text form.
        auto again = DatabaseUrl::parse(u.toFullString());
        return again ? *again : u;
    }

    int primaryPort = 0;
    int standbyPort = 0;
    QString password;

private:
    bool run(const QStringList &args, int timeoutMs)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), QStringList { kScript } << args.first() << m_dir.path());
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return false;
        }
        if (p.exitCode() != 0)
            qWarning("pgpair.sh %s: %s", qPrintable(args.first()),
                qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir { QStringLiteral("/tmp/venuemap-failover-XXXXXX") };
    bool m_started = false;
    bool m_notInstalled = false;
};

struct CtlRun
{
    int code = -1;
    QString out, err;
};

// venuemapctl, the app's command line, on `url`.
CtlRun ctl(const DatabaseUrl &url, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(VENUEMAP_CTL_PATH),
        QStringList { QStringLiteral("--db"), url.toFullString() } + args);
    if (!p.waitForFinished(60000))
        p.kill();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// The port of the server a connection landed on.
int serverPort(const Database &db)
{
    auto port
        = db.scalar(QStringLiteral("tst_failover"), QStringLiteral("SELECT inet_server_port()"));
    return port ? port->toInt() : -1;
}

// What a colleague's desktop does meanwhile: adds venues one after another on its own
// connection, each with VenueSaver (an id made once, so a retry never adds a second row), saving
// a failed one again until it is saved, as a person would.
class BackgroundWriter
{
public:
    explicit BackgroundWriter(DatabaseUrl url)
        : m_url(std::move(url))
    { }
    ~BackgroundWriter() { stop(); }

    void start()
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }
    QHash<QString, QString> saved() const // id -> name, every add reported saved
    {
        QMutexLocker lock(&m_mutex);
        return m_saved;
    }
    int savedCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_saved.size());
    }
    int failures() const { return m_failures; }
    QString unexpected() const
    {
        QMutexLocker lock(&m_mutex);
        return m_unexpected;
    }

private:
    void run()
    {
        const QString name = uniqueConnectionName(QStringLiteral("writer"));
        Database db;
        for (int n = 1; !m_stop; ++n) {
            Venue venue;
            venue.name = QStringLiteral("Writer venue %1").arg(n, 5, 10, QLatin1Char('0'));
            venue.city = QStringLiteral("Rotterdam");
            venue.capacity = 40 + n % 200;
            VenueSaver saver { Venue() };
            while (!m_stop) {
                if (!db.isValid()) {
                    auto opened = Database::open(m_url, name);
                    if (!opened) {
                        ++m_failures;
                        QThread::msleep(200);
                        continue;
                    }
                    db = *opened;
                }
                const VenueSaveOutcome o = saver.save(db, venue, false);
                if (o.kind == Kind::Saved) {
                    QMutexLocker lock(&m_mutex);
                    m_saved.insert(o.venue.id, o.venue.name);
                    break;
                }
                if (o.kind != Kind::Failed) {
                    QMutexLocker lock(&m_mutex);
                    m_unexpected
                        = QStringLiteral("outcome %1 for %2").arg(int(o.kind)).arg(venue.name);
                    return;
                }
                ++m_failures;
                QThread::msleep(200);
            }
            QThread::msleep(20);
        }
    }

    DatabaseUrl m_url;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_failures { 0 };
    mutable QMutex m_mutex;
    QHash<QString, QString> m_saved;
    QString m_unexpected;
};

// The venue editor as the Venues page drives it: Save, and on a failure the form keeps the
// person's text and they press Save again half a second later.
class Editor : public QObject
{
public:
    Editor(const Database &db, const Venue &venue)
        : m_saver(new BackgroundVenueSaver(db, this))
        , m_current(venue)
    {
        connect(m_saver, &BackgroundVenueSaver::finished, this, &Editor::answered);
    }
    void start()
    {
        m_running = true;
        next();
    }
    void stop() { m_running = false; }
    bool isIdle() const { return !m_saver->isBusy(); }

    struct Attempt
    {
        int capacity;
        Kind kind;
        int version; // as stored, when saved
        QString sentence; // when failed
        qint64 atMs;
    };
    QList<Attempt> attempts;
    Venue lastSaved() const { return m_current; }
    QElapsedTimer clock;

private:
    void next()
    {
        if (!m_running)
            return;
        m_editing = m_current;
        m_editing.capacity = m_current.capacity.value_or(0) + 1;
        m_saver->begin(m_current);
        m_saver->save(m_editing, false);
    }
    void answered(const VenueSaveOutcome &o)
    {
        attempts << Attempt { m_editing.capacity.value_or(0), o.kind, o.venue.version,
            o.kind == Kind::Failed ? o.error.sentence() : QString(), clock.elapsed() };
        if (o.kind == Kind::Saved) {
            m_current = o.venue;
            QTimer::singleShot(50, this, &Editor::next);
        } else if (o.kind == Kind::Failed && m_running) {
            QTimer::singleShot(500, this, [this] { m_saver->save(m_editing, false); });
        }
    }

    BackgroundVenueSaver *m_saver;
    Venue m_current;
    Venue m_editing;
    bool m_running = false;
};

QList<qint64> s_restoreMs; // per run: primary stopped -> connectionRestored
QList<qint64> s_afterPromotionMs; // per run: promotion done -> connectionRestored

} // namespace

class tst_Failover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void multiHostUrlFindsThePrimary();
    void saveWaitingForTheStandbyIsNeverReportedSaved();
    void savesSurviveFailover_data();
    void savesSurviveFailover();
    void cleanupTestCase();

private:
    // Starts a pair with a migrated, empty VenueMap database; false (and a QFAIL/QSKIP) if not.
    bool startPair(ServerPair &pair);
    QString m_skip;
};

void tst_Failover::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/15/bin/pg_basebackup"))) {
        m_skip = QStringLiteral("PostgreSQL 15 server programs are not installed");
        if (postgresRequired())
            QFAIL(qPrintable(m_skip));
    }
}

bool tst_Failover::startPair(ServerPair &pair)
{
    const QString why = pair.start();
    if (!why.isEmpty()) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    auto admin = Database::open(pair.url({ pair.primaryPort }, QStringLiteral("postgres")),
        uniqueConnectionName(QStringLiteral("admin")));
    if (!admin) {
        qWarning("%s", qPrintable(admin.error().details()));
        return false;
    }
    if (auto s = admin->execDirect(
            QStringLiteral("tst_failover"), QStringLiteral("CREATE DATABASE venuemap"));
        !s) {
        qWarning("%s", qPrintable(s.error().details()));
        return false;
    }
    auto db = Database::open(
        pair.url({ pair.primaryPort }), uniqueConnectionName(QStringLiteral("migrate")));
    if (!db)
        return false;
    MigrationManager manager(*db);
    auto migrated = manager.migrate();
    if (!migrated)
        qWarning("%s", qPrintable(migrated.error().details()));
    return migrated.ok();
}

// Both servers up: a read-write URL lands on the primary whichever host it names first; a
// reading URL may prefer the standby; a URL naming only the standby opens it read-only and a
// write there is refused with a sentence that says what the server is.
void tst_Failover::multiHostUrlFindsThePrimary()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    ServerPair pair;
    QVERIFY(startPair(pair));

    // Saved on the primary: synchronous commit has it on the standby before the save returns.
    Venue venue;
    {
        auto primary = Database::open(pair.url({ pair.primaryPort }), uniqueConnectionName());
        VM_VERIFY_OK(primary);
        VenueSaver saver { Venue() };
        Venue draft;
        draft.name = QStringLiteral("Harbour Loft");
        draft.city = QStringLiteral("Hamburg");
        draft.capacity = 180;
        const VenueSaveOutcome o = saver.save(*primary, draft, false);
        QCOMPARE(o.kind, Kind::Saved);
        venue = o.venue;
    }

    for (const QList<int> &order : { QList<int> { pair.primaryPort, pair.standbyPort },
             QList<int> { pair.standbyPort, pair.primaryPort } }) {
        const DatabaseUrl url
            = pair.url(order, QStringLiteral("venuemap"), QStringLiteral("read-write"));
        QVERIFY(url.isMultiHost());
        auto db = Database::open(url, uniqueConnectionName());
        VM_VERIFY_OK(db);
        QCOMPARE(serverPort(*db), pair.primaryPort);
        QVERIFY(!db->isStandby());
        QVERIFY(!db->isReadOnly());
    }

    // A reading connection that prefers the standby gets it although the primary is listed first.
    {
        auto db = Database::open(pair.url({ pair.primaryPort, pair.standbyPort },
                                     QStringLiteral("venuemap"), QStringLiteral("prefer-standby")),
            uniqueConnectionName());
        VM_VERIFY_OK(db);
        QCOMPARE(serverPort(*db), pair.standbyPort);
        QVERIFY(db->isStandby());
    }

    // The standby as the only host: browsing works, the saved venue is there, a save is refused.
    auto standby = Database::open(pair.url({ pair.standbyPort }), uniqueConnectionName());
    VM_VERIFY_OK(standby);
    QVERIFY(standby->isStandby());
    QVERIFY(standby->isReadOnly());
    VenueRepository venues(*standby);
    auto fetched = venues.fetchVenue(venue.id);
    VM_VERIFY_OK(fetched);
    QCOMPARE(fetched->name, QStringLiteral("Harbour Loft"));
    QCOMPARE(fetched->version, venue.version);
    Venue edited = *fetched;
    edited.capacity = 200;
    VenueSaver saver(*fetched);
    const VenueSaveOutcome refused = saver.save(*standby, edited, false);
    QCOMPARE(refused.kind, Kind::Failed);
    QCOMPARE(refused.error.kind, DbError::Kind::ReadOnly);
    qInfo("a save on the standby says: %s", qPrintable(refused.error.sentence()));
    QVERIFY2(
        refused.error.sentence().contains(QLatin1String("This server is a read-only standby:")),
        qPrintable(refused.error.sentence()));
    VenueSaver adder { Venue() };
    Venue another = edited;
    another.id.clear();
    another.name = QStringLiteral("Dock Hall");
    const VenueSaveOutcome refusedAdd = adder.save(*standby, another, false);
    QCOMPARE(refusedAdd.kind, Kind::Failed);
    QVERIFY2(refusedAdd.error.sentence().contains(QLatin1String("read-only standby")),
        qPrintable(refusedAdd.error.sentence()));
    auto unchanged = venues.fetchVenue(venue.id);
    VM_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->capacity.value_or(0), 180);

    // Asking for a server that accepts changes and naming only the standby: a sentence, no hang.
    auto noPrimary = Database::open(
        pair.url({ pair.standbyPort }, QStringLiteral("venuemap"), QStringLiteral("read-write")),
        uniqueConnectionName());
    QVERIFY(!noPrimary.ok());
    QCOMPARE(noPrimary.error().kind, DbError::Kind::Connection);
    qInfo("a read-write URL naming only the standby says: %s",
        qPrintable(noPrimary.error().sentence()));
    QVERIFY2(noPrimary.error().sentence().contains(QLatin1String("read-only standby")),
        qPrintable(noPrimary.error().sentence()));
    QVERIFY(!noPrimary.error().sentence().contains(pair.password));
}

// The worst moment: the primary has a save and waits for the standby to confirm it when it dies.
// The save must be reported failed (the standby never got it, so after the promotion it is not
// there), never saved. Saving again then stores it once.
void tst_Failover::saveWaitingForTheStandbyIsNeverReportedSaved()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    ServerPair pair;
    QVERIFY(startPair(pair));
    const DatabaseUrl url = pair.url({ pair.primaryPort, pair.standbyPort },
        QStringLiteral("venuemap"), QStringLiteral("read-write"));
    Venue existing;
    {
        auto db = Database::open(url, uniqueConnectionName());
        VM_VERIFY_OK(db);
        VenueSaver saver { Venue() };
        Venue draft;
        draft.name = QStringLiteral("Canal House");
        draft.city = QStringLiteral("Amsterdam");
        draft.capacity = 100;
        const VenueSaveOutcome o = saver.save(*db, draft, false);
        QCOMPARE(o.kind, Kind::Saved);
        existing = o.venue;
    }
    QVERIFY(pair.stopStandby());

    // An add and an edit, each on its own connection, wait for the standby's confirmation.
    Venue added;
    added.name = QStringLiteral("Quay Room");
    added.city = QStringLiteral("Antwerp");
    added.capacity = 60;
    Venue edited = existing;
    edited.capacity = 150;
    VenueSaver adder { Venue() };
    VenueSaver editor(existing);
    VenueSaveOutcome addOutcome, editOutcome;
    const auto saveOn = [&url](VenueSaver &saver, const Venue &venue, VenueSaveOutcome &out) {
        return QThread::create([&saver, &venue, &out, url] {
            auto db = Database::open(url, uniqueConnectionName(QStringLiteral("waiting")));
            out = db ? saver.save(*db, venue, false) : VenueSaveOutcome::failed(db.error());
        });
    };
    std::unique_ptr<QThread> adding(saveOn(adder, added, addOutcome));
    std::unique_ptr<QThread> editing(saveOn(editor, edited, editOutcome));
    adding->start();
    editing->start();
    QVERIFY(!adding->wait(2000)); // still waiting: the standby has not confirmed
    QVERIFY(!editing->wait(100));

    QVERIFY(pair.killPrimary());
    QVERIFY(adding->wait(30000));
    QVERIFY(editing->wait(30000));
    QVERIFY2(addOutcome.kind == Kind::Failed,
        qPrintable(QStringLiteral("the add was reported %1").arg(int(addOutcome.kind))));
    QVERIFY2(editOutcome.kind == Kind::Failed,
        qPrintable(QStringLiteral("the edit was reported %1").arg(int(editOutcome.kind))));
    QCOMPARE(addOutcome.error.kind, DbError::Kind::Connection);
    qInfo("a save cut off while the primary waited for the standby says: %s",
        qPrintable(addOutcome.error.sentence()));

    QVERIFY(pair.startStandby());
    QVERIFY(pair.promote());
    auto db = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(db);
    QCOMPARE(serverPort(*db), pair.standbyPort);
    VenueRepository venues(*db);
    QVERIFY(!venues.fetchVenue(adder.newVenueId()).ok()); // never reported saved, and not there
    auto stillThere = venues.fetchVenue(existing.id);
    VM_VERIFY_OK(stillThere);
    QCOMPARE(stillThere->version, existing.version);
    QCOMPARE(stillThere->capacity.value_or(0), 100);

    // Saving again (the person presses Save): each stored once.
    const VenueSaveOutcome addAgain = adder.save(*db, added, false);
    QCOMPARE(addAgain.kind, Kind::Saved);
    QCOMPARE(addAgain.venue.id, adder.newVenueId());
    const VenueSaveOutcome editAgain = editor.save(*db, edited, false);
    QCOMPARE(editAgain.kind, Kind::Saved);
    QCOMPARE(editAgain.venue.version, existing.version + 1);
    auto rows = db->scalar(QStringLiteral("tst_failover"),
        QStringLiteral("SELECT count(*) FROM venues WHERE name = 'Quay Room'"));
    VM_VERIFY_OK(rows);
    QCOMPARE(rows->toInt(), 1);
}

void tst_Failover::savesSurviveFailover_data()
{
    // VENUEMAP_FAILOVER_RUNS=5 repeats the whole failover for timings (a new pair each run).
    QTest::addColumn<int>("run");
    const int runs = std::max(1, qEnvironmentVariableIntValue("VENUEMAP_FAILOVER_RUNS"));
    for (int i = 1; i <= runs; ++i)
        QTest::addRow("run %d", i) << i;
}

void tst_Failover::savesSurviveFailover()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    ServerPair pair;
    QVERIFY(startPair(pair));
    const DatabaseUrl url = pair.url({ pair.primaryPort, pair.standbyPort },
        QStringLiteral("venuemap"), QStringLiteral("read-write"));

    // The window's connection and the venue the person is editing.
    auto db = Database::open(url, uniqueConnectionName(QStringLiteral("window")));
    VM_VERIFY_OK(db);
    Venue venue;
    {
        VenueSaver saver { Venue() };
        Venue draft;
        draft.name = QStringLiteral("Canal House");
        draft.city = QStringLiteral("Amsterdam");
        draft.capacity = 100;
        const VenueSaveOutcome o = saver.save(*db, draft, false);
        QCOMPARE(o.kind, Kind::Saved);
        venue = o.venue;
    }

    // The monitor the window's banner follows, with the app's own timing.
    ConnectionMonitor monitor(url);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QSignalSpy restored(&monitor, &ConnectionMonitor::connectionRestored);
    QElapsedTimer sinceStop;
    qint64 lostMs = -1;
    connect(&monitor, &ConnectionMonitor::connectionLost, this,
        [&] { lostMs = sinceStop.isValid() ? sinceStop.elapsed() : -2; });
    monitor.start();

    BackgroundWriter writer(url);
    Editor editor(*db, venue);
    editor.clock.start();
    writer.start();
    editor.start();
    QTest::qWait(2000);
    QVERIFY2(writer.savedCount() > 0, qPrintable(writer.unexpected()));
    QVERIFY(!editor.attempts.isEmpty());
    QCOMPARE(lost.count(), 0);

    // The primary dies with saves in flight.
    QVERIFY(pair.killPrimary());
    sinceStop.start();
    const qint64 stoppedAtMs = editor.clock.elapsed();

    // No primary for a while: a reading URL that allows any server browses the standby, and a
    // save there says why it cannot be made.
    {
        const DatabaseUrl anyUrl = pair.url({ pair.primaryPort, pair.standbyPort },
            QStringLiteral("venuemap"), QStringLiteral("any"));
        auto reader = Database::open(anyUrl, uniqueConnectionName(QStringLiteral("reader")));
        VM_VERIFY_OK(reader);
        QVERIFY(reader->isStandby());
        QVERIFY(reader->isReadOnly());
        VenueRepository venues(*reader);
        auto count = venues.exactCount(VenueFilter {});
        VM_VERIFY_OK(count);
        QVERIFY(*count >= 1 + writer.savedCount() - 1); // the writer may be mid-save
        auto seen = venues.fetchVenue(venue.id);
        VM_VERIFY_OK(seen);
        QVERIFY(seen->version >= editor.lastSaved().version);
        VenueSaver saver(*seen);
        Venue edited = *seen;
        edited.notes = QStringLiteral("Typed while the primary was down");
        const VenueSaveOutcome refused = saver.save(*reader, edited, false);
        QCOMPARE(refused.kind, Kind::Failed);
        QVERIFY2(
            refused.error.sentence().contains(QLatin1String("This server is a read-only standby:")),
            qPrintable(refused.error.sentence()));
        // The command line browses the standby too, and a write through it is refused.
        const CtlRun search = ctl(anyUrl,
            { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--format"),
                QStringLiteral("json") });
        QVERIFY2(search.code == 0, qPrintable(search.err));
        QVERIFY2(search.out.contains(QLatin1String("Canal House")), qPrintable(search.out));
        const CtlRun demo = ctl(anyUrl,
            { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("2"),
                QStringLiteral("--projects"), QStringLiteral("0"), QStringLiteral("--seed"),
                QStringLiteral("1") });
        QCOMPARE(demo.code, 1);
        QVERIFY2(demo.err.contains(QLatin1String("read-only standby")), qPrintable(demo.err));
        // The read-write URL finds no server that takes changes, and says so.
        auto rw = Database::open(url, uniqueConnectionName());
        QVERIFY(!rw.ok());
        QVERIFY2(rw.error().sentence().contains(QLatin1String("accepts changes")),
            qPrintable(rw.error().sentence()));
    }
    QTest::qWait(std::max<qint64>(0, 1500 - sinceStop.elapsed()));

    QVERIFY(pair.promote());
    const qint64 promotedAtMs = sinceStop.elapsed();
    if (restored.isEmpty())
        QVERIFY(restored.wait(std::max<qint64>(1, 45000 - sinceStop.elapsed())));
    const qint64 restoreMs = sinceStop.elapsed();
    QCOMPARE(lost.count(), 1);
    QVERIFY(!lost.first().first().toString().isEmpty());
    qInfo("primary stopped; connectionLost after %lld ms; promoted after %lld ms; "
          "connectionRestored after %lld ms (%lld ms after the promotion)",
        lostMs, promotedAtMs, restoreMs, restoreMs - promotedAtMs);
    s_restoreMs << restoreMs;
    s_afterPromotionMs << restoreMs - promotedAtMs;
    QVERIFY2(restoreMs < 15000, qPrintable(QStringLiteral("back after %1 ms").arg(restoreMs)));

    // The app goes on saving on the new primary.
    const int savedBefore = writer.savedCount();
    const qsizetype attemptsBefore = editor.attempts.size();
    QTRY_VERIFY_WITH_TIMEOUT(writer.savedCount() > savedBefore + 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(editor.attempts.cbegin() + attemptsBefore, editor.attempts.cend(),
            [](const Editor::Attempt &a) { return a.kind == Kind::Saved; })
            >= 3,
        20000);
    editor.stop();
    writer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(editor.isIdle(), 20000);
    QVERIFY2(writer.unexpected().isEmpty(), qPrintable(writer.unexpected()));

    // Every save the app was told about is on the new primary (the promoted standby).
    auto promoted = Database::open(
        pair.url({ pair.standbyPort }), uniqueConnectionName(QStringLiteral("check")));
    VM_VERIFY_OK(promoted);
    QVERIFY(!promoted->isStandby());
    QVERIFY(!promoted->isReadOnly());
    QHash<QString, QString> stored; // id -> name
    QHash<QString, int> perName;
    {
        auto rows = promoted->exec(QStringLiteral("tst_failover"),
            QStringLiteral("SELECT id, name FROM venues WHERE name LIKE 'Writer venue %'"));
        VM_VERIFY_OK(rows);
        while (rows->next()) {
            stored.insert(rows->value(0).toString(), rows->value(1).toString());
            ++perName[rows->value(1).toString()];
        }
    }
    const QHash<QString, QString> reported = writer.saved();
    int missing = 0;
    for (auto it = reported.cbegin(); it != reported.cend(); ++it)
        if (stored.value(it.key()) != it.value())
            ++missing;
    QCOMPARE(missing, 0);
    for (auto it = perName.cbegin(); it != perName.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" stored twice")));
    // Only an add in flight when the writer stopped may be there without having been reported.
    QVERIFY(stored.size() <= reported.size() + 1);

    // The edit: what was last reported saved is what the new primary holds, at that version; a
    // save that was in flight when the primary died was reported failed, then saved again.
    auto final = VenueRepository(*promoted).fetchVenue(venue.id);
    VM_VERIFY_OK(final);
    QCOMPARE(final->capacity, editor.lastSaved().capacity);
    QCOMPARE(final->version, editor.lastSaved().version);
    int failed = 0;
    int lastVersion = venue.version;
    QStringList told;
    for (const Editor::Attempt &a : std::as_const(editor.attempts)) {
        if (a.kind == Kind::Failed) {
            ++failed;
            if (!told.contains(a.sentence))
                told << a.sentence;
            QVERIFY(!a.sentence.isEmpty());
            QVERIFY2(a.atMs >= stoppedAtMs, qPrintable(a.sentence)); // no failure before the stop
        } else {
            QCOMPARE(a.kind, Kind::Saved);
            QCOMPARE(a.version, lastVersion + 1); // each saved edit stored once, in order
            lastVersion = a.version;
        }
    }
    qInfo("editor: %lld saves, %d reported failed during the failover; "
          "writer: %lld venues added, %d failed tries",
        qint64(editor.attempts.size() - failed), failed, qint64(reported.size()),
        writer.failures());
    for (const QString &sentence : std::as_const(told))
        qInfo("the editor's form said: %s", qPrintable(sentence));
    monitor.stop();
}

void tst_Failover::cleanupTestCase()
{
    if (s_restoreMs.isEmpty())
        return;
    const auto median = [](QList<qint64> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    QStringList all;
    for (qint64 ms : std::as_const(s_restoreMs))
        all << QString::number(ms);
    qInfo("failover: primary stop -> connectionRestored median %lld ms over %lld runs (%s); "
          "promotion -> connectionRestored median %lld ms",
        median(s_restoreMs), qint64(s_restoreMs.size()), qPrintable(all.join(QStringLiteral(", "))),
        median(s_afterPromotionMs));
}

QTEST_GUILESS_MAIN(tst_Failover)
#include "tst_failover.moc"
