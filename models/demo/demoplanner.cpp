#include "demoplanner.h"

#include "demodata.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace VenueMap::Core {

namespace {

using namespace DemoData;

// Streams of the PRNG, one per kind of row, so that e.g. the venues do not change when the
// number of projects does.
enum Stream : quint64 {
    UserStream = 1,
    CatererStream,
    VenueStream,
    PhotoStream,
    ProjectStream,
    NameStream,
    SpaceStream
};

constexpr qint64 kDay = 24 * 3600;

struct Person
{
    const char *first;
    const char *last;
    bool admin;
    const char *phone;
};

const Person kTeam[] = {
    { "Anna", "Berg", true, "+49 30 5550 1001" },
    { "Jonas", "Keller", false, "+49 30 5550 1002" },
    { "Sofia", "Marino", false, "+39 02 5550 1003" },
    { "Lucas", "Dubois", false, "+33 1 5550 1004" },
    { "Emma", "Visser", false, "+31 20 5550 1005" },
    { "Mateo", "García", false, "+34 91 5550 1006" },
    { "Ingrid", "Holm", false, "+46 8 5550 1007" },
    { "Tomasz", "Nowak", false, "+48 22 5550 1008" },
};

const char *const kStatuses[] = { "draft", "sent", "awaiting", "responded", "declined" };

QString fillTemplate(QString text, const QString &surname, const QString &district,
    const QString &city, const QString &first, int number)
{
    text.replace(QLatin1String("{S}"), surname);
    text.replace(QLatin1String("{D}"), district);
    text.replace(QLatin1String("{C}"), city);
    text.replace(QLatin1String("{F}"), first);
    text.replace(QLatin1String("{N}"), QString::number(number));
    return text;
}

// Every name the templates give in one city: each placeholder takes each of its values.
QStringList expandTemplates(
    const QStringList &templates, const City &city, const LanguagePool &lang)
{
    QStringList numbers;
    for (int n = 2; n <= 9; ++n)
        numbers << QString::number(n);
    const std::pair<QLatin1String, QStringList> placeholders[] = {
        { QLatin1String("{C}"), QStringList { city.name } },
        { QLatin1String("{S}"), lang.surnames },
        { QLatin1String("{D}"), city.districts },
        { QLatin1String("{F}"), lang.firstNames },
        { QLatin1String("{N}"), numbers },
    };
    QStringList out;
    for (const QString &t : templates) {
        QStringList names { t };
        for (const auto &[key, values] : placeholders) {
            if (!t.contains(key))
                continue;
            QStringList filled;
            for (const QString &name : std::as_const(names))
                for (const QString &value : values)
                    filled << QString(name).replace(key, value);
            names = filled;
        }
        out << names;
    }
    return out;
}

// A capacity of 10-5,000 seats, most venues small.
int drawCapacity(DemoRandom &rng)
{
    const quint64 bucket = rng.below(100);
    int capacity;
    if (bucket < 38)
        capacity = int(rng.between(10, 80));
    else if (bucket < 68)
        capacity = int(rng.between(80, 250));
    else if (bucket < 87)
        capacity = int(rng.between(250, 800));
    else if (bucket < 97)
        capacity = int(rng.between(800, 2000));
    else
        capacity = int(rng.between(2000, 5000));
    if (capacity > 1000)
        capacity -= capacity % 50;
    else if (capacity > 100)
        capacity -= capacity % 10;
    return capacity;
}

// The person's number as the city writes it.
QString phoneNumber(const City &city, qint64 number)
{
    return QStringLiteral("%1 %2 %3")
        .arg(city.phonePrefix)
        .arg(number / 10000)
        .arg(number % 10000, 4, 10, QLatin1Char('0'));
}

} // namespace

