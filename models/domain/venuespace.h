#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// How a space is set up for an event (issue 13); the database spells them as space_layout.
enum class SpaceLayout {
    Theatre,
    Classroom,
    Banquet,
    Cabaret,
    Reception,
    Boardroom,
    UShape,
    HollowSquare,
};

QList<SpaceLayout> allSpaceLayouts();
// The one labelling of a layout for people: "Theatre", "Banquet (rounds)", "U-shape", in the
// app's language.
QString spaceLayoutLabel(SpaceLayout layout);
// The same label in English whatever the app speaks: the venue CSV's column names, and the
// source text of spaceLayoutLabel() (translation context "SpaceLayout").
QString spaceLayoutEnglishLabel(SpaceLayout layout);
// The database's and the command line's key: "theatre", "u_shape", "hollow_square".
QString spaceLayoutKey(SpaceLayout layout);
// A key or a label, any case, '-' or ' ' for '_' ("U-shape", "hollow square", "banquet").
std::optional<SpaceLayout> spaceLayoutFromText(const QString &text);

constexpr int kMaxLayoutCapacity = 100000;
constexpr int kMaxSpaceNameLength = 200;
constexpr int kMaxSpaceFloorLength = 50;
constexpr int kMaxSpaceNotesLength = 20000;

// One room, hall or terrace of a venue, with its capacity per layout. A divisible hall is the
// parent of its parts (parentId). An unsaved space has version 0; its id is made by the caller
// (QUuid) so that other new spaces of the same save can name it as their parent.
struct VenueSpace
{
    QString id;
    QString venueId;
    QString parentId;
    QString name;
    QString floor;
    std::optional<double> areaM2;
    std::optional<double> ceilingHeightM;
    std::optional<bool> hasDaylight;
    QString notes;
    int sortOrder = 0;
    QMap<SpaceLayout, int> capacities;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isNew() const { return version == 0; }
    std::optional<int> capacity(SpaceLayout layout) const
    {
        auto it = capacities.constFind(layout);
        return it == capacities.cend() ? std::nullopt : std::optional<int>(*it);
    }
    // The largest capacity over all layouts (nullopt without any).
    std::optional<int> largestCapacity() const;

    bool operator==(const VenueSpace &) const = default;
};

// A layout capacity typed by a person or read from a file: a whole number from 0 to 100,000, or
// the sentence saying what is wrong, naming the space and the layout.
struct SpaceCapacityParse
{
    std::optional<int> value; // nullopt with an empty problem: left blank (no capacity)
    QString problem;
};
SpaceCapacityParse parseSpaceCapacity(
    const QString &spaceName, SpaceLayout layout, const QString &text);

// What is wrong with a venue's spaces, one sentence each naming the field: a space without a
// name, two spaces of one name (case-insensitive), a capacity out of range, a parent that is not
// one of these spaces or that would form a cycle, a text too long. Empty: they can be saved.
QStringList validateSpaces(const QList<VenueSpace> &spaces);

// The largest layout capacity over the spaces: what the database keeps in venues.capacity.
std::optional<int> largestSpaceCapacity(const QList<VenueSpace> &spaces);

} // namespace VenueMap::Core
