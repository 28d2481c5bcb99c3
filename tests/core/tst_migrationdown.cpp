// Migrations both ways (DESIGN §5, issue 12 item 9): every down step on both backends, through
// MigrationManager and venuemapctl, on a book filled by `venuemapctl demo`.
#include "migration/databasebackup.h"
#include "migration/migrationmanager.h"
#include "migration/migrationset.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CtlResult runCtl(const DatabaseUrl &url, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
    CtlResult r;
    if (!p.waitForFinished(300000)) {
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

// The schema as the database itself describes it: `pg_dump --schema-only` (without its random
// \restrict key) on PostgreSQL, sqlite_schema on SQLite (rootpage left out, whitespace folded).
QString schemaDump(const Database &db, QString *error)
{
    if (!db.isPostgres()) {
        auto q = db.exec(QStringLiteral("test"),
            QStringLiteral(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
        if (!q) {
            *error = q.error().details();
            return {};
        }
        QStringList rows;
        while (q->next())
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString().simplified());
        return rows.join(QLatin1Char('\n'));
    }
    auto pgDump
        = DatabaseBackup::findPgTool(QStringLiteral("pg_dump"), *DatabaseBackup::serverMajor(db));
    if (!pgDump) {
        *error = pgDump.error().sentence();
        return {};
    }
    const DatabaseUrl &url = db.url();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), url.password);
    p.setProcessEnvironment(env);
    p.start(*pgDump,
        { QStringLiteral("--schema-only"), QStringLiteral("-h"), url.host, QStringLiteral("-p"),
            QString::number(url.port), QStringLiteral("-U"), url.user, url.database });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("\\restrict"))
            || line.startsWith(QLatin1String("\\unrestrict"));
    });
    return lines.join(QLatin1Char('\n'));
}

// Every row of every VenueMap table, column by column, to compare what two versions both hold.
using Rows = QList<QVariantMap>;
using Snapshot = QMap<QString, Rows>;

QStringList tablesOf(const Database &db)
{
    auto q = db.exec(QStringLiteral("test"),
        db.isPostgres() ? QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY 1")
                        : QStringLiteral(
                            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                            "'sqlite_%' AND name NOT LIKE 'venues_fts%' ORDER BY 1"));
    QStringList tables;
    while (q && q->next())
        if (q->value(0).toString() != QLatin1String("schema_migrations"))
            tables << q->value(0).toString();
    return tables;
}

Snapshot snapshot(const Database &db)
{
    Snapshot snap;
    for (const QString &table : tablesOf(db)) {
        auto q = db.exec(QStringLiteral("test"), QStringLiteral("SELECT * FROM %1").arg(table));
        Rows rows;
        while (q && q->next()) {
            QVariantMap row;
            const QSqlRecord rec = q->record();
            for (int i = 0; i < rec.count(); ++i)
                row.insert(rec.fieldName(i), q->value(i));
            rows << row;
        }
        snap.insert(table, rows);
    }
    return snap;
}

QStringList columnsOf(const QString &table, const Database &db)
{
    // Taken from the catalog so that an empty table still has its columns.
    QStringList cols;
    auto q = db.exec(QStringLiteral("test"),
        db.isPostgres() ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                         "table_schema = current_schema() AND table_name = :t")
                        : QStringLiteral("SELECT name FROM pragma_table_info(:t)"),
        { { QStringLiteral(":t"), table } });
    while (q && q->next())
        cols << q->value(0).toString();
    cols.sort();
    return cols;
}

// The rows of `table` limited to `columns`, as sorted text: equal when both hold the same data.
QStringList fingerprint(const Snapshot &snap, const QString &table, const QStringList &columns)
{
    QStringList rows;
    for (const QVariantMap &row : snap.value(table)) {
        QStringList cells;
        for (const QString &col : columns) {
            const QVariant v = row.value(col);
            if (v.isNull())
                cells << QStringLiteral("\\N");
            else if (v.typeId() == QMetaType::QByteArray)
                cells << QString::fromLatin1(
                    QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha1).toHex());
            else
                cells << v.toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

QString historyFingerprint(const Database &db)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral(
            "SELECT version, checksum, applied_at FROM schema_migrations ORDER BY version"));
    QStringList rows;
    while (q && q->next())
        rows << QStringLiteral("%1|%2|%3")
                    .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    return rows.join(QLatin1Char('\n'));
}

