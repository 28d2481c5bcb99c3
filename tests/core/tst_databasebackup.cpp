// Backup and restore and the file modes of the copies, through venuemapctl
// on both backends.
#include "migration/databasebackup.h"
#include "migration/migrationmanager.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CtlResult runCtl(
    const DatabaseUrl &url, const QStringList &args, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
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

int modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// What the book holds, in a few numbers and one checksum over every venue and photo.
QString bookFingerprint(const Database &db)
{
    QStringList parts;
    for (const QString &table : { QStringLiteral("venues"), QStringLiteral("photos"),
             QStringLiteral("projects"), QStringLiteral("project_venues"),
             QStringLiteral("activity_logs"), QStringLiteral("users") }) {
        auto n = db.scalar(
            QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        parts << QStringLiteral("%1=%2").arg(table, n ? n->toString() : n.error().details());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT v.id, v.name, v.notes, v.capacity, p.data FROM venues v "
                       "LEFT JOIN photos p ON p.venue_id = v.id ORDER BY v.id, p.id"));
    while (q && q->next())
        for (int i = 0; i < 5; ++i)
            hash.addData(q->value(i).toByteArray() + '|');
    parts << QString::fromLatin1(hash.result().toHex());
    return parts.join(QLatin1Char(' '));
}

// A folder with a stand-in `tool` that reports `version` and records how it was called.
QString fakeTool(const QTemporaryDir &dir, const QString &tool, const QString &version)
{
    const QString path = dir.filePath(tool);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("#!/bin/sh\n"
                           "if [ \"$1\" = --version ]; then echo '%1 (PostgreSQL) %2'; exit 0; fi\n"
                           "printf '%s\\n' \"$@\" > '%3.args'\n"
                           "printf '%s' \"$PGPASSWORD\" > '%3.password'\n"
                           "echo '%1: error: stand-in tool' >&2; exit 1\n")
                .arg(tool, version, path)
                .toUtf8());
    f.close();
    QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class tst_DatabaseBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupChangeRestore_data() { addBackendRows(); }
    void backupChangeRestore();
    void restoreIntoAnEmptyDatabase_data() { addBackendRows(); }
    void restoreIntoAnEmptyDatabase();
    void restoreRefusesWhatIsNotAFittingBackup_data() { addBackendRows(); }
    void restoreRefusesWhatIsNotAFittingBackup();
    void failedPostgresRestorePutsTheDatabaseBack();
    void missingOrOldClientToolsSaySo();
    void passwordReachesTheToolOnlyThroughItsEnvironment();
};

