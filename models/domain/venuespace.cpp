#include "venuespace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context VenueSpace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueSpace)
};

} // namespace

QList<SpaceLayout> allSpaceLayouts()
{
    return { SpaceLayout::Theatre, SpaceLayout::Classroom, SpaceLayout::Banquet,
        SpaceLayout::Cabaret, SpaceLayout::Reception, SpaceLayout::Boardroom, SpaceLayout::UShape,
        SpaceLayout::HollowSquare };
}

namespace {

// The English source of spaceLayoutLabel(), in the translation context SpaceLayout.
const char *spaceLayoutLabelSource(SpaceLayout layout)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Theatre");
    case SpaceLayout::Classroom:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Classroom");
    case SpaceLayout::Banquet:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Banquet (rounds)");
    case SpaceLayout::Cabaret:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Cabaret");
    case SpaceLayout::Reception:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Reception (standing)");
    case SpaceLayout::Boardroom:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Boardroom");
    case SpaceLayout::UShape:
        return QT_TRANSLATE_NOOP("SpaceLayout", "U-shape");
    case SpaceLayout::HollowSquare:
        return QT_TRANSLATE_NOOP("SpaceLayout", "Hollow square");
    }
    return "";
}

} // namespace

QString spaceLayoutLabel(SpaceLayout layout)
{
    return QCoreApplication::translate("SpaceLayout", spaceLayoutLabelSource(layout));
}

QString spaceLayoutEnglishLabel(SpaceLayout layout)
{
    return QString::fromLatin1(spaceLayoutLabelSource(layout));
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
        if (wanted == spaceLayoutKey(layout) || wanted == key(spaceLayoutEnglishLabel(layout))
            || wanted == key(spaceLayoutLabel(layout)))
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
    return name.trimmed().isEmpty() ? Tr::tr("a space without a name")
                                    : Tr::tr("space \"%1\"").arg(name.trimmed());
}

QString capacityField(const QString &spaceName, SpaceLayout layout)
{
    //: %1 is a layout ("theatre"), %2 a space ("space \"Main hall\"")
    return Tr::tr("The %1 capacity of %2")
        .arg(spaceLayoutLabel(layout).toLower(), spaceCalled(spaceName));
}

QString capacityRangeProblem(const QString &spaceName, SpaceLayout layout, qint64 value)
{
    if (value < 0)
        return Tr::tr("%1 is negative (%2); a capacity is a whole number from 0 to 100,000.")
            .arg(capacityField(spaceName, layout), QString::number(value));
    if (value > kMaxLayoutCapacity)
        return Tr::tr("%1 is above 100,000 (%2); a capacity is a whole number from 0 to "
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
            Tr::tr("%1 is not a whole number (\"%2\"); a capacity is a whole number from "
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
            problems << Tr::tr("Space %1 has no name; every space needs a name.").arg(i + 1);
        else if (name.size() > kMaxSpaceNameLength)
            problems << Tr::tr("The name of %1 is longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceNameLength));
        else {
            const QString key = name.toLower();
            if (byName.contains(key))
                problems << Tr::tr("Two spaces of this venue are named \"%1\"; a space "
                                   "name is used once per venue.")
                                .arg(name);
            else
                byName.insert(key, i);
        }
        if (s.floor.size() > kMaxSpaceFloorLength)
            problems << Tr::tr("The floor of %1 is longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceFloorLength));
        if (s.notes.size() > kMaxSpaceNotesLength)
            problems << Tr::tr("The notes of %1 are longer than %2 characters.")
                            .arg(spaceCalled(name), QString::number(kMaxSpaceNotesLength));
        if (s.areaM2 && (*s.areaM2 < 0 || *s.areaM2 > 1000000))
            problems << Tr::tr("The area of %1 is %2 m²; an area is from 0 to 1,000,000 m².")
                            .arg(spaceCalled(name), QString::number(*s.areaM2));
        if (s.ceilingHeightM && (*s.ceilingHeightM < 0 || *s.ceilingHeightM > 100))
            problems << Tr::tr(
                "The ceiling height of %1 is %2 m; a ceiling height is from 0 to 100 m.")
                            .arg(spaceCalled(name), QString::number(*s.ceilingHeightM));
        for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it)
            if (QString p = capacityRangeProblem(name, it.key(), it.value()); !p.isEmpty())
                problems << p;
        if (!s.parentId.isEmpty()) {
            if (!byId.contains(s.parentId)) {
                problems << Tr::tr("The parent of %1 is not a space of this venue.")
                                .arg(spaceCalled(name));
                continue;
            }
            // Up the parents: reaching this space again (or going round longer than there are
            // spaces) is a cycle.
            const VenueSpace *p = byId.value(s.parentId);
            for (int steps = 0; p; ++steps) {
                if (p->id == s.id || steps > spaces.size()) {
                    problems << Tr::tr("The parent of %1 would put it inside one of its "
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
