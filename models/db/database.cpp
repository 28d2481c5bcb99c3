#include "database.h"
#include "boundstatement.h"
#include "filemodes.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <atomic>

#include <pwd.h>
#include <unistd.h>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Database.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

// What a PostgreSQL connection needs beyond what QPSQL sets up (its own six statements), in one
// round trip: times in UTC; image bytes in hex, half the size of the escape format QPSQL asks
// for (its PQunescapeBytea reads both); and whether the server only reads (a standby). Set as a
// statement, not as a startup option, so that PgBouncer passes it on (it tracks TimeZone).
static const QString kSessionSetup = QStringLiteral(
    "SELECT current_setting('transaction_read_only'), set_config('TimeZone', 'UTC', false), "
    "set_config('bytea_output', 'hex', false), pg_is_in_recovery()");

// What a write on a hot standby says (SQLSTATE 25006 there): the server is fine, it only reads.
static QString standbySentence()
{
    return Tr::tr(
        "This server is a read-only standby: you can look at everything, but changes are saved "
        "only on the primary server. If the primary has failed, VenueMap connects to the new one "
        "once an administrator promotes the standby and the database URL names both servers.");
}

struct Database::State
{
    QString name;
    DatabaseUrl url;
    SqlDialect dialect { Backend::Sqlite };
    bool readOnly = false;
    bool standby = false; // PostgreSQL in recovery: a hot standby
    int transactionDepth = 0; // open TransactionGuards on this connection

    ~State()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QString Database::processIdentity()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        const passwd *pw = getpwuid(getuid());
        user = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("someone");
    }
    return QStringLiteral("%1@%2 pid %3")
        .arg(user, QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid());
}

static DbError openError(const DatabaseUrl &url, const QSqlError &error)
{
    DbError e
        = DbError::fromSql(error, Tr::tr("open the database"), QStringLiteral("Database::open"));
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (url.isSqlite()) {
        e.kind = DbError::Kind::Connection;
        e.message
            = Tr::tr("The file %1 cannot be opened; check that it exists and that you may read it.")
                  .arg(url.path);
        return e;
    }
    const QString where = url.serversForDisplay() + QLatin1Char('/') + url.database;
    if (DbError::isTooManyConnections(error)) {
        e.kind = DbError::Kind::Connection;
        e.message = DbError::tooManyConnectionsSentence(error, where);
    } else if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("authentication failed"))
        // PgBouncer's answer for a user name its auth_query does not find.
        || text.contains(QLatin1String("no such user"))) {
        e.kind = DbError::Kind::Authentication;
        e.message = Tr::tr(
            "The server at %1 refused the user name or password; check them and try again.")
                        .arg(where);
    } else if (text.contains(QLatin1String("session is read-only"))
        || text.contains(QLatin1String("server is in hot standby mode"))) {
        // target_session_attrs=read-write (or primary) and every server that answered is a
        // standby: during a failover, until the standby is promoted.
        e.kind = DbError::Kind::Connection;
        e.message = Tr::tr(
            "No server at %1 accepts changes right now: the one that answered is a read-only "
            "standby. If the primary has failed, VenueMap connects to the new primary as soon as "
            "an administrator promotes the standby.")
                        .arg(where);
    } else if (text.contains(QLatin1String("does not exist"))) {
        e.kind = DbError::Kind::Connection;
        e.message
            = Tr::tr("The server at %1 has no such database or user; check the names.").arg(where);
    } else {
        e.kind = DbError::Kind::Connection;
        e.message = Tr::tr("Cannot reach the PostgreSQL server at %1; check the host and port, "
                           "and that the server is running.")
                        .arg(where);
    }
    return e;
}

