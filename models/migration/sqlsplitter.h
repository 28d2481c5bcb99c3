#pragma once

#include <QList>
#include <QString>

namespace VenueMap::Core {

struct SqlStatement
{
    QString text; // without the terminating semicolon, trimmed
    int line = 0; // 1-based line of the statement's first character in the file
};

// Splits a migration file into statements: semicolons inside quotes, identifiers, comments,
// PostgreSQL dollar quotes and SQLite CREATE TRIGGER ... END bodies do not end a statement.
QList<SqlStatement> splitSqlStatements(const QString &sql);

} // namespace VenueMap::Core