void tst_DatabaseBackup::backupChangeRestore()
{
    VM_TEMP_DATABASE(tmp);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QMap<QString, QString> env { { QStringLiteral("XDG_DATA_HOME"), home.path() } };
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
    }
    const CtlResult demo = runCtl(tmp.url(),
        { QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("60"),
            QStringLiteral("--projects"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("1") });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    if (!tmp.isPostgres()) // the file holds password hashes: only its owner reads it
        QVERIFY(::chmod(QFile::encodeName(tmp.url().path).constData(), 0600) == 0);

    QString original;
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        original = bookFingerprint(*db);
    }
    const QString file = home.filePath(QStringLiteral("book.backup"));
    const CtlResult backup = runCtl(tmp.url(), { QStringLiteral("backup"), file }, env);
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QCOMPARE(backup.out, QStringLiteral("backup: %1\n").arg(file));
    QCOMPARE(octal(modeOf(file)), octal(0600));
    // Never over an existing file.
    const CtlResult again = runCtl(tmp.url(), { QStringLiteral("backup"), file }, env);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));

    QString changed;
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM photos")));
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("UPDATE venues SET name = 'Renamed', notes = NULL")));
        changed = bookFingerprint(*db);
        QVERIFY(changed != original);
    }

    // A database holding data is replaced only with --force; without it nothing changes.
    const CtlResult refused = runCtl(tmp.url(), { QStringLiteral("restore"), file }, env);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        QCOMPARE(bookFingerprint(*db), changed);
    } // closed, as a person closes VenueMap before restoring its file

    if (!tmp.isPostgres()) { // a file another VenueMap still has open, even idle, is not replaced
                             // under it
        auto other = tmp.open();
        VM_VERIFY_OK(other);
        const CtlResult busy = runCtl(
            tmp.url(), { QStringLiteral("restore"), file, QStringLiteral("--force") }, env);
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(
            busy.err.contains(QLatin1String("is open in another program")), qPrintable(busy.err));
        QCOMPARE(bookFingerprint(*other), changed);
        QVERIFY(!QFileInfo::exists(tmp.url().path + QStringLiteral(".before-restore")));
    }
    const CtlResult restored
        = runCtl(tmp.url(), { QStringLiteral("restore"), file, QStringLiteral("--force") }, env);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(
        restored.out.contains(QStringLiteral("version: %1")
                                  .arg(MigrationSet::builtIn(tmp.url().backend).headVersion())),
        qPrintable(restored.out));
    const QString previous
        = restored.out.section(QLatin1String("previous: "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!previous.isEmpty() && QFileInfo::exists(previous), qPrintable(restored.out));
    QCOMPARE(octal(modeOf(previous)), octal(0600));
    if (tmp.isPostgres())
        QVERIFY2(previous.startsWith(home.path() + QStringLiteral("/VenueMap/VenueMap/backups/")),
            qPrintable(previous));
    else
        QCOMPARE(previous, tmp.url().path + QStringLiteral(".before-restore"));

    auto db = tmp.open();
    VM_VERIFY_OK(db);
    QCOMPARE(bookFingerprint(*db), original);
    VM_VERIFY_OK(MigrationManager(*db).verify());
    if (!tmp.isPostgres()) {
        QCOMPARE(octal(modeOf(tmp.url().path)), octal(0600));
        auto check = db->scalar(QStringLiteral("test"), QStringLiteral("PRAGMA integrity_check"));
        VM_VERIFY_OK(check);
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QVERIFY(!QFileInfo::exists(tmp.url().path + QStringLiteral(".restore-")
            + QString::number(QCoreApplication::applicationPid())));
        // The replaced file is whole: it holds the changed book.
        DatabaseUrl before;
        before.path = previous;
        auto old = Database::open(before, uniqueConnectionName(QStringLiteral("before")));
        VM_VERIFY_OK(old);
        QCOMPARE(bookFingerprint(*old), changed);
    }
}

void tst_DatabaseBackup::restoreIntoAnEmptyDatabase()
{
    VM_TEMP_DATABASE(source);
    QTemporaryDir dir;
    {
        auto db = source.openMigrated();
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name, city) VALUES "
                           "('5d2c8a4e-0000-4000-8000-000000000001', 'Kursaal', 'Bern')")));
    }
    const QString file = dir.filePath(QStringLiteral("one.backup"));
    QCOMPARE(runCtl(source.url(), { QStringLiteral("backup"), file }).exitCode, 0);
    QString sourceGroup;
    if (source.isPostgres()) {
        auto db = source.open();
        VM_VERIFY_OK(db);
        auto group = db->scalar(
            QStringLiteral("test"), QStringLiteral("SELECT venuemap_group('event_manager')"));
        VM_VERIFY_OK(group);
        sourceGroup = group->toString();
    }

    TempDatabase target(backend); // brand new: no schema at all (SQLite: no file yet)
    const CtlResult restored = runCtl(target.url(), { QStringLiteral("restore"), file });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(!restored.out.contains(QLatin1String("previous:")), qPrintable(restored.out));
    auto db = target.open();
    VM_VERIFY_OK(db);
    auto name = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues"));
    VM_VERIFY_OK(name);
    QCOMPARE(name->toString(), QStringLiteral("Kursaal"));
    if (!target.isPostgres()) {
        QCOMPARE(octal(modeOf(target.url().path)), octal(0600));
        return;
    }
    // The copy is the target's own: its own groups, closed to PUBLIC and to the source's people.
    auto own = db->scalar(
        QStringLiteral("test"), QStringLiteral("SELECT venuemap_group('event_manager')"));
    VM_VERIFY_OK(own);
    QVERIFY(own->toString() != sourceGroup);
    auto exists = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :g"),
        { { QStringLiteral(":g"), *own } });
    VM_VERIFY_OK(exists);
    QCOMPARE(exists->toInt(), 1);
    auto publicConnect = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT')"));
    VM_VERIFY_OK(publicConnect);
    QCOMPARE(publicConnect->toBool(), false);
    auto sourceReads = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT has_table_privilege(:g, 'venues', 'SELECT')"),
        { { QStringLiteral(":g"), sourceGroup } });
    VM_VERIFY_OK(sourceReads);
    QCOMPARE(sourceReads->toBool(), false);
}

