#include "spaceslist.h"

#include "capacityfilterbutton.h"
#include "db/backgroundreader.h"
#include "repositories/spacerepository.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace VenueMap::Ui {

using Core::SpaceLayout;
using Core::VenueFilter;
using Core::VenueSpace;

namespace {
constexpr int kIndentPerLevel = 18;

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}
} // namespace

SpacesList::SpacesList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_message(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_message->setObjectName(QStringLiteral("spacesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #555;"));
    m_layout->addWidget(m_message);
    m_message->hide();
}

SpacesList::~SpacesList() = default;

void SpacesList::setDatabase(const Core::Database &db)
{
    m_reader = std::make_unique<Core::BackgroundReader>(
        db, Core::uniqueConnectionName(db, QStringLiteral("venue-spaces")));
}

void SpacesList::setVenue(const std::optional<Core::Venue> &venue, const VenueFilter &filter)
{
    m_filter = filter;
    if (!venue || !m_reader) {
        if (m_reader)
            m_reader->cancel();
        m_reading = false;
        m_readKey.clear();
        m_spaces.clear();
        showMessage(QString());
        return;
    }
    // Again after a save: the spaces may have changed with the venue.
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(venue->id)
                            .arg(venue->version)
                            .arg(venue->updatedAt.toMSecsSinceEpoch())
                            .arg(venue->capacity.value_or(-1));
    if (key == m_readKey) {
        applyHighlight();
        return;
    }
    if (m_readKey.section(QLatin1Char('|'), 0, 0) != venue->id) {
        m_spaces.clear();
        showMessage(tr("Reading the rooms…"));
    }
    m_readKey = key;
    m_reading = true;
    m_reader->read<QList<VenueSpace>>(
        [id = venue->id](
            const Core::Database &db) { return Core::SpaceRepository(db).fetchSpaces(id); },
        [this](const Core::Result<QList<VenueSpace>> &spaces) {
            m_reading = false;
            if (spaces) {
                m_spaces = *spaces;
                setSpaces(m_spaces, m_filter);
            } else {
                m_spaces.clear();
                showMessage(tr("The rooms could not be read: %1").arg(spaces.error().sentence()));
            }
            Q_EMIT spacesRead();
        });
}

void SpacesList::clear()
{
    for (const Entry &e : std::as_const(m_entries))
        delete e.headline->parentWidget();
    m_entries.clear();
}

void SpacesList::showMessage(const QString &text)
{
    clear();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SpacesList::setSpaces(const QList<VenueSpace> &spaces, const VenueFilter &filter)
{
    clear();
    m_filter = filter;
    if (spaces.isEmpty()) {
        m_message->setText(tr("No rooms recorded."));
        m_message->show();
        return;
    }
    m_message->hide();

    // Each hall followed by its parts (in the venue's order); a space whose parent is not among
    // them stands on its own, and nothing is shown twice whatever the parents say.
    QHash<QString, const VenueSpace *> byId;
    QHash<QString, QList<const VenueSpace *>> parts;
    for (const VenueSpace &s : spaces)
        byId.insert(s.id, &s);
    for (const VenueSpace &s : spaces)
        if (!s.parentId.isEmpty() && byId.contains(s.parentId))
            parts[s.parentId] << &s;
    QSet<QString> shown;
    std::function<void(const VenueSpace &, int)> add = [&](const VenueSpace &s, int depth) {
        if (shown.contains(s.id))
            return;
        shown.insert(s.id);
        Entry e;
        e.space = s;
        e.depth = depth;
        e.hasParts = parts.contains(s.id);
        if (!s.parentId.isEmpty() && byId.contains(s.parentId))
            e.parentName = byId.value(s.parentId)->name;
        m_entries << e;
        for (const VenueSpace *part : parts.value(s.id))
            add(*part, depth + 1);
    };
    for (const VenueSpace &s : spaces)
        if (s.parentId.isEmpty() || !byId.contains(s.parentId))
            add(s, 0);
    for (const VenueSpace &s : spaces) // parents in a cycle: shown as they come
        add(s, 0);

    for (Entry &e : m_entries) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(e.depth * kIndentPerLevel, 0, 0, 0);
        boxLayout->setSpacing(0);
        e.headline = new QLabel(headline(e.space, e.parentName), box);
        e.headline->setObjectName(QStringLiteral("spaceHeadline"));
        e.headline->setTextFormat(Qt::PlainText);
        e.headline->setWordWrap(true);
        e.headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(e.headline);
        QStringList grey;
        if (const QString d = detailLine(e.space); !d.isEmpty())
            grey << d;
        if (!e.space.notes.trimmed().isEmpty())
            grey << e.space.notes.trimmed();
        if (!grey.isEmpty()) {
            e.details = new QLabel(grey.join(QLatin1Char('\n')), box);
            e.details->setObjectName(QStringLiteral("spaceDetails"));
            e.details->setTextFormat(Qt::PlainText);
            e.details->setWordWrap(true);
            e.details->setStyleSheet(QStringLiteral("color: #666;"));
            QFont small = e.details->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            e.details->setFont(small);
            boxLayout->addWidget(e.details);
        }
        m_layout->addWidget(box);
    }
    applyHighlight();
}