Migration makeMigration(
    int version, const QString &name, const QString &up, const QString &down = QString())
{
    Migration m;
    m.version = version;
    m.name = name;
    m.fileName = QStringLiteral("%1_%2.sql").arg(version, 4, 10, QLatin1Char('0')).arg(name);
    m.sql = up;
    m.downSql = down;
    if (!down.isNull())
        m.losses = *Migration::parseLosses(down, m.fileName);
    return m;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to + QStringLiteral("/down"));
    for (const QString &sub : { QString(), QStringLiteral("/down") }) {
        const QDir dir(from + sub);
        for (const QString &f : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files))
            if (!QFile::copy(dir.filePath(f), to + sub + QLatin1Char('/') + f))
                return false;
    }
    return true;
}

} // namespace

class tst_MigrationDown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMigrationHasADownStep();
    void missingOrOrphanedDownStepIsAnError();
    void walkEveryVersion_data() { addBackendRows(); }
    void walkEveryVersion();
    void lossyStepIsRefusedWithoutForce_data() { addBackendRows(); }
    void lossyStepIsRefusedWithoutForce();
    void newerOrChangedDatabaseIsNotTakenDown_data() { addBackendRows(); }
    void newerOrChangedDatabaseIsNotTakenDown();
    void failingDownStepLeavesTheVersion_data() { addBackendRows(); }
    void failingDownStepLeavesTheVersion();
    void downScriptRunsByHand_data() { addBackendRows(); }
    void downScriptRunsByHand();
};

void tst_MigrationDown::everyMigrationHasADownStep()
{
    for (Backend backend : { Backend::PostgreSql, Backend::Sqlite }) {
        const MigrationSet set = MigrationSet::builtIn(backend);
        QVERIFY2(set.problems().isEmpty(), qPrintable(set.problems().join(QLatin1Char('\n'))));
        for (const Migration &m : set.migrations())
            QVERIFY2(m.hasDown() && !m.downSql.trimmed().isEmpty(), qPrintable(m.fileName));
    }
    // The losses the down files declare, as the manager reads them (the set outlives the pointer
    // into it).
    const MigrationSet sqlite = MigrationSet::builtIn(Backend::Sqlite);
    const Migration *batches = sqlite.find(5);
    QVERIFY(batches);
    QCOMPARE(batches->losses.size(), 2);
    QCOMPARE(batches->losses.at(0).describe(), QStringLiteral("rows of import_batches"));
    QCOMPARE(batches->losses.at(1).describe(), QStringLiteral("values of venues.import_batch_id"));
}

void tst_MigrationDown::missingOrOrphanedDownStepIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("sqlite"));
    QVERIFY(copyFolder(QStringLiteral(VENUEMAP_SOURCE_DIR "/migrations/sqlite"), folder));
    VM_VERIFY_OK(MigrationSet::fromDirectory(folder));

    const QString down = folder + QStringLiteral("/down/0002_venue_browsing.sql");
    QVERIFY(QFile::rename(down, folder + QStringLiteral("/down/0099_stray.sql")));
    auto broken = MigrationSet::fromDirectory(folder);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().sentence().contains(
                 QLatin1String("0002_venue_browsing.sql has no down step")),
        qPrintable(broken.error().sentence()));
    QVERIFY2(
        broken.error().sentence().contains(QLatin1String("down/0099_stray.sql has no migration")),
        qPrintable(broken.error().sentence()));

    QVERIFY(QFile::rename(folder + QStringLiteral("/down/0099_stray.sql"), down));
    QFile f(down);
    QVERIFY(f.open(QIODevice::Append));
    f.write("-- loses: venues; DROP TABLE users\n");
    f.close();
    auto malformed = MigrationSet::fromDirectory(folder);
    QVERIFY(!malformed.ok());
    QVERIFY2(
        malformed.error().sentence().contains(QLatin1String("-- loses: venues; DROP TABLE users")),
        qPrintable(malformed.error().sentence()));
}

