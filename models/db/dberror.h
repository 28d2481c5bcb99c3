#pragma once

#include <QMetaType>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace VenueMap::Core {

// The one error type that crosses from models/ to ui/: what failed, where, and a sentence for a
// person.
struct DbError
{
    enum class Kind {
        Sql, // any other database error
        Connection, // cannot reach or lost the server / file
        Authentication, // wrong or missing password
        Conflict, // optimistic-lock conflict: somebody saved in between
        NotFound, // the row is gone
        Validation, // input rejected (by the app or a CHECK constraint)
        Duplicate, // unique constraint
        Permission, // the database refused for lack of privilege
        Busy, // locked by another writer (SQLite busy, lock timeout)
        ReadOnly, // the file or database cannot be written
        DiskFull,
        Migration, // schema version / checksum / migration failure
        Usage, // bad URL or argument
        Io, // files outside the database
    };

    Kind kind = Kind::Sql;
    QString operation; // what the person was doing: "save venue"
    QString where; // function or file that failed
    QString message; // one sentence for a person
    QSqlError sqlError;
    QString statement; // the SQL that failed, when there is one

    static DbError make(
        Kind kind, const QString &operation, const QString &message, const QString &where = {});
    static DbError fromSql(const QSqlError &error, const QString &operation, const QString &where,
        const QString &statement = {});
    static DbError fromQuery(
        const QSqlQuery &query, const QString &operation, const QString &where);

    // Whether the server refused a connection because a connection limit is reached (SQLSTATE
    // 53300: the server's max_connections, or the CONNECTION LIMIT of the role or database).
    static bool isTooManyConnections(const QSqlError &error);
    // What a person is told then, naming `server` ("db1:5432/venues") when given: which limit,
    // and what an administrator can do about it.
    static QString tooManyConnectionsSentence(const QSqlError &error, const QString &server = {});

    // The same error told as part of `operation`: for an error that comes from a helper, a
    // transaction or another repository rather than from this operation's own exec().
    DbError withOperation(const QString &operation) const
    {
        DbError e = *this;
        e.operation = operation;
        return e;
    }

    QString sqlState() const { return sqlError.nativeErrorCode(); }
    // The sentence plus what to do, suitable for a dialog's main text or stderr.
    QString sentence() const;
    // Technical details for "Show details": where, the statement, the driver's text.
    QString details() const;
    bool isRetryable() const;
};

} // namespace VenueMap::Core

// Errors travel in queued signals from worker threads to the GUI.
Q_DECLARE_METATYPE(VenueMap::Core::DbError)
