// The migration manager (DESIGN §5), every rule on both backends, in-process and through
// venuemapctl.
#include "migration/migrationmanager.h"
#include "migration/migrationset.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

QString tableExistsSql(const Database &db)
{
    return db.isPostgres()
        ? QStringLiteral("SELECT to_regclass(:t) IS NOT NULL")
        : QStringLiteral(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = :t");
}

bool tableExists(const Database &db, const QString &table)
{
    auto r = db.scalar(
        QStringLiteral("test"), tableExistsSql(db), { { QStringLiteral(":t"), table } });
    return r.ok() && r->toBool();
}

// A history fingerprint: every column of every row, to prove "nothing was written".
QString historyFingerprint(const Database &db)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT version, name, checksum, applied_at, applied_by, "
                       "app_version, execution_ms FROM schema_migrations ORDER BY version"));
    if (!q)
        return QStringLiteral("error: ") + q.error().details();
    QStringList rows;
    while (q->next()) {
        QStringList cols;
        for (int i = 0; i < 7; ++i)
            cols << q->value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

Migration makeMigration(int version, const QString &name, const QString &sql)
{
    Migration m;
    m.version = version;
    m.name = name;
    m.fileName = QStringLiteral("%1_%2.sql").arg(version, 4, 10, QLatin1Char('0')).arg(name);
    m.sql = sql;
    return m;
}

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment ctlEnvironment(const DatabaseUrl &url)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    return env;
}

CtlResult runCtl(const DatabaseUrl &url, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(ctlEnvironment(url));
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class tst_MigrationManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothFoldersHoldTheSameVersions();
    void emptyToHeadThenNothing_data() { addBackendRows(); }
    void emptyToHeadThenNothing();
    void concurrentProcesses_data() { addBackendRows(); }
    void concurrentProcesses();
    void waiterNamesTheLockHolder_data() { addBackendRows(); }
    void waiterNamesTheLockHolder();
    void failingMigrationLeavesNothing_data() { addBackendRows(); }
    void failingMigrationLeavesNothing();
    void newerDatabaseIsRefused_data() { addBackendRows(); }
    void newerDatabaseIsRefused();
    void changedMigrationIsRefused_data() { addBackendRows(); }
    void changedMigrationIsRefused();
    void lineEndingsAndBomAreNotChanges_data() { addBackendRows(); }
    void lineEndingsAndBomAreNotChanges();
    void roleWithoutSchemaRights_data() { addBackendRows(); }
    void roleWithoutSchemaRights();
    void sqliteKeepsACopyBeforeMigrating();
    void sqliteCopyAndLockFileKeepTheDatabaseMode_data();
    void sqliteCopyAndLockFileKeepTheDatabaseMode();
    void symlinkedLockFileIsRefused_data();
    void symlinkedLockFileIsRefused();
    void statusAndSqlCommands_data() { addBackendRows(); }
    void statusAndSqlCommands();
};

void tst_MigrationManager::bothFoldersHoldTheSameVersions()
{
    const MigrationSet pg = MigrationSet::builtIn(Backend::PostgreSql);
    const MigrationSet lite = MigrationSet::builtIn(Backend::Sqlite);
    QVERIFY(!pg.migrations().isEmpty());
    QCOMPARE(pg.migrations().size(), lite.migrations().size());
    for (int i = 0; i < pg.migrations().size(); ++i) {
        QCOMPARE(pg.migrations().at(i).version, lite.migrations().at(i).version);
        QCOMPARE(pg.migrations().at(i).name, lite.migrations().at(i).name);
    }
    // The compiled-in files are the ones in the source tree.
    for (const QString &folder : { QStringLiteral("postgresql"), QStringLiteral("sqlite") }) {
        auto fromDisk = MigrationSet::fromDirectory(
            QStringLiteral(VENUEMAP_SOURCE_DIR "/migrations/") + folder);
        VM_VERIFY_OK(fromDisk);
        const MigrationSet &builtIn = folder == QLatin1String("postgresql") ? pg : lite;
        QCOMPARE(fromDisk->migrations().size(), builtIn.migrations().size());
        for (int i = 0; i < builtIn.migrations().size(); ++i)
            QCOMPARE(
                fromDisk->migrations().at(i).checksum(), builtIn.migrations().at(i).checksum());
    }
}

