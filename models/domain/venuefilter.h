#pragma once

#include "venuespace.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// The orders the venue list offers, each served by an index (DESIGN §4).
enum class VenueSort { Name, City, Capacity, Rating };

// What the venue list shows: the same value drives the GUI list and `venuemapctl venues search`.
struct VenueFilter
{
    QString text; // name or city contains (case-insensitive, literal)
    QString city; // exact city
    std::optional<int> minCapacity;
    std::optional<int> maxCapacity;
    QStringList facilities; // must have all of them
    std::optional<double> minRating;
    // A space seating at least layoutCapacity in `layout` (0 when no number is given: a space with
    // that layout at all).
    std::optional<SpaceLayout> layout;
    int layoutCapacity = 0;
    // At least `rooms` spaces seating at least roomCapacity in roomLayout ("4 × 30 classroom").
    // Only spaces without parts count: a divisible hall counts as its parts, never as both the
    // whole and its parts (nor as the whole alone).
    int rooms = 0;
    std::optional<SpaceLayout> roomLayout;
    int roomCapacity = 0;
    bool deleted = false; // the deleted venues instead of the live ones
    VenueSort sort = VenueSort::Name;
    bool descending = false;

    bool operator==(const VenueFilter &) const = default;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::VenueFilter)