DemoPlanner::DemoPlanner(const DemoOptions &options)
    : m_options(options)
    , m_anchor(DemoGenerator::anchor().toSecsSinceEpoch())
{
    for (const City &c : cities())
        m_cumulativeWeight.push_back(
            (m_cumulativeWeight.empty() ? 0 : m_cumulativeWeight.back()) + c.weight);
    const int total = m_cumulativeWeight.back();
    for (const int step : { 97, 89, 83, 79, 73, 71, 67, 61, 59, 53 }) {
        if (std::gcd(step, total) == 1) {
            m_slotStep = step;
            break;
        }
    }
    int cityIndex = 0;
    for (const City &c : cities()) {
        const LanguagePool &lang = pool(c.language);
        QStringList names;
        QSet<QString> seen;
        for (const QString &name :
            expandTemplates(lang.venueTemplates + internationalTemplates(), c, lang)) {
            if (!seen.contains(name.toLower())) {
                seen.insert(name.toLower());
                names << name;
            }
        }
        DemoRandom rng = DemoRandom::forRow(m_options.seed, NameStream, quint64(cityIndex++));
        for (qsizetype i = names.size() - 1; i > 0; --i)
            names.swapItemsAt(i, qsizetype(rng.below(quint64(i) + 1)));
        CityNames n;
        n.names = names;
        n.qualifiers = c.districts + c.streets;
        Q_ASSERT(n.qualifiers.size() <= 32);
        for (const QString &q : std::as_const(n.qualifiers))
            n.qualifierSlugs << slug(q, 1000);
        for (const QString &name : std::as_const(names)) {
            n.slugs << slug(name, 1000);
            n.namesCity.push_back(name.contains(c.name, Qt::CaseInsensitive));
            quint32 held = 0;
            for (qsizetype k = 0; k < n.qualifiers.size(); ++k)
                if (name.contains(n.qualifiers.at(k), Qt::CaseInsensitive))
                    held |= 1u << k;
            n.namesQualifier.push_back(held);
        }
        for (const QString &street : c.streets) {
            n.streetSlugs << slug(street, 1000);
            const QString address
                = QString(lang.addressTemplate).replace(QLatin1String("{street}"), street);
            const qsizetype number = address.indexOf(QLatin1String("{n}"));
            n.beforeNumber << address.left(number);
            n.afterNumber << address.mid(number + 3);
        }
        n.citySlug = slug(c.name, 1000);
        m_names.push_back(std::move(n));
    }
}

const char *DemoPlanner::statusName(int status)
{
    return kStatuses[status];
}

QString DemoPlanner::venueId(qint64 index) const
{
    return DemoRandom::forRow(m_options.seed, VenueStream, quint64(index)).uuid();
}

int DemoPlanner::pickCity(DemoRandom &rng) const
{
    const int r = int(rng.below(quint64(m_cumulativeWeight.back())));
    const auto it = std::upper_bound(m_cumulativeWeight.begin(), m_cumulativeWeight.end(), r);
    return int(it - m_cumulativeWeight.begin());
}

int DemoPlanner::cityOfVenue(qint64 index, qint64 *ordinal) const
{
    const qint64 total = m_cumulativeWeight.back();
    const qint64 block = index / total;
    const qint64 slot = (index % total * m_slotStep + block * 31) % total;
    const auto it = std::upper_bound(m_cumulativeWeight.begin(), m_cumulativeWeight.end(), slot);
    const int city = int(it - m_cumulativeWeight.begin());
    if (ordinal) {
        const qint64 start = city == 0 ? 0 : m_cumulativeWeight[std::size_t(city) - 1];
        const qint64 weight = m_cumulativeWeight[std::size_t(city)] - start;
        *ordinal = block * weight + (slot - start);
    }
    return city;
}

DemoPlanner::NameParts DemoPlanner::nameParts(int cityIndex, qint64 ordinal) const
{
    // The city's names first as they are; in round r each again with the r-th qualifier, then
    // with the r-th address. A name never takes a qualifier it holds ("Kulturhaus Mitte Mitte"):
    // it takes round r's address instead, which no other round uses, so every (name, round)
    // reads differently; qualifiers are separated by a space, addresses by a comma no name holds.
    const CityNames &n = m_names[std::size_t(cityIndex)];
    NameParts parts;
    parts.name = qsizetype(ordinal % n.names.size());
    const qint64 round = ordinal / n.names.size();
    if (round == 0)
        return parts;
    if (round <= n.qualifiers.size()
        && !(n.namesQualifier[std::size_t(parts.name)] & (1u << (round - 1))))
        parts.qualifier = int(round - 1);
    else
        parts.address = round - 1;
    return parts;
}

QString DemoPlanner::nameInCity(int cityIndex, qint64 ordinal) const
{
    const CityNames &n = m_names[std::size_t(cityIndex)];
    const NameParts parts = nameParts(cityIndex, ordinal);
    const QString &name = n.names.at(parts.name);
    if (parts.qualifier >= 0)
        return name + QLatin1Char(' ') + n.qualifiers.at(parts.qualifier);
    if (parts.address < 0)
        return name;
    const qint64 j = parts.address;
    const qsizetype street = qsizetype(j % n.streetSlugs.size());
    const QString number = QString::number(j / n.streetSlugs.size() * 3 + 1 + j % 3);
    QString out;
    out.reserve(name.size() + n.beforeNumber.at(street).size() + n.afterNumber.at(street).size()
        + number.size() + 2);
    out += name;
    out += QLatin1String(", ");
    out += n.beforeNumber.at(street);
    out += number;
    out += n.afterNumber.at(street);
    return out;
}

