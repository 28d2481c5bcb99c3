#include "suggestionservice.h"

#include "spacerepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context SuggestionService.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionService)
};

} // namespace

SuggestionService::SuggestionService(Database db)
    : m_q(std::move(db))
{ }

int SuggestionService::needsMet(const Project &project, const QStringList &facilities)
{
    int matched = 0;
    for (const QString &need : project.requiredFacilities)
        if (facilities.contains(need, Qt::CaseInsensitive))
            ++matched;
    return matched;
}

bool SuggestionService::sameCity(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

SuggestionScore SuggestionService::score(const Project &project, const Suggestion &f)
{
    SuggestionScore s;
    if (project.attendees && *project.attendees > 0 && f.capacity
        && *f.capacity >= *project.attendees) {
        // Full marks while the attendees fill at least half the room; less for a room far too big.
        const double fill = double(*project.attendees) / double(*f.capacity);
        s.capacity = SuggestionScore::CapacityMax * std::min(1.0, fill / 0.5);
    }
    if (sameCity(project.city, f.city))
        s.city = SuggestionScore::CityMax;
    if (!project.requiredFacilities.isEmpty())
        s.facilities = SuggestionScore::FacilitiesMax * needsMet(project, f.facilities)
            / project.requiredFacilities.size();
    if (f.rating)
        s.rating = SuggestionScore::RatingMax * std::clamp(*f.rating, 0.0, 5.0) / 5.0;
    if (f.proposedToClient > 0)
        s.pastProposals = SuggestionScore::PastMax;
    if (f.contacted > 0) {
        s.replyRate = SuggestionScore::ReplyMax * double(f.responded) / f.contacted;
        s.declineRate = -SuggestionScore::DeclineMax * double(f.declined) / f.contacted;
    }
    return s;
}

Result<QList<Suggestion>> SuggestionService::suggest(const Project &project, int limit) const
{
    const SqlDialect &d = m_q.dialect();
    const bool guests = project.attendees && *project.attendees > 0;
    // A venue that cannot seat the guests is no suggestion, however well it scores otherwise.
    const QString live = QStringLiteral("NOT v.is_deleted AND NOT EXISTS (SELECT 1 FROM "
                                        "project_venues s WHERE s.project_id = :p AND "
                                        "s.venue_id = v.id)")
        + (guests ? QStringLiteral(" AND v.capacity >= :attendees") : QString());
    Binds binds { { QStringLiteral(":p"), project.id },
        { QStringLiteral(":client"), project.clientName.trimmed() } };
    if (guests)
        binds.append({ QStringLiteral(":attendees"), *project.attendees });
    QStringList sources;
    // The city as typed, and as venues usually spell it ("berlin", "BERLIN" -> "Berlin"): each
    // spelling reads the city's index in order, where lower(city) would scan the whole book.
    const QString typed = project.city.trimmed();
    QStringList spellings;
    if (!typed.isEmpty()) {
        QString titled = typed.toLower();
        for (qsizetype i = 0; i < titled.size(); ++i)
            if (i == 0 || !titled.at(i - 1).isLetter())
                titled[i] = titled.at(i).toUpper();
        for (const QString &spelling : { typed, titled, typed.toLower(), typed.toUpper() })
            if (!spellings.contains(spelling))
                spellings << spelling;
    }
    for (qsizetype i = 0; i < spellings.size(); ++i) {
        const QString city = QStringLiteral(":city%1").arg(i);
        binds.append({ city, spellings.at(i) });
        // venues_city_rating_idx serves this order (NULL ratings last on both backends).
        sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND v.city = %2 "
                                  "ORDER BY v.rating DESC NULLS LAST, v.id LIMIT 300")
                       .arg(live, city);
        if (guests)
            // The city's venues that hold the guests, closest fit first: a big event's few
            // suitable rooms are never crowded out by the city's many well-rated ones.
            sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND v.city = %2 "
                                      "ORDER BY v.capacity, v.id LIMIT 300")
                           .arg(live, city);
    }
    if (guests)
        sources << QStringLiteral(
            "SELECT v.id FROM venues v WHERE %1 ORDER BY v.capacity, v.id LIMIT 300")
                       .arg(live);
    const RoomNeeds needs = roomNeedsOf(project);
    if (needs.asksMainRoom()) {
        // Venues with a room seating the guests in the project's layout, the closest fits first,
        // in the project's city and anywhere: read from the layout index in capacity order
        // (space_capacities_layout_idx), never by walking the venues from the smallest up.
        const QString roomFits = QStringLiteral(
            "SELECT v.id FROM space_capacities c JOIN venue_spaces s ON s.id = c.space_id "
            "JOIN venues v ON v.id = s.venue_id WHERE c.layout = %1 AND c.capacity >= "
            ":layoutseats AND %2")
                                     .arg(d.spaceLayoutParam(QStringLiteral(":layout")), live);
        binds.append({ QStringLiteral(":layout"), spaceLayoutKey(*needs.layout) });
        binds.append({ QStringLiteral(":layoutseats"), needs.attendees });
        // One walk for every spelling of the city; the hundred closest fits are enough
        // candidates (a walk visits about one room in 36 cities per hit on a million venues).
        QStringList cities;
        for (qsizetype i = 0; i < spellings.size(); ++i)
            cities << QStringLiteral(":city%1").arg(i);
        if (!cities.isEmpty())
            sources << QStringLiteral("%1 AND v.city IN (%2) ORDER BY c.capacity, c.space_id "
                                      "LIMIT 100")
                           .arg(roomFits, cities.join(QStringLiteral(", ")));
        sources << QStringLiteral("%1 ORDER BY c.capacity, c.space_id LIMIT 100").arg(roomFits);
    }
    if (!project.requiredFacilities.isEmpty()) {
        sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND %2 LIMIT 300")
                       .arg(live,
                           d.facilitiesContainAll(
                               QStringLiteral("v.facilities"), QStringLiteral(":needed")));
        binds.append({ QStringLiteral(":needed"), d.facilitiesToDb(project.requiredFacilities) });
    }
    sources << QStringLiteral(
        "SELECT v.id FROM venues v WHERE %1 AND v.id IN (SELECT x.venue_id FROM project_venues x "
        "JOIN projects xp ON xp.id = x.project_id WHERE lower(xp.client_name) = lower(:client) "
        "AND xp.id <> :p) LIMIT 300")
                   .arg(live);
    sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND v.rating IS NOT NULL "
                              "ORDER BY v.rating DESC, v.id DESC LIMIT 100")
                   .arg(live);
    QStringList wrapped;
    for (int i = 0; i < sources.size(); ++i)
        wrapped << QStringLiteral("SELECT id FROM (%1) src%2").arg(sources.at(i)).arg(i);

    const QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.city, c.capacity, c.rating, %1, "
        "(SELECT count(*) FROM project_venues x WHERE x.venue_id = c.id AND x.outreach_status <> "
        "'draft'), "
        "(SELECT count(*) FROM project_venues x WHERE x.venue_id = c.id AND x.outreach_status = "
        "'responded'), "
        "(SELECT count(*) FROM project_venues x WHERE x.venue_id = c.id AND x.outreach_status = "
        "'declined'), "
        "(SELECT count(*) FROM project_venues x JOIN projects xp ON xp.id = x.project_id "
        " WHERE x.venue_id = c.id AND x.include_in_proposal AND xp.id <> :p "
        " AND lower(xp.client_name) = lower(:client)) "
        "FROM venues c WHERE c.id IN (%2)")
                            .arg(d.facilitiesSelect(QStringLiteral("c.facilities")),
                                wrapped.join(QStringLiteral(" UNION ")));
    auto q = m_q.exec(
        { QStringLiteral("SuggestionService::suggest"), Tr::tr("suggest venues") }, sql, binds);
    if (!q)
        return q.error();
    QList<Suggestion> out;
    while (q->next()) {
        Suggestion s;
        s.venueId = q->value(0).toString();
        s.name = q->value(1).toString();
        s.city = q->value(2).toString();
        s.capacity = Sql::optionalInt(q->value(3));
        s.rating = d.ratingFromDb(q->value(4));
        s.facilities = d.facilitiesFromDb(q->value(5));
        s.contacted = q->value(6).toInt();
        s.responded = q->value(7).toInt();
        s.declined = q->value(8).toInt();
        s.proposedToClient = q->value(9).toInt();
        s.needsMet = needsMet(project, s.facilities);
        s.needsTotal = int(project.requiredFacilities.size());
        s.inProjectCity = sameCity(project.city, s.city);
        s.score = score(project, s);
        out << s;
    }
    if (needs.any() && !out.isEmpty()) {
        QStringList ids;
        for (const Suggestion &s : out)
            ids << s.venueId;
        QList<SpaceLayout> asked;
        if (needs.layout)
            asked << *needs.layout;
        if (needs.breakoutLayout)
            asked << *needs.breakoutLayout;
        auto spaces = SpaceRepository(m_q.db()).fetchRoomsForFit(ids, asked);
        if (!spaces)
            return spaces.error();
        for (Suggestion &s : out)
            s.fit = fitOf(needs, spaces->value(s.venueId));
    }
    // The project's city first: a venue elsewhere, however well it scores, is no answer for an
    // event in this city; it follows the city's venues. Then the rooms: fitting, unknown (no
    // rooms recorded), not fitting.
    const auto fitRank = [](const SpaceFit &fit) {
        switch (fit.verdict) {
        case SpaceFit::Verdict::Fits:
        case SpaceFit::Verdict::NotAsked:
            return 0;
        case SpaceFit::Verdict::NoRooms:
            return 1;
        case SpaceFit::Verdict::DoesNotFit:
            break;
        }
        return 2;
    };
    std::sort(out.begin(), out.end(), [&fitRank](const Suggestion &a, const Suggestion &b) {
        const bool ca = a.inProjectCity, cb = b.inProjectCity;
        if (ca != cb)
            return ca;
        const int fa = fitRank(a.fit), fb = fitRank(b.fit);
        if (fa != fb)
            return fa < fb;
        const double ta = a.score.total(), tb = b.score.total();
        if (ta != tb)
            return ta > tb;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace VenueMap::Core
