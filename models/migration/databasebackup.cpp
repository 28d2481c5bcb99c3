#include "databasebackup.h"

#include "db/filemodes.h"
#include "logging.h"
#include "migrationmanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QVersionNumber>

#include <cstdio>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context DatabaseBackup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
};

} // namespace

namespace {

const QString kWhere = QStringLiteral("DatabaseBackup");
QString backupOp()
{
    return Tr::tr("back up the database");
}
const QString kRestoreOp = QStringLiteral("restore the database");

DbError ioError(const QString &operation, const QString &message, const QString &where = kWhere)
{
    return DbError::make(DbError::Kind::Io, operation, message, where);
}

// libpq conninfo for a child process: everything of the URL except the password.
QString conninfo(const DatabaseUrl &url)
{
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts;
    if (!url.host.isEmpty())
        parts << QStringLiteral("host=%1").arg(quoted(url.host));
    if (url.port > 0)
        parts << QStringLiteral("port=%1").arg(url.port);
    parts << QStringLiteral("dbname=%1").arg(quoted(url.database));
    if (!url.user.isEmpty())
        parts << QStringLiteral("user=%1").arg(quoted(url.user));
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), quoted(it.value()));
    return parts.join(QLatin1Char(' '));
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ToolRun runPgTool(const QString &tool, const QStringList &args, const DatabaseUrl &url)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password); // never on the command line
    env.insert(
        QStringLiteral("PGAPPNAME"), QStringLiteral("VenueMap ") + QFileInfo(tool).fileName());
    p.setProcessEnvironment(env);
    p.start(tool, args);
    ToolRun r;
    if (!p.waitForStarted()) {
        r.err = Tr::tr("%1 could not be started").arg(tool);
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

// "pg_dump: error: connection to server ... failed: FATAL: ..." -> its last meaningful line.
QString firstErrorLine(const QString &err)
{
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        if (line.contains(QLatin1String("error:")))
            return line.section(QStringLiteral("error:"), 1).trimmed();
    return lines.isEmpty() ? Tr::tr("no message") : lines.constFirst().trimmed();
}

int toolMajor(const QString &tool)
{
    QProcess p;
    p.start(tool, { QStringLiteral("--version") });
    if (!p.waitForFinished(10000))
        return 0;
    // "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
    static const QRegularExpression number(QStringLiteral("\\)\\s+(\\d+)"));
    const auto m = number.match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The rows of schema_migrations in a custom-format dump: version -> checksum.
Result<QMap<int, QString>> dumpHistory(const QString &pgRestore, const QString &file)
{
    const ToolRun list = runPgTool(pgRestore, { QStringLiteral("--list"), file }, {});
    if (list.exitCode != 0)
        return ioError(kRestoreOp,
            QStringLiteral("%1 is not a PostgreSQL backup in custom format (pg_restore: %2).")
                .arg(file, firstErrorLine(list.err)));
    if (!list.out.contains(" TABLE DATA ") || !list.out.contains("schema_migrations"))
        return ioError(kRestoreOp,
            QStringLiteral("%1 is not a VenueMap backup: it holds no schema_migrations table.")
                .arg(file));
    const ToolRun data = runPgTool(pgRestore,
        { QStringLiteral("--data-only"), QStringLiteral("--table=schema_migrations"),
            QStringLiteral("--file=-"), file },
        {});
    if (data.exitCode != 0)
        return ioError(kRestoreOp,
            QStringLiteral("%1 cannot be read (pg_restore: %2).")
                .arg(file, firstErrorLine(data.err)));
    QMap<int, QString> history;
    bool inCopy = false;
    for (const QByteArray &raw : data.out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("COPY "))
            && line.contains(QLatin1String("schema_migrations"))) {
            inCopy = true;
            continue;
        }
        if (!inCopy)
            continue;
        if (line == QLatin1String("\\."))
            break;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() >= 3)
            history.insert(cols.at(0).toInt(), cols.at(2));
    }
    if (history.isEmpty())
        return ioError(kRestoreOp,
            QStringLiteral("%1 is not a VenueMap backup: its schema history is empty.").arg(file));
    return history;
}