void tst_MigrationDown::walkEveryVersion()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const CtlResult demo = runCtl(tmp.url(),
        { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("200"),
            QStringLiteral("--projects"), QStringLiteral("5"), QStringLiteral("--seed"),
            QStringLiteral("1") });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // An import batch, so that going below 0005 has something to lose as well.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO import_batches (id, file_name, venue_count) VALUES "
                       "('0b7a4e3c-1f7e-4f4e-9d59-7f3c2a9e0001', 'agency.csv', 3)")));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET import_batch_id = '0b7a4e3c-1f7e-4f4e-9d59-7f3c2a9e0001' "
                       "WHERE id IN (SELECT id FROM venues ORDER BY id LIMIT 3)")));
    // PostgreSQL: a person with a login role, whose link (users.db_role) going below 0003 loses.
    const QString login = QStringLiteral("vm_walk_%1").arg(QCoreApplication::applicationPid());
    auto dropLogin = qScopeGuard([&] {
        if (tmp.isPostgres())
            (void)db->execDirect(
                QStringLiteral("test"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    });
    if (tmp.isPostgres())
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral(
                "SELECT venuemap_add_person('Walker', 'walker@example.com', 'event_manager', "
                "'SCRAM-SHA-256$not-a-real-verifier', :login)"),
            { { QStringLiteral(":login"), login } }));
    const auto scalar = [&](const QString &sql) {
        auto r = db->scalar(QStringLiteral("test"), sql, { { QStringLiteral(":login"), login } });
        return r.ok() ? r->toString() : QStringLiteral("error: ") + r.error().details();
    };

    QString error;
    const QString headSchema = schemaDump(*db, &error);
    QVERIFY2(!headSchema.isEmpty(), qPrintable(error));
    const int head = MigrationSet::builtIn(tmp.url().backend).headVersion();
    QVERIFY(head >= 6);

    // Every version there is, from the one below head to none (numbers may leave gaps while
    // migrations are written on several branches).
    QList<int> versions { 0 };
    const MigrationSet set = MigrationSet::builtIn(tmp.url().backend);
    for (const Migration &m : set.migrations())
        versions << m.version;
    for (qsizetype i = versions.size() - 2; i >= 0; --i) {
        const int v = versions.at(i);
        const int above = int(versions.size() - 1 - i); // the migrations above v
        const Snapshot before = snapshot(*db);
        MigrationManager manager(*db);
        auto plan = manager.planDown(v);
        VM_VERIFY_OK(plan);
        QCOMPARE(plan->steps.size(), above);

        auto reverted = manager.migrateDown(v, DownOptions { false, true });
        VM_VERIFY_OK(reverted);
        QCOMPARE(*reverted, above);
        auto st = manager.status();
        VM_VERIFY_OK(st);
        QCOMPARE(st->currentVersion, v);
        QCOMPARE(st->applied.size(), i);

        // What version v holds is what head held, column for column.
        const Snapshot down = snapshot(*db);
        QMap<QString, QStringList> columnsAtV;
        for (auto it = down.cbegin(); it != down.cend(); ++it) {
            const QStringList cols = columnsOf(it.key(), *db);
            columnsAtV.insert(it.key(), cols);
            QVERIFY2(before.contains(it.key()), qPrintable(it.key()));
            // Below 0009 facilities are the old keys again ('wifi' for 'Wi-Fi'): compared on the
            // way back up below, not here.
            QStringList same = cols;
            if (v < 9)
                same.removeAll(it.key() == QLatin1String("venues")
                        ? QStringLiteral("facilities")
                        : QStringLiteral("required_facilities"));
            QCOMPARE(fingerprint(down, it.key(), same), fingerprint(before, it.key(), same));
        }
        if (v == 2 && tmp.isPostgres()) {
            QVERIFY2(plan->lossList().contains(QLatin1String("1 values of users.db_role")),
                qPrintable(plan->lossList()));
            // Cluster roles stay (other databases may use them), holding nothing in this database.
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                           "('venuemap_event_manager', 'venuemap_admin', :login)")),
                QStringLiteral("3"));
            QCOMPARE(
                scalar(QStringLiteral("SELECT has_table_privilege(:login, 'venues', 'SELECT')")),
                QStringLiteral("false"));
            // ... and the person whose link is lost is no longer in a VenueMap group.
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT pg_has_role(:login, 'venuemap_event_manager', 'MEMBER')")),
                QStringLiteral("false"));
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee "
                         "IN ('venuemap_event_manager', 'venuemap_admin')")),
                QStringLiteral("0"));
        }
        if (v == 0)
            QVERIFY2(down.isEmpty(), qPrintable(QStringList(down.keys()).join(QLatin1Char(' '))));

        auto applied = manager.migrate();
        VM_VERIFY_OK(applied);
        QCOMPARE(*applied, above);
        const QString again = schemaDump(*db, &error);
        QVERIFY2(!again.isEmpty(), qPrintable(error));
        if (again != headSchema) { // show the first line that differs
            const QStringList a = headSchema.split(QLatin1Char('\n'));
            const QStringList b = again.split(QLatin1Char('\n'));
            for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                if (a.at(i) != b.at(i))
                    QFAIL(qPrintable(
                        QStringLiteral("down to %1 and up: schema differs at line %2:\n%3\n%4")
                            .arg(v)
                            .arg(i + 1)
                            .arg(a.at(i), b.at(i))));
            QFAIL(qPrintable(QStringLiteral("down to %1 and up: schema differs in length").arg(v)));
        }
        if (v == 2 && tmp.isPostgres()) // 0003 applied again gives that login nothing back
            QCOMPARE(
                scalar(QStringLiteral("SELECT has_table_privilege(:login, 'venues', 'SELECT')")),
                QStringLiteral("false"));
        const Snapshot after = snapshot(*db);
        for (auto it = columnsAtV.cbegin(); it != columnsAtV.cend(); ++it)
            QCOMPARE(fingerprint(after, it.key(), it.value()),
                fingerprint(before, it.key(), it.value()));
        // A plan that declared no loss lost nothing: every column of every table is as before.
        if (!plan->losesData()) {
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                QCOMPARE(fingerprint(after, it.key(), columnsOf(it.key(), *db)),
                    fingerprint(before, it.key(), columnsOf(it.key(), *db)));
        }
        qInfo("down to %d and up again: same schema, data of version %d kept%s", v, v,
            plan->losesData()
                ? qPrintable(QStringLiteral(" (lost as declared: %1)").arg(plan->lossList()))
                : "");
    }
}

