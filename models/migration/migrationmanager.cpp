#include "migrationmanager.h"

#include "databasebackup.h"
#include "db/filemodes.h"
#include "logging.h"
#include "sqlsplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context MigrationManager.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationManager)
};

} // namespace

namespace {

const QString kWhere = QStringLiteral("MigrationManager");

QString historyTableSql(bool postgres)
{
    if (postgres)
        return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                              " version integer PRIMARY KEY,"
                              " name text NOT NULL,"
                              " checksum text NOT NULL,"
                              " applied_at timestamptz NOT NULL DEFAULT now(),"
                              " applied_by text NOT NULL DEFAULT current_user,"
                              " app_version text NOT NULL,"
                              " execution_ms bigint NOT NULL DEFAULT 0)");
    return QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " checksum TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
        " applied_by TEXT NOT NULL,"
        " app_version TEXT NOT NULL,"
        " execution_ms INTEGER NOT NULL DEFAULT 0)");
}

DbError migrationError(const QString &message, const QString &where = kWhere)
{
    return DbError::make(DbError::Kind::Migration, Tr::tr("migrate the database"), message, where);
}

} // namespace

MigrationManager::MigrationManager(Database db, QObject *parent)
    : MigrationManager(db, MigrationSet::builtIn(db.url().backend), parent)
{ }

MigrationManager::MigrationManager(Database db, MigrationSet set, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_set(std::move(set))
{ }

QString MigrationManager::lockFilePath(const QString &sqlitePath)
{
    return sqlitePath + QStringLiteral(".migration-lock");
}

Result<QList<AppliedMigration>> MigrationManager::readHistory() const
{
    QList<AppliedMigration> applied;
    const QString history = QStringLiteral(
        "SELECT version, name, checksum, applied_at, applied_by, app_version, execution_ms "
        "FROM schema_migrations ORDER BY version");
    // PostgreSQL outside a transaction: the history is read straight away, and a missing table
    // (a new database) is the error that says so; one round trip instead of two at every
    // start. In a transaction an error would abort it, so the table is looked up first there.
    std::optional<QSqlQuery> read;
    if (m_db.isPostgres() && !m_db.inTransaction()) {
        auto q = m_db.exec(kWhere + QStringLiteral("::readHistory"), history);
        if (!q) {
            if (q.error().sqlError.nativeErrorCode() == QLatin1String("42P01")) // undefined_table
                return applied;
            return q.error();
        }
        read = std::move(*q);
    }
    const QString exists = m_db.isPostgres()
        ? QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")
        : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = "
                         "'schema_migrations'");
    if (!read) {
        auto has = m_db.scalar(kWhere + QStringLiteral("::readHistory"), exists);
        if (!has)
            return has.error();
        if (!has->toBool())
            return applied;
        auto q = m_db.exec(kWhere + QStringLiteral("::readHistory"), history);
        if (!q)
            return q.error();
        read = std::move(*q);
    }
    QSqlQuery *q = &*read;
    while (q->next()) {
        AppliedMigration a;
        a.version = q->value(0).toInt();
        a.name = q->value(1).toString();
        a.checksum = q->value(2).toString();
        a.appliedAt = m_db.dialect().dateTimeFromDb(q->value(3));
        a.appliedBy = q->value(4).toString();
        a.appVersion = q->value(5).toString();
        a.executionMs = q->value(6).toLongLong();
        applied.append(a);
    }
    return applied;
}

Result<MigrationStatus> MigrationManager::status() const
{
    auto history = readHistory();
    if (!history)
        return history.error();
    MigrationStatus st;
    st.applied = *history;
    st.headVersion = m_set.headVersion();
    QSet<int> done;
    for (const AppliedMigration &a : st.applied) {
        st.currentVersion = std::max(st.currentVersion, a.version);
        done.insert(a.version);
        if (const Migration *m = m_set.find(a.version); m && m->checksum() != a.checksum)
            st.changedFiles << m->fileName;
    }
    for (const Migration &m : m_set.migrations())
        if (!done.contains(m.version))
            st.pending.append(m);
    return st;
}

