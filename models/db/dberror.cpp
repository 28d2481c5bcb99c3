#include "dberror.h"

#include "sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context DbError.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
};

} // namespace

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
    // The columns with a length limit, as a person calls them; a column not listed is named by
    // its own name.
    static const QHash<QString, const char *> fields {
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("DbError", "address") },
        { QStringLiteral("caption"), QT_TRANSLATE_NOOP("DbError", "caption") },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("DbError", "city") },
        { QStringLiteral("client_name"), QT_TRANSLATE_NOOP("DbError", "client name") },
        { QStringLiteral("contact_email"), QT_TRANSLATE_NOOP("DbError", "contact email") },
        { QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("DbError", "contact name") },
        { QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("DbError", "contact phone") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("DbError", "country") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("DbError", "email") },
        { QStringLiteral("event_name"), QT_TRANSLATE_NOOP("DbError", "event name") },
        { QStringLiteral("facility"), QT_TRANSLATE_NOOP("DbError", "facility") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("DbError", "name") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("DbError", "notes") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("DbError", "phone") },
        { QStringLiteral("website"), QT_TRANSLATE_NOOP("DbError", "website") },
    };
    QString field;
    QString record;
    if (const auto m = constraint.match(databaseText); m.hasMatch()) {
        record = m.captured(1);
        const QString column = m.captured(2);
        const char *label = fields.value(column);
        field = label ? Tr::tr(label) : QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
    } else if (const auto t = trigger.match(databaseText); t.hasMatch()) {
        record = t.captured(1);
        field = Tr::tr("text", "a field of a record");
    } else {
        return {};
    }
    if (record == QLatin1String("venues") || record == QLatin1String("venue"))
        return Tr::tr("The %1 of this venue is longer than VenueMap allows (it may have been "
                      "saved before that limit): shorten it, then try again; nothing was changed.")
            .arg(field);
    if (record == QLatin1String("projects") || record == QLatin1String("project"))
        return Tr::tr("The %1 of this project is longer than VenueMap allows (it may have been "
                      "saved before that limit): shorten it, then try again; nothing was changed.")
            .arg(field);
    if (record == QLatin1String("shortlist")) // SQLite's trigger says "a shortlist field"
        return Tr::tr("The %1 of this shortlist is longer than VenueMap allows (it may have been "
                      "saved before that limit): shorten it, then try again; nothing was changed.")
            .arg(field);
    if (record == QLatin1String("project_venues"))
        return Tr::tr("The %1 of this shortlist entry is longer than VenueMap allows (it may have "
                      "been saved before that limit): shorten it, then try again; nothing was "
                      "changed.")
            .arg(field);
    if (record == QLatin1String("catering_providers") || record == QLatin1String("caterer"))
        return Tr::tr("The %1 of this caterer is longer than VenueMap allows (it may have been "
                      "saved before that limit): shorten it, then try again; nothing was changed.")
            .arg(field);
    return Tr::tr("The %1 of this photo is longer than VenueMap allows (it may have been "
                  "saved before that limit): shorten it, then try again; nothing was changed.")
        .arg(field);
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
    const bool named = !server.isEmpty();
    if (text.contains(QLatin1String("too many connections for role")))
        return named
            ? Tr::tr("The PostgreSQL server at %1 refused another connection: your database "
                     "account has used all the connections it is allowed (its CONNECTION LIMIT). "
                     "Close VenueMap windows you do not need and try again; an administrator can "
                     "raise the account's limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer "
                     "in front of the server.")
                  .arg(server)
            : Tr::tr("The PostgreSQL server refused another connection: your database account has "
                     "used all the connections it is allowed (its CONNECTION LIMIT). Close "
                     "VenueMap windows you do not need and try again; an administrator can raise "
                     "the account's limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in "
                     "front of the server.");
    if (text.contains(QLatin1String("max_client_conn")))
        return named
            ? Tr::tr("The connection pooler (PgBouncer) at %1 refused another connection: it "
                     "already serves as many clients as its max_client_conn setting allows. Try "
                     "again in a few minutes; an administrator can raise max_client_conn in "
                     "pgbouncer.ini.")
                  .arg(server)
            : Tr::tr("The connection pooler (PgBouncer) refused another connection: it already "
                     "serves as many clients as its max_client_conn setting allows. Try again in "
                     "a few minutes; an administrator can raise max_client_conn in "
                     "pgbouncer.ini.");
    if (text.contains(QLatin1String("too many connections for database")))
        return named
            ? Tr::tr("The PostgreSQL server at %1 refused another connection: the database has all "
                     "the connections it is allowed (its CONNECTION LIMIT). Try again in a few "
                     "minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION "
                     "LIMIT) or put PgBouncer in front of the server.")
                  .arg(server)
            : Tr::tr("The PostgreSQL server refused another connection: the database has all the "
                     "connections it is allowed (its CONNECTION LIMIT). Try again in a few "
                     "minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION "
                     "LIMIT) or put PgBouncer in front of the server.");
    return named
        ? Tr::tr("The PostgreSQL server at %1 refused another connection: it already serves as "
                 "many as its max_connections setting allows. Try again in a few minutes; an "
                 "administrator can raise max_connections (a server restart) or put PgBouncer in "
                 "front of the server, as the README's \"Running a team server\" says.")
              .arg(server)
        : Tr::tr("The PostgreSQL server refused another connection: it already serves as many as "
                 "its max_connections setting allows. Try again in a few minutes; an "
                 "administrator can raise max_connections (a server restart) or put PgBouncer in "
                 "front of the server, as the README's \"Running a team server\" says.");
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
        e.message
            = Tr::tr("The connection to the database was lost; what you entered is still here, "
                     "so try again once the connection is back.");
        break;
    case Kind::Duplicate:
        e.message = Tr::tr("That would duplicate an entry that already exists.");
        break;
    case Kind::Validation:
        e.message = Tr::tr("The database refused a value that is out of range or missing.");
        break;
    case Kind::Permission:
        e.message = Tr::tr("Your database account is not allowed to do this.");
        break;
    case Kind::Busy:
        e.message = Tr::tr("The database is busy with another writer; try again in a moment.");
        break;
    case Kind::ReadOnly:
        // PostgreSQL's 25006 (read_only_sql_transaction): a hot standby, or a database an
        // administrator made read-only; a connection that knows it is on a standby says so.
        e.message = error.nativeErrorCode() == QLatin1String("25006")
            ? Tr::tr("This PostgreSQL server accepts no changes (it is a read-only standby, "
                     "or the database was made read-only): you can look at everything, "
                     "but nothing can be saved on it.")
            : Tr::tr("The database is read-only; changes cannot be saved.");
        break;
    case Kind::DiskFull:
        e.message = Tr::tr("The disk is full; nothing was saved. Free some space and try again.");
        break;
    default:
        e.message = Tr::tr("The database reported an error.");
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
        e.message = Tr::tr("This project is archived. Restore it to change it.");
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
    //: %1 is what the person was doing, e.g. "save the venue"; %2 says why it failed. The
    //: operations are translated to fit here (see translations/GLOSSARY.md): French
    //: "Impossible %1 : %2" with "d'enregistrer le lieu", Dutch "%1 is niet gelukt: %2" with
    //: "Locatie opslaan".
    return Tr::tr("Could not %1: %2").arg(operation, message);
}

QString DbError::details() const
{
    QStringList lines;
    if (!where.isEmpty())
        lines << Tr::tr("Where: %1", "error details").arg(where);
    if (sqlError.isValid()) {
        if (!sqlError.nativeErrorCode().isEmpty())
            lines << Tr::tr("Code: %1", "error details").arg(sqlError.nativeErrorCode());
        if (!sqlError.databaseText().isEmpty())
            lines << Tr::tr("Database: %1", "error details").arg(sqlError.databaseText().trimmed());
        if (!sqlError.driverText().isEmpty())
            lines << Tr::tr("Driver: %1", "error details").arg(sqlError.driverText().trimmed());
    }
    if (!statement.isEmpty())
        lines << Tr::tr("Statement: %1", "error details").arg(statement.trimmed());
    return lines.join(QLatin1Char('\n'));
}

bool DbError::isRetryable() const
{
    const QString state = sqlState();
    return kind == Kind::Busy || kind == Kind::Connection || state == QLatin1String("40001")
        || state == QLatin1String("40P01");
}

} // namespace VenueMap::Core
