#include "suggestionservice.h"

#include <QSqlQuery>

#include <algorithm>

namespace VenueMap::Core {

SuggestionService::SuggestionService(Database db)
    : m_q(std::move(db))
{ }

SuggestionScore SuggestionService::score(const Project &project, const Suggestion &f)
{
    SuggestionScore s;
    if (project.attendees && *project.attendees > 0 && f.capacity
        && *f.capacity >= *project.attendees) {
        // Full marks while the attendees fill at least half the room; less for a room far too big.
        const double fill = double(*project.attendees) / double(*f.capacity);
        s.capacity = SuggestionScore::CapacityMax * std::min(1.0, fill / 0.5);
    }
    if (!project.city.trimmed().isEmpty()
        && f.city.trimmed().compare(project.city.trimmed(), Qt::CaseInsensitive) == 0)
        s.city = SuggestionScore::CityMax;
    if (!project.requiredFacilities.isEmpty()) {
        int matched = 0;
        for (const QString &need : project.requiredFacilities)
            if (f.facilities.contains(need, Qt::CaseInsensitive))
                ++matched;
        s.facilities = SuggestionScore::FacilitiesMax * matched / project.requiredFacilities.size();
    }
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
    const QString live
        = QStringLiteral("NOT v.is_deleted AND NOT EXISTS (SELECT 1 FROM project_venues s "
                         "WHERE s.project_id = :p AND s.venue_id = v.id)");
    Binds binds { { QStringLiteral(":p"), project.id },
        { QStringLiteral(":client"), project.clientName.trimmed() } };
    QStringList sources;
    if (!project.city.trimmed().isEmpty()) {
        // venues_city_rating_idx serves this order (NULL ratings last on both backends).
        sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND v.city = :city "
                                  "ORDER BY v.rating DESC NULLS LAST, v.id LIMIT 300")
                       .arg(live);
        binds.append({ QStringLiteral(":city"), project.city.trimmed() });
        if (project.attendees && *project.attendees > 0)
            // The city's venues that hold the guests, closest fit first: a big event's few
            // suitable rooms are never crowded out by the city's many small, well-rated ones.
            sources << QStringLiteral(
                "SELECT v.id FROM venues v WHERE %1 AND v.city = :city AND "
                "v.capacity >= :attendees ORDER BY v.capacity, v.id LIMIT 300")
                           .arg(live);
    }
    if (project.attendees && *project.attendees > 0) {
        sources << QStringLiteral("SELECT v.id FROM venues v WHERE %1 AND v.capacity >= :attendees "
                                  "ORDER BY v.capacity, v.id LIMIT 300")
                       .arg(live);
        binds.append({ QStringLiteral(":attendees"), *project.attendees });
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
        { QStringLiteral("SuggestionService::suggest"), QStringLiteral("suggest venues") }, sql,
        binds);
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
        s.score = score(project, s);
        out << s;
    }
    // The project's city first: a venue elsewhere, however well it scores, is no answer for an
    // event in this city; it follows the city's venues.
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        const bool ca = a.score.city > 0, cb = b.score.city > 0;
        if (ca != cb)
            return ca;
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
