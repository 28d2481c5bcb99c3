#include "bulkwriter.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

namespace VenueMap::Core {

BulkWriter::BulkWriter(const Database &db, const QString &table, std::vector<Column> columns,
    int batchRows, const QString &operation)
    : m_db(db)
    , m_table(table)
    , m_operation(operation)
    , m_columns(std::move(columns))
    , m_batchRows(qMax(1, batchRows))
    , m_rowMode(!db.isPostgres() || batchRows <= 1)
{
    QSqlDriver *driver = m_db.connection().driver();
    QStringList names, placeholders, selects, unnestArgs, aliases;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns[i];
        names << driver->escapeIdentifier(c.name, QSqlDriver::FieldName);
        const QString alias = QStringLiteral("c%1").arg(i);
        aliases << alias;
        const QString type = c.enumType.isEmpty() ? postgresType(c.type) : c.enumType;
        unnestArgs << QStringLiteral("CAST(:%1 AS %2[])").arg(alias, type);
        selects << (c.type == Type::Facilities ? QStringLiteral("CAST(%1 AS text[])").arg(alias)
                                               : alias);
        const bool cast = m_db.isPostgres()
            && (!c.enumType.isEmpty() || c.type == Type::Facilities || c.type == Type::Json);
        placeholders << (cast
                ? QStringLiteral("CAST(? AS %1)")
                      .arg(c.type == Type::Facilities ? QStringLiteral("text[]") : type)
                : QStringLiteral("?"));
    }
    const QString tableName = driver->escapeIdentifier(m_table, QSqlDriver::TableName);
    if (m_rowMode) {
        m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(tableName, names.join(QLatin1String(", ")),
                        placeholders.join(QLatin1String(", ")));
    } else {
        m_sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM unnest(%4) AS u(%5)")
                    .arg(tableName, names.join(QLatin1String(", ")),
                        selects.join(QLatin1String(", ")), unnestArgs.join(QLatin1String(", ")),
                        aliases.join(QLatin1String(", ")));
    }
    m_current = newBatch();
}

QString BulkWriter::postgresType(Type type) const
{
    switch (type) {
    case Type::Uuid:
        return QStringLiteral("uuid");
    case Type::Text:
        return QStringLiteral("text");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Double:
        return QStringLiteral("double precision");
    case Type::Numeric:
        return QStringLiteral("numeric");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Timestamp:
        return QStringLiteral("timestamptz");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Facilities:
        return QStringLiteral("text"); // each element is itself an array literal
    case Type::Json:
        return QStringLiteral("jsonb");
    case Type::Bytes:
        return QStringLiteral("bytea");
    }
    return QStringLiteral("text");
}

// One element of a PostgreSQL array literal: NULL, or the value's text in double quotes.
void BulkWriter::appendElement(QString &out, const QVariant &value, Type type)
{
    if (!out.isEmpty())
        out += QLatin1Char(',');
    if (value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    QString text;
    switch (type) {
    case Type::Timestamp:
        text = value.metaType().id() == QMetaType::QDateTime
            ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
            : value.toString();
        break;
    case Type::Date:
        text = value.metaType().id() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                         : value.toString();
        break;
    case Type::Boolean:
        text = value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
        break;
    case Type::Double:
        text = QString::number(value.toDouble(), 'g', 17);
        break;
    case Type::Bytes:
        text = QLatin1String("\\x") + QString::fromLatin1(value.toByteArray().toHex());
        break;
    default:
        text = value.toString();
        break;
    }
    out += QLatin1Char('"');
    if (!text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\\'))) {
        out += text;
    } else {
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    out += QLatin1Char('"');
}

BulkWriter::Batch BulkWriter::newBatch() const
{
    Batch batch;
    if (m_rowMode)
        batch.values.reserve(m_columns.size() * std::size_t(m_batchRows));
    else
        batch.arrays.resize(m_columns.size());
    for (QString &array : batch.arrays)
        array.reserve(m_batchRows * 24); // most elements are short; saves regrowing 100 kB strings
    return batch;
}

void BulkWriter::addTo(Batch &batch, const QVariant &value) const
{
    Q_ASSERT(batch.column < int(m_columns.size()));
    const Type type = m_columns[std::size_t(batch.column)].type;
    if (!m_rowMode) {
        appendElement(batch.arrays[std::size_t(batch.column)], value, type);
    } else if (!m_db.isPostgres() && !value.isNull() && type == Type::Boolean) {
        // SQLite stores booleans as 0/1 and dates as ISO text; PostgreSQL's driver formats every
        // type.
        batch.values.push_back(value.toBool() ? 1 : 0);
    } else if (!m_db.isPostgres() && type == Type::Date
        && value.metaType().id() == QMetaType::QDate) {
        batch.values.push_back(value.toDate().toString(Qt::ISODate));
    } else {
        batch.values.push_back(value);
    }
    ++batch.column;
}

void BulkWriter::endRowOf(Batch &batch) const
{
    Q_ASSERT(batch.column == int(m_columns.size()));
    batch.column = 0;
    ++batch.rows;
}

Status BulkWriter::endRow()
{
    endRowOf(m_current);
    if (m_current.rows >= m_batchRows)
        return write(m_current);
    return {};
}

Status BulkWriter::finish()
{
    if (m_current.rows > 0)
        return write(m_current);
    return {};
}

Status BulkWriter::prepare()
{
    if (m_prepared)
        return {};
    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(m_sql))
        return error();
    m_prepared = true;
    return {};
}

DbError BulkWriter::error() const
{
    return DbError::fromQuery(m_query, m_operation, QStringLiteral("BulkWriter %1").arg(m_table));
}

Status BulkWriter::write(Batch &batch)
{
    if (batch.rows == 0)
        return {};
    if (auto s = prepare(); !s)
        return s;
    const int columns = int(m_columns.size());
    if (m_rowMode) {
        for (int row = 0; row < batch.rows; ++row) {
            for (int c = 0; c < columns; ++c)
                m_query.bindValue(c, batch.values[std::size_t(row * columns + c)]);
            if (!m_query.exec())
                return error();
        }
        batch.values.clear();
    } else {
        for (int c = 0; c < columns; ++c) {
            QString &array = batch.arrays[std::size_t(c)];
            m_query.bindValue(QStringLiteral(":c%1").arg(c),
                QString(QLatin1Char('{') + array + QLatin1Char('}')));
            array.clear();
        }
        if (!m_query.exec())
            return error();
    }
    m_written += batch.rows;
    batch.rows = 0;
    return {};
}

} // namespace VenueMap::Core
