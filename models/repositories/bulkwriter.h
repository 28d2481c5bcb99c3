#pragma once

#include "db/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace VenueMap::Core {

// Writes many rows into one table fast (the importer's venues, sample data): on PostgreSQL each
// batch is one INSERT ... SELECT FROM unnest(array, array, ...) with every column bound as one
// array literal; on SQLite (and for batches of one, e.g. photos) one prepared single-row INSERT is
// reused; both inside the caller's transaction. Values arrive already converted by SqlDialect
// (toDb, moneyToDb, ratingToDb, facilitiesToDb); a table's own mapping (VenueMapping) says how.
class BulkWriter
{
public:
    enum class Type {
        Uuid,
        Text,
        Integer,
        Double,
        Numeric,
        Boolean,
        Timestamp,
        Date,
        Facilities,
        Json,
        Bytes
    };
    struct Column
    {
        QString name;
        Type type;
        QString enumType = {}; // PostgreSQL: the ENUM type of a Text column (user_role, ...)
    };

    // Rows gathered for one write; filled with addTo(), on any thread.
    struct Batch
    {
        std::vector<QString> arrays; // PostgreSQL batches: one array literal body per column
        std::vector<QVariant> values; // row by row: every value of every row
        int rows = 0;
        int column = 0;
    };

    // `operation` names what a failure stopped ("import the venues").
    BulkWriter(const Database &db, const QString &table, std::vector<Column> columns, int batchRows,
        const QString &operation = QStringLiteral("write sample data"));

    // The next column of the current row (in column order); a null QVariant writes NULL.
    void add(const QVariant &value) { addTo(m_current, value); }
    // Completes the row; writes the batch when it is full.
    Status endRow();
    // Writes what is left.
    Status finish();

    // For rows prepared on another thread: an empty batch, its values, and writing it (on the
    // connection's thread).
    Batch newBatch() const;
    void addTo(Batch &batch, const QVariant &value) const;
    void endRowOf(Batch &batch) const;
    Status write(Batch &batch);

    int batchRows() const { return m_batchRows; }
    qint64 rowsWritten() const { return m_written; }

private:
    QString postgresType(Type type) const;
    static void appendElement(QString &out, const QVariant &value, Type type);
    Status prepare();
    DbError error() const;

    Database m_db;
    QString m_table;
    QString m_operation;
    std::vector<Column> m_columns;
    int m_batchRows;
    bool m_rowMode;
    Batch m_current;
    qint64 m_written = 0;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace VenueMap::Core