QString DemoPlanner::domainLabel(int cityIndex, qint64 ordinal) const
{
    // The same parts as nameInCity(), from their slugs: alte-brauerei-berlin,
    // alte-brauerei-kreuzberg, alte-brauerei-torstrasse-4.
    const CityNames &n = m_names[std::size_t(cityIndex)];
    const NameParts parts = nameParts(cityIndex, ordinal);
    QString label;
    label.reserve(72);
    label += n.slugs.at(parts.name);
    if (parts.qualifier >= 0) {
        label += QLatin1Char('-');
        label += n.qualifierSlugs.at(parts.qualifier);
    } else if (parts.address >= 0) {
        const qint64 j = parts.address;
        const qint64 streets = n.streetSlugs.size();
        label += QLatin1Char('-');
        label += n.streetSlugs.at(qsizetype(j % streets));
        label += QLatin1Char('-');
        label += QString::number(j / streets * 3 + 1 + j % 3);
    } else if (!n.namesCity[std::size_t(parts.name)]) {
        label += QLatin1Char('-');
        label += n.citySlug;
    }
    return shortenSlug(std::move(label));
}

QString DemoPlanner::venueName(qint64 index) const
{
    qint64 ordinal = 0;
    const int city = cityOfVenue(index, &ordinal);
    return nameInCity(city, ordinal);
}

int DemoPlanner::capacityOf(qint64 index) const
{
    // Same draws as the start of venue(): the id, then the capacity.
    DemoRandom rng = DemoRandom::forRow(m_options.seed, VenueStream, quint64(index));
    rng.next();
    rng.next();
    return drawCapacity(rng);
}

