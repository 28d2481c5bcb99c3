#pragma once

#include "databaseurl.h"
#include "dberror.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace VenueMap::Core {

// Everything that differs between PostgreSQL and SQLite, in one place (DESIGN §2).
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    { }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSql; }
    QString migrationFolder() const;

    // SQL expression for the current time, as the timestamp columns store it. The database's
    // clock, not the client's: timestamps a row keeps (created_at, updated_at, sent_at) use this.
    QString now() const;
    // The current time, or just after the scalar subquery `latest` when the clock has not moved
    // past it: for an append-only log whose order must be the order of its rows, however fast
    // they come (one microsecond later on PostgreSQL, one millisecond on SQLite).
    QString nowAfter(const QString &latest) const;

    // How people sign in, which decides how UserRepository keeps them (DESIGN §6): each person a
    // PostgreSQL login role, or an app-level account with a password hash in the SQLite file.
    enum class Accounts { LoginRoles, PasswordHashes };
    Accounts accounts() const
    {
        return isPostgres() ? Accounts::LoginRoles : Accounts::PasswordHashes;
    }

    // Timestamps: timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite.
    QVariant toDb(const QDateTime &value) const;
    QDateTime dateTimeFromDb(const QVariant &value) const;
    // A timestamp column as a SELECT of many rows should read it: ISO-8601 UTC text on both
    // backends. QPSQL hands timestamptz over as a local QDateTime, and turning that back to UTC
    // asks the C library for the time zone, which stats /etc/localtime each time: four system
    // calls a venue, a third of a 100,000-venue export's time.
    QString timestampSelect(const QString &column) const;

    // Money: numeric(12,2) on PostgreSQL (bound as exact text), integer cents on SQLite.
    QVariant moneyToDb(std::optional<qint64> cents) const;
    std::optional<qint64> moneyFromDb(const QVariant &value) const;
    // A money column as a SELECT should read it so that moneyFromDb() is exact (text on PostgreSQL,
    // never a double).
    QString moneySelect(const QString &column) const;

    // A boolean column tested the way the partial indexes' predicates are written, so both
    // planners use them: "is_deleted" / "NOT is_deleted" on PostgreSQL, "is_deleted = 1" / "= 0" on
    // SQLite.
    QString flagIs(const QString &column, bool value) const;
    // A boolean value in SQL text: true / false, 1 / 0.
    QString boolLiteral(bool value) const;
    // Text search of a few letters anywhere in a name: PostgreSQL's pg_trgm index answers ILIKE
    // '%text%'; SQLite needs its FTS5 trigram table instead (venues_fts).
    bool trigramIlike() const { return isPostgres(); }
    // JSON-array facilities (SQLite) are worth a cheap instr() test before json_each().
    bool facilitiesAsJsonText() const { return !isPostgres(); }
    // The server can plan a statement and estimate its rows (PostgreSQL's venuemap_plan and
    // venuemap_plan_rows functions); SQLite answers with EXPLAIN QUERY PLAN and exact counts.
    bool plansOnServer() const { return isPostgres(); }

    // Locks the rows a SELECT reads until the transaction ends (PostgreSQL); SQLite's BEGIN
    // IMMEDIATE already holds the whole file.
    QString lockRows() const
    {
        return isPostgres() ? QStringLiteral(" FOR NO KEY UPDATE") : QString();
    }
    // A placeholder expression for a layout key (space_capacities.layout): the space_layout
    // enum on PostgreSQL, TEXT with a CHECK on SQLite.
    QString spaceLayoutParam(const QString &placeholder) const
    {
        return isPostgres() ? QStringLiteral("CAST(%1 AS space_layout)").arg(placeholder)
                            : placeholder;
    }

    // A placeholder expression for an exact decimal bound as text: CAST(:p AS numeric) or :p.
    QString numericParam(const QString &placeholder) const;

    // Rating: numeric(2,1) on PostgreSQL, REAL on SQLite; one decimal either way.
    QVariant ratingToDb(std::optional<double> rating) const;
    std::optional<double> ratingFromDb(const QVariant &value) const;

    // Facilities: text[] on PostgreSQL (bound as an array literal and cast), JSON text on SQLite.
    QVariant facilitiesToDb(const QStringList &facilities) const;
    QStringList facilitiesFromDb(const QVariant &value) const;
    // A facilities column as a SELECT should read it for facilitiesFromDb() (array text on
    // PostgreSQL).
    QString facilitiesSelect(const QString &column) const;
    // A placeholder expression for a facilities value: CAST(:p AS text[]) or :p.
    QString facilitiesParam(const QString &placeholder) const;
    // "column has every facility in :placeholder" (bound with facilitiesToDb()).
    QString facilitiesContainAll(const QString &column, const QString &placeholder) const;
    // "column has at least one facility in :placeholder" (bound with facilitiesToDb()).
    QString facilitiesContainAny(const QString &column, const QString &placeholder) const;

    // "expression is one of the texts in :placeholder", the list bound with facilitiesToDb()
    // (a text[] literal on PostgreSQL, a JSON array on SQLite).
    QString inTextList(const QString &expression, const QString &placeholder) const;

    // JSON details of the activity log: a placeholder bound with JSON text, and a column read back
    // as text.
    QString jsonParam(const QString &placeholder) const;
    QString jsonSelect(const QString &column) const;

    // LIKE pattern that matches `text` literally anywhere; pair with likeEscape().
    static QString containsPattern(const QString &text);
    QString likeEscape() const { return QStringLiteral(" ESCAPE '\\'"); }
    // Case-insensitive LIKE operator.
    QString ilike() const
    {
        return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    }

    // Maps a driver error to what it means for a person.
    static DbError::Kind classify(const QSqlError &error);

private:
    Backend m_backend;
};

} // namespace VenueMap::Core