void tst_DatabaseBackup::restoreRefusesWhatIsNotAFittingBackup()
{
    VM_TEMP_DATABASE(tmp);
    QTemporaryDir dir;
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
    }
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("venue;city\nKursaal;Bern\n");
    }
    const CtlResult foreign
        = runCtl(tmp.url(), { QStringLiteral("restore"), text, QStringLiteral("--force") });
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.err.contains(QLatin1String("is not a")), qPrintable(foreign.err));

    // A backup of a database newer than this app.
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral(
                "INSERT INTO schema_migrations (version, name, checksum, applied_by, app_version) "
                "VALUES (999, 'from_the_future', 'x', 'someone', '9.0')")));
    }
    const QString newer = dir.filePath(QStringLiteral("newer.backup"));
    QCOMPARE(runCtl(tmp.url(), { QStringLiteral("backup"), newer }).exitCode, 0);
    TempDatabase target(backend);
    {
        auto db = target.openMigrated();
        VM_VERIFY_OK(db);
    }
    const CtlResult refused
        = runCtl(target.url(), { QStringLiteral("restore"), newer, QStringLiteral("--force") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("version 999, newer than this VenueMap")),
        qPrintable(refused.err));
    auto db = target.open();
    VM_VERIFY_OK(db);
    auto st = MigrationManager(*db).status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, MigrationSet::builtIn(target.url().backend).headVersion());
}

void tst_DatabaseBackup::failedPostgresRestorePutsTheDatabaseBack()
{
    // A copy from another server that names a role this one lacks: pg_restore fails half-way.
    TempDatabase source(QStringLiteral("postgresql"));
    if (!source.failReason().isEmpty())
        QFAIL(qPrintable(source.failReason()));
    if (!source.skipReason().isEmpty())
        QSKIP(qPrintable(source.skipReason()));
    QTemporaryDir home;
    const QMap<QString, QString> env { { QStringLiteral("XDG_DATA_HOME"), home.path() } };
    const QString role = QStringLiteral("vm_elsewhere_%1").arg(QCoreApplication::applicationPid());
    const QString file = home.filePath(QStringLiteral("elsewhere.backup"));
    {
        auto db = source.openMigrated();
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->execDirect(
            QStringLiteral("test"), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)));
        // A policy names its role in the schema itself (privileges are not restored).
        VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
            QStringLiteral("CREATE POLICY elsewhere ON venues TO %1 USING (true)").arg(role)));
        QCOMPARE(runCtl(source.url(), { QStringLiteral("backup"), file }).exitCode, 0);
        VM_VERIFY_OK(db->execDirect(
            QStringLiteral("test"), QStringLiteral("DROP POLICY elsewhere ON venues")));
        VM_VERIFY_OK(
            db->execDirect(QStringLiteral("test"), QStringLiteral("DROP ROLE %1").arg(role)));
    }
    TempDatabase target(QStringLiteral("postgresql"));
    QString before;
    {
        auto db = target.openMigrated();
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name) VALUES "
                           "('5d2c8a4e-0000-4000-8000-000000000003', 'Stadtcasino')")));
        before = bookFingerprint(*db);
    }
    const CtlResult restored
        = runCtl(target.url(), { QStringLiteral("restore"), file, QStringLiteral("--force") }, env);
    QCOMPARE(restored.exitCode, 1);
    QCOMPARE(restored.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(
        restored.err.contains(role) && restored.err.contains(QLatin1String("put back as it was")),
        qPrintable(restored.err));
    qInfo("%s", qPrintable(restored.err.trimmed()));
    auto db = target.open();
    VM_VERIFY_OK(db);
    QCOMPARE(bookFingerprint(*db), before);
    VM_VERIFY_OK(MigrationManager(*db).verify());
}

