#include "venuecsvrecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace VenueMap::Core::VenueCsvRecord {

namespace {

// Other names a spreadsheet gives a field's column, normalized (letters and digits, lower case).
QStringList aliases(VenueField field)
{
    switch (field) {
    case VenueField::Name:
        return { "venue", "venuename", "venuetitle", "title" };
    case VenueField::Address:
        return { "street", "streetaddress", "addr", "addressline", "addressline1" };
    case VenueField::City:
        return { "town", "municipality" };
    case VenueField::Country:
        return {};
    case VenueField::Capacity:
        return { "maxcapacity", "seats", "guests", "maxguests", "pax", "persons" };
    case VenueField::Facilities:
        return { "amenities", "features", "equipment" };
    case VenueField::Rating:
        return { "stars", "score" };
    case VenueField::ContactName:
        return { "contact", "contactperson" };
    case VenueField::ContactEmail:
        return { "email", "emailaddress", "mail" };
    case VenueField::ContactPhone:
        return { "phone", "telephone", "tel", "phonenumber", "mobile" };
    case VenueField::Website:
        return { "web", "url", "homepage", "site", "www" };
    case VenueField::Notes:
        return { "note", "comments", "comment", "remarks", "description" };
    case VenueField::Latitude:
        return { "lat" };
    case VenueField::Longitude:
        return { "lon", "lng", "long" };
    }
    return {};
}

QString normalizedHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QStringList kStamps = { QStringLiteral("is_deleted"), QStringLiteral("created_at"),
    QStringLiteral("updated_at"), QStringLiteral("version") };

} // namespace

QString cell(const Venue &v, VenueField field)
{
    switch (field) {
    case VenueField::Capacity:
        return v.capacity ? QString::number(*v.capacity) : QString();
    case VenueField::Facilities:
        return v.facilities.join(QStringLiteral("; "));
    case VenueField::Rating:
        return v.rating ? QString::number(*v.rating, 'f', 1) : QString();
    case VenueField::Latitude:
        return number(v.latitude);
    case VenueField::Longitude:
        return number(v.longitude);
    default:
        return venueFieldText(v, field);
    }
}

QStringList header(Columns columns)
{
    QStringList h { QStringLiteral("id") };
    for (VenueField f : allVenueFields())
        h << venueFieldColumn(f);
    if (columns == Columns::Full)
        h << kStamps;
    return h;
}

QStringList record(const Venue &v, Columns columns)
{
    QStringList r { v.id };
    for (VenueField f : allVenueFields())
        r << cell(v, f);
    if (columns == Columns::Full)
        r << (v.isDeleted ? QStringLiteral("true") : QStringLiteral("false")) << iso(v.createdAt)
          << iso(v.updatedAt) << QString::number(v.version);
    return r;
}

QJsonObject json(const Venue &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), v.id);
    for (VenueField f : allVenueFields()) {
        QJsonValue value;
        switch (f) {
        case VenueField::Capacity:
            value = v.capacity ? QJsonValue(*v.capacity) : QJsonValue();
            break;
        case VenueField::Facilities:
            value = QJsonArray::fromStringList(v.facilities);
            break;
        case VenueField::Rating:
            value = v.rating ? QJsonValue(*v.rating) : QJsonValue();
            break;
        case VenueField::Latitude:
            value = v.latitude ? QJsonValue(*v.latitude) : QJsonValue();
            break;
        case VenueField::Longitude:
            value = v.longitude ? QJsonValue(*v.longitude) : QJsonValue();
            break;
        case VenueField::Name:
            value = v.name;
            break;
        default: {
            const QString text = venueFieldText(v, f);
            value = text.isEmpty() ? QJsonValue() : QJsonValue(text);
        }
        }
        o.insert(venueFieldColumn(f), value);
    }
    o.insert(kStamps.at(0), v.isDeleted);
    o.insert(kStamps.at(1), iso(v.createdAt));
    o.insert(kStamps.at(2), iso(v.updatedAt));
    o.insert(kStamps.at(3), v.version);
    return o;
}

std::optional<VenueField> fieldForHeader(const QString &header)
{
    static const QHash<QString, VenueField> byName = [] {
        QHash<QString, VenueField> h;
        for (VenueField f : allVenueFields()) {
            h.insert(normalizedHeader(venueFieldColumn(f)), f);
            for (const QString &alias : aliases(f))
                h.insert(alias, f);
        }
        return h;
    }();
    const auto it = byName.constFind(normalizedHeader(header));
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

} // namespace VenueMap::Core::VenueCsvRecord
