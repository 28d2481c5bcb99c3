#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class QSqlDriver;

namespace VenueMap::Core {

// A statement with its values written in by the driver itself, so that PostgreSQL runs it in one
// round trip. QPSQL prepares each QSqlQuery as `PREPARE qpsqlpstmt_N AS …`, runs it as
// `EXECUTE qpsqlpstmt_N (values)` with the values written by QPSQLDriver::formatValue, and sends
// `DEALLOCATE` when the query goes: three round trips per statement. Writing the same values with
// the same formatValue into the statement (what EXECUTE carries anyway) sends one, and needs no
// server-side state, so it also works behind PgBouncer in transaction mode.
//
// Callers still only bind: `:name` placeholders and (name, value) pairs, as QSqlQuery takes
// them. Placeholders are found outside string literals, quoted identifiers and comments, and
// never in a `::type` cast. Nothing typed by a person becomes SQL text except through the
// driver's escaping, exactly as EXECUTE does.
//
// An error when the statement names a placeholder that has no value; a value the statement does
// not use is ignored, as QSqlQuery ignores it.
Result<QString> renderBoundStatement(
    const QSqlDriver *driver, const QString &sql, const QList<std::pair<QString, QVariant>> &binds);

} // namespace VenueMap::Core