Status MigrationManager::checkApplied(const QList<AppliedMigration> &applied) const
{
    int current = 0;
    for (const AppliedMigration &a : applied)
        current = std::max(current, a.version);
    if (current > m_set.headVersion())
        return migrationError(
            Tr::tr("This database is at schema version %1, newer than this VenueMap knows (%2): "
                   "install the newer VenueMap to use it; nothing was changed.")
                .arg(current)
                .arg(m_set.headVersion()));
    for (const AppliedMigration &a : applied) {
        const Migration *m = m_set.find(a.version);
        if (m && m->checksum() != a.checksum)
            return migrationError(
                Tr::tr("This VenueMap (%2) carries a different text of migration %1 than the one "
                       "applied to this database, so it was built from other sources than the "
                       "VenueMap that "
                       "set the database up: use that build, or one released after it; nothing was "
                       "changed.")
                    .arg(m->fileName, QStringLiteral(VENUEMAP_VERSION)),
                m->fileName);
    }
    return {};
}

Status MigrationManager::verify() const
{
    auto history = readHistory();
    if (!history)
        return history.error();
    return checkApplied(*history);
}

Result<bool> MigrationManager::canChangeSchema() const
{
    if (!m_db.isPostgres())
        return !m_db.isReadOnly();
    // COALESCE: to_regclass() reads the catalog as it is now, the subquery reads this
    // statement's snapshot; a history table another client committed in between is found by
    // the first and not the second (pg_has_role(NULL) is NULL). Such a table was just made by
    // a client that may change the schema; the lock and the re-read after it decide the rest.
    auto r = m_db.scalar(kWhere + QStringLiteral("::canChangeSchema"),
        QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE') AND "
                       "(to_regclass('schema_migrations') IS NULL OR COALESCE(pg_has_role("
                       "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                       "AND tablename = 'schema_migrations'), 'MEMBER'), true))"));
    if (!r)
        return r.error();
    return r->toBool();
}