void SpacesList::setFilter(const VenueFilter &filter)
{
    m_filter = filter;
    applyHighlight();
}

void SpacesList::applyHighlight()
{
    const QString why = CapacityFilterButton::describe(m_filter).join(QStringLiteral(", "));
    for (Entry &e : m_entries) {
        const bool on = matches(e.space, e.hasParts, m_filter);
        QFont f = e.headline->font();
        f.setBold(on);
        e.headline->setFont(f);
        // Built from layout names and numbers only: no stored text reaches the tooltip.
        e.headline->setToolTip(on ? tr("Matches the room filter (%1)").arg(why) : QString());
    }
}

QStringList SpacesList::lines() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        QString line = QString(e.depth * 2, QLatin1Char(' ')) + e.headline->text();
        out << line.replace(QChar::Nbsp, QLatin1Char(' '));
    }
    return out;
}

QStringList SpacesList::highlighted() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        if (e.headline->font().bold())
            out << e.space.name;
    return out;
}

QStringList SpacesList::details() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << (e.details ? e.details->text() : QString());
    return out;
}

QString SpacesList::headline(const VenueSpace &space, const QString &parentName)
{
    const QLocale locale;
    const QString name
        = parentName.isEmpty() ? space.name : tr("%1 (part of %2)").arg(space.name, parentName);
    QStringList capacities;
    for (SpaceLayout layout : Core::allSpaceLayouts())
        if (const auto n = space.capacity(layout))
            // "Classroom 80" is never split over two lines.
            capacities << QStringLiteral("%1 %2")
                              .arg(Core::spaceLayoutLabel(layout), locale.toString(*n))
                              .replace(QLatin1Char(' '), QChar::Nbsp);
    if (capacities.isEmpty())
        return tr("%1 — no capacities recorded").arg(name);
    return QStringLiteral("%1 — %2").arg(name, capacities.join(QStringLiteral(" · ")));
}

QString SpacesList::detailLine(const VenueSpace &space)
{
    QStringList parts;
    const QString floor = space.floor.trimmed();
    if (!floor.isEmpty()) {
        // "2" or "-1" reads as a floor number; "Ground floor" or "Rooftop" as it is.
        bool numeric = false;
        floor.toInt(&numeric);
        parts << (numeric ? tr("Floor %1").arg(floor) : floor);
    }
    if (space.areaM2)
        parts << tr("%1 m²").arg(number(*space.areaM2));
    if (space.ceilingHeightM)
        parts << tr("%1 m ceiling").arg(number(*space.ceilingHeightM));
    if (space.hasDaylight)
        parts << (*space.hasDaylight ? tr("daylight") : tr("no daylight"));
    return parts.join(QStringLiteral(" · "));
}

bool SpacesList::matches(const VenueSpace &space, bool hasParts, const VenueFilter &filter)
{
    if (filter.layout) {
        const auto n = space.capacity(*filter.layout);
        if (n && *n >= filter.layoutCapacity)
            return true;
    }
    if (filter.rooms > 0 && filter.roomLayout && !hasParts) {
        const auto n = space.capacity(*filter.roomLayout);
        if (n && *n >= filter.roomCapacity)
            return true;
    }
    return false;
}

std::optional<SpacesList::Largest> SpacesList::largest(const QList<VenueSpace> &spaces)
{
    std::optional<Largest> best;
    for (const VenueSpace &s : spaces)
        for (SpaceLayout layout : Core::allSpaceLayouts())
            if (const auto n = s.capacity(layout); n && (!best || *n > best->capacity))
                best = Largest { s.name, layout, *n };
    return best;
}

} // namespace VenueMap::Ui
