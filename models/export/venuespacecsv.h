#pragma once

#include "domain/venuespace.h"

#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// A venue's space as a row of the rooms CSV (venue_spaces.csv; STYLE 15): the one definition of
// its columns, its cells and the header names a spreadsheet may use, behind the export and the
// importer. One row per space, keyed by the venue's name and city:
//   Venue, City, Space, Part of, Floor, Area m², Ceiling m, Daylight, one column per layout
//   (spaceLayoutEnglishLabel(): Theatre ... Hollow square), Notes.
namespace VenueSpaceCsv {

struct Column
{
    enum class Kind { Venue, City, Space, PartOf, Floor, Area, Ceiling, Daylight, Layout, Notes };
    Kind kind = Kind::Venue;
    SpaceLayout layout = SpaceLayout::Theatre; // Kind::Layout only

    bool operator==(const Column &) const = default;
};

QList<Column> allColumns();
// The header the export writes: "Venue", "Part of", "Area m²", "Banquet (rounds)" ...
QString columnLabel(const Column &column);
QStringList header();
// One space of the venue named `venueName` in `city`; `parentName` is the name of its parent
// space ("" for none). Numbers the English way and as short as they read back exactly; daylight
// "yes", "no" or "".
QStringList record(const QString &venueName, const QString &city, const VenueSpace &space,
    const QString &parentName);
// The column a header names: its label or an alias ("Room", "Parent", "Area", "Theater",
// "reception"), compared by letters and digits only, case-folded; none for anything else.
std::optional<Column> columnForHeader(const QString &header);
// Where the app writes the rooms of a venues CSV, and looks for them when that file is imported:
// beside it, "_spaces" added to its name ("venues.csv" -> "venues_spaces.csv").
QString fileNextTo(const QString &venuesCsvPath);
// "yes"/"no" and their usual spellings (y, n, true, false, 1, 0, x); none for anything else.
std::optional<bool> daylightFromText(const QString &text);

} // namespace VenueSpaceCsv

} // namespace VenueMap::Core