Status MigrationManager::ensureHistoryTable()
{
    if (m_db.isPostgres()) { // IF NOT EXISTS alone would print a NOTICE on every connect
        auto exists = m_db.scalar(kWhere + QStringLiteral("::ensureHistoryTable"),
            QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        if (!exists)
            return exists.error();
        if (exists->toBool())
            return {};
    }
    if (auto s = m_db.execDirect(
            kWhere + QStringLiteral("::ensureHistoryTable"), historyTableSql(m_db.isPostgres()));
        !s)
        return s;
    if (m_db.isPostgres())
        return m_db.execDirect(kWhere + QStringLiteral("::ensureHistoryTable"),
            QStringLiteral("GRANT SELECT ON schema_migrations TO PUBLIC"));
    return {};
}

Status MigrationManager::backupSqlite(int currentVersion)
{
    // The pid keeps two clients starting at the same second from writing the same copy.
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral("-%1").arg(QCoreApplication::applicationPid());
    QString path
        = QStringLiteral("%1.v%2-%3.bak").arg(m_db.url().path).arg(currentVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1.v%2-%3-%4.bak")
                   .arg(m_db.url().path)
                   .arg(currentVersion)
                   .arg(stamp)
                   .arg(n);
    // The copy holds what the database holds (password hashes): it gets the database file's mode.
    if (auto s = DatabaseBackup::vacuumInto(
            m_db, path, Tr::tr("keep a copy of the database before migrating"));
        !s) {
        DbError e = s.error();
        e.message = Tr::tr("No copy of %1 could be written next to it, so it was not migrated: %2")
                        .arg(m_db.url().path,
                            e.sqlError.isValid() ? e.sqlError.databaseText() : e.message);
        return e;
    }
    m_lastBackup = path;
    qCInfo(lcMigration) << "kept a copy of the database at" << path;
    return {};
}

QString MigrationManager::lockHolder() const
{
    if (m_db.isPostgres()) {
        auto q = m_db.exec(kWhere + QStringLiteral("::lockHolder"),
            QStringLiteral("SELECT a.usename, a.application_name, host(a.client_addr), a.pid, "
                           "a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 "
                           "AND l.objsubid = 1 AND CAST(l.objid AS bigint) = %1")
                .arg(kAdvisoryLockKey));
        if (q && q->next()) {
            QString who = q->value(1).toString();
            if (who.isEmpty())
                who = Tr::tr("a client");
            return Tr::tr("%1 (database user %2, server process %3, since %4 UTC)")
                .arg(who, q->value(0).toString(), q->value(3).toString(),
                    q->value(4).toDateTime().toUTC().toString(QStringLiteral("HH:mm:ss")));
        }
        return Tr::tr("another client");
    }
    QFile f(lockFilePath(m_db.url().path));
    if (!QFileInfo(f.fileName()).isSymLink()
        && f.open(QIODevice::ReadOnly)) { // never read through a link
        const QString who = QString::fromUtf8(f.readAll()).trimmed();
        if (!who.isEmpty())
            return who;
    }
    return Tr::tr("another program writing to %1").arg(QFileInfo(m_db.url().path).fileName());
}

Result<bool> MigrationManager::tryLock()
{
    if (m_db.isPostgres()) {
        QSqlDatabase c = m_db.connection();
        if (!c.transaction())
            return DbError::fromSql(c.lastError(), Tr::tr("migrate the database"), kWhere);
        auto got = m_db.scalar(kWhere + QStringLiteral("::tryLock"),
            QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(kAdvisoryLockKey));
        if (!got) {
            c.rollback();
            return got.error();
        }
        if (!got->toBool()) {
            c.rollback();
            return false;
        }
        return true;
    }
    // SQLite: the write lock itself (BEGIN IMMEDIATE, not waiting) plus a file naming the holder.
    (void)m_db.execDirect(kWhere, QStringLiteral("PRAGMA busy_timeout = 0"));
    auto begun
        = m_db.execDirect(kWhere + QStringLiteral("::tryLock"), QStringLiteral("BEGIN IMMEDIATE"));
    (void)m_db.execDirect(kWhere, QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!begun) {
        if (begun.error().kind == DbError::Kind::Busy)
            return false;
        return begun.error();
    }
    // The lock file only names the holder (the write lock is the lock), so a file that cannot be
    // written is no reason to stop; a symbolic link in its place is: it is never followed.
    const QString lockPath = lockFilePath(m_db.url().path);
    auto written = FileModes::writeNoFollow(lockPath,
        QStringLiteral("VenueMap migration by %1, since %2 UTC\n")
            .arg(Database::processIdentity(),
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")))
            .toUtf8(),
        FileModes::modeOf(m_db.url().path), Tr::tr("migrate the database"));
    if (!written && QFileInfo(lockPath).isSymLink()) {
        (void)m_db.execDirect(kWhere, QStringLiteral("ROLLBACK"));
        DbError e = written.error();
        e.kind = DbError::Kind::Migration;
        e.message = Tr::tr(
            "The migration lock file %1 is a symbolic link, which VenueMap does not follow; "
            "remove it and try again (nothing was changed).")
                        .arg(lockPath);
        return e;
    }
    return true;
}

void MigrationManager::releaseSqliteLockFile()
{
    if (!m_db.isPostgres())
        QFile::remove(
            lockFilePath(m_db.url().path)); // a symbolic link is removed, never its target
}

Status MigrationManager::runStatements(const QString &sql, const QString &fileName)
{
    const QList<SqlStatement> statements = splitSqlStatements(sql);
    int index = 0;
    for (const SqlStatement &statement : statements) {
        ++index;
        QSqlQuery q(m_db.connection());
        if (!q.exec(statement.text)) {
            DbError e = DbError::fromQuery(q, Tr::tr("migrate the database"), fileName);
            e.kind = DbError::Kind::Migration;
            e.statement = statement.text;
            QString state;
            if (!e.sqlState().isEmpty())
                state = m_db.isPostgres() ? QStringLiteral(" [SQLSTATE %1]").arg(e.sqlState())
                                          : QStringLiteral(" [SQLite error %1]").arg(e.sqlState());
            QString dbText = e.sqlError.databaseText().trimmed();
            if (dbText.isEmpty())
                dbText = e.sqlError.text().trimmed();
            // PostgreSQL adds "LINE 1: ..." and a caret on further lines; the sentence keeps the
            // first.
            dbText = dbText.section(QLatin1Char('\n'), 0, 0).trimmed();
            if (dbText.startsWith(QLatin1String("ERROR:")))
                dbText = dbText.mid(6).trimmed();
            if (const int code = dbText.lastIndexOf(QStringLiteral("(%1)").arg(e.sqlState()));
                code > 0 && !e.sqlState().isEmpty())
                dbText = dbText.left(code).trimmed();
            e.message
                = Tr::tr("%1 failed at statement %2 (line %3): %4%5. Nothing of it was applied.")
                      .arg(fileName)
                      .arg(index)
                      .arg(statement.line)
                      .arg(dbText, state);
            return e;
        }
    }
    return {};
}

Status MigrationManager::applyOne(const Migration &migration)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = runStatements(migration.sql, migration.fileName); !s)
        return s;
    const qint64 ms = timer.elapsed();
    auto inserted = m_db.exec(kWhere + QStringLiteral("::recordHistory"),
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at, applied_by, "
            "app_version, execution_ms) VALUES (:version, :name, :checksum, %1, %2, :app, :ms)")
            .arg(m_db.dialect().now(),
                m_db.isPostgres() ? QStringLiteral("current_user") : QStringLiteral(":by")),
        m_db.isPostgres() ? Binds { { QStringLiteral(":version"), migration.version },
            { QStringLiteral(":name"), migration.name },
            { QStringLiteral(":checksum"), migration.checksum() },
            { QStringLiteral(":app"), QStringLiteral(VENUEMAP_VERSION) },
            { QStringLiteral(":ms"), ms } }
                          : Binds { { QStringLiteral(":version"), migration.version },
                              { QStringLiteral(":name"), migration.name },
                              { QStringLiteral(":checksum"), migration.checksum() },
                              { QStringLiteral(":by"), Database::processIdentity() },
                              { QStringLiteral(":app"), QStringLiteral(VENUEMAP_VERSION) },
                              { QStringLiteral(":ms"), ms } });
    if (!inserted)
        return inserted.error();
    return {};
}