Result<Database> Database::open(const DatabaseUrl &url, const QString &connectionName)
{
    auto state = std::make_shared<State>();
    state->name = connectionName;
    state->url = url;
    state->dialect = SqlDialect(url.backend);

    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);

    if (url.isSqlite()) {
        QFileInfo info(url.path);
        QDir().mkpath(info.absolutePath());
        const bool exists = info.exists();
        const bool writable
            = exists ? info.isWritable() : QFileInfo(info.absolutePath()).isWritable();
        state->readOnly = !writable || (exists && !QFileInfo(info.absolutePath()).isWritable());
        // A new book holds password hashes: it is its owner's alone (0600 whatever the umask);
        // SQLite gives its -wal and -shm files the database file's mode.
        if (!exists && writable) {
            auto s = FileModes::createEmpty(url.path, 0600, Tr::tr("create the database file"));
            if (!s && !QFileInfo::exists(url.path)) // another process creating it at once is fine
                return s.error();
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(url.path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (state->readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return openError(url, db.lastError());
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        // Several hosts go to libpq as its own list (host='db1,db2'); QPSQL passes one port
        // number only, so a port per host goes in the options (port='5432,5433').
        if (!url.host.isEmpty())
            db.setHostName(url.host);
        if (url.hostPorts.isEmpty() && url.port > 0)
            db.setPort(url.port);
        db.setDatabaseName(url.database);
        if (!url.user.isEmpty())
            db.setUserName(url.user);
        if (!url.password.isEmpty())
            db.setPassword(url.password);
        QStringList options = {
            QStringLiteral("connect_timeout=5"),
            QStringLiteral("keepalives=1"),
            QStringLiteral("keepalives_idle=10"),
            QStringLiteral("keepalives_interval=5"),
            QStringLiteral("keepalives_count=3"),
            // A request whose bytes the network silently drops fails after 20 s instead of the
            // kernel's retransmissions (about 15 minutes); keepalives do not cover that case.
            QStringLiteral("tcp_user_timeout=20000"),
        };
        // libpq conninfo values are single-quoted with \\ and \' escapes.
        const auto quoted = [](QString value) {
            value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            value.replace(QLatin1Char('\''), QLatin1String("\\'"));
            return QLatin1Char('\'') + value + QLatin1Char('\'');
        };
        if (!url.hostPorts.isEmpty())
            options << QStringLiteral("port=%1").arg(quoted(url.libpqPort()));
        QString appName = QStringLiteral("VenueMap ") + processIdentity();
        for (auto it = url.options.cbegin(); it != url.options.cend(); ++it) {
            if (it.key() == QLatin1String("application_name"))
                appName = it.value();
            else if (it.key() == QLatin1String("pooler"))
                continue; // ours, not libpq's
            else
                options << QStringLiteral("%1=%2").arg(it.key(), quoted(it.value()));
        }
        options << QStringLiteral("application_name=%1").arg(quoted(appName.left(63)));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            DbError e = openError(url, db.lastError());
            return e;
        }
    }

    Database database;
    database.m_state = state;
    if (url.isSqlite()) {
        if (!state->readOnly) {
            // WAL lets readers on other threads run while one connection writes.
            if (auto s = database.execDirect(
                    QStringLiteral("Database::open"), QStringLiteral("PRAGMA journal_mode=WAL"));
                !s)
                qCWarning(lcDb) << "WAL not enabled:" << s.error().details();
        }
        if (auto s = database.execDirect(
                QStringLiteral("Database::open"), QStringLiteral("PRAGMA foreign_keys=ON"));
            !s)
            return s.error();
        (void)database.execDirect(
            QStringLiteral("Database::open"), QStringLiteral("PRAGMA synchronous=NORMAL"));
    } else {
        auto setup = database.firstRow({ QStringLiteral("Database::open"), {} }, kSessionSetup);
        if (!setup)
            return setup.error();
        database.takeSessionState(*setup);
    }
    qCInfo(lcDb) << "opened" << url.toDisplayString() << "as" << connectionName
                 << (state->standby ? "(read-only standby)"
                                    : (state->readOnly ? "(read-only)" : ""));
    return database;
}

Result<Database> Database::openAnother(const QString &connectionName) const
{
    return open(url(), connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_state->name, false);
}

bool Database::behindTransactionPooler() const
{
    return url().options.value(QStringLiteral("pooler")) == QLatin1String("transaction");
}

QString Database::connectionName() const
{
    return m_state ? m_state->name : QString();
}

const DatabaseUrl &Database::url() const
{
    static const DatabaseUrl none;
    return m_state ? m_state->url : none;
}

const SqlDialect &Database::dialect() const
{
    static const SqlDialect none(Backend::Sqlite);
    return m_state ? m_state->dialect : none;
}

bool Database::isReadOnly() const
{
    return m_state && m_state->readOnly;
}

bool Database::isStandby() const
{
    return m_state && m_state->standby;
}

void Database::takeSessionState(const std::optional<QSqlRecord> &setup) const
{
    // A multi-host URL may land on another server at each (re)connection: a standby while no
    // primary exists, the promoted standby after a failover.
    m_state->readOnly = setup && setup->value(0).toString() == QLatin1String("on");
    m_state->standby = setup && setup->value(3).toBool();
}

static std::atomic<qint64> s_statementsOnMainThread { 0 };

// Counts a statement the application's main thread runs (DESIGN §4: a window's thread runs none;
// the command line does, and is counted too).
static void countThread(const QString &where)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        s_statementsOnMainThread.fetch_add(1, std::memory_order_relaxed);
        qCDebug(lcDbMainThread) << where;
    }
}

