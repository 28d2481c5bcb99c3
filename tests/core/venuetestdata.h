#pragma once
// Venue books for tests: a few hand-made venues, or many made by one INSERT ... SELECT.

#include "db/database.h"
#include "domain/venue.h"
#include "repositories/venuerepository.h"

#include <QTest>

namespace VenueMap::Test {

inline Core::Venue makeVenue(const QString &name, const QString &city, std::optional<int> capacity,
    std::optional<double> rating, const QStringList &facilities = {})
{
    Core::Venue v;
    v.name = name;
    v.city = city;
    v.capacity = capacity;
    v.rating = rating;
    v.facilities = facilities;
    return v;
}

// Inserts `count` venues named "Venue 0000001"...: city "City NN" (every 20th without a city),
// capacity (every 10th unknown), rating (every 7th unknown), facilities cycling through four.
inline Core::Status insertVenueBook(const Core::Database &db, int count)
{
    const QString select = QStringLiteral(
        "'Venue ' || substr('0000000' || g, -7, 7), "
        "CASE WHEN g % 20 = 0 THEN NULL ELSE 'City ' || substr('00' || (g % 37), -2, 2) END, "
        "CASE WHEN g % 10 = 0 THEN NULL ELSE (g * 7919) % 2000 END, "
        "CASE WHEN g % 7 = 0 THEN NULL ELSE ((g * 31) % 51) / 10.0 END");
    QString sql;
    if (db.isPostgres()) {
        sql = QStringLiteral(
            "INSERT INTO venues (id, name, city, capacity, rating, facilities) "
            "SELECT gen_random_uuid(), %1, CASE g % 4 WHEN 0 THEN ARRAY['wifi','parking'] "
            "WHEN 1 THEN ARRAY['wifi','stage'] WHEN 2 THEN ARRAY['catering'] "
            "ELSE ARRAY['parking','stage','wifi'] END FROM generate_series(1, %2) AS g")
                  .arg(select)
                  .arg(count);
        sql.replace(QStringLiteral("substr('0000000' || g, -7, 7)"),
            QStringLiteral("lpad(g::text, 7, '0')"));
        sql.replace(QStringLiteral("substr('00' || (g % 37), -2, 2)"),
            QStringLiteral("lpad((g % 37)::text, 2, '0')"));
        sql.replace(QStringLiteral("((g * 31) % 51) / 10.0"),
            QStringLiteral("(((g * 31) % 51) / 10.0)::numeric(2,1)"));
        sql.replace(QStringLiteral("(g * 7919) % 2000"),
            QStringLiteral("((g::bigint * 7919) % 2000)::int"));
    } else {
        sql = QStringLiteral(
            "WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < %2) "
            "INSERT INTO venues (id, name, city, capacity, rating, facilities) "
            "SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
            "substr(hex(randomblob(2)), 2) "
            "|| '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), %1, "
            "CASE g % 4 WHEN 0 THEN '[\"wifi\",\"parking\"]' WHEN 1 THEN '[\"wifi\",\"stage\"]' "
            "WHEN 2 THEN '[\"catering\"]' ELSE '[\"parking\",\"stage\",\"wifi\"]' END FROM s")
                  .arg(select)
                  .arg(count);
    }
    if (auto s = db.execDirect(QStringLiteral("insertVenueBook"), sql); !s)
        return s;
    if (db.isPostgres())
        return db.execDirect(
            QStringLiteral("insertVenueBook"), QStringLiteral("VACUUM ANALYZE venues"));
    return db.execDirect(QStringLiteral("insertVenueBook"), QStringLiteral("ANALYZE"));
}

} // namespace VenueMap::Test