Status MigrationManager::revertOne(const Migration &migration)
{
    if (auto s = runStatements(migration.downSql, QStringLiteral("down/") + migration.fileName); !s)
        return s;
    auto removed = m_db.exec(kWhere + QStringLiteral("::removeHistory"),
        QStringLiteral("DELETE FROM schema_migrations WHERE version = :version"),
        { { QStringLiteral(":version"), migration.version } });
    if (!removed)
        return removed.error();
    return {};
}

Status MigrationManager::checkMayChangeSchema(int target)
{
    auto may = canChangeSchema();
    if (!may)
        return may.error();
    if (*may)
        return {};
    return DbError::make(DbError::Kind::Permission, Tr::tr("migrate the database"),
        m_db.isPostgres() ? Tr::tr(
            "This database needs its schema brought to version %1, and your account (%2) may not "
            "change it: a database owner must run `venuemapctl migrate up` (or apply the "
            "statements of `venuemapctl migrate sql`).")
                                .arg(target)
                                .arg(m_db.url().user.isEmpty() ? Tr::tr("this user")
                                                               : m_db.url().user)
                          : Tr::tr("This database needs its schema brought to version %1, "
                                   "but the file %2 is read-only: "
                                   "open it from a folder you may write to, or ask its "
                                   "owner to open it once.")
                                .arg(target)
                                .arg(m_db.url().path),
        kWhere);
}