void tst_MigrationDown::lossyStepIsRefusedWithoutForce()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const CtlResult demo = runCtl(tmp.url(),
        { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("200"),
            QStringLiteral("--projects"), QStringLiteral("5"), QStringLiteral("--seed"),
            QStringLiteral("1") });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QString error;
    const QString schema = schemaDump(*db, &error);
    QVERIFY2(!schema.isEmpty(), qPrintable(error));
    const QString history = historyFingerprint(*db);
    const Snapshot data = snapshot(*db);
    const auto unchanged = [&] {
        QString e;
        return schemaDump(*db, &e) == schema && historyFingerprint(*db) == history
            && snapshot(*db) == data;
    };

    // In-process: the sentence says what would be lost, and nothing is written.
    MigrationManager manager(*db);
    auto refused = manager.migrateDown(0);
    QVERIFY(!refused.ok());
    const QString sentence = refused.error().sentence();
    QVERIFY2(sentence.contains(QLatin1String("200 rows of venues")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("--force")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("nothing was changed")), qPrintable(sentence));
    QVERIFY(unchanged());

    // venuemapctl: a dry run lists the steps and the losses and changes nothing (exit 0) ...
    const CtlResult dry = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
            QStringLiteral("3"), QStringLiteral("--dry-run") });
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QLatin1String("step: down/0004_project_workflow.sql")),
        qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QRegularExpression(
                 QStringLiteral("loses: \\d+ values of project_venues.sort_order"))),
        qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QLatin1String("dry-run: nothing was changed")), qPrintable(dry.out));
    QVERIFY(unchanged());
    // ... without --force it is refused in one sentence (exit 1) ...
    const CtlResult noForce = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
            QStringLiteral("3") });
    QCOMPARE(noForce.exitCode, 1);
    QCOMPARE(noForce.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(
        noForce.err.contains(QLatin1String("project_venues.sort_order")), qPrintable(noForce.err));
    QVERIFY(unchanged());
    // ... a lossless step needs no --force (the sample's rooms would be lost below 0010, so they
    // go first) ...
    VM_VERIFY_OK(
        db->execDirect(QStringLiteral("test"), QStringLiteral("DELETE FROM venue_spaces")));
    // (and the days to answer by below 0014)
    VM_VERIFY_OK(db->execDirect(
        QStringLiteral("test"), QStringLiteral("UPDATE project_venues SET respond_by = NULL")));
    const CtlResult lossless = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
            QStringLiteral("5") });
    QVERIFY2(lossless.exitCode == 0, qPrintable(lossless.err));
    QVERIFY2(lossless.out.contains(QLatin1String("version 5")), qPrintable(lossless.out));
    // ... and with --force the lossy one proceeds.
    const CtlResult forced = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
            QStringLiteral("3"), QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY2(forced.out.contains(QLatin1String("reverted 2 migration(s); version 3")),
        qPrintable(forced.out));
    auto st = manager.status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 3);
    auto venues = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    VM_VERIFY_OK(venues);
    QCOMPARE(venues->toInt(), 200);

    // Usage: no --to, or a target above the current version.
    QCOMPARE(runCtl(tmp.url(), { QStringLiteral("migrate"), QStringLiteral("down") }).exitCode, 2);
    QCOMPARE(runCtl(tmp.url(),
                 { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
                     QStringLiteral("5") })
                 .exitCode,
        2);
}