void tst_MigrationManager::emptyToHeadThenNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    MigrationManager manager(*db);
    auto before = manager.status();
    VM_VERIFY_OK(before);
    QCOMPARE(before->currentVersion, 0);
    QVERIFY(before->pending.size() > 0);

    QElapsedTimer timer;
    timer.start();
    auto applied = manager.migrate();
    VM_VERIFY_OK(applied);
    qInfo("migrated an empty %s database to head in %lld ms",
        qPrintable(tmp.url().isPostgres() ? "PostgreSQL" : "SQLite"), timer.elapsed());
    const int head = MigrationSet::builtIn(tmp.url().backend).headVersion();
    QCOMPARE(*applied, before->pending.size());
    auto after = manager.status();
    VM_VERIFY_OK(after);
    QCOMPARE(after->currentVersion, head);
    QVERIFY(after->pending.isEmpty());
    QVERIFY(tableExists(*db, QStringLiteral("venues")));
    QVERIFY(tableExists(*db, QStringLiteral("activity_logs")));
    for (const AppliedMigration &a : after->applied) {
        QVERIFY(!a.appliedBy.isEmpty());
        QCOMPARE(a.appVersion, QStringLiteral(VENUEMAP_VERSION));
        QVERIFY(a.appliedAt.isValid());
    }

    // Up to date: nothing is written.
    const QString fingerprint = historyFingerprint(*db);
    auto again = manager.migrate();
    VM_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(historyFingerprint(*db), fingerprint);
    VM_VERIFY_OK(manager.verify());
}

void tst_MigrationManager::concurrentProcesses()
{
    QFETCH(QString, backend);
    const int rounds = 20;
    const int processes = 6;
    int sawWaiting = 0;
    for (int round = 0; round < rounds; ++round) {
        TempDatabase tmp(backend);
        if (!tmp.failReason().isEmpty())
            QFAIL(qPrintable(tmp.failReason()));
        if (!tmp.skipReason().isEmpty())
            QSKIP(qPrintable(tmp.skipReason()));
        QList<QProcess *> procs;
        for (int i = 0; i < processes; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(ctlEnvironment(tmp.url()));
            procs << p;
        }
        for (QProcess *p : procs)
            p->start(QStringLiteral(VENUEMAP_CTL_PATH),
                { QStringLiteral("migrate"), QStringLiteral("up") });
        for (QProcess *p : procs) {
            QVERIFY2(p->waitForFinished(120000), "venuemapctl migrate up did not finish");
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                qPrintable(QStringLiteral("round %1: exit %2: %3")
                               .arg(round)
                               .arg(p->exitCode())
                               .arg(err)));
            if (err.contains(QLatin1String("Waiting for the migration lock held by"))) {
                ++sawWaiting;
                // The holder is named: not an empty "held by ...".
                QVERIFY2(!err.contains(QLatin1String("held by ...")), qPrintable(err));
            }
            delete p;
        }
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        auto q = db->exec(QStringLiteral("test"),
            QStringLiteral("SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER "
                           "BY version"));
        VM_VERIFY_OK(q);
        QList<int> versions;
        while (q->next()) {
            QCOMPARE(q->value(1).toInt(), 1);
            versions << q->value(0).toInt();
        }
        QList<int> expected;
        const MigrationSet builtIn = MigrationSet::builtIn(tmp.url().backend); // outlives the loop
        for (const Migration &m : builtIn.migrations())
            expected << m.version;
        QCOMPARE(versions, expected);
    }
    qInfo("%d of %d processes waited for the lock and named its holder", sawWaiting,
        rounds * processes);
}

