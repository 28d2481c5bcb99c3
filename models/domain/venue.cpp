#include "venue.h"

#include "emailaddress.h"
#include "textlimits.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Venue.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Venue)
};

} // namespace

QString facilityLabel(const QString &facility)
{
    static const QRegularExpression separators(QStringLiteral("[_\\s]+"));
    QStringList words = facility.trimmed().split(separators, Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w.compare(QLatin1String("av"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("pa"), Qt::CaseInsensitive) == 0)
            w = w.toUpper();
        else if (w.compare(QLatin1String("wifi"), Qt::CaseInsensitive) == 0)
            w = QStringLiteral("Wi-Fi");
    }
    QString s = words.join(QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    // The vocabulary's facilities (FacilityVocabulary::seeded) read in the app's language, or a
    // client document's inside a DocumentLanguageScope; others as the book spells them.
    [[maybe_unused]] static const char *const known[] = { QT_TRANSLATE_NOOP("Facility", "Wi-Fi"),
        QT_TRANSLATE_NOOP("Facility", "Parking"), QT_TRANSLATE_NOOP("Facility", "Catering kitchen"),
        QT_TRANSLATE_NOOP("Facility", "Stage"), QT_TRANSLATE_NOOP("Facility", "AV equipment"),
        QT_TRANSLATE_NOOP("Facility", "Wheelchair access"),
        QT_TRANSLATE_NOOP("Facility", "Outdoor space"),
        QT_TRANSLATE_NOOP("Facility", "Breakout rooms"),
        QT_TRANSLATE_NOOP("Facility", "Accommodation"), QT_TRANSLATE_NOOP("Facility", "Bar"),
        QT_TRANSLATE_NOOP("Facility", "PA system") };
    const QByteArray source = s.toUtf8();
    return QCoreApplication::translate("Facility", source.constData());
}

QString facilitiesLabel(const QStringList &facilities)
{
    QStringList out;
    for (const QString &f : facilities)
        out << facilityLabel(f);
    return out.join(QStringLiteral(", "));
}

QList<VenueField> differingVenueFields(const Venue &a, const Venue &b)
{
    QList<VenueField> out;
    for (VenueField f : allVenueFields())
        if (venueFieldText(a, f) != venueFieldText(b, f))
            out << f;
    return out;
}

QString venueFieldColumn(VenueField field)
{
    switch (field) {
    case VenueField::Name:
        return QStringLiteral("name");
    case VenueField::Address:
        return QStringLiteral("address");
    case VenueField::City:
        return QStringLiteral("city");
    case VenueField::Country:
        return QStringLiteral("country");
    case VenueField::Capacity:
        return QStringLiteral("capacity");
    case VenueField::Facilities:
        return QStringLiteral("facilities");
    case VenueField::Rating:
        return QStringLiteral("rating");
    case VenueField::ContactName:
        return QStringLiteral("contact_name");
    case VenueField::ContactEmail:
        return QStringLiteral("contact_email");
    case VenueField::ContactPhone:
        return QStringLiteral("contact_phone");
    case VenueField::Website:
        return QStringLiteral("website");
    case VenueField::Notes:
        return QStringLiteral("notes");
    case VenueField::Latitude:
        return QStringLiteral("latitude");
    case VenueField::Longitude:
        return QStringLiteral("longitude");
    }
    return {};
}

QString venueFieldLabel(VenueField field)
{
    switch (field) {
    case VenueField::Name:
        return Tr::tr("Name");
    case VenueField::Address:
        return Tr::tr("Address");
    case VenueField::City:
        return Tr::tr("City");
    case VenueField::Country:
        return Tr::tr("Country");
    case VenueField::Capacity:
        return Tr::tr("Capacity");
    case VenueField::Facilities:
        return Tr::tr("Facilities");
    case VenueField::Rating:
        return Tr::tr("Rating");
    case VenueField::ContactName:
        return Tr::tr("Contact name");
    case VenueField::ContactEmail:
        return Tr::tr("Contact email");
    case VenueField::ContactPhone:
        return Tr::tr("Contact phone");
    case VenueField::Website:
        return Tr::tr("Website");
    case VenueField::Notes:
        return Tr::tr("Notes");
    case VenueField::Latitude:
        return Tr::tr("Latitude");
    case VenueField::Longitude:
        return Tr::tr("Longitude");
    }
    return {};
}

static QString optionalText(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString venueFieldText(const Venue &v, VenueField field)
{
    switch (field) {
    case VenueField::Name:
        return v.name;
    case VenueField::Address:
        return v.address;
    case VenueField::City:
        return v.city;
    case VenueField::Country:
        return v.country;
    case VenueField::Capacity:
        return v.capacity ? QString::number(*v.capacity) : QString();
    case VenueField::Facilities:
        return v.facilities.join(QStringLiteral(", "));
    case VenueField::Rating:
        return optionalText(v.rating, 1);
    case VenueField::ContactName:
        return v.contactName;
    case VenueField::ContactEmail:
        return v.contactEmail;
    case VenueField::ContactPhone:
        return v.contactPhone;
    case VenueField::Website:
        return v.website;
    case VenueField::Notes:
        return v.notes;
    case VenueField::Latitude:
        return optionalText(v.latitude, 6);
    case VenueField::Longitude:
        return optionalText(v.longitude, 6);
    }
    return {};
}

void copyVenueField(const Venue &from, Venue &to, VenueField field)
{
    switch (field) {
    case VenueField::Name:
        to.name = from.name;
        break;
    case VenueField::Address:
        to.address = from.address;
        break;
    case VenueField::City:
        to.city = from.city;
        break;
    case VenueField::Country:
        to.country = from.country;
        break;
    case VenueField::Capacity:
        to.capacity = from.capacity;
        break;
    case VenueField::Facilities:
        to.facilities = from.facilities;
        break;
    case VenueField::Rating:
        to.rating = from.rating;
        break;
    case VenueField::ContactName:
        to.contactName = from.contactName;
        break;
    case VenueField::ContactEmail:
        to.contactEmail = from.contactEmail;
        break;
    case VenueField::ContactPhone:
        to.contactPhone = from.contactPhone;
        break;
    case VenueField::Website:
        to.website = from.website;
        break;
    case VenueField::Notes:
        to.notes = from.notes;
        break;
    case VenueField::Latitude:
        to.latitude = from.latitude;
        break;
    case VenueField::Longitude:
        to.longitude = from.longitude;
        break;
    }
}

int venueFieldMaxLength(VenueField field)
{
    switch (field) {
    case VenueField::Name:
        return 200;
    case VenueField::Address:
        return 500;
    case VenueField::City:
        return 100;
    case VenueField::Country:
        return 100;
    case VenueField::ContactName:
        return 200;
    case VenueField::ContactEmail:
        return 254;
    case VenueField::ContactPhone:
        return 50;
    case VenueField::Website:
        return 2048;
    case VenueField::Notes:
        return 20000;
    case VenueField::Capacity:
    case VenueField::Facilities:
    case VenueField::Rating:
    case VenueField::Latitude:
    case VenueField::Longitude:
        break;
    }
    return 0;
}

qsizetype textLength(const QString &text)
{
    qsizetype n = text.size();
    for (const QChar c : text)
        n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

std::optional<QString> venueRangeProblem(VenueField field, double value, const QString &shown)
{
    switch (field) {
    case VenueField::Capacity:
        if (value < 0)
            return Tr::tr("The capacity cannot be negative (%1).").arg(shown);
        break;
    case VenueField::Rating:
        if (value < 0.0 || value > 5.0)
            return Tr::tr("The rating must be from 0 to 5, not %1.").arg(shown);
        break;
    case VenueField::Latitude:
        if (value < -90.0 || value > 90.0)
            return Tr::tr("The latitude must be from -90 to 90, not %1.").arg(shown);
        break;
    case VenueField::Longitude:
        if (value < -180.0 || value > 180.0)
            return Tr::tr("The longitude must be from -180 to 180, not %1.").arg(shown);
        break;
    default:
        break;
    }
    return std::nullopt;
}

QList<VenueFieldProblem> validateVenue(const Venue &v)
{
    QList<VenueFieldProblem> problems;
    for (VenueField f : allVenueFields()) {
        const int max = venueFieldMaxLength(f);
        if (max <= 0)
            continue;
        if (auto sentence = tooLongSentence(venueFieldLabel(f), venueFieldText(v, f), max))
            problems.append({ f, *sentence, true });
    }
    for (const QString &facility : v.facilities) {
        if (auto sentence
            = tooLongSentence(QStringLiteral("A facility"), facility, kMaxFacilityLength)) {
            problems.append({ VenueField::Facilities, *sentence, true });
            break;
        }
    }
    if (v.name.trimmed().isEmpty())
        problems.append({ VenueField::Name, Tr::tr("A venue needs a name.") });
    if (v.capacity)
        if (auto p
            = venueRangeProblem(VenueField::Capacity, *v.capacity, QString::number(*v.capacity)))
            problems.append({ VenueField::Capacity, *p });
    if (v.rating)
        if (auto p = venueRangeProblem(VenueField::Rating, *v.rating, QString::number(*v.rating)))
            problems.append({ VenueField::Rating, *p });
    if (auto p = emailAddressProblem(v.contactEmail))
        problems.append({ VenueField::ContactEmail, *p });
    if (!v.website.trimmed().isEmpty()) {
        QString text = v.website.trimmed();
        if (!text.contains(QLatin1String("://")))
            text.prepend(QLatin1String("https://"));
        const QUrl url(text, QUrl::StrictMode);
        const bool ok = url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && url.host().contains(QLatin1Char('.')) && !text.contains(QLatin1Char(' '));
        if (!ok)
            problems.append({ VenueField::Website,
                Tr::tr("This does not look like a website (www.example.com).") });
    }
    if (v.latitude)
        if (auto p
            = venueRangeProblem(VenueField::Latitude, *v.latitude, QString::number(*v.latitude)))
            problems.append({ VenueField::Latitude, *p });
    if (v.longitude)
        if (auto p
            = venueRangeProblem(VenueField::Longitude, *v.longitude, QString::number(*v.longitude)))
            problems.append({ VenueField::Longitude, *p });
    return problems;
}

QString ratingStars(double rating)
{
    const int full = int(std::clamp<long>(std::lround(rating), 0, 5));
    return QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606));
}

} // namespace VenueMap::Core
