#pragma once

#include "project.h"
#include "venuefilter.h"
#include "venuespace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

constexpr int kMaxBreakoutRooms = 50;

// "theatre-style", "banquet-style", "in a U-shape": a layout inside a sentence.
QString spaceLayoutPhrase(SpaceLayout layout);

// What an event needs of a venue's rooms (issue 13): a room seating the attendees in the main
// layout, and breakoutRooms rooms of at least breakoutCapacity in breakoutLayout.
struct RoomNeeds
{
    std::optional<SpaceLayout> layout;
    int attendees = 0;
    int breakoutRooms = 0;
    std::optional<SpaceLayout> breakoutLayout;
    int breakoutCapacity = 0;

    bool asksMainRoom() const { return layout.has_value(); }
    bool asksBreakouts() const { return breakoutRooms > 0 && breakoutLayout.has_value(); }
    bool any() const { return asksMainRoom() || asksBreakouts(); }
    // "200 theatre-style · 4 breakout rooms of 30 classroom-style"; empty without needs.
    QString describe() const;
    // The venue list's filter asking the same: the list and the fit marks agree (one rule, which
    // tst_spaces checks against the SQL of VenueRepository on both backends).
    void addTo(VenueFilter &filter) const;

    bool operator==(const RoomNeeds &) const = default;
};

RoomNeeds roomNeedsOf(const Project &project);

// How a venue's spaces meet a RoomNeeds.
struct SpaceFit
{
    enum class Verdict {
        NotAsked, // the project asks no layout
        Fits,
        DoesNotFit,
        NoRooms, // the venue has no rooms recorded: nothing to check against
    };
    Verdict verdict = Verdict::NotAsked;
    RoomNeeds needs; // what was asked
    // The closest-fitting space for the main session: the smallest one seating the attendees in
    // the layout, or, when none does, the largest one set up in the layout (mainFits false).
    // Empty when no space has the layout at all.
    QString mainSpaceId;
    QString mainSpaceName;
    int mainCapacity = 0;
    bool mainFits = false;
    // Every space seating the attendees in the layout, in the venue's order.
    QStringList fittingSpaceIds;
    // Rooms without parts seating breakoutCapacity in breakoutLayout (a divisible hall counts as
    // its parts), and their names.
    int breakoutsFound = 0;
    QStringList breakoutNames;

    bool fits() const { return verdict == Verdict::Fits; }
    // A few words for a table cell: "Grand Hall, 450" / "180 at most" / "no rooms recorded".
    QString shortText() const;
    // One or two sentences: which room seats the guests, how many breakouts, or what is short.
    QString sentence() const;
    QString mainSentence() const; // the main room's part of sentence()
    QString breakoutSentence() const; // the breakouts' part
};

// Only the capacities of the asked layouts are looked at (the spaces may carry only those, as
// SpaceRepository::fetchRoomsForFit() reads them).
SpaceFit fitOf(const RoomNeeds &needs, const QList<VenueSpace> &spaces);

} // namespace VenueMap::Core