// Refuses a copy newer than the app or with a migration whose text changed since.
Status checkHistoryFits(const QMap<int, QString> &history, Backend backend, const QString &file)
{
    const MigrationSet set = MigrationSet::builtIn(backend);
    const int version = history.lastKey();
    if (version > set.headVersion())
        return DbError::make(DbError::Kind::Migration, kRestoreOp,
            QStringLiteral(
                "%1 holds schema version %2, newer than this VenueMap knows (%3): install "
                "the newer VenueMap to restore it; nothing was changed.")
                .arg(file)
                .arg(version)
                .arg(set.headVersion()),
            kWhere);
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        const Migration *m = set.find(it.key());
        if (m && m->checksum() != it.value())
            return DbError::make(DbError::Kind::Migration, kRestoreOp,
                QStringLiteral(
                    "%1 was made with a different text of migration %2; nothing was changed.")
                    .arg(file, m->fileName),
                kWhere);
    }
    return {};
}

DbError targetHoldsData(const QString &what, int version)
{
    return DbError::make(DbError::Kind::Validation, kRestoreOp,
        QStringLiteral(
            "%1 already holds a VenueMap database (schema version %2); restoring replaces "
            "it, so add --force to confirm (the replaced one is kept).")
            .arg(what)
            .arg(version),
        kWhere);
}

} // namespace

QString DatabaseBackup::backupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/backups");
}

QString DatabaseBackup::newBackupPath(const DatabaseUrl &url, int version, const QString &why)
{
    QString name = url.isPostgres() ? url.database : QFileInfo(url.path).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base
        = QStringLiteral("%1/%2-v%3-%4-%5").arg(backupFolder(), name).arg(version).arg(why, stamp);
    QString path = base + QStringLiteral(".dump");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.dump").arg(base).arg(n);
    return path;
}

Result<int> DatabaseBackup::serverMajor(const Database &db)
{
    auto v = db.scalar(kWhere + QStringLiteral("::serverMajor"),
        QStringLiteral("SELECT current_setting('server_version_num')"));
    if (!v)
        return v.error();
    return v->toInt() / 10000;
}