void tst_MigrationManager::waiterNamesTheLockHolder()
{
    VM_TEMP_DATABASE(tmp);
    // Hold the migration lock the way a migrating client does, then start venuemapctl.
    DatabaseUrl holderUrl = tmp.url();
    if (tmp.isPostgres())
        holderUrl.options.insert(
            QStringLiteral("application_name"), QStringLiteral("Anna's laptop"));
    auto holder = Database::open(holderUrl, uniqueConnectionName(QStringLiteral("holder")));
    VM_VERIFY_OK(holder);
    if (tmp.isPostgres()) {
        QVERIFY(holder->connection().transaction());
        VM_VERIFY_OK(holder->scalar(QStringLiteral("test"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                .arg(MigrationManager::kAdvisoryLockKey)));
    } else {
        VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN IMMEDIATE")));
        QFile lock(MigrationManager::lockFilePath(tmp.url().path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("VenueMap migration by Anna's laptop, since 09:00:00 UTC\n");
        lock.close();
    }

    QProcess p;
    p.setProcessEnvironment(ctlEnvironment(tmp.url()));
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), { QStringLiteral("migrate"), QStringLiteral("up") });
    QVERIFY(p.waitForStarted());
    QString err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(QLatin1String("Anna's laptop")) && timer.elapsed() < 30000) {
        p.waitForReadyRead(200);
        err += QString::fromUtf8(p.readAllStandardError());
    }
    QVERIFY2(
        err.contains(QLatin1String("Waiting for the migration lock held by")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Anna's laptop")), qPrintable(err));
    QCOMPARE(p.state(), QProcess::Running); // still waiting, not failed

    if (tmp.isPostgres())
        QVERIFY(holder->connection().rollback());
    else
        VM_VERIFY_OK(holder->execDirect(QStringLiteral("test"), QStringLiteral("ROLLBACK")));
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    MigrationManager manager(*holder);
    auto st = manager.status();
    VM_VERIFY_OK(st);
    QVERIFY(st->pending.isEmpty());
}

void tst_MigrationManager::failingMigrationLeavesNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const MigrationSet set({
        makeMigration(
            1, QStringLiteral("first"), QStringLiteral("CREATE TABLE first_table (x integer);")),
        makeMigration(2, QStringLiteral("broken"),
            QStringLiteral("CREATE TABLE second_a (x integer);\n"
                           "CREATE TABLE second_b (x integer);\n"
                           "INSERT INTO no_such_table VALUES (1);\n"
                           "CREATE TABLE second_c (x integer);\n")),
    });
    MigrationManager manager(*db, set);
    auto result = manager.migrate();
    QVERIFY(!result.ok());
    const DbError &e = result.error();
    QCOMPARE(e.kind, DbError::Kind::Migration);
    QVERIFY2(e.sentence().contains(QLatin1String("0002_broken.sql")), qPrintable(e.sentence()));
    QVERIFY2(e.sentence().contains(QLatin1String("statement 3")), qPrintable(e.sentence()));
    QVERIFY2(e.sentence().contains(QLatin1String("no_such_table")), qPrintable(e.sentence()));
    QVERIFY2(e.sentence().contains(QLatin1String("stays at version 1")), qPrintable(e.sentence()));
    QCOMPARE(e.statement, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    QCOMPARE(e.where, QStringLiteral("0002_broken.sql"));
    if (tmp.isPostgres()) {
        QCOMPARE(e.sqlState(), QStringLiteral("42P01"));
        QVERIFY2(e.sentence().contains(QLatin1String("SQLSTATE 42P01")), qPrintable(e.sentence()));
    }
    // Nothing of migration 2 remains; migration 1 does.
    QVERIFY(tableExists(*db, QStringLiteral("first_table")));
    QVERIFY(!tableExists(*db, QStringLiteral("second_a")));
    QVERIFY(!tableExists(*db, QStringLiteral("second_b")));
    auto st = manager.status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 1);
}

void tst_MigrationManager::newerDatabaseIsRefused()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, checksum, applied_by, app_version) "
            "VALUES (999, 'from_the_future', 'x', 'someone', '9.0')")));
    const QString fingerprint = historyFingerprint(*db);
    MigrationManager manager(*db);
    auto result = manager.migrate();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, DbError::Kind::Migration);
    QVERIFY2(result.error().sentence().contains(QLatin1String("newer")),
        qPrintable(result.error().sentence()));
    QVERIFY(!result.error().sentence().contains(QLatin1Char('\n')));
    QCOMPARE(historyFingerprint(*db), fingerprint);

    const CtlResult ctl = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("up") });
    QCOMPARE(ctl.exitCode, 1);
    QCOMPARE(ctl.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
    QVERIFY2(ctl.err.contains(QLatin1String("version 999")), qPrintable(ctl.err));
    QCOMPARE(historyFingerprint(*db), fingerprint);
}

