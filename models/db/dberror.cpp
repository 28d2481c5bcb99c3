#include "dberror.h"

#include "sqldialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

namespace VenueMap::Core {

DbError DbError::make(
    Kind kind, const QString &operation, const QString &message, const QString &where)
{
    DbError e;
    e.kind = kind;
    e.operation = operation;
    e.message = message;
    e.where = where;
    return e;
}

namespace {

// The field limits of migration 0008 are checked by the database too; a row saved before them may
// hold a longer text, and then any change to that row is refused until the text is shortened.
// PostgreSQL names the constraint (venues_notes_length), SQLite's trigger names the record.
QString tooLongSentence(const QString &databaseText)
{
    static const QRegularExpression constraint(QStringLiteral(
        "\"(venues|projects|project_venues|catering_providers|photos)_(\\w+)_length\""));
    static const QRegularExpression trigger(QStringLiteral(
        "an? (venue|project|caterer|photo|shortlist) field is longer than it may be"));
    static const QHash<QString, QString> records { { QStringLiteral("venues"),
                                                       QStringLiteral("venue") },
        { QStringLiteral("projects"), QStringLiteral("project") },
        { QStringLiteral("project_venues"), QStringLiteral("shortlist entry") },
        { QStringLiteral("catering_providers"), QStringLiteral("caterer") },
        { QStringLiteral("photos"), QStringLiteral("photo") } };
    QString field;
    QString record;
    if (const auto m = constraint.match(databaseText); m.hasMatch()) {
        record = records.value(m.captured(1));
        field = m.captured(2).replace(QLatin1Char('_'), QLatin1Char(' '));
    } else if (const auto t = trigger.match(databaseText); t.hasMatch()) {
        record = t.captured(1);
        field = QStringLiteral("a text");
    } else {
        return {};
    }
    return QStringLiteral("The %1 of this %2 is longer than VenueMap allows (it may have been "
                          "saved before that limit): "
                          "shorten it, then try again; nothing was changed.")
        .arg(field == QLatin1String("a text") ? QStringLiteral("text") : field, record);
}

} // namespace

// libpq reports a refused connection without its SQLSTATE: the server's FATAL texts of 53300.
bool DbError::isTooManyConnections(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("53300"))
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return text.contains(QLatin1String("too many clients already"))
        || text.contains(QLatin1String("too many connections for role"))
        || text.contains(QLatin1String("too many connections for database"))
        || text.contains(QLatin1String("remaining connection slots are reserved"))
        || text.contains(QLatin1String("no more connections allowed (max_client_conn)"));
}

QString DbError::tooManyConnectionsSentence(const QSqlError &error, const QString &server)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString at = server.isEmpty() ? QString() : QStringLiteral(" at %1").arg(server);
    if (text.contains(QLatin1String("too many connections for role")))
        return QStringLiteral(
            "The PostgreSQL server%1 refused another connection: your database account has used "
            "all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you "
            "do not need and try again; an administrator can raise the account's limit "
            "(ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.")
            .arg(at);
    if (text.contains(QLatin1String("max_client_conn")))
        return QStringLiteral(
            "The connection pooler (PgBouncer)%1 refused another connection: it already serves "
            "as many clients as its max_client_conn setting allows. Try again in a few minutes; "
            "an administrator can raise max_client_conn in pgbouncer.ini.")
            .arg(at);
    if (text.contains(QLatin1String("too many connections for database")))
        return QStringLiteral(
            "The PostgreSQL server%1 refused another connection: the database has all the "
            "connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an "
            "administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put "
            "PgBouncer in front of the server.")
            .arg(at);
    return QStringLiteral(
        "The PostgreSQL server%1 refused another connection: it already serves as many as its "
        "max_connections setting allows. Try again in a few minutes; an administrator can raise "
        "max_connections (a server restart) or put PgBouncer in front of the server, as the "
        "README's \"Running a team server\" says.")
        .arg(at);
}

DbError DbError::fromSql(const QSqlError &error, const QString &operation, const QString &where,
    const QString &statement)
{
    DbError e;
    e.sqlError = error;
    e.operation = operation;
    e.where = where;
    e.statement = statement;
    e.kind = SqlDialect::classify(error);
    switch (e.kind) {
    case Kind::Connection:
        e.message = QStringLiteral(
            "The connection to the database was lost; what you entered is still here, "
            "so try again once the connection is back.");
        break;
    case Kind::Duplicate:
        e.message = QStringLiteral("That would duplicate an entry that already exists.");
        break;
    case Kind::Validation:
        e.message = QStringLiteral("The database refused a value that is out of range or missing.");
        break;
    case Kind::Permission:
        e.message = QStringLiteral("Your database account is not allowed to do this.");
        break;
    case Kind::Busy:
        e.message
            = QStringLiteral("The database is busy with another writer; try again in a moment.");
        break;
    case Kind::ReadOnly:
        // PostgreSQL's 25006 (read_only_sql_transaction): a hot standby, or a database an
        // administrator made read-only; a connection that knows it is on a standby says so.
        e.message = error.nativeErrorCode() == QLatin1String("25006")
            ? QStringLiteral(
                "This PostgreSQL server accepts no changes (it is a read-only standby, "
                "or the database was made read-only): you can look at everything, "
                "but nothing can be saved on it.")
            : QStringLiteral("The database is read-only; changes cannot be saved.");
        break;
    case Kind::DiskFull:
        e.message
            = QStringLiteral("The disk is full; nothing was saved. Free some space and try again.");
        break;
    default:
        e.message = QStringLiteral("The database reported an error.");
        break;
    }
    if (isTooManyConnections(error)) {
        e.kind = Kind::Connection;
        e.message = tooManyConnectionsSentence(error);
    }
    // SQLite's limit triggers abort with SQLITE_CONSTRAINT_TRIGGER, PostgreSQL's checks with 23514.
    if (const QString tooLong = tooLongSentence(error.databaseText()); !tooLong.isEmpty()) {
        e.kind = Kind::Validation;
        e.message = tooLong;
    }
    // Migration 0017: an archived project's row, shortlist, dates and holds refuse changes.
    if (error.databaseText().contains(QLatin1String("the project is archived"))) {
        e.kind = Kind::Validation;
        e.message = QStringLiteral("This project is archived. Restore it to change it.");
    }
    return e;
}

DbError DbError::fromQuery(const QSqlQuery &query, const QString &operation, const QString &where)
{
    return fromSql(query.lastError(), operation, where, query.lastQuery());
}

QString DbError::sentence() const
{
    if (operation.isEmpty())
        return message;
    return QStringLiteral("Could not %1: %2").arg(operation, message);
}

QString DbError::details() const
{
    QStringList lines;
    if (!where.isEmpty())
        lines << QStringLiteral("Where: %1").arg(where);
    if (sqlError.isValid()) {
        if (!sqlError.nativeErrorCode().isEmpty())
            lines << QStringLiteral("Code: %1").arg(sqlError.nativeErrorCode());
        if (!sqlError.databaseText().isEmpty())
            lines << QStringLiteral("Database: %1").arg(sqlError.databaseText().trimmed());
        if (!sqlError.driverText().isEmpty())
            lines << QStringLiteral("Driver: %1").arg(sqlError.driverText().trimmed());
    }
    if (!statement.isEmpty())
        lines << QStringLiteral("Statement: %1").arg(statement.trimmed());
    return lines.join(QLatin1Char('\n'));
}

bool DbError::isRetryable() const
{
    const QString state = sqlState();
    return kind == Kind::Busy || kind == Kind::Connection || state == QLatin1String("40001")
        || state == QLatin1String("40P01");
}

} // namespace VenueMap::Core