void tst_MigrationDown::newerOrChangedDatabaseIsNotTakenDown()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, checksum, applied_by, app_version) "
            "VALUES (999, 'from_the_future', 'x', 'someone', '9.0')")));
    QString error;
    const QString schema = schemaDump(*db, &error);
    const QString history = historyFingerprint(*db);
    const CtlResult newer = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("down"), QStringLiteral("--to"),
            QStringLiteral("5"), QStringLiteral("--force") });
    QCOMPARE(newer.exitCode, 1);
    QVERIFY2(newer.err.contains(QLatin1String("newer")), qPrintable(newer.err));
    QCOMPARE(historyFingerprint(*db), history);
    QCOMPARE(schemaDump(*db, &error), schema);

    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM schema_migrations WHERE version = 999")));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 6")));
    const QString editedHistory = historyFingerprint(*db);
    MigrationManager manager(*db);
    auto changed = manager.migrateDown(5, DownOptions { false, true });
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().sentence().contains(QLatin1String("0006_suggestion_index.sql")),
        qPrintable(changed.error().sentence()));
    QCOMPARE(historyFingerprint(*db), editedHistory);
    QCOMPARE(schemaDump(*db, &error), schema);
}

void tst_MigrationDown::failingDownStepLeavesTheVersion()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    const Migration one = makeMigration(1, QStringLiteral("first"),
        QStringLiteral("CREATE TABLE first_table (x integer);"),
        QStringLiteral("DROP TABLE first_table;"));
    const Migration two = makeMigration(2, QStringLiteral("second"),
        QStringLiteral("CREATE TABLE second_a (x integer); CREATE TABLE second_b (x integer);"),
        QStringLiteral("DROP TABLE second_b;\nDROP TABLE no_such_table;\nDROP TABLE second_a;"));
    const Migration three = makeMigration(
        3, QStringLiteral("third"), QStringLiteral("CREATE TABLE third_table (x integer);"));
    {
        MigrationManager manager(*db, MigrationSet({ one, two, three }));
        VM_VERIFY_OK(manager.migrate());
        // No down step for 0003: refused before anything runs.
        auto missing = manager.migrateDown(0, DownOptions { false, true });
        QVERIFY(!missing.ok());
        QVERIFY2(
            missing.error().sentence().contains(QLatin1String("0003_third.sql has no down step")),
            qPrintable(missing.error().sentence()));
    }
    MigrationManager manager(*db, MigrationSet({ one, two }));
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), QStringLiteral("DROP TABLE third_table")));
    VM_VERIFY_OK(db->exec(
        QStringLiteral("test"), QStringLiteral("DELETE FROM schema_migrations WHERE version = 3")));
    auto failed = manager.migrateDown(0);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().sentence().contains(
                 QLatin1String("down/0002_second.sql failed at statement 2")),
        qPrintable(failed.error().sentence()));
    QVERIFY2(failed.error().sentence().contains(QLatin1String("stays at version 2")),
        qPrintable(failed.error().sentence()));
    auto st = manager.status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 2);
    // The statement before the failing one was rolled back with it.
    VM_VERIFY_OK(
        db->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM second_b")));
}

void tst_MigrationDown::downScriptRunsByHand()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    QString error;
    const QString headSchema = schemaDump(*db, &error);
    const CtlResult sql = runCtl(tmp.url(),
        { QStringLiteral("migrate"), QStringLiteral("sql"), QStringLiteral("--down"),
            QStringLiteral("--to"), QStringLiteral("2") });
    QCOMPARE(sql.exitCode, 0);
    QVERIFY2(sql.out.contains(QLatin1String("-- down/0003_access.sql")), qPrintable(sql.out));
    QVERIFY(sql.out.contains(QLatin1String("DELETE FROM schema_migrations WHERE version = 6;")));
    QVERIFY(!sql.out.contains(QLatin1String("down/0002_")));
    if (tmp.isPostgres()) {
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
    MigrationManager manager(*db);
    auto st = manager.status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 2);
    VM_VERIFY_OK(manager.migrate());
    QCOMPARE(schemaDump(*db, &error), headSchema);
    QCOMPARE(runCtl(tmp.url(),
                 { QStringLiteral("migrate"), QStringLiteral("sql"), QStringLiteral("--down") })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(tst_MigrationDown)
#include "tst_migrationdown.moc"