Status MigrationManager::lockAndBegin()
{
    QString lastHolder;
    for (;;) {
        auto locked = tryLock();
        if (!locked)
            return locked.error();
        if (*locked)
            return {};
        const QString holder = lockHolder();
        if (holder != lastHolder) {
            qCInfo(lcMigration) << "waiting for the migration lock held by" << holder;
            Q_EMIT waitingForLock(holder);
            lastHolder = holder;
        }
        if (m_keepWaiting && !m_keepWaiting())
            return migrationError(
                Tr::tr("Migration was cancelled while waiting for %1.").arg(holder));
        QThread::msleep(m_pollMs);
    }
}

Result<int> MigrationManager::migrate(int targetVersion)
{
    m_lastBackup.clear();
    const int target = targetVersion < 0 ? m_set.headVersion() : targetVersion;
    auto st = status();
    if (!st)
        return st.error();
    if (auto s = checkApplied(st->applied); !s)
        return s.error();
    const bool anyPending = std::any_of(st->pending.cbegin(), st->pending.cend(),
        [&](const Migration &m) { return m.version <= target; });
    if (!anyPending)
        return 0;
    if (auto s = checkMayChangeSchema(target); !s)
        return s.error();

    if (!m_db.isPostgres() && st->currentVersion > 0) {
        if (auto s = backupSqlite(st->currentVersion); !s)
            return s.error();
    }

    int appliedCount = 0;
    for (;;) {
        if (auto s = lockAndBegin(); !s)
            return s.error();
        TransactionGuard held(m_db, TransactionGuard::alreadyBegun); // rolls back unless committed
        Status step = ensureHistoryTable();
        Result<QList<AppliedMigration>> history
            = step ? readHistory() : Result<QList<AppliedMigration>>(step.error());
        if (!history) {
            held.rollback();
            releaseSqliteLockFile();
            return history.error();
        }
        if (auto s = checkApplied(*history); !s) {
            held.rollback();
            releaseSqliteLockFile();
            return s.error();
        }
        QSet<int> done;
        for (const AppliedMigration &a : *history)
            done.insert(a.version);
        const Migration *next = nullptr;
        int remaining = 0;
        for (const Migration &m : m_set.migrations()) {
            if (m.version <= target && !done.contains(m.version)) {
                if (!next)
                    next = &m;
                ++remaining;
            }
        }
        if (!next) { // somebody else did it while we waited
            held.rollback();
            releaseSqliteLockFile();
            if (appliedCount == 0
                && !m_lastBackup.isEmpty()) { // our copy kept nothing worth keeping
                QFile::remove(m_lastBackup);
                m_lastBackup.clear();
            }
            return appliedCount;
        }
        Q_EMIT migrationStarted(
            next->version, next->fileName, appliedCount + 1, appliedCount + remaining);
        QElapsedTimer timer;
        timer.start();
        Status applied = applyOne(*next);
        if (!applied) {
            held.rollback();
            releaseSqliteLockFile();
            DbError e = applied.error();
            e.message
                += Tr::tr(" The database stays at version %1.")
                       .arg(done.isEmpty() ? 0 : *std::max_element(done.cbegin(), done.cend()));
            qCWarning(lcMigration) << e.message;
            return e;
        }
        if (auto s = held.commit(); !s) {
            releaseSqliteLockFile();
            return s.error();
        }
        releaseSqliteLockFile();
        qCInfo(lcMigration) << "applied" << next->fileName << "in" << timer.elapsed() << "ms";
        Q_EMIT migrationFinished(next->version, timer.elapsed());
        ++appliedCount;
    }
}