DemoVenueRow DemoPlanner::venue(qint64 index) const
{
    DemoRandom rng = DemoRandom::forRow(m_options.seed, VenueStream, quint64(index));
    DemoVenueRow v;
    v.id = rng.uuid();
    const int capacity = drawCapacity(rng);
    v.capacity = capacity;
    qint64 ordinal = 0;
    v.cityIndex = cityOfVenue(index, &ordinal);
    const City &city = cities()[std::size_t(v.cityIndex)];
    const LanguagePool &lang = pool(city.language);
    v.city = city.name;
    v.country = city.country;
    v.name = nameInCity(v.cityIndex, ordinal);

    QString address = lang.addressTemplate;
    address.replace(
        QLatin1String("{street}"), city.streets.at(int(rng.below(quint64(city.streets.size())))));
    address.replace(QLatin1String("{n}"), QString::number(rng.between(1, 180)));
    v.address = address;

    // 0-6 facilities, bigger venues having more; stored in the fixed list's order.
    const int extra = capacity > 250 ? 2 : (capacity > 80 ? 1 : 0);
    const int count = qMin(6, int(rng.below(4)) + extra + int(rng.below(2)));
    const QStringList &all = facilities();
    int order[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    bool chosen[10] = {};
    for (int i = 0; i < count; ++i) {
        std::swap(order[i], order[i + int(rng.below(quint64(10 - i)))]);
        chosen[order[i]] = true;
    }
    for (int i = 0; i < 10; ++i) {
        if (chosen[i])
            v.facilities << all.at(i);
    }

    if (!rng.percent(12))
        v.ratingTenths = rng.below(100) < 8 ? int(rng.between(10, 29)) : int(rng.between(30, 50));

    const QString contactFirst
        = lang.firstNames.at(int(rng.below(quint64(lang.firstNames.size()))));
    const QString contactLast = lang.surnames.at(int(rng.below(quint64(lang.surnames.size()))));
    v.contactName = contactFirst + QLatin1Char(' ') + contactLast;
    // The venue's own domain in its country, named after it and (unless the name says it) its
    // city: events@alte-brauerei-berlin.de.
    const QString domain = domainLabel(v.cityIndex, ordinal) + QLatin1Char('.') + city.domain;
    v.contactEmail = rng.percent(50)
        ? QStringLiteral("events@") + domain
        : slug(contactFirst) + QLatin1Char('.') + slug(contactLast) + QLatin1Char('@') + domain;
    v.contactPhone = phoneNumber(city, rng.between(2000000, 9999999));
    if (rng.percent(85))
        v.website = QStringLiteral("https://www.") + domain;
    if (rng.percent(55)) {
        const QStringList &notes = venueNotes();
        v.notes = notes.at(int(rng.below(quint64(notes.size()))));
        if (rng.percent(30))
            v.notes += QLatin1Char(' ') + notes.at(int(rng.below(quint64(notes.size()))));
    }
    // Around the centre, denser in the middle (sum of two uniform offsets).
    v.latitudeMicro = city.latitudeMicro + rng.between(-35000, 35000) + rng.between(-35000, 35000);
    v.longitudeMicro
        = city.longitudeMicro + rng.between(-55000, 55000) + rng.between(-55000, 55000);
    v.createdAt = m_anchor - rng.between(30 * kDay, 1300 * kDay);
    v.updatedAt = rng.percent(40) ? v.createdAt + rng.between(0, m_anchor - v.createdAt - kDay)
                                  : v.createdAt;
    return v;
}

namespace {

// The names a venue's rooms get: its main hall, a divisible hall's parts, rooms for a crowd, and
// meeting rooms (numbered, so a venue may have several).
const char *const kMainRooms[]
    = { "Main Room", "Conference Room", "Private Dining Room", "Garden Salon" };
const char *const kMainHalls[] = { "Grand Hall", "Main Hall", "Ballroom", "Great Hall",
    "Plenary Hall", "Auditorium", "Festival Hall", "Salle des Fêtes" };
const char *const kRooms[] = { "Salon Rubens", "Salon Vermeer", "Salon Monet", "Salle Magritte",
    "Salon Mozart", "Salle Horta", "Gallery", "Garden Room", "Orangerie", "Loft", "Atrium",
    "Winter Garden", "Library", "Mezzanine", "Chapel", "Vaulted Cellar", "Studio", "Club Room" };
const char *const kOpenAir[] = { "Terrace", "Rooftop", "Foyer", "Courtyard" };
const char *const kMeetingRooms[] = { "Boardroom", "Meeting Room", "Breakout Room" };
const char *const kFloors[] = { "Ground floor", "1st floor", "2nd floor", "3rd floor" };

enum Layout { Theatre, Classroom, Banquet, Cabaret, Reception, Boardroom, UShape, HollowSquare };

int scaled(int value, DemoRandom &rng, int lowPercent, int highPercent)
{
    return qMax(1, int((qint64(value) * rng.between(lowPercent, highPercent) + 50) / 100));
}

// A room's layouts from its theatre capacity: classroom about half of it, banquet 60%, cabaret
// 45%, reception 120%; a boardroom table only in small rooms (up to 30 around it), U-shape and
// hollow square only up to 60. `standing` rooms (a terrace, a foyer) have no rows of chairs.
void fillLayouts(DemoSpaceRow &space, int theatre, bool standing, DemoRandom &rng)
{
    space.capacities.fill(-1);
    space.capacities[Reception] = scaled(theatre, rng, 110, 130);
    space.capacities[Banquet] = scaled(theatre, rng, 55, 65);
    if (standing)
        return;
    space.capacities[Theatre] = theatre;
    if (theatre >= 8)
        space.capacities[Classroom] = scaled(theatre, rng, 45, 55);
    if (theatre >= 20 && rng.percent(60))
        space.capacities[Cabaret] = scaled(theatre, rng, 40, 50);
    if (theatre <= 45)
        space.capacities[Boardroom] = qMin(30, qMax(4, scaled(theatre, rng, 50, 70)));
    if (theatre <= 140) {
        space.capacities[UShape] = qMin(60, qMax(4, scaled(theatre, rng, 35, 45)));
        if (rng.percent(50))
            space.capacities[HollowSquare] = qMin(60, qMax(4, scaled(theatre, rng, 40, 50)));
    }
}

double tenths(qint64 value)
{
    return double(value) / 10.0;
}

} // namespace

std::vector<DemoSpaceRow> DemoPlanner::spaces(qint64 index, const DemoVenueRow &venue) const
{
    DemoRandom rng = DemoRandom::forRow(m_options.seed, SpaceStream, quint64(index));
    const int capacity = qMax(1, venue.capacity);
    const int count = int(rng.between(3, 8));
    std::vector<DemoSpaceRow> out;
    out.reserve(std::size_t(count));
    auto ceiling = [&](int theatre) {
        if (theatre >= 300)
            return tenths(rng.between(50, 110));
        if (theatre >= 80)
            return tenths(rng.between(33, 50));
        return tenths(rng.between(26, 34));
    };

    // The main hall: its reception is the venue's capacity.
    DemoSpaceRow main;
    main.id = rng.uuid();
    main.name = QString::fromUtf8(capacity >= 120 ? rng.pick(kMainHalls) : rng.pick(kMainRooms));
    main.floor = QLatin1String(kFloors[0]);
    const int mainTheatre = qMax(1, scaled(capacity, rng, 77, 91));
    fillLayouts(main, mainTheatre, false, rng);
    main.capacities[Reception] = capacity;
    main.areaM2 = double(qMax(20, scaled(mainTheatre, rng, 95, 130)));
    main.ceilingHeightM = ceiling(mainTheatre);
    main.hasDaylight = rng.percent(60);
    main.sortOrder = 0;
    out.push_back(main);

    // A big hall divides into two or three parts for some venues.
    int parts = 0;
    if (capacity >= 300 && count >= 4 && rng.percent(45))
        parts = count >= 5 && rng.percent(50) ? 3 : 2;
    static const char *const kPartNames[] = { "Hall A", "Hall B", "Hall C" };
    for (int p = 0; p < parts; ++p) {
        DemoSpaceRow part;
        part.id = rng.uuid();
        part.parentId = main.id;
        part.name = QLatin1String(kPartNames[p]);
        part.floor = main.floor;
        fillLayouts(part, qMax(1, scaled(mainTheatre / parts, rng, 90, 98)), false, rng);
        part.areaM2 = std::round(main.areaM2 / parts);
        part.ceilingHeightM = main.ceilingHeightM;
        part.hasDaylight = main.hasDaylight;
        out.push_back(part);
    }
    if (parts > 0) {
        QStringList names;
        for (int p = 0; p < parts; ++p)
            names << QLatin1String(kPartNames[p]);
        out.front().notes = QStringLiteral("Divides into %1 with soundproof partition walls.")
                                .arg(names.join(QLatin1String(parts == 2 ? " and " : ", ")));
    }

    // The other rooms: a share of the main hall each, never more than the venue holds.
    bool usedRoom[std::size(kRooms)] = {};
    bool usedOpenAir[std::size(kOpenAir)] = {};
    int meetingNumber[std::size(kMeetingRooms)] = {};
    for (int i = 1 + parts; i < count; ++i) {
        DemoSpaceRow room;
        room.id = rng.uuid();
        const int theatre = qMax(4, scaled(mainTheatre, rng, 8, 55));
        const quint64 kind = rng.below(10);
        bool standing = false;
        // One open-air space (or foyer) per venue; two for a big one.
        const bool openAirLeft = std::count(std::begin(usedOpenAir), std::end(usedOpenAir), true)
            < (capacity >= 500 ? 2 : 1);
        if (kind < 2 && openAirLeft) {
            std::size_t k = rng.below(std::size(kOpenAir));
            while (usedOpenAir[k])
                k = (k + 1) % std::size(kOpenAir);
            usedOpenAir[k] = true;
            room.name = QLatin1String(kOpenAir[k]);
            standing = k != 2; // a foyer has chairs; a terrace, a rooftop, a courtyard do not
        } else if (theatre <= 30) {
            const std::size_t k = rng.below(std::size(kMeetingRooms));
            room.name = QStringLiteral("%1 %2")
                            .arg(QLatin1String(kMeetingRooms[k]))
                            .arg(++meetingNumber[k]);
        } else {
            std::size_t k = rng.below(std::size(kRooms));
            while (usedRoom[k])
                k = (k + 1) % std::size(kRooms);
            usedRoom[k] = true;
            room.name = QString::fromUtf8(kRooms[k]);
        }
        fillLayouts(room, theatre, standing, rng);
        for (int &c : room.capacities)
            c = qMin(c, capacity);
        room.floor = room.name == QLatin1String("Rooftop")
            ? QStringLiteral("Roof")
            : (room.name == QLatin1String("Vaulted Cellar")
                    ? QStringLiteral("Basement")
                    : QLatin1String(kFloors[rng.below(std::size(kFloors))]));
        const int people = standing ? room.capacities[Reception] : theatre;
        room.areaM2 = double(qMax(12, scaled(people, rng, 90, 135)));
        room.ceilingHeightM = ceiling(people);
        room.hasDaylight = standing || (room.floor != QLatin1String("Basement") && rng.percent(70));
        out.push_back(room);
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].sortOrder = int(i);
    return out;
}

std::vector<DemoTeamMember> DemoPlanner::team() const
{
    std::vector<DemoTeamMember> out;
    int i = 0;
    for (const Person &person : kTeam) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, UserStream, quint64(i));
        ++i;
        DemoTeamMember m;
        m.id = rng.uuid();
        const QString first = QString::fromUtf8(person.first),
                      last = QString::fromUtf8(person.last);
        m.name = first + QLatin1Char(' ') + last;
        m.email = slug(first) + QLatin1Char('.') + slug(last) + QStringLiteral("@example.agency");
        m.phone = QString::fromUtf8(person.phone);
        m.admin = person.admin;
        const QString title
            = person.admin ? QStringLiteral("Head of Events") : QStringLiteral("Event Manager");
        m.signature = QStringLiteral("%1\n%2 · Example Agency\n%3").arg(m.name, title, m.phone);
        m.createdAt = m_anchor - (1100 - i * 37) * kDay;
        out.push_back(m);
    }
    return out;
}

