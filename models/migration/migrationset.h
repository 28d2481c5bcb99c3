#pragma once

#include "db/databaseurl.h"
#include "db/result.h"

#include <QList>
#include <QString>

namespace VenueMap::Core {

// One numbered SQL file: migrations/<dialect>/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;     // "initial_schema"
    QString fileName; // "0001_initial_schema.sql"
    QString sql;

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
    // Files named NNNN_name.sql in a folder (tests and tools).
    static Result<MigrationSet> fromDirectory(const QString &path);

    const QList<Migration> &migrations() const { return m_migrations; }
    int headVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version; }
    const Migration *find(int version) const;

private:
    QList<Migration> m_migrations;
};

} // namespace VenueMap::Core
