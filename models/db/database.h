#pragma once

#include "databaseurl.h"
#include "result.h"
#include "sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

namespace VenueMap::Core {

using Binds = QList<std::pair<QString, QVariant>>;

// What a statement is for: the function that runs it (shown in the details) and what the person was
// doing, which a failure carries into its sentence ("Could not save the caterer: ...").
//     auto q = db.exec({QStringLiteral("CateringRepository::updateProvider"), QStringLiteral("save
//     the caterer")},
//                      sql, binds);
//     if (!q)
//         return q.error(); // operation and where already set
struct DbCall
{
    QString where;
    QString operation;
};

// An open connection, known by name (STYLE 3): copies share it, the last copy closes it.
// Each thread opens its own Database with its own connection name.
class Database
{
public:
    Database() = default;

    static Result<Database> open(const DatabaseUrl &url, const QString &connectionName);
    // Another connection to the same database, for another thread.
    Result<Database> openAnother(const QString &connectionName) const;

    bool isValid() const { return m_state != nullptr; }
    QSqlDatabase connection() const;
    QString connectionName() const;
    const DatabaseUrl &url() const;
    const SqlDialect &dialect() const;
    bool isPostgres() const { return url().isPostgres(); }
    bool isReadOnly() const;
    // PostgreSQL: the server is a hot standby (in recovery), as of the last (re)connection.
    bool isStandby() const;
    // The URL says `pooler=transaction`: a pooler such as PgBouncer lends this connection a
    // server connection per transaction, so nothing may rely on the session lasting (LISTEN).
    bool behindTransactionPooler() const;
    // The identity this process shows to others (lock holders, activity): user@host pid N.
    static QString processIdentity();
    // How many statements this process has run on its main thread, on any connection: tests
    // check that a window's work adds none (a distant server must never freeze the window).
    static qint64 statementsOnMainThread();

    // prepare(), bind, exec() with every failure turned into a DbError carrying the call's where
    // and operation.
    Result<QSqlQuery> exec(const DbCall &call, const QString &sql, const Binds &binds = {}) const;
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const DbCall &call, const QString &sql, const Binds &binds = {}) const;
    // The first row (nullopt when there is none), with the statement finished: what an
    // INSERT/UPDATE … RETURNING should use, since SQLite keeps a statement's write open (and a
    // transaction from committing) until the statement is finished.
    Result<std::optional<QSqlRecord>> firstRow(
        const DbCall &call, const QString &sql, const Binds &binds = {}) const;
    // A statement with no bind values, executed directly (DDL, PRAGMA, SET).
    Status execDirect(const DbCall &call, const QString &sql) const;
    // The same, naming only `where`: for statements whose caller states the operation itself.
    Result<QSqlQuery> exec(const QString &where, const QString &sql, const Binds &binds = {}) const
    {
        return exec(DbCall { where, {} }, sql, binds);
    }
    Result<QVariant> scalar(const QString &where, const QString &sql, const Binds &binds = {}) const
    {
        return scalar(DbCall { where, {} }, sql, binds);
    }
    Status execDirect(const QString &where, const QString &sql) const
    {
        return execDirect(DbCall { where, {} }, sql);
    }

    // Whether the server is still there (cheap round trip).
    bool ping() const;
    // Closes and opens this connection again (same name, same URL), after the server went away.
    Status reopen() const;
    bool inTransaction() const;
    void close();

private:
    friend class TransactionGuard;
    struct State;
    // Reads the session set-up row: read-only, standby.
    void takeSessionState(const std::optional<QSqlRecord> &setup) const;
    std::shared_ptr<State> m_state;
};

// RAII transaction (STYLE 7): begins in the constructor, rolls back unless commit() succeeded.
// On SQLite `immediate` takes the write lock up front (BEGIN IMMEDIATE) instead of a deferred
// BEGIN.
class TransactionGuard
{
public:
    explicit TransactionGuard(const Database &db, bool immediate = true);
    // Takes charge of a transaction the caller already began on `db`.
    struct AlreadyBegun
    {
    };
    static constexpr AlreadyBegun alreadyBegun {};
    TransactionGuard(const Database &db, AlreadyBegun);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    Status begun() const { return m_beginError ? Status(*m_beginError) : Status(); }
    Status commit();
    void rollback();

private:
    Database m_db;
    bool m_active = false;
    std::optional<DbError> m_beginError;
};

} // namespace VenueMap::Core