std::vector<DemoCatererRow> DemoPlanner::caterers() const
{
    // Each city has its own caterers, so a shortlist's caterer works where the event is.
    std::vector<DemoCatererRow> out;
    QSet<QString> names;
    const int cityCount = int(cities().size());
    for (int i = 0; i < cityCount * kCaterersPerCity; ++i) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, CatererStream, quint64(i));
        DemoCatererRow c;
        c.id = rng.uuid();
        c.cityIndex = i % cityCount;
        const City &city = cities()[std::size_t(c.cityIndex)];
        const LanguagePool &lang = pool(city.language);
        for (int attempt = 0; attempt < 8 && (c.name.isEmpty() || names.contains(c.name.toLower()));
             ++attempt) {
            const QString surname = lang.surnames.at(int(rng.below(quint64(lang.surnames.size()))));
            c.name = fillTemplate(
                catererTemplates().at(int(rng.below(quint64(catererTemplates().size())))), surname,
                QString(), city.name, QString(), 1);
        }
        if (names.contains(c.name.toLower()))
            c.name += QLatin1Char(' ') + city.name;
        if (names.contains(c.name.toLower()))
            c.name += QStringLiteral(" %1").arg(i / cityCount + 2);
        names.insert(c.name.toLower());
        const QString domain
            = slug(c.name.contains(city.name) ? c.name : c.name + QLatin1Char(' ') + city.name)
            + QLatin1Char('.') + city.domain;
        const QString first = lang.firstNames.at(int(rng.below(quint64(lang.firstNames.size()))));
        const QString last = lang.surnames.at(int(rng.below(quint64(lang.surnames.size()))));
        c.phone = phoneNumber(city, rng.between(2000000, 9999999));
        c.createdAt = m_anchor - rng.between(100 * kDay, 1000 * kDay);
        c.contactName = first + QLatin1Char(' ') + last;
        c.email = QStringLiteral("hello@") + domain;
        c.website = QStringLiteral("https://www.") + domain;
        c.notes = catererNotes().at(int(rng.below(quint64(catererNotes().size()))));
        out.push_back(c);
    }
    return out;
}