QString DownPlan::lossList() const
{
    QStringList parts;
    for (const CountedLoss &loss : losses)
        parts << QStringLiteral("%1 %2 (%3)").arg(loss.count).arg(loss.what, loss.fileName);
    return parts.join(QStringLiteral("; "));
}

Result<QList<CountedLoss>> MigrationManager::countLosses(const QList<Migration> &steps) const
{
    QList<CountedLoss> losses;
    QSqlDriver *driver = m_db.connection().driver();
    const auto id = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::TableName);
    };
    for (const Migration &m : steps) {
        for (const DataLoss &loss : m.losses) {
            // Identifiers are checked by the loader's pattern and escaped; the condition is the
            // compiled-in file's own SQL.
            QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(id(loss.table));
            if (!loss.column.isEmpty())
                sql += QStringLiteral(" WHERE %1 IS NOT NULL").arg(id(loss.column));
            if (!loss.condition.isEmpty())
                sql += QStringLiteral(" AND (%1)").arg(loss.condition);
            auto n = m_db.scalar(kWhere + QStringLiteral("::countLosses"), sql);
            if (!n)
                return n.error();
            if (n->toLongLong() > 0)
                losses.append({ m.version, m.fileName, loss.describe(), n->toLongLong() });
        }
    }
    return losses;
}

Result<DownPlan> MigrationManager::planDown(int targetVersion) const
{
    auto st = status();
    if (!st)
        return st.error();
    if (auto s = checkApplied(st->applied); !s)
        return s.error();
    DownPlan plan;
    plan.fromVersion = st->currentVersion;
    plan.toVersion = targetVersion;
    if (targetVersion < 0 || targetVersion > st->currentVersion)
        return DbError::make(DbError::Kind::Usage, QStringLiteral("migrate the database down"),
            QStringLiteral("The database is at version %1, so it cannot go down to version %2 "
                           "(use migrate up to go forward).")
                .arg(st->currentVersion)
                .arg(targetVersion),
            kWhere);
    QList<AppliedMigration> applied = st->applied;
    std::sort(applied.begin(), applied.end(),
        [](const AppliedMigration &a, const AppliedMigration &b) { return a.version > b.version; });
    for (const AppliedMigration &a : applied) {
        if (a.version <= targetVersion)
            break;
        const Migration *m = m_set.find(a.version);
        if (!m || !m->hasDown())
            return migrationError(
                QStringLiteral("Migration %1 has no down step, so this database cannot go below "
                               "version %2; nothing was changed.")
                    .arg(m ? m->fileName : QString::number(a.version))
                    .arg(a.version));
        plan.steps.append(*m);
    }
    auto losses = countLosses(plan.steps);
    if (!losses)
        return losses.error();
    plan.losses = *losses;
    return plan;
}

Result<int> MigrationManager::migrateDown(int targetVersion, DownOptions options)
{
    m_lastBackup.clear();
    auto plan = planDown(targetVersion);
    if (!plan)
        return plan.error();
    if (plan->steps.isEmpty() || options.dryRun)
        return 0;
    const auto refuseLoss = [&](const DownPlan &p) {
        return migrationError(
            QStringLiteral("Going down to version %1 would lose %2; nothing was changed: run it "
                           "again with --force to accept that (`venuemapctl backup FILE` keeps a "
                           "copy first).")
                .arg(p.toVersion)
                .arg(p.lossList()));
    };
    if (plan->losesData() && !options.force)
        return refuseLoss(*plan);
    if (auto s = checkMayChangeSchema(targetVersion); !s)
        return s.error();
    if (!m_db.isPostgres()) {
        if (auto s = backupSqlite(plan->fromVersion); !s)
            return s.error();
    }

    int revertedCount = 0;
    const int count = plan->steps.size();
    for (;;) {
        if (auto s = lockAndBegin(); !s)
            return s.error();
        TransactionGuard held(m_db, TransactionGuard::alreadyBegun); // rolls back unless committed
        // Under the lock, the plan again: another client may have moved the database meanwhile.
        auto now = planDown(targetVersion);
        if (!now || now->steps.isEmpty()
            || (revertedCount == 0 && now->losesData() && !options.force)) {
            held.rollback();
            releaseSqliteLockFile();
            if (!now)
                return now.error();
            if (!now->steps.isEmpty())
                return refuseLoss(*now);
            return revertedCount;
        }
        const Migration &step = now->steps.constFirst();
        Q_EMIT revertStarted(
            step.version, step.fileName, revertedCount + 1, std::max(count, revertedCount + 1));
        QElapsedTimer timer;
        timer.start();
        if (auto s = revertOne(step); !s) {
            held.rollback();
            releaseSqliteLockFile();
            DbError e = s.error();
            e.message += QStringLiteral(" The database stays at version %1.").arg(now->fromVersion);
            qCWarning(lcMigration) << e.message;
            return e;
        }
        if (auto s = held.commit(); !s) {
            releaseSqliteLockFile();
            return s.error();
        }
        releaseSqliteLockFile();
        qCInfo(lcMigration) << "reverted" << step.fileName << "in" << timer.elapsed() << "ms";
        Q_EMIT revertFinished(step.version, timer.elapsed());
        ++revertedCount;
    }
}

