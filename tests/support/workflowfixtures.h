#pragma once

// Small hand-made books for the project-workflow tests: people, venues and photos inserted with
// plain SQL, so these tests do not depend on the venue book's repository.

#include "db/database.h"

#include <QStringList>
#include <QUuid>

#include <optional>

namespace VenueMap::Test {

inline QString insertUser(const Core::Database &db, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (:id, :name, :email, "
                       "'event_manager')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), name },
            { QStringLiteral(":email"),
                name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com") } });
    return r ? id : QString();
}

struct VenueSpec
{
    QString name;
    QString city;
    std::optional<int> capacity;
    std::optional<double> rating;
    QStringList facilities;
    bool deleted = false;
    QString contactName = QStringLiteral("Dana Contact");
    QString contactEmail = QStringLiteral("dana@venue.example");
};

inline QString insertVenue(const Core::Database &db, const VenueSpec &v)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Core::SqlDialect &d = db.dialect();
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral(
            "INSERT INTO venues (id, name, city, capacity, rating, facilities, is_deleted, "
            "contact_name, contact_email) VALUES (:id, :name, :city, :capacity, :rating, %1, "
            ":deleted, :cname, :cemail)")
            .arg(d.facilitiesParam(QStringLiteral(":facilities"))),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), v.name },
            { QStringLiteral(":city"),
                v.city.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.city) },
            { QStringLiteral(":capacity"),
                v.capacity ? QVariant(*v.capacity) : QVariant(QMetaType(QMetaType::Int)) },
            { QStringLiteral(":rating"), d.ratingToDb(v.rating) },
            { QStringLiteral(":facilities"), d.facilitiesToDb(v.facilities) },
            { QStringLiteral(":deleted"), v.deleted }, { QStringLiteral(":cname"), v.contactName },
            { QStringLiteral(":cemail"), v.contactEmail } });
    if (!r)
        qWarning("insertVenue: %s", qPrintable(r.error().details()));
    return r ? id : QString();
}

inline QString insertVenue(const Core::Database &db, const QString &name,
    const QString &city = QStringLiteral("Lisbon"), std::optional<int> capacity = 100)
{
    return insertVenue(db, VenueSpec { name, city, capacity, std::nullopt, {} });
}

inline bool insertPhoto(const Core::Database &db, const QString &venueId,
    const QByteArray &thumbnail, int sortOrder = 0)
{
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral(
            "INSERT INTO photos (id, venue_id, content_type, data, thumbnail, sort_order) "
            "VALUES (:id, :v, 'image/png', :data, :thumb, :order)"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":v"), venueId },
            { QStringLiteral(":data"), QByteArray("full image bytes") },
            { QStringLiteral(":thumb"), thumbnail }, { QStringLiteral(":order"), sortOrder } });
    if (!r)
        qWarning("insertPhoto: %s", qPrintable(r.error().details()));
    return r.ok();
}

inline int countRows(const Core::Database &db, const QString &sql, const Core::Binds &binds = {})
{
    auto r = db.scalar(QStringLiteral("fixture"), sql, binds);
    return r ? r->toInt() : -1;
}

} // namespace VenueMap::Test
