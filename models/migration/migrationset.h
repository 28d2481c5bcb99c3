#pragma once

#include "db/databaseurl.h"
#include "db/result.h"

#include <QList>
#include <QString>

namespace VenueMap::Core {

// What a down step destroys that has no place in the older schema, declared in the down file's
// header as `-- loses: TABLE` (its rows) or `-- loses: TABLE.COLUMN [when CONDITION]` (its
// non-null values, or only those meeting CONDITION, e.g. `sort_order <> 0`).
struct DataLoss
{
    QString table;
    QString column; // empty: the whole table's rows
    QString condition; // SQL from the compiled-in file, never from a person; empty: none
    QString describe() const; // "rows of import_batches", "values of venues.import_batch_id"
};

// One numbered SQL file: migrations/<dialect>/NNNN_name.sql, and its down step
// migrations/<dialect>/down/NNNN_name.sql that exactly reverses it.
struct Migration
{
    int version = 0;
    QString name; // "initial_schema"
    QString fileName; // "0001_initial_schema.sql"
    QString sql;
    QString downSql; // null when the migration has no down step
    QList<DataLoss> losses; // from the down file's `-- loses:` lines

    bool hasDown() const { return !downSql.isNull(); }
    // The `-- loses:` declarations of a down file, or the sentence saying which line is malformed.
    static Result<QList<DataLoss>> parseLosses(const QString &downSql, const QString &fileName);

    // SHA-256 (hex) of the text with a BOM dropped and CRLF / CR turned into LF.
    QString checksum() const;
    static QString checksumOf(const QString &text);
};

// The ordered migrations of one dialect.
class MigrationSet
{
public:
    MigrationSet() = default;
    explicit MigrationSet(QList<Migration> migrations);

    // The migrations compiled into the app (resources :/migrations/<dialect>/).
    static MigrationSet builtIn(Backend backend);
    // Files named NNNN_name.sql in a folder and their down steps in its down/ subfolder (tests
    // and tools). A migration without a down step, or a down step without its migration, is an
    // error.
    static Result<MigrationSet> fromDirectory(const QString &path);

    // What is wrong with the down steps (missing, orphaned, malformed `-- loses:`), one sentence
    // each; empty when every migration can be reverted. builtIn() loads despite these (the app
    // still migrates up) and a test keeps the list empty.
    const QStringList &problems() const { return m_problems; }

    const QList<Migration> &migrations() const { return m_migrations; }
    int headVersion() const
    {
        return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    }
    const Migration *find(int version) const;

private:
    static Result<MigrationSet> load(const QString &path);
    QList<Migration> m_migrations;
    QStringList m_problems;
};

} // namespace VenueMap::Core
