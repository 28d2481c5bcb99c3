#include "venuespace.h"

#include <QHash>
#include <QSet>

namespace VenueMap::Core {

QList<SpaceLayout> allSpaceLayouts()
{
    return { SpaceLayout::Theatre, SpaceLayout::Classroom, SpaceLayout::Banquet,
        SpaceLayout::Cabaret, SpaceLayout::Reception, SpaceLayout::Boardroom, SpaceLayout::UShape,
        SpaceLayout::HollowSquare };
}

QString spaceLayoutLabel(SpaceLayout layout)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return QStringLiteral("Theatre");
    case SpaceLayout::Classroom:
        return QStringLiteral("Classroom");
    case SpaceLayout::Banquet:
        return QStringLiteral("Banquet (rounds)");
    case SpaceLayout::Cabaret:
        return QStringLiteral("Cabaret");
    case SpaceLayout::Reception:
        return QStringLiteral("Reception (standing)");
    case SpaceLayout::Boardroom:
        return QStringLiteral("Boardroom");
    case SpaceLayout::UShape:
        return QStringLiteral("U-shape");
    case SpaceLayout::HollowSquare:
        return QStringLiteral("Hollow square");
    }
    return {};
}

QString spaceLayoutKey(SpaceLayout layout)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return QStringLiteral("theatre");
    case SpaceLayout::Classroom:
        return QStringLiteral("classroom");
    case SpaceLayout::Banquet:
        return QStringLiteral("banquet");
    case SpaceLayout::Cabaret:
        return QStringLiteral("cabaret");
    case SpaceLayout::Reception:
        return QStringLiteral("reception");
    case SpaceLayout::Boardroom:
        return QStringLiteral("boardroom");
    case SpaceLayout::UShape:
        return QStringLiteral("u_shape");
    case SpaceLayout::HollowSquare:
        return QStringLiteral("hollow_square");
    }
    return {};
}

