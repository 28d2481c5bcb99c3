#include "venuemapping.h"

#include "repositories/countedqueries.h"

#include <QSqlQuery>
#include <QUuid>

namespace VenueMap::Core::VenueMapping {

namespace {

using Type = BulkWriter::Type;
using V = Venue;
using D = SqlDialect;
using X = QVariant;

enum class Role {
    Key, // id: written by an insert, never updated
    Written, // what a person edits: inserted and updated
    Stamp, // kept by the database (defaults, updateSql()): read only
};

struct ColumnDef
{
    const char *name;
    Role role;
    Type type;
    X (*value)(const V &, const D &); // Key and Written
    void (*read)(V &, const X &, const D &);
};

QString textOf(const X &x)
{
    return x.isNull() ? QString() : x.toString();
}
std::optional<double> realOf(const X &x)
{
    return x.isNull() ? std::nullopt : std::optional<double>(x.toDouble());
}

// The venues table, in DESIGN §3 order. A new column is one line here (plus its migration).
const ColumnDef kColumns[] = {
    { "id", Role::Key, Type::Uuid, nullptr,
        [](V &v, const X &x, const D &) { v.id = x.toString(); } },
    { "name", Role::Written, Type::Text, [](const V &v, const D &) { return X(v.name.trimmed()); },
        [](V &v, const X &x, const D &) { v.name = textOf(x); } },
    { "address", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.address); },
        [](V &v, const X &x, const D &) { v.address = textOf(x); } },
    { "city", Role::Written, Type::Text, [](const V &v, const D &) { return Sql::text(v.city); },
        [](V &v, const X &x, const D &) { v.city = textOf(x); } },
    { "country", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.country); },
        [](V &v, const X &x, const D &) { v.country = textOf(x); } },
    { "capacity", Role::Written, Type::Integer,
        [](const V &v, const D &) { return Sql::integer(v.capacity); },
        [](V &v, const X &x, const D &) { v.capacity = Sql::optionalInt(x); } },
    { "facilities", Role::Written, Type::Facilities,
        [](const V &v, const D &d) { return d.facilitiesToDb(v.facilities); },
        [](V &v, const X &x, const D &d) { v.facilities = d.facilitiesFromDb(x); } },
    { "rating", Role::Written, Type::Numeric,
        [](const V &v, const D &d) { return d.ratingToDb(v.rating); },
        [](V &v, const X &x, const D &d) { v.rating = d.ratingFromDb(x); } },
    { "contact_name", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.contactName); },
        [](V &v, const X &x, const D &) { v.contactName = textOf(x); } },
    { "contact_email", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.contactEmail); },
        [](V &v, const X &x, const D &) { v.contactEmail = textOf(x); } },
    { "contact_phone", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.contactPhone); },
        [](V &v, const X &x, const D &) { v.contactPhone = textOf(x); } },
    { "website", Role::Written, Type::Text,
        [](const V &v, const D &) { return Sql::text(v.website); },
        [](V &v, const X &x, const D &) { v.website = textOf(x); } },
    { "notes", Role::Written, Type::Text, [](const V &v, const D &) { return Sql::text(v.notes); },
        [](V &v, const X &x, const D &) { v.notes = textOf(x); } },
    { "latitude", Role::Written, Type::Double,
        [](const V &v, const D &) { return Sql::real(v.latitude); },
        [](V &v, const X &x, const D &) { v.latitude = realOf(x); } },
    { "longitude", Role::Written, Type::Double,
        [](const V &v, const D &) { return Sql::real(v.longitude); },
        [](V &v, const X &x, const D &) { v.longitude = realOf(x); } },
    { "is_deleted", Role::Stamp, Type::Boolean, nullptr,
        [](V &v, const X &x, const D &) { v.isDeleted = x.toBool(); } },
    { "created_at", Role::Stamp, Type::Timestamp, nullptr,
        [](V &v, const X &x, const D &d) { v.createdAt = d.dateTimeFromDb(x); } },
    { "updated_at", Role::Stamp, Type::Timestamp, nullptr,
        [](V &v, const X &x, const D &d) { v.updatedAt = d.dateTimeFromDb(x); } },
    { "version", Role::Stamp, Type::Integer, nullptr,
        [](V &v, const X &x, const D &) { v.version = x.toInt(); } },
};

QString placeholder(const ColumnDef &c)
{
    return QLatin1Char(':') + QLatin1String(c.name);
}

// The SQL expression a bound value of this column goes in as.
QString param(const ColumnDef &c, const SqlDialect &d)
{
    switch (c.type) {
    case Type::Facilities:
        return d.facilitiesParam(placeholder(c));
    case Type::Numeric:
        return d.numericParam(placeholder(c));
    default:
        return placeholder(c);
    }
}

} // namespace

QString selectList(const SqlDialect &d)
{
    auto build = [&d] {
        QStringList names;
        for (const ColumnDef &c : kColumns) {
            const QString name = QLatin1String(c.name);
            names << (c.type == Type::Timestamp
                    ? QStringLiteral("%1 AS %2").arg(d.timestampSelect(name), name)
                    : name);
        }
        return names.join(QStringLiteral(", "));
    };
    if (d.isPostgres()) {
        static const QString postgres = build();
        return postgres;
    }
    static const QString sqlite = build();
    return sqlite;
}

Venue read(const QSqlQuery &q, const SqlDialect &d, int first)
{
    Venue v;
    int i = first;
    for (const ColumnDef &c : kColumns)
        c.read(v, q.value(i++), d);
    return v;
}

Binds binds(const Venue &venue, const SqlDialect &d)
{
    Binds out;
    for (const ColumnDef &c : kColumns)
        if (c.role == Role::Written)
            out.append({ placeholder(c), c.value(venue, d) });
    return out;
}

QString insertSql(const SqlDialect &d)
{
    QStringList names, values;
    for (const ColumnDef &c : kColumns) {
        if (c.role == Role::Stamp)
            continue;
        names << QLatin1String(c.name);
        values << param(c, d);
    }
    return QStringLiteral("INSERT INTO venues (%1) VALUES (%2) RETURNING %3")
        .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), selectList(d));
}

QString updateSql(const SqlDialect &d)
{
    QStringList sets;
    for (const ColumnDef &c : kColumns)
        if (c.role == Role::Written)
            sets << QStringLiteral("%1 = %2").arg(QLatin1String(c.name), param(c, d));
    sets << QStringLiteral("updated_at = %1").arg(d.now())
         << QStringLiteral("version = version + 1");
    return QStringLiteral("UPDATE venues SET %1 WHERE id = :id AND version = :version RETURNING %2")
        .arg(sets.join(QStringLiteral(", ")), selectList(d));
}

std::vector<BulkWriter::Column> bulkColumns()
{
    std::vector<BulkWriter::Column> out;
    for (const ColumnDef &c : kColumns)
        if (c.role != Role::Stamp)
            out.push_back({ QLatin1String(c.name), c.type });
    return out;
}

void addTo(
    const BulkWriter &writer, BulkWriter::Batch &batch, const Venue &venue, const SqlDialect &d)
{
    for (const ColumnDef &c : kColumns) {
        if (c.role == Role::Key)
            writer.addTo(batch,
                venue.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : venue.id);
        else if (c.role == Role::Written)
            writer.addTo(batch, c.value(venue, d));
    }
}

} // namespace VenueMap::Core::VenueMapping