void tst_MigrationManager::changedMigrationIsRefused()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    Migration one = makeMigration(
        1, QStringLiteral("first"), QStringLiteral("CREATE TABLE first_table (x integer);\n"));
    {
        MigrationManager manager(*db, MigrationSet({ one }));
        VM_VERIFY_OK(manager.migrate());
    }
    const QString fingerprint = historyFingerprint(*db);
    Migration edited = one;
    edited.sql = QStringLiteral("CREATE TABLE first_table (x integer, y integer);\n");
    const Migration two = makeMigration(
        2, QStringLiteral("second"), QStringLiteral("CREATE TABLE second_table (x integer);"));
    MigrationManager manager(*db, MigrationSet({ edited, two }));
    auto result = manager.migrate();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().sentence().contains(QLatin1String("0001_first.sql")),
        qPrintable(result.error().sentence()));
    QVERIFY(!manager.verify().ok());
    QVERIFY(!tableExists(*db, QStringLiteral("second_table")));
    QCOMPARE(historyFingerprint(*db), fingerprint);
}

void tst_MigrationManager::lineEndingsAndBomAreNotChanges()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    Migration one = makeMigration(1, QStringLiteral("first"),
        QStringLiteral("CREATE TABLE first_table (\n  x integer\n);\n"));
    {
        MigrationManager manager(*db, MigrationSet({ one }));
        VM_VERIFY_OK(manager.migrate());
    }
    Migration windows = one;
    windows.sql
        = QChar(0xFEFF) + QString(one.sql).replace(QLatin1String("\n"), QLatin1String("\r\n"));
    QCOMPARE(windows.checksum(), one.checksum());
    MigrationManager manager(*db, MigrationSet({ windows }));
    VM_VERIFY_OK(manager.verify());
    auto applied = manager.migrate();
    VM_VERIFY_OK(applied);
    QCOMPARE(*applied, 0);
}