qint64 Database::statementsOnMainThread()
{
    return s_statementsOnMainThread.load(std::memory_order_relaxed);
}

// Whether a statement may change rows (INSERT/UPDATE/DELETE, also inside WITH).
static bool changesRows(const QString &sql)
{
    static const QRegularExpression writing(QStringLiteral("^\\s*(INSERT|UPDATE|DELETE|MERGE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression withWriting(
        QStringLiteral("^\\s*WITH\\b.*\\b(INSERT|UPDATE|DELETE|MERGE)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return writing.match(sql).hasMatch() || withWriting.match(sql).hasMatch();
}

static Result<QSqlQuery> runOnce(const QSqlDatabase &connection, bool oneRoundTrip,
    const DbCall &call, const QString &sql, const Binds &binds)
{
    countThread(call.where);
    QSqlQuery query(connection);
    // Forward-only makes QPSQL read rows one by one as they arrive (single-row mode). A write's
    // RETURNING row arrives before its commit: a server that dies while the commit waits for
    // the standby still sends it, and the save would look done when it is lost. A write is read
    // whole, so its row counts only once the server said the statement (and its commit) ended.
    query.setForwardOnly(!(oneRoundTrip && changesRows(sql)));
    if (oneRoundTrip) {
        // PostgreSQL: the values written in by the driver (renderBoundStatement), one round trip
        // instead of PREPARE, EXECUTE and DEALLOCATE. The error names the statement as written,
        // without the values (a password hash or a photo's bytes have no place in a tooltip).
        auto rendered = binds.isEmpty() ? Result<QString>(sql)
                                        : renderBoundStatement(connection.driver(), sql, binds);
        if (!rendered) {
            DbError e = rendered.error();
            e.operation = call.operation;
            e.where = call.where;
            return e;
        }
        if (!query.exec(*rendered)) {
            // The server quotes the statement's line around a syntax error ("LINE 1: … 'value'"):
            // with the values written in, that line is dropped, as the values are.
            QSqlError error = query.lastError();
            QString text = error.databaseText();
            if (const qsizetype line = text.indexOf(QLatin1String("\nLINE ")); line >= 0)
                text.truncate(line);
            error = QSqlError(error.driverText(), text, error.type(), error.nativeErrorCode());
            return DbError::fromSql(error, call.operation, call.where, sql);
        }
        return query;
    }
    if (!query.prepare(sql))
        return DbError::fromQuery(query, call.operation, call.where);
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec())
        return DbError::fromQuery(query, call.operation, call.where);
    return query;
}

Result<QSqlQuery> Database::exec(const DbCall &call, const QString &sql, const Binds &binds) const
{
    if (isPostgres() && !connection().isOpen()) { // closed by an earlier failed reconnect
        if (auto s = reopen(); !s) {
            DbError e = s.error();
            e.where = call.where;
            e.operation = call.operation;
            return e;
        }
    }
    auto first = runOnce(connection(), isPostgres(), call, sql, binds);
    if (first)
        return first;
    if (first.error().kind == DbError::Kind::ReadOnly && isStandby()) {
        DbError e = first.error();
        e.message = standbySentence();
        return e;
    }
    const DbError &e = first.error();
    qCDebug(lcDb) << call.where << "failed:" << e.details();
    if (e.kind != DbError::Kind::Connection || !isPostgres() || inTransaction())
        return first;
    // The server went away and maybe came back (restart, dropped VPN). Reconnect; a read is
    // repeated, a write is not (whether it reached the server is unknown: the caller decides).
    if (!reopen())
        return first;
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (verb != QLatin1String("SELECT") && verb != QLatin1String("WITH"))
        return first;
    qCInfo(lcDb) << "reconnected; repeating" << call.where;
    return runOnce(connection(), isPostgres(), call, sql, binds);
}

Status Database::reopen() const
{
    if (!m_state)
        return DbError::make(DbError::Kind::Connection, {}, Tr::tr("No database is open."),
            QStringLiteral("Database::reopen"));
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return openError(url(), db.lastError());
    m_state->transactionDepth = 0;
    if (isPostgres()) {
        auto setup = firstRow({ QStringLiteral("Database::reopen"), {} }, kSessionSetup);
        if (!setup)
            return setup.error();
        takeSessionState(*setup);
        return {};
    }
    (void)execDirect(QStringLiteral("Database::reopen"), QStringLiteral("PRAGMA foreign_keys=ON"));
    return {};
}

bool Database::inTransaction() const
{
    return m_state && m_state->transactionDepth > 0;
}

Result<QVariant> Database::scalar(const DbCall &call, const QString &sql, const Binds &binds) const
{
    auto query = exec(call, sql, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<std::optional<QSqlRecord>> Database::firstRow(
    const DbCall &call, const QString &sql, const Binds &binds) const
{
    auto query = exec(call, sql, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QSqlRecord>();
    std::optional<QSqlRecord> row = query->record();
    query->finish();
    return row;
}

Status Database::execDirect(const DbCall &call, const QString &sql) const
{
    countThread(call.where);
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return DbError::fromQuery(query, call.operation, call.where);
    return {};
}

bool Database::ping() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

void Database::close()
{
    m_state.reset();
}

TransactionGuard::TransactionGuard(const Database &db, bool immediate)
    : m_db(db)
{
    Status s;
    if (db.isPostgres() || !immediate) {
        QSqlDatabase c = db.connection();
        if (!c.transaction()) {
            s = DbError::fromSql(c.lastError(), {}, QStringLiteral("TransactionGuard"));
            // A worker connection that idled through a server restart: nothing has run yet, so
            // it reconnects and begins again (a statement inside the transaction never does).
            if (db.isPostgres() && s.error().kind == DbError::Kind::Connection && db.reopen()) {
                c = db.connection();
                s = c.transaction() ? Status()
                                    : Status(DbError::fromSql(
                                        c.lastError(), {}, QStringLiteral("TransactionGuard")));
            }
        }
    } else {
        s = db.execDirect(QStringLiteral("TransactionGuard"), QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (s) {
        m_active = true;
        ++m_db.m_state->transactionDepth;
    } else {
        m_beginError = s.error();
    }
}

TransactionGuard::TransactionGuard(const Database &db, AlreadyBegun)
    : m_db(db)
    , m_active(true)
{
    ++m_db.m_state->transactionDepth;
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return m_beginError
            ? Status(*m_beginError)
            : Status(DbError::make(DbError::Kind::Sql, {}, Tr::tr("No transaction is open."),
                QStringLiteral("TransactionGuard::commit")));
    QSqlDatabase c = m_db.connection();
    if (m_db.isPostgres()) {
        if (!c.commit()) {
            const QSqlError err = c.lastError();
            rollback();
            return DbError::fromSql(err, {}, QStringLiteral("TransactionGuard::commit"));
        }
    } else {
        // Started with a raw BEGIN: QSqlDatabase::commit() would still work on SQLite,
        // but a raw COMMIT keeps begin and end symmetric.
        if (auto s
            = m_db.execDirect(QStringLiteral("TransactionGuard::commit"), QStringLiteral("COMMIT"));
            !s) {
            rollback();
            return s;
        }
    }
    m_active = false;
    if (m_db.m_state->transactionDepth > 0)
        --m_db.m_state->transactionDepth;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.m_state->transactionDepth > 0)
        --m_db.m_state->transactionDepth;
    QSqlDatabase c = m_db.connection();
    if (m_db.isPostgres())
        c.rollback();
    else
        (void)m_db.execDirect(
            QStringLiteral("TransactionGuard::rollback"), QStringLiteral("ROLLBACK"));
}

} // namespace VenueMap::Core