Result<QString> MigrationManager::downSql(int targetVersion) const
{
    auto plan = planDown(targetVersion);
    if (!plan)
        return plan.error();
    const bool pg = m_db.isPostgres();
    QString out = QStringLiteral("-- VenueMap schema down steps for %1, from version %2 to %3.\n")
                      .arg(pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                      .arg(plan->fromVersion)
                      .arg(plan->toVersion);
    if (plan->losesData())
        out += QStringLiteral("-- This loses %1.\n").arg(plan->lossList());
    if (pg)
        out += QStringLiteral(
            "-- Run as the database owner: psql -v ON_ERROR_STOP=1 -f this-file.sql\n");
    for (const Migration &m : plan->steps) {
        out += QStringLiteral("\n-- down/%1\nBEGIN;\n").arg(m.fileName);
        out += m.downSql.trimmed();
        if (!out.endsWith(QLatin1Char(';')))
            out += QLatin1Char(';');
        out += QStringLiteral("\nDELETE FROM schema_migrations WHERE version = %1;\nCOMMIT;\n")
                   .arg(m.version);
    }
    return out;
}

Result<QString> MigrationManager::pendingSql() const
{
    auto st = status();
    if (!st)
        return st.error();
    if (auto s = checkApplied(st->applied); !s)
        return s.error();
    const bool pg = m_db.isPostgres();
    QString out;
    out += QStringLiteral("-- VenueMap schema migrations for %1, from version %2 to %3.\n")
               .arg(pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
               .arg(st->currentVersion)
               .arg(st->headVersion);
    if (pg)
        out += QStringLiteral(
            "-- Run as the database owner: psql -v ON_ERROR_STOP=1 -f this-file.sql\n");
    out += historyTableSql(pg) + QStringLiteral(";\n");
    if (pg)
        out += QStringLiteral("GRANT SELECT ON schema_migrations TO PUBLIC;\n");
    for (const Migration &m : st->pending) {
        out += QStringLiteral("\n-- %1\nBEGIN;\n").arg(m.fileName);
        out += m.sql.trimmed();
        if (!out.endsWith(QLatin1Char(';')))
            out += QLatin1Char(';');
        out += QStringLiteral(
            "\nINSERT INTO schema_migrations (version, name, checksum, applied_by, app_version, "
            "execution_ms) VALUES (%1, '%2', '%3', %4, '%5', 0);\nCOMMIT;\n")
                   .arg(m.version)
                   .arg(m.name, m.checksum(),
                       pg ? QStringLiteral("current_user") : QStringLiteral("'sqlite3'"),
                       QStringLiteral(VENUEMAP_VERSION));
    }
    return out;
}

} // namespace VenueMap::Core
