#include "venuespacecsv.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace VenueMap::Core::VenueSpaceCsv {

namespace {

QString normalized(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QStringList aliases(const Column &column)
{
    using K = Column::Kind;
    switch (column.kind) {
    case K::Venue:
        return { "venue", "venuename" };
    case K::City:
        return { "city", "town", "venuecity" };
    case K::Space:
        return { "space", "spacename", "room", "roomname" };
    case K::PartOf:
        return { "partof", "parent", "parentspace", "within" };
    case K::Floor:
        return { "floor", "level" };
    case K::Area:
        return { "area", "aream2", "aream²", "areasqm", "m2", "m²" };
    case K::Ceiling:
        return { "ceiling", "ceilingm", "ceilingheight", "ceilingheightm", "height" };
    case K::Daylight:
        return { "daylight", "hasdaylight", "naturallight" };
    case K::Notes:
        return { "notes", "note", "comments", "description" };
    case K::Layout: {
        QStringList out { normalized(spaceLayoutKey(column.layout)),
            normalized(spaceLayoutEnglishLabel(column.layout)) };
        if (column.layout == SpaceLayout::Theatre)
            out << QStringLiteral("theater");
        if (column.layout == SpaceLayout::Banquet)
            out << QStringLiteral("rounds");
        if (column.layout == SpaceLayout::Reception)
            out << QStringLiteral("standing");
        return out;
    }
    }
    return {};
}

} // namespace

QList<Column> allColumns()
{
    using K = Column::Kind;
    QList<Column> out { { K::Venue }, { K::City }, { K::Space }, { K::PartOf }, { K::Floor },
        { K::Area }, { K::Ceiling }, { K::Daylight } };
    for (SpaceLayout l : allSpaceLayouts())
        out.append({ K::Layout, l });
    out.append({ K::Notes });
    return out;
}

QString columnLabel(const Column &column)
{
    using K = Column::Kind;
    switch (column.kind) {
    case K::Venue:
        return QStringLiteral("Venue");
    case K::City:
        return QStringLiteral("City");
    case K::Space:
        return QStringLiteral("Space");
    case K::PartOf:
        return QStringLiteral("Part of");
    case K::Floor:
        return QStringLiteral("Floor");
    case K::Area:
        return QStringLiteral("Area m²");
    case K::Ceiling:
        return QStringLiteral("Ceiling m");
    case K::Daylight:
        return QStringLiteral("Daylight");
    case K::Layout:
        return spaceLayoutEnglishLabel(column.layout);
    case K::Notes:
        return QStringLiteral("Notes");
    }
    return {};
}

QStringList header()
{
    QStringList out;
    for (const Column &c : allColumns())
        out << columnLabel(c);
    return out;
}

QStringList record(const QString &venueName, const QString &city, const VenueSpace &space,
    const QString &parentName)
{
    using K = Column::Kind;
    QStringList out;
    for (const Column &c : allColumns()) {
        switch (c.kind) {
        case K::Venue:
            out << venueName;
            break;
        case K::City:
            out << city;
            break;
        case K::Space:
            out << space.name;
            break;
        case K::PartOf:
            out << parentName;
            break;
        case K::Floor:
            out << space.floor;
            break;
        case K::Area:
            out << number(space.areaM2);
            break;
        case K::Ceiling:
            out << number(space.ceilingHeightM);
            break;
        case K::Daylight:
            out << (space.hasDaylight
                    ? (*space.hasDaylight ? QStringLiteral("yes") : QStringLiteral("no"))
                    : QString());
            break;
        case K::Layout: {
            const auto capacity = space.capacity(c.layout);
            out << (capacity ? QString::number(*capacity) : QString());
            break;
        }
        case K::Notes:
            out << space.notes;
            break;
        }
    }
    return out;
}

std::optional<Column> columnForHeader(const QString &header)
{
    static const QHash<QString, Column> byName = [] {
        QHash<QString, Column> h;
        for (const Column &c : allColumns()) {
            h.insert(normalized(columnLabel(c)), c);
            for (const QString &alias : aliases(c))
                h.insert(alias, c);
        }
        return h;
    }();
    const auto it = byName.constFind(normalized(header));
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

QString fileNextTo(const QString &venuesCsvPath)
{
    const QFileInfo info(venuesCsvPath);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(QStringLiteral("%1_spaces.%2").arg(info.completeBaseName(), suffix));
}

std::optional<bool> daylightFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true")
        || t == QLatin1String("1") || t == QLatin1String("x"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false")
        || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace VenueMap::Core::VenueSpaceCsv
