#pragma once

#include "countedqueries.h"
#include "domain/project.h"
#include "domain/spacefit.h"

#include <QList>
#include <QStringList>

namespace VenueMap::Core {

// The parts of a suggestion's score; the total is their sum (at most 100).
struct SuggestionScore
{
    double capacity = 0; // 0..30: room for the attendees, not much more
    double city = 0; // 0 or 20: in the project's city
    double facilities = 0; // 0..20: share of the facilities the project needs
    double rating = 0; // 0..10: the venue's rating
    double pastProposals = 0; // 0 or 10: proposed to this client before
    double replyRate = 0; // 0..10: share of outreach the venue answered
    double declineRate = 0; // -10..0: share of outreach the venue declined
    double total() const
    {
        return capacity + city + facilities + rating + pastProposals + replyRate + declineRate;
    }

    static constexpr double CapacityMax = 30, CityMax = 20, FacilitiesMax = 20, RatingMax = 10,
                            PastMax = 10, ReplyMax = 10, DeclineMax = 10;
};

// A venue ranked for a project, with the facts its score was computed from.
struct Suggestion
{
    QString venueId;
    QString name;
    QString city;
    std::optional<int> capacity;
    std::optional<double> rating;
    QStringList facilities;
    int contacted = 0; // outreach rows past draft, across all projects
    int responded = 0;
    int declined = 0;
    int proposedToClient = 0; // other projects of this client that included the venue
    int needsMet = 0; // of the project's required facilities, how many the venue has
    int needsTotal = 0;
    bool inProjectCity = false; // the project's city, in any case
    SpaceFit fit; // how the venue's rooms meet the project's layout and breakouts
    SuggestionScore score;
};

// Ranks the venue book for a project. Candidates come from indexed queries (the project's city,
// capacity, facilities, the client's past venues, the best rated), so a million venues are
// never scored one by one; venues already shortlisted, and venues that cannot seat the project's
// guests, are left out; each venue comes once. Venues in the project's city (however either is
// capitalised) come first, then the others; within each, when the project states a layout or
// breakouts, the venues whose rooms fit come before those without rooms recorded, and those whose
// rooms do not fit come last; then by score.
class SuggestionService
{
public:
    explicit SuggestionService(Database db);

    Result<QList<Suggestion>> suggest(const Project &project, int limit = 50) const;
    static SuggestionScore score(const Project &project, const Suggestion &facts);
    // How many of the project's required facilities `facilities` has (in any case).
    static int needsMet(const Project &project, const QStringList &facilities);
    static bool sameCity(const QString &a, const QString &b);
    int statementCount() const { return m_q.count(); }

private:
    CountedQueries m_q;
};

} // namespace VenueMap::Core