std::optional<SpaceLayout> spaceLayoutFromText(const QString &text)
{
    auto key = [](QString s) {
        s = s.trimmed().toLower();
        s.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
        return s;
    };
    const QString wanted = key(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (SpaceLayout layout : allSpaceLayouts())
        if (wanted == spaceLayoutKey(layout) || wanted == key(spaceLayoutLabel(layout)))
            return layout;
    if (wanted == QLatin1String("theater"))
        return SpaceLayout::Theatre;
    if (wanted == QLatin1String("rounds"))
        return SpaceLayout::Banquet;
    if (wanted == QLatin1String("standing"))
        return SpaceLayout::Reception;
    return std::nullopt;
}

std::optional<int> VenueSpace::largestCapacity() const
{
    std::optional<int> best;
    for (int c : capacities)
        if (!best || c > *best)
            best = c;
    return best;
}

std::optional<int> largestSpaceCapacity(const QList<VenueSpace> &spaces)
{
    std::optional<int> best;
    for (const VenueSpace &s : spaces)
        if (auto c = s.largestCapacity(); c && (!best || *c > *best))
            best = c;
    return best;
}

namespace {

QString spaceCalled(const QString &name)
{
    return name.trimmed().isEmpty() ? QStringLiteral("a space without a name")
                                    : QStringLiteral("space \"%1\"").arg(name.trimmed());
}

QString capacityField(const QString &spaceName, SpaceLayout layout)
{
    return QStringLiteral("The %1 capacity of %2")
        .arg(spaceLayoutLabel(layout).toLower(), spaceCalled(spaceName));
}

QString capacityRangeProblem(const QString &spaceName, SpaceLayout layout, qint64 value)
{
    if (value < 0)
        return QStringLiteral(
            "%1 is negative (%2); a capacity is a whole number from 0 to 100,000.")
            .arg(capacityField(spaceName, layout), QString::number(value));
    if (value > kMaxLayoutCapacity)
        return QStringLiteral("%1 is above 100,000 (%2); a capacity is a whole number from 0 to "
                              "100,000.")
            .arg(capacityField(spaceName, layout), QString::number(value));
    return {};
}

} // namespace

SpaceCapacityParse parseSpaceCapacity(
    const QString &spaceName, SpaceLayout layout, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const qint64 whole = t.toLongLong(&ok);
    if (!ok) {
        bool isNumber = false;
        const double d = t.toDouble(&isNumber);
        if (isNumber && d == static_cast<double>(static_cast<qint64>(d)) && qAbs(d) < 1e12)
            return parseSpaceCapacity(spaceName, layout, QString::number(static_cast<qint64>(d)));
        return { std::nullopt,
            QStringLiteral("%1 is not a whole number (\"%2\"); a capacity is a whole number from "
                           "0 to 100,000.")
                .arg(capacityField(spaceName, layout), t) };
    }
    if (QString p = capacityRangeProblem(spaceName, layout, whole); !p.isEmpty())
        return { std::nullopt, p };
    return { static_cast<int>(whole), {} };
}

QStringList validateSpaces(const QList<VenueSpace> &spaces)
{
    QStringList problems;
    QHash<QString, int> byName;
    QHash<QString, const VenueSpace *> byId;
    for (const VenueSpace &s : spaces)
        if (!s.id.isEmpty())
            byId.insert(s.id, &s);
    for (int i = 0; i < spaces.size(); ++i) {
        const VenueSpace &s = spaces.at(i);
        const QString name = s.name.trimmed();
        if (name.isEmpty())
            problems
                << QStringLiteral("Space %1 has no name; every space needs a name.").arg(i + 1);
        else if (name.size() > kMaxSpaceNameLength)
            problems << QStringLiteral("The name of %1 is longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceNameLength));
        else {
            const QString key = name.toLower();
            if (byName.contains(key))
                problems << QStringLiteral("Two spaces of this venue are named \"%1\"; a space "
                                           "name is used once per venue.")
                                .arg(name);
            else
                byName.insert(key, i);
        }
        if (s.floor.size() > kMaxSpaceFloorLength)
            problems << QStringLiteral("The floor of %1 is longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceFloorLength));
        if (s.notes.size() > kMaxSpaceNotesLength)
            problems << QStringLiteral("The notes of %1 are longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceNotesLength));
        if (s.areaM2 && (*s.areaM2 < 0 || *s.areaM2 > 1000000))
            problems << QStringLiteral(
                "The area of %1 is %2 m²; an area is from 0 to 1,000,000 m².")
                            .arg(spaceCalled(name), QString::number(*s.areaM2));
        if (s.ceilingHeightM && (*s.ceilingHeightM < 0 || *s.ceilingHeightM > 100))
            problems << QStringLiteral(
                "The ceiling height of %1 is %2 m; a ceiling height is from 0 to 100 m.")
                            .arg(spaceCalled(name), QString::number(*s.ceilingHeightM));
        for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it)
            if (QString p = capacityRangeProblem(name, it.key(), it.value()); !p.isEmpty())
                problems << p;
        if (!s.parentId.isEmpty()) {
            if (!byId.contains(s.parentId)) {
                problems << QStringLiteral("The parent of %1 is not a space of this venue.")
                                .arg(spaceCalled(name));
                continue;
            }
            // Up the parents: reaching this space again (or going round longer than there are
            // spaces) is a cycle.
            const VenueSpace *p = byId.value(s.parentId);
            for (int steps = 0; p; ++steps) {
                if (p->id == s.id || steps > spaces.size()) {
                    problems << QStringLiteral("The parent of %1 would put it inside one of its "
                                               "own parts (a parent cycle).")
                                    .arg(spaceCalled(name));
                    break;
                }
                p = p->parentId.isEmpty() ? nullptr : byId.value(p->parentId);
            }
        }
    }
    return problems;
}

} // namespace VenueMap::Core