void tst_DatabaseBackup::missingOrOldClientToolsSaySo()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
    }
    QTemporaryDir empty;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("x.backup"));
    const QMap<QString, QString> noTools { { QStringLiteral("PATH"), empty.path() },
        { QStringLiteral("VENUEMAP_PG_BIN_DIR"), empty.path() } };
    const CtlResult backup = runCtl(tmp.url(), { QStringLiteral("backup"), file }, noTools);
    QCOMPARE(backup.exitCode, 1);
    QCOMPARE(backup.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(backup.err.contains(QLatin1String("pg_dump"))
            && backup.err.contains(QLatin1String("install postgresql-client-15")),
        qPrintable(backup.err));
    QVERIFY(!QFileInfo::exists(file));
    const CtlResult restore = runCtl(tmp.url(), { QStringLiteral("restore"), file }, noTools);
    QCOMPARE(restore.exitCode, 1); // the file is missing too; either sentence, never a crash

    QTemporaryDir old;
    QVERIFY(!fakeTool(old, QStringLiteral("pg_dump"), QStringLiteral("9.6.24")).isEmpty());
    const CtlResult tooOld = runCtl(tmp.url(), { QStringLiteral("backup"), file },
        { { QStringLiteral("VENUEMAP_PG_BIN_DIR"), old.path() } });
    QCOMPARE(tooOld.exitCode, 1);
    QVERIFY2(tooOld.err.contains(QLatin1String("is version 9, older than the server (15)")),
        qPrintable(tooOld.err));
    QVERIFY(!QFileInfo::exists(file));
}

void tst_DatabaseBackup::passwordReachesTheToolOnlyThroughItsEnvironment()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    if (tmp.url().password.isEmpty())
        QSKIP("the test server's URL carries no password");
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
    }
    QTemporaryDir tools;
    const QString tool = fakeTool(tools, QStringLiteral("pg_dump"), QStringLiteral("99.0"));
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("x.backup"));
    const CtlResult backup = runCtl(tmp.url(), { QStringLiteral("backup"), file },
        { { QStringLiteral("VENUEMAP_PG_BIN_DIR"), tools.path() },
            { QStringLiteral("PGPASSWORD"), QString() } });
    QCOMPARE(backup.exitCode, 1); // the stand-in fails
    QVERIFY2(backup.err.contains(QLatin1String("stand-in tool")), qPrintable(backup.err));
    QVERIFY(!QFileInfo::exists(file)); // a failed copy leaves no file behind
    QFile args(tool + QStringLiteral(".args"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QString argText = QString::fromUtf8(args.readAll());
    QVERIFY2(argText.contains(QLatin1String("--format=custom")), qPrintable(argText));
    QVERIFY2(argText.contains(QStringLiteral("dbname='%1'").arg(tmp.url().database)),
        qPrintable(argText));
    QVERIFY2(!argText.contains(tmp.url().password), "the password is on the tool's command line");
    QFile password(tool + QStringLiteral(".password"));
    QVERIFY(password.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(password.readAll()), tmp.url().password);
}

QTEST_GUILESS_MAIN(tst_DatabaseBackup)
#include "tst_databasebackup.moc"
