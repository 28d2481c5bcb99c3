#pragma once

#include "demogenerator.h"
#include "demorandom.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace VenueMap::Core {

// The rows of a sample book, computed from the options and seed alone (no database): the same
// seed gives the same rows on every machine and backend. Timestamps are seconds since the epoch.
struct DemoVenueRow
{
    QString id, name, address, city, country, contactName, contactEmail, contactPhone, website,
        notes;
    int cityIndex = 0;
    int capacity = 0;
    QStringList facilities;
    int ratingTenths = -1; // -1: no rating
    qint64 latitudeMicro = 0, longitudeMicro = 0;
    qint64 createdAt = 0, updatedAt = 0; // seconds since the epoch
};

// One room, hall or terrace of a sample venue. capacities[k] is the capacity in the k-th
// SpaceLayout (Theatre, Classroom, Banquet, Cabaret, Reception, Boardroom, UShape, HollowSquare),
// -1 where the space is not offered that way. A part of a divisible hall names it in parentId.
struct DemoSpaceRow
{
    static constexpr int kLayouts = 8;
    QString id, parentId, name, floor, notes;
    double areaM2 = 0;
    double ceilingHeightM = 0;
    bool hasDaylight = false;
    int sortOrder = 0;
    std::array<int, kLayouts> capacities {};
};

struct DemoPhotoPlan
{
    int venueIndex = 0;
    QString id;
    QString caption;
    int sortOrder = 0;
    int scene = 0;
    quint64 paintSeed = 0;
    qint64 createdAt = 0;
};

struct DemoLogRow
{
    QString id, userId, action;
    QJsonObject details;
    qint64 at = 0;
};

struct DemoShortlistRow
{
    QString id, venueId, catererId, declineReason, notes;
    int status = 0;
    int sortOrder = 0;
    bool include = false;
    std::optional<qint64> quotedCents;
    qint64 createdAt = 0, updatedAt = 0;
    std::optional<qint64> sentAt, respondedAt;
    int version = 1;
};

struct DemoProjectRow
{
    QString id, client, event, status, city, notes, createdBy;
    QStringList requiredFacilities;
    QDate eventDate;
    int attendees = 0;
    std::optional<qint64> budgetCents;
    qint64 createdAt = 0, updatedAt = 0;
    std::vector<DemoShortlistRow> shortlist;
    std::vector<DemoLogRow> logs;
};

struct DemoTeamMember
{
    QString id, name, email, phone, signature;
    bool admin = false;
    qint64 createdAt = 0;
};

struct DemoCatererRow
{
    QString id, name, contactName, email, phone, website, notes;
    int cityIndex = 0; // the city it serves; shortlists there use it
    qint64 createdAt = 0;
};

// Plans the sample book row by row; DemoGenerator writes what it plans.
class DemoPlanner
{
public:
    static constexpr int kCaterersPerCity = 2;
    static constexpr int kMaxPhotoVenues = 1000;
    // A venue's quote per guest lies in this band (cents), so bigger events cost more.
    static constexpr qint64 kQuotePerGuestMinCents = 3500;
    static constexpr qint64 kQuotePerGuestMaxCents = 14000;

    explicit DemoPlanner(const DemoOptions &options);

    static const char *statusName(int status); // 0 draft ... 4 declined
    qint64 anchor() const { return m_anchor; }

    DemoVenueRow venue(qint64 index) const;
    QString venueId(qint64 index) const;
    // The venue's 3-8 spaces, parent halls before their parts: the largest layout capacity of
    // them all is the venue's capacity (reception in its main room), so the book agrees with what
    // the database's triggers would compute. `venue` is what venue(index) gave.
    std::vector<DemoSpaceRow> spaces(qint64 index, const DemoVenueRow &venue) const;
    // The venue's name alone, as venue() gives it: unique per city (case-insensitively) for any
    // number of venues.
    QString venueName(qint64 index) const;
    std::vector<DemoTeamMember> team() const;
    std::vector<DemoCatererRow> caterers() const;
    std::vector<DemoPhotoPlan> photos() const;
    // `userIds` are the team's ids in team() order (an existing account may stand in for a
    // generated one); `caterers` and `photos` are what caterers() and photos() planned. Each
    // project's shortlist and caterers are from its own city; each venue seats its guests.
    std::vector<DemoProjectRow> projects(const QStringList &userIds,
        const std::vector<DemoCatererRow> &caterers,
        const std::vector<DemoPhotoPlan> &photos) const;

private:
    int pickCity(DemoRandom &rng) const;
    // Venues are dealt to the cities in blocks of totalCityWeight() slots (each city gets its
    // weight's worth of every block, in a shuffled order), so a venue's city and its ordinal
    // among that city's venues follow from its index alone: the ordinal names it uniquely.
    int cityOfVenue(qint64 index, qint64 *ordinal = nullptr) const;
    // Which of the city's names, and what sets it apart: a district or street of the city
    // ("Alte Brauerei Kreuzberg"), else an address ("Alte Brauerei, Torstraße 4").
    struct NameParts
    {
        qsizetype name = 0;
        int qualifier = -1; // into CityNames::qualifiers
        qint64 address = -1; // an address number j: street j % streets, house from j / streets
    };
    NameParts nameParts(int city, qint64 ordinal) const;
    QString nameInCity(int city, qint64 ordinal) const;
    // The venue's own web domain without its top level: its name's words (and the city's).
    QString domainLabel(int city, qint64 ordinal) const;
    int capacityOf(qint64 index) const;

    DemoOptions m_options;
    std::vector<int> m_cumulativeWeight;
    int m_slotStep = 1; // coprime with the total weight: shuffles the slots of a block
    // Per city: every name its templates give (no two equal in any case), in a seeded order,
    // with what its domain is made of, computed once (a million venues reuse them).
    struct CityNames
    {
        QStringList names;
        QStringList slugs; // of each name, uncut
        std::vector<bool> namesCity; // the name says the city already
        std::vector<quint32> namesQualifier; // bit k: the name holds qualifiers[k] already
        QStringList qualifiers, qualifierSlugs; // the city's districts, then its streets
        QStringList streetSlugs;
        // Per street, the city's address format around the house number.
        QStringList beforeNumber, afterNumber;
        QString citySlug;
    };
    std::vector<CityNames> m_names;
    qint64 m_anchor = 0;
};

} // namespace VenueMap::Core