std::vector<DemoPhotoPlan> DemoPlanner::photos() const
{
    std::vector<DemoPhotoPlan> out;
    const int photoVenues = DemoGenerator::photoVenueCount(m_options);
    for (int j = 0; j < photoVenues; ++j) {
        const int venueIndex = int(qint64(j) * m_options.venues / photoVenues);
        DemoRandom rng = DemoRandom::forRow(m_options.seed, PhotoStream, quint64(venueIndex));
        const int count = int(rng.between(1, 3));
        const int firstScene = int(rng.below(3));
        const qint64 createdAt = m_anchor - rng.between(10 * kDay, 600 * kDay);
        for (int k = 0; k < count; ++k) {
            DemoPhotoPlan p;
            p.venueIndex = venueIndex;
            p.id = rng.uuid();
            p.scene = (firstScene + k) % 3;
            const QStringList &captions = photoCaptions(p.scene);
            p.caption = captions.at(int(rng.below(quint64(captions.size()))));
            p.sortOrder = k;
            p.paintSeed = rng.next();
            p.createdAt = createdAt + k * 60;
            out.push_back(p);
        }
    }
    return out;
}

std::vector<DemoProjectRow> DemoPlanner::projects(const QStringList &userIds,
    const std::vector<DemoCatererRow> &caterers, const std::vector<DemoPhotoPlan> &photos) const
{
    std::vector<DemoProjectRow> out;
    if (m_options.projects <= 0 || m_options.venues <= 0)
        return out;
    // Venues and caterers per city: a shortlist is local. Venues with photos are preferred, they
    // look good in a proposal.
    const std::size_t cityCount = cities().size();
    std::vector<std::vector<int>> byCity(cityCount);
    for (int i = 0; i < m_options.venues; ++i)
        byCity[std::size_t(cityOfVenue(i))].push_back(i);
    QSet<int> withPhotos;
    for (const DemoPhotoPlan &p : photos)
        withPhotos.insert(p.venueIndex);
    std::vector<QStringList> caterersByCity(cityCount);
    for (const DemoCatererRow &c : caterers)
        caterersByCity[std::size_t(c.cityIndex)] << c.id;
    const int busiestCity
        = int(std::max_element(byCity.begin(), byCity.end(), [](const auto &a, const auto &b) {
              return a.size() < b.size();
          }) - byCity.begin());

    const QStringList &clients = clientNames();
    const QStringList &events = eventNames();
    const QDate anchorDate = DemoGenerator::anchor().date();
    for (int p = 0; p < m_options.projects; ++p) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, ProjectStream, quint64(p));
        DemoProjectRow pr;
        pr.id = rng.uuid();
        pr.client = clients.at(int(rng.below(quint64(clients.size()))));
        const int dayOffset = p == 0 ? int(rng.between(30, 200)) : int(rng.between(-240, 420));
        pr.eventDate = anchorDate.addDays(dayOffset);
        pr.event = events.at(int(rng.below(quint64(events.size())))) + QLatin1Char(' ')
            + QString::number(pr.eventDate.year());
        const bool past = dayOffset < 0;
        const bool cancelledProject = p != 0 && rng.percent(past ? 10 : 7);
        pr.status = cancelledProject
            ? QStringLiteral("cancelled")
            : (past ? QStringLiteral("completed") : QStringLiteral("active"));
        // Agency events: mostly 20-400 guests, some up to 800, a few bigger.
        const quint64 size = rng.below(100);
        pr.attendees = size < 50 ? int(rng.between(20, 120))
            : size < 85          ? int(rng.between(120, 400))
            : size < 97          ? int(rng.between(400, 800))
                                 : int(rng.between(800, 1500));
        if (pr.attendees > 100)
            pr.attendees -= pr.attendees % 10;

        // The first project shows every outreach status, so its city needs a few venues.
        const int minimum = p == 0 ? 6 : 3;
        int cityIndex = pickCity(rng);
        if (byCity[std::size_t(cityIndex)].size() < std::size_t(p == 0 ? minimum : 1))
            cityIndex = busiestCity;
        pr.city = cities()[std::size_t(cityIndex)].name;
        const std::vector<int> &local = byCity[std::size_t(cityIndex)];
        std::vector<std::pair<int, int>> rooms; // capacity, venue
        rooms.reserve(local.size());
        for (const int v : local)
            rooms.emplace_back(capacityOf(v), v);
        int wanted = p == 0 ? int(rng.between(6, 9)) : int(rng.between(3, 9));
        wanted = qMin(wanted, int(rooms.size()));
        const auto seatsEveryone
            = [&](const std::pair<int, int> &room) { return room.first >= pr.attendees; };
        const int enough = qMin(minimum, int(rooms.size()));
        if (int(std::count_if(rooms.begin(), rooms.end(), seatsEveryone)) < enough) {
            // The city has few rooms this big (a small book): the event is planned to fit them.
            std::vector<int> seats;
            for (const auto &room : rooms)
                seats.push_back(room.first);
            std::nth_element(
                seats.begin(), seats.begin() + (enough - 1), seats.end(), std::greater<int>());
            const int fit = seats[std::size_t(enough - 1)];
            pr.attendees = fit > 100 ? fit - fit % 10 : fit;
        }

        if (!rng.percent(10)) {
            // A budget of 60-220 per guest, rounded up to 500.
            const qint64 total = qint64(pr.attendees) * rng.between(60, 220) * 100;
            pr.budgetCents = (total + 49999) / 50000 * 50000;
        }
        if (rng.percent(60))
            pr.notes = projectNotes().at(int(rng.below(quint64(projectNotes().size()))));
        pr.createdBy = userIds.at(1 + int(rng.below(quint64(userIds.size() - 1))));
        const int needs = int(rng.below(4));
        bool needed[10] = {};
        for (int k = 0; k < needs; ++k)
            needed[rng.below(10)] = true;
        for (int k = 0; k < 10; ++k) {
            if (needed[k])
                pr.requiredFacilities << facilities().at(k);
        }
        const qint64 eventSecs = QDateTime(pr.eventDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        pr.createdAt
            = qMin(eventSecs - rng.between(40, 180) * kDay, m_anchor - rng.between(20, 60) * kDay)
            + rng.between(8 * 3600, 18 * 3600);
        pr.updatedAt = pr.createdAt;
        pr.logs.push_back({ rng.uuid(), pr.createdBy, QStringLiteral("project_created"),
            QJsonObject { { QStringLiteral("client_name"), pr.client },
                { QStringLiteral("event_name"), pr.event } },
            pr.createdAt });

        // The shortlist: the city's rooms that seat everyone, preferably without being five times
        // too big; half of it from venues with photos.
        std::vector<int> fitting, roomy;
        for (const auto &room : rooms) {
            if (room.first < pr.attendees)
                continue;
            (room.first <= qMax(pr.attendees * 5, 100) ? fitting : roomy).push_back(room.second);
        }
        if (int(fitting.size()) < wanted)
            fitting.insert(fitting.end(), roomy.begin(), roomy.end());
        wanted = qMin(wanted, int(fitting.size()));
        std::vector<int> photoPool, otherPool;
        for (const int v : fitting)
            (withPhotos.contains(v) ? photoPool : otherPool).push_back(v);
        std::vector<int> chosen;
        const auto take = [&](std::vector<int> &from, std::size_t &used, int target) {
            while (int(chosen.size()) < target && used < from.size()) {
                std::swap(from[used], from[used + rng.below(from.size() - used)]);
                chosen.push_back(from[used++]);
            }
        };
        std::size_t photosUsed = 0, othersUsed = 0;
        take(photoPool, photosUsed, (wanted + 1) / 2);
        take(otherPool, othersUsed, wanted);
        take(photoPool, photosUsed, wanted);
        const QStringList &localCaterers = caterersByCity[std::size_t(cityIndex)];

        for (std::size_t j = 0; j < chosen.size(); ++j) {
            const DemoVenueRow venue = this->venue(chosen[j]);
            DemoShortlistRow s;
            s.id = rng.uuid();
            s.venueId = venue.id;
            s.sortOrder = int(j);
            if (p == 0 && j < 5) {
                s.status = int(j); // the first project shows every outreach status
            } else if (pr.status == QLatin1String("completed")) {
                s.status = rng.percent(65) ? 3 : 4;
            } else {
                const quint64 r = rng.below(100);
                s.status = r < 20 ? 0 : r < 40 ? 1 : r < 60 ? 2 : r < 85 ? 3 : 4;
            }
            s.createdAt = pr.createdAt + rng.between(3600, 6 * kDay);
            const QJsonObject about { { QStringLiteral("venue_id"), venue.id },
                { QStringLiteral("venue_name"), venue.name } };
            pr.logs.push_back(
                { rng.uuid(), pr.createdBy, QStringLiteral("shortlisted"), about, s.createdAt });
            qint64 last = s.createdAt;
            auto change = [&](int from, int to, qint64 at, const QString &reason = {}) {
                QJsonObject d = about;
                d.insert(QStringLiteral("from"), QLatin1String(kStatuses[from]));
                d.insert(QStringLiteral("to"), QLatin1String(kStatuses[to]));
                if (!reason.isEmpty())
                    d.insert(QStringLiteral("reason"), reason);
                pr.logs.push_back(
                    { rng.uuid(), pr.createdBy, QStringLiteral("status_changed"), d, at });
                last = at;
                ++s.version;
            };
            if (s.status >= 1) {
                s.sentAt = s.createdAt + rng.between(kDay, 4 * kDay);
                change(0, 1, *s.sentAt);
            }
            if (s.status == 2)
                change(1, 2, *s.sentAt + rng.between(2 * kDay, 5 * kDay));
            if (s.status == 3 || s.status == 4) {
                int from = 1;
                if (rng.percent(50)) {
                    change(1, 2, *s.sentAt + rng.between(kDay, 2 * kDay));
                    from = 2;
                }
                s.respondedAt = last + rng.between(kDay, 6 * kDay);
                if (s.status == 4)
                    s.declineReason
                        = declineReasons().at(int(rng.below(quint64(declineReasons().size()))));
                change(from, s.status, *s.respondedAt, s.declineReason);
            }
            if (s.status == 3) {
                // A price per guest in the band, at most a little over the budget per guest;
                // rounded down to 10 without leaving the band.
                const qint64 ceiling = pr.budgetCents
                    ? qBound(kQuotePerGuestMinCents, *pr.budgetCents * 105 / 100 / pr.attendees,
                        kQuotePerGuestMaxCents)
                    : kQuotePerGuestMaxCents;
                const qint64 perGuest = rng.between(kQuotePerGuestMinCents, ceiling);
                qint64 quote = qint64(pr.attendees) * perGuest / 1000 * 1000;
                if (quote < qint64(pr.attendees) * kQuotePerGuestMinCents)
                    quote += 1000;
                s.quotedCents = quote;
                s.include = rng.percent(60);
                if (s.include) {
                    pr.logs.push_back({ rng.uuid(), pr.createdBy,
                        QStringLiteral("included_in_proposal"), about, last + 3600 });
                    last += 3600;
                    ++s.version;
                }
            }
            if (s.status >= 1 && !localCaterers.isEmpty() && rng.percent(s.include ? 70 : 35))
                s.catererId = localCaterers.at(int(rng.below(quint64(localCaterers.size()))));
            if (rng.percent(35))
                s.notes = outreachNotes().at(int(rng.below(quint64(outreachNotes().size()))));
            s.updatedAt = last;
            pr.updatedAt = qMax(pr.updatedAt, last);
            pr.shortlist.push_back(s);
        }
        out.push_back(std::move(pr));
    }
    return out;
}

} // namespace VenueMap::Core