void tst_MigrationManager::roleWithoutSchemaRights()
{
    VM_TEMP_DATABASE(tmp);
    if (!tmp.isPostgres()) {
        // SQLite's counterpart: a read-only file that needs migrating is refused with a sentence.
        {
            auto db = tmp.open();
            VM_VERIFY_OK(db);
            MigrationManager manager(*db,
                MigrationSet({ makeMigration(
                    1, QStringLiteral("first"), QStringLiteral("CREATE TABLE t (x integer);")) }));
            VM_VERIFY_OK(manager.migrate());
        }
        QFile::setPermissions(tmp.url().path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        QFile::setPermissions(tmp.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(tmp.url().path).isWritable()) { // running as root: permissions do not bind
            QFile::setPermissions(tmp.folder(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("file permissions do not bind for this user (root); the PostgreSQL row covers "
                  "the rule");
        }
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        QVERIFY(db->isReadOnly());
        MigrationManager manager(*db,
            MigrationSet({ makeMigration(1, QStringLiteral("first"),
                               QStringLiteral("CREATE TABLE t (x integer);")),
                makeMigration(
                    2, QStringLiteral("second"), QStringLiteral("CREATE TABLE u (x integer);")) }));
        auto result = manager.migrate();
        QFile::setPermissions(
            tmp.folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, DbError::Kind::Permission);
        return;
    }
    auto owner = tmp.open();
    VM_VERIFY_OK(owner);
    const QString role = QStringLiteral("vm_lowpriv_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("low-priv-pass");
    (void)owner->execDirect(
        QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    VM_VERIFY_OK(owner->execDirect(QStringLiteral("test"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
    auto cleanup = qScopeGuard([&] {
        (void)owner->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP OWNED BY %1").arg(role));
        (void)owner->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    });
    {
        auto low = Database::open(
            tmp.urlFor(role, password), uniqueConnectionName(QStringLiteral("low")));
        VM_VERIFY_OK(low);
        MigrationManager manager(*low);
        auto result = manager.migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, DbError::Kind::Permission);
        QVERIFY2(result.error().sentence().contains(QLatin1String("venuemapctl migrate up")),
            qPrintable(result.error().sentence()));
        QVERIFY2(result.error().sentence().contains(QLatin1String("venuemapctl migrate sql")),
            qPrintable(result.error().sentence()));
        QVERIFY(!tableExists(*low, QStringLiteral("schema_migrations")));
        QVERIFY(!tableExists(*low, QStringLiteral("venues")));
    }
    // The owner migrates; the same role then works normally.
    VM_VERIFY_OK(MigrationManager(*owner).migrate());
    VM_VERIFY_OK(owner->execDirect(
        QStringLiteral("test"), QStringLiteral("GRANT SELECT ON venues TO %1").arg(role)));
    // CONNECT is granted to each role explicitly (migration 0007): PUBLIC has none.
    VM_VERIFY_OK(owner->execDirect(QStringLiteral("test"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(tmp.url().database, role)));
    auto low
        = Database::open(tmp.urlFor(role, password), uniqueConnectionName(QStringLiteral("low")));
    VM_VERIFY_OK(low);
    MigrationManager manager(*low);
    auto result = manager.migrate();
    VM_VERIFY_OK(result);
    QCOMPARE(*result, 0);
    VM_VERIFY_OK(manager.verify());
    VM_VERIFY_OK(
        low->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues")));
}

void tst_MigrationManager::sqliteKeepsACopyBeforeMigrating()
{
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const MigrationSet set(
        { makeMigration(1, QStringLiteral("first"),
              QStringLiteral(
                  "CREATE TABLE first_table (x integer); INSERT INTO first_table VALUES (42);")),
            makeMigration(2, QStringLiteral("second"),
                QStringLiteral("CREATE TABLE second_table (x integer);")) });
    {
        MigrationManager manager(*db, set);
        VM_VERIFY_OK(manager.migrate(1));
        QVERIFY(manager.lastBackupPath().isEmpty()); // a brand-new file has nothing to keep
    }
    MigrationManager manager(*db, set);
    VM_VERIFY_OK(manager.migrate());
    const QString backup = manager.lastBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    DatabaseUrl copyUrl;
    copyUrl.path = backup;
    auto copy = Database::open(copyUrl, uniqueConnectionName(QStringLiteral("copy")));
    VM_VERIFY_OK(copy);
    MigrationManager copyManager(*copy, set);
    auto st = copyManager.status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 1);
    auto value = copy->scalar(QStringLiteral("test"), QStringLiteral("SELECT x FROM first_table"));
    VM_VERIFY_OK(value);
    QCOMPARE(value->toInt(), 42);
    QVERIFY(!tableExists(*copy, QStringLiteral("second_table")));
}

void tst_MigrationManager::sqliteCopyAndLockFileKeepTheDatabaseMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0600") << 0600; // the usual: the file holds password hashes
    QTest::newRow("0640") << 0640; // shared with a group on purpose: the copy is shared alike
}

void tst_MigrationManager::sqliteCopyAndLockFileKeepTheDatabaseMode()
{
    QFETCH(int, mode);
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const MigrationSet set({ makeMigration(1, QStringLiteral("first"),
                                 QStringLiteral("CREATE TABLE first_table (x integer);")),
        makeMigration(2, QStringLiteral("second"),
            QStringLiteral("CREATE TABLE second_table (x integer);")) });
    VM_VERIFY_OK(MigrationManager(*db, set).migrate(1));
    QVERIFY(::chmod(QFile::encodeName(tmp.url().path).constData(), mode_t(mode)) == 0);
    const auto modeOf = [](const QString &path) {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                      : -1;
    };

    MigrationManager manager(*db, set);
    int lockMode = -2;
    connect(&manager, &MigrationManager::migrationStarted, this, [&] { // the lock is held here
        lockMode = modeOf(MigrationManager::lockFilePath(tmp.url().path));
    });
    VM_VERIFY_OK(manager.migrate());
    QVERIFY(!manager.lastBackupPath().isEmpty());
    QCOMPARE(QString::number(modeOf(manager.lastBackupPath()), 8), QString::number(mode, 8));
    QCOMPARE(QString::number(lockMode, 8), QString::number(mode, 8));
}

void tst_MigrationManager::symlinkedLockFileIsRefused_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("to a file") << true;
    QTest::newRow("dangling") << false;
}

void tst_MigrationManager::symlinkedLockFileIsRefused()
{
    QFETCH(bool, targetExists);
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const QString target = tmp.folder() + QStringLiteral("/precious.txt");
    if (targetExists) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    const QString lock = MigrationManager::lockFilePath(tmp.url().path);
    QVERIFY(QFile::link(target, lock));

    MigrationManager manager(*db,
        MigrationSet({ makeMigration(
            1, QStringLiteral("first"), QStringLiteral("CREATE TABLE t (x integer);")) }));
    auto result = manager.migrate();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().sentence().contains(QLatin1String("symbolic link")),
        qPrintable(result.error().sentence()));
    QVERIFY2(result.error().sentence().contains(lock), qPrintable(result.error().sentence()));
    // The target is untouched (or still absent), the link still there, nothing migrated.
    if (targetExists) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    } else {
        QVERIFY(!QFileInfo::exists(target));
    }
    QVERIFY(QFileInfo(lock).isSymLink());
    QVERIFY(!tableExists(*db, QStringLiteral("t")));
    QVERIFY(!db->inTransaction());
    // Once the link is gone, the migration runs.
    QVERIFY(QFile::remove(lock));
    VM_VERIFY_OK(manager.migrate());
    QVERIFY(tableExists(*db, QStringLiteral("t")));
}

void tst_MigrationManager::statusAndSqlCommands()
{
    VM_TEMP_DATABASE(tmp);
    const CtlResult before
        = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("status") });
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains(QLatin1String("current: 0")), qPrintable(before.out));
    QVERIFY(before.out.contains(QLatin1String("state: needs-migration")));
    QVERIFY(before.out.contains(QLatin1String("pending: 0001_initial_schema.sql")));
    QVERIFY(!before.out.contains(
        tmp.url().password.isEmpty() ? QStringLiteral("\x01") : tmp.url().password));

    const CtlResult sql = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("sql") });
    QCOMPARE(sql.exitCode, 0);
    QVERIFY(sql.out.contains(QLatin1String("CREATE TABLE venues")));
    QVERIFY(sql.out.contains(QLatin1String("INSERT INTO schema_migrations")));

    // The printed script, applied by hand, brings the database to head.
    if (tmp.isPostgres()) {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(sql.out), qPrintable(q.lastError().text()));
    } else {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), { tmp.url().path });
        if (!sqlite.waitForStarted())
            QSKIP("sqlite3 command-line tool not installed");
        sqlite.write(sql.out.toUtf8());
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    }
    const CtlResult verify
        = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("verify") });
    QCOMPARE(verify.exitCode, 0);
    const CtlResult after
        = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("status") });
    QVERIFY2(
        after.out.contains(QLatin1String("state: up-to-date")), qPrintable(after.out + after.err));

    const CtlResult bad
        = runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("sideways") });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_MigrationManager)
#include "tst_migrationmanager.moc"