Result<QString> DatabaseBackup::findPgTool(const QString &tool, int serverMajor)
{
    QStringList candidates;
    const QString pinned = qEnvironmentVariable("VENUEMAP_PG_BIN_DIR");
    if (!pinned.isEmpty()) {
        candidates << QDir(pinned).filePath(tool);
    } else {
        if (const QString onPath = QStandardPaths::findExecutable(tool); !onPath.isEmpty())
            candidates << onPath;
        QStringList majors = QDir(QStringLiteral("/usr/lib/postgresql"))
                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(majors.begin(), majors.end(),
            [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &major : majors)
            candidates << QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(major, tool);
    }
    QString tooOld;
    int tooOldMajor = 0;
    for (const QString &candidate : candidates) {
        if (!QFileInfo(candidate).isExecutable())
            continue;
        const int major = toolMajor(candidate);
        if (major >= serverMajor)
            return candidate;
        if (tooOld.isEmpty()) {
            tooOld = candidate;
            tooOldMajor = major;
        }
    }
    if (!tooOld.isEmpty())
        return ioError(backupOp(),
            pinned.isEmpty()
                ? Tr::tr("%1 at %2 is version %3, older than the server (%4), and no newer one "
                         "was found on PATH or in /usr/lib/postgresql/*/bin: "
                         "install postgresql-client-%4.")
                      .arg(tool, tooOld)
                      .arg(tooOldMajor)
                      .arg(serverMajor)
                : Tr::tr("%1 at %2 is version %3, older than the server (%4), and no newer one "
                         "was found in VENUEMAP_PG_BIN_DIR (%5): install postgresql-client-%4.")
                      .arg(tool, tooOld)
                      .arg(tooOldMajor)
                      .arg(serverMajor)
                      .arg(pinned));
    return ioError(backupOp(),
        pinned.isEmpty()
            ? Tr::tr("This needs the PostgreSQL client tool %1 (version %2 or newer), and none "
                     "was found on PATH or in /usr/lib/postgresql/*/bin: "
                     "install postgresql-client-%2.")
                  .arg(tool)
                  .arg(serverMajor)
            : Tr::tr("This needs the PostgreSQL client tool %1 (version %2 or newer), and none "
                     "was found in VENUEMAP_PG_BIN_DIR (%3): install postgresql-client-%2.")
                  .arg(tool)
                  .arg(serverMajor)
                  .arg(pinned));
}

Status DatabaseBackup::vacuumInto(const Database &db, const QString &file, const QString &operation)
{
    // Created first with the database's own mode: VACUUM INTO keeps an existing empty file's mode.
    if (auto s = FileModes::createEmpty(file, FileModes::modeOf(db.url().path), operation); !s)
        return s;
    QString quoted = file;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    // VACUUM INTO writes a consistent copy even while WAL holds recent changes.
    if (auto s = db.execDirect({ kWhere + QStringLiteral("::vacuumInto"), operation },
            QStringLiteral("VACUUM INTO '%1'").arg(quoted));
        !s) {
        QFile::remove(file);
        DbError e = s.error();
        e.message = Tr::tr("No copy of %1 could be written to %2: %3")
                        .arg(db.url().path, file, e.sqlError.databaseText());
        return e;
    }
    return {};
}

Status DatabaseBackup::backup(const Database &db, const QString &file)
{
    if (!db.isPostgres())
        return vacuumInto(db, file, backupOp());
    auto major = serverMajor(db);
    if (!major)
        return major.error();
    auto pgDump = findPgTool(QStringLiteral("pg_dump"), *major);
    if (!pgDump)
        return pgDump.error();
    if (auto s = FileModes::createEmpty(file, 0600, backupOp()); !s)
        return s;
    const ToolRun run = runPgTool(*pgDump,
        { QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
            QStringLiteral("--dbname=") + conninfo(db.url()) },
        db.url());
    if (run.exitCode != 0) {
        QFile::remove(file);
        return ioError(backupOp(),
            Tr::tr("pg_dump could not copy the database: %1.").arg(firstErrorLine(run.err)));
    }
    qCInfo(lcMigration) << "wrote a copy of" << db.url().toDisplayString() << "to" << file;
    return {};
}

Result<RestoreOutcome> DatabaseBackup::restore(
    const DatabaseUrl &url, const QString &file, RestoreOptions options)
{
    const QFileInfo source(file);
    if (!source.isFile() || !source.isReadable())
        return ioError(kRestoreOp, QStringLiteral("%1 is not a file that can be read.").arg(file));
    RestoreOutcome outcome;
    static QAtomicInt counter;
    const QString connection = QStringLiteral("restore-%1-%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(counter.fetchAndAddRelaxed(1));

    if (url.isPostgres()) {
        auto db = Database::open(url, connection);
        if (!db)
            return db.error();
        auto major = serverMajor(*db);
        if (!major)
            return major.error();
        auto pgRestore = findPgTool(QStringLiteral("pg_restore"), *major);
        if (!pgRestore)
            return pgRestore.error();
        auto history = dumpHistory(*pgRestore, file);
        if (!history)
            return history.error();
        if (auto s = checkHistoryFits(*history, url.backend, file); !s)
            return s.error();

        MigrationManager manager(*db);
        auto st = manager.status();
        if (!st)
            return st.error();
        if (st->currentVersion > 0) {
            if (!options.force)
                return targetHoldsData(
                    QStringLiteral("Database %1").arg(url.database), st->currentVersion);
            // Kept first, then emptied with the down steps (which know every VenueMap object).
            QDir().mkpath(backupFolder());
            QFile::setPermissions(backupFolder(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            outcome.previousCopy
                = newBackupPath(url, st->currentVersion, QStringLiteral("before-restore"));
            if (auto s = backup(*db, outcome.previousCopy); !s)
                return s.error();
            auto down = manager.migrateDown(0, DownOptions { false, true });
            if (!down)
                return down.error();
        }
        // The (now empty) history table would collide with the one in the copy.
        if (auto s
            = db->execDirect(kWhere, QStringLiteral("DROP TABLE IF EXISTS schema_migrations"));
            !s)
            return s.error();
        // Privileges are not restored: they name the original database's group roles, which may
        // not exist here (or were dropped with the down steps above); venuemap_setup_access() below
        // grants this database's own.
        const QStringList restoreArgs = { QStringLiteral("--no-owner"), QStringLiteral("--no-acl"),
            QStringLiteral("--no-comments"), QStringLiteral("--single-transaction"),
            QStringLiteral("--exit-on-error"), QStringLiteral("--dbname=") + conninfo(url) };
        const ToolRun run = runPgTool(*pgRestore, restoreArgs + QStringList { file }, url);
        if (run.exitCode != 0) {
            // One transaction: nothing of the copy arrived. Put the emptied database back.
            QString what;
            if (!outcome.previousCopy.isEmpty()) {
                const ToolRun back = runPgTool(
                    *pgRestore, restoreArgs + QStringList { outcome.previousCopy }, url);
                what = back.exitCode == 0
                    ? QStringLiteral(
                        " The database was put back as it was (a copy of it stays in %1).")
                          .arg(outcome.previousCopy)
                    : QStringLiteral(" The database is now empty; what it held is in %1.")
                          .arg(outcome.previousCopy);
            }
            return ioError(kRestoreOp,
                QStringLiteral("pg_restore could not restore %1: %2.%3")
                    .arg(file, firstErrorLine(run.err), what));
        }
        auto after = manager.status();
        if (!after)
            return after.error();
        // A copy arrives with the original database's GRANTs, and CONNECT rules do not travel with
        // it: give this database its own groups and take the original's people away (0003/0007).
        if (after->currentVersion >= 3) {
            if (auto s = db->execDirect(kWhere, QStringLiteral("SELECT venuemap_setup_access()"));
                !s)
                return s.error();
        }
        outcome.version = after->currentVersion;
        return outcome;
    }

    // SQLite: check a private copy next to the target, then swap it in with rename().
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
            return ioError(kRestoreOp,
                QStringLiteral("%1 is not a VenueMap backup (not an SQLite database).").arg(file));
    }
    const QString target = url.path;
    const bool targetExists = QFileInfo::exists(target);
    const int mode = targetExists ? FileModes::modeOf(target) : 0600;
    const QString temp
        = QStringLiteral("%1.restore-%2").arg(target).arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    if (auto s = FileModes::createEmpty(temp, mode, kRestoreOp); !s)
        return s.error();
    auto removeTemp = qScopeGuard([&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                 QStringLiteral("-journal") })
            QFile::remove(temp + suffix);
    });
    {
        QFile in(file);
        QFile out(temp);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ioError(
                kRestoreOp, QStringLiteral("%1 cannot be copied next to %2.").arg(file, target));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size())
                return ioError(kRestoreOp,
                    QStringLiteral("%1 cannot be copied next to %2: %3.")
                        .arg(file, target, out.errorString()));
        }
        if (!out.flush())
            return ioError(
                kRestoreOp, QStringLiteral("%1 cannot be copied next to %2.").arg(file, target));
    }
    {
        DatabaseUrl tempUrl;
        tempUrl.path = temp;
        auto copy = Database::open(tempUrl, connection + QStringLiteral("-copy"));
        if (!copy)
            return ioError(kRestoreOp,
                QStringLiteral("%1 is not a VenueMap backup: %2").arg(file, copy.error().message));
        auto check = copy->scalar(kWhere, QStringLiteral("PRAGMA quick_check"));
        if (!check || check->toString() != QLatin1String("ok"))
            return ioError(kRestoreOp,
                QStringLiteral("%1 is damaged (SQLite's check does not pass); nothing was changed.")
                    .arg(file));
        auto st = MigrationManager(*copy).status();
        if (!st || st->applied.isEmpty())
            return ioError(kRestoreOp,
                QStringLiteral("%1 is not a VenueMap backup: it holds no schema history.")
                    .arg(file));
        QMap<int, QString> history;
        for (const AppliedMigration &a : st->applied)
            history.insert(a.version, a.checksum);
        if (auto s = checkHistoryFits(history, url.backend, file); !s)
            return s.error();
        outcome.version = st->currentVersion;
        copy->close();
    }
    if (targetExists) {
        auto db = Database::open(url, connection);
        if (!db)
            return db.error();
        auto st = MigrationManager(*db).status();
        if (!st)
            return st.error();
        if (st->currentVersion > 0 && !options.force)
            return targetHoldsData(target, st->currentVersion);
        // Leaving WAL mode needs the only connection to the file: a VenueMap (or anything else)
        // still holding it open, even idle, is found here instead of losing what it writes next.
        // It also moves everything in the WAL into the file, so the kept copy is whole and no
        // stale -wal file is left to be replayed into the restored one.
        auto journal = db->scalar(kWhere, QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!journal
            || journal->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return DbError::make(DbError::Kind::Busy, kRestoreOp,
                QStringLiteral("%1 is open in another program; close VenueMap there and try again "
                               "(nothing was changed).")
                    .arg(target),
                kWhere);
        db->close();
        outcome.previousCopy = target + QStringLiteral(".before-restore");
        if (std::rename(QFile::encodeName(target).constData(),
                QFile::encodeName(outcome.previousCopy).constData())
            != 0)
            return ioError(kRestoreOp,
                QStringLiteral("%1 cannot be renamed to %2; nothing was changed.")
                    .arg(target, outcome.previousCopy));
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData())
        != 0)
        return ioError(
            kRestoreOp, QStringLiteral("%1 cannot be put in place of %2.").arg(temp, target));
    removeTemp.dismiss();
    return outcome;
}

} // namespace VenueMap::Core
