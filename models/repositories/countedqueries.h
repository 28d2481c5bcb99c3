#pragma once

#include "db/database.h"

#include <QDate>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace VenueMap::Core {

// A Database that counts the statements run through it, so that tests can prove an operation
// runs a fixed number of queries however much data it reads.
class CountedQueries
{
public:
    explicit CountedQueries(Database db)
        : m_db(std::move(db))
    { }

    const Database &db() const { return m_db; }
    const SqlDialect &dialect() const { return m_db.dialect(); }
    Result<QSqlQuery> exec(const DbCall &call, const QString &sql, const Binds &binds = {}) const
    {
        ++m_count;
        return m_db.exec(call, sql, binds);
    }
    Result<QVariant> scalar(const DbCall &call, const QString &sql, const Binds &binds = {}) const
    {
        ++m_count;
        return m_db.scalar(call, sql, binds);
    }
    Result<std::optional<QSqlRecord>> firstRow(
        const DbCall &call, const QString &sql, const Binds &binds = {}) const
    {
        ++m_count;
        return m_db.firstRow(call, sql, binds);
    }
    // Naming only `where`, for statements whose caller states the operation itself.
    Result<QSqlQuery> exec(const QString &where, const QString &sql, const Binds &binds = {}) const
    {
        return exec(DbCall { where, {} }, sql, binds);
    }
    Result<QVariant> scalar(const QString &where, const QString &sql, const Binds &binds = {}) const
    {
        return scalar(DbCall { where, {} }, sql, binds);
    }
    int count() const { return m_count; }
    void resetCount() const { m_count = 0; }

private:
    Database m_db;
    mutable int m_count = 0;
};

// Small conversions shared by the repositories: the one place that binds an absent value as NULL.
namespace Sql {
inline QVariant text(const QString &value)
{
    return value.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(value.trimmed());
}
inline QVariant integer(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
inline QVariant real(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}
inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
}
inline std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}
inline QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace Sql

} // namespace VenueMap::Core
