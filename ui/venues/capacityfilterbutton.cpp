#include "capacityfilterbutton.h"

#include "spinboxtyping.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using Core::SpaceLayout;
using Core::VenueFilter;

namespace {

// Wide enough for "200+ Theatre, 4 × 30 Classroom" on a laptop; narrower in a 1024-pixel window.
constexpr int kButtonWidth = 250;
constexpr int kNarrowestButton = 150;

QSpinBox *newSeatsSpin(QWidget *parent, const QString &name, const QString &special)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, Core::kMaxLayoutCapacity);
    spin->setSingleStep(10);
    spin->setSpecialValueText(special);
    typeOverSpecialText(spin);
    spin->setAccelerated(true);
    spin->setMinimumWidth(80);
    return spin;
}

// Closes the popup on Return (as Esc does) and remembers when it closed: the click on the button
// that closed it must not open it again.
class ClosedAt : public QObject
{
public:
    using QObject::QObject;
    QElapsedTimer timer;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide)
            timer.start();
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                static_cast<QWidget *>(watched)->hide();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

CapacityFilterButton::CapacityFilterButton(QWidget *parent)
    : QToolButton(parent)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_min(new QSpinBox(m_popup))
    , m_max(new QSpinBox(m_popup))
    , m_layout(new QComboBox(m_popup))
    , m_seats(newSeatsSpin(m_popup, QStringLiteral("roomSeatsAtLeast"), tr("any number")))
    , m_rooms(new QSpinBox(m_popup))
    , m_roomSeats(newSeatsSpin(m_popup, QStringLiteral("breakoutSeatsAtLeast"), tr("any size")))
    , m_roomLayout(new QComboBox(m_popup))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Capacity and rooms"));
    // One width whatever is chosen (sizeHint() ignores the text), so the filter row never shifts
    // under the mouse; what does not fit is elided, the whole choice is in the tooltip.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_popup->setObjectName(QStringLiteral("capacityFilterPopup"));
    const std::pair<QSpinBox *, const char *> ends[]
        = { { m_min, "minCapacitySpin" }, { m_max, "maxCapacitySpin" } };
    for (auto [spin, name] : ends) {
        spin->setObjectName(QLatin1String(name));
        spin->setRange(0, 1000000);
        spin->setSingleStep(50);
        spin->setAccelerated(true);
        spin->setMinimumWidth(90);
    }
    m_min->setPrefix(tr("from "));
    m_max->setPrefix(tr("to "));
    m_min->setSpecialValueText(tr("no minimum"));
    m_max->setSpecialValueText(tr("no maximum"));
    typeOverSpecialText(m_min);
    typeOverSpecialText(m_max);
    typeOverSpecialText(m_rooms);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_layout->setObjectName(QStringLiteral("roomLayoutCombo"));
    m_layout->addItem(tr("Any layout"), QString());
    m_roomLayout->setObjectName(QStringLiteral("breakoutLayoutCombo"));
    for (SpaceLayout layout : Core::allSpaceLayouts()) {
        m_layout->addItem(Core::spaceLayoutLabel(layout), Core::spaceLayoutKey(layout));
        m_roomLayout->addItem(Core::spaceLayoutLabel(layout), Core::spaceLayoutKey(layout));
    }
    m_roomLayout->setCurrentIndex(m_roomLayout->findData(
        Core::spaceLayoutKey(SpaceLayout::Classroom))); // what breakouts usually are
    m_rooms->setObjectName(QStringLiteral("breakoutRoomsSpin"));
    m_rooms->setRange(0, 99);
    m_rooms->setSpecialValueText(tr("none", "no breakout rooms"));
    m_rooms->setMinimumWidth(64);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *venueRow = new QHBoxLayout;
    venueRow->addWidget(m_min);
    venueRow->addWidget(m_max);
    venueRow->addWidget(new QLabel(tr("guests"), m_popup));
    venueRow->addStretch();
    auto *venueLabel = new QLabel(tr("&Venue holds"), m_popup);
    venueLabel->setBuddy(m_min);
    form->addRow(venueLabel, venueRow);
    auto *mainRow = new QHBoxLayout;
    mainRow->addWidget(m_layout);
    mainRow->addWidget(new QLabel(tr("seating at least"), m_popup));
    mainRow->addWidget(m_seats);
    mainRow->addStretch();
    auto *mainLabel = new QLabel(tr("&One room"), m_popup);
    mainLabel->setBuddy(m_layout);
    form->addRow(mainLabel, mainRow);
    auto *breakoutRow = new QHBoxLayout;
    breakoutRow->addWidget(m_rooms);
    breakoutRow->addWidget(new QLabel(tr("×"), m_popup));
    breakoutRow->addWidget(m_roomSeats);
    breakoutRow->addWidget(new QLabel(tr("in", "breakout rooms in a layout"), m_popup));
    breakoutRow->addWidget(m_roomLayout);
    breakoutRow->addStretch();
    auto *breakoutLabel = new QLabel(tr("&Breakout rooms"), m_popup);
    breakoutLabel->setBuddy(m_rooms);
    form->addRow(breakoutLabel, breakoutRow);

    auto *hint = new QLabel(tr("A venue holds what its largest room seats. A room counts when it "
                               "seats the number in that layout; a divisible hall counts as its "
                               "parts for breakouts."),
        m_popup);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    auto *clear = new QPushButton(tr("Any capacity"), m_popup);
    clear->setObjectName(QStringLiteral("anyCapacityButton"));
    clear->setToolTip(tr("Clear the capacity, room and breakout choices"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);

    auto *title = new QLabel(tr("Capacity, rooms and layouts"), m_popup);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *box = new QVBoxLayout(m_popup);
    box->addWidget(title);
    box->addLayout(form);
    box->addWidget(hint);
    box->addLayout(buttons);
    // The hint wraps at the width of the two rows, not wider.
    hint->setMaximumWidth(form->sizeHint().width() + 40);

    auto *closedAt = new ClosedAt(this);
    m_popup->installEventFilter(closedAt);
    connect(this, &QToolButton::clicked, this, [this, closedAt] {
        if (closedAt->timer.isValid() && closedAt->timer.elapsed() < 250)
            return; // this click closed it
        showPopup();
    });
    connect(m_min, &QSpinBox::valueChanged, this, &CapacityFilterButton::onEdited);
    connect(m_max, &QSpinBox::valueChanged, this, &CapacityFilterButton::onEdited);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &CapacityFilterButton::onEdited);
    connect(m_seats, &QSpinBox::valueChanged, this, &CapacityFilterButton::onEdited);
    connect(m_rooms, &QSpinBox::valueChanged, this, &CapacityFilterButton::onEdited);
    connect(m_roomSeats, &QSpinBox::valueChanged, this, &CapacityFilterButton::onEdited);
    connect(m_roomLayout, &QComboBox::currentIndexChanged, this, &CapacityFilterButton::onEdited);
    connect(clear, &QPushButton::clicked, this, [this] {
        VenueFilter none;
        setFilter(none);
        Q_EMIT changed();
    });
    updateEnabled();
    updateText();
}

void CapacityFilterButton::showPopup()
{
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        at.setX(std::max(room.left(), std::min(at.x(), room.right() - m_popup->width())));
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    m_min->setFocus(Qt::PopupFocusReason);
}

QSize CapacityFilterButton::sizeHint() const
{
    return { kButtonWidth, QToolButton::sizeHint().height() };
}

QSize CapacityFilterButton::minimumSizeHint() const
{
    return { kNarrowestButton, QToolButton::minimumSizeHint().height() };
}

void CapacityFilterButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    updateText();
}

void CapacityFilterButton::paintEvent(QPaintEvent *)
{
    // Drawn with the arrow of a button that opens a menu, as the Facilities button beside it.
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.features |= QStyleOptionToolButton::HasMenu;
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

void CapacityFilterButton::setFilter(const VenueFilter &filter)
{
    m_setting = true;
    m_min->setValue(filter.minCapacity.value_or(0));
    m_max->setValue(filter.maxCapacity.value_or(0));
    m_layout->setCurrentIndex(
        filter.layout ? m_layout->findData(Core::spaceLayoutKey(*filter.layout)) : 0);
    m_seats->setValue(filter.layout ? filter.layoutCapacity : 0);
    const bool breakouts = filter.rooms > 0 && filter.roomLayout;
    m_rooms->setValue(breakouts ? filter.rooms : 0);
    m_roomSeats->setValue(breakouts ? filter.roomCapacity : 0);
    m_roomLayout->setCurrentIndex(m_roomLayout->findData(
        Core::spaceLayoutKey(breakouts ? *filter.roomLayout : SpaceLayout::Classroom)));
    m_setting = false;
    updateEnabled();
    updateText();
}

void CapacityFilterButton::applyTo(VenueFilter &filter) const
{
    filter.minCapacity = m_min->value() > 0 ? std::optional<int>(m_min->value()) : std::nullopt;
    filter.maxCapacity = m_max->value() > 0 ? std::optional<int>(m_max->value()) : std::nullopt;
    filter.layout = Core::spaceLayoutFromText(m_layout->currentData().toString());
    filter.layoutCapacity = filter.layout ? m_seats->value() : 0;
    filter.rooms = m_rooms->value();
    filter.roomLayout = filter.rooms > 0
        ? Core::spaceLayoutFromText(m_roomLayout->currentData().toString())
        : std::nullopt;
    if (!filter.roomLayout)
        filter.rooms = 0;
    filter.roomCapacity = filter.rooms > 0 ? m_roomSeats->value() : 0;
}

void CapacityFilterButton::onEdited()
{
    if (m_setting)
        return;
    updateEnabled();
    updateText();
    Q_EMIT changed();
}

void CapacityFilterButton::updateEnabled()
{
    // A number of seats means nothing without the layout it is counted in.
    m_seats->setEnabled(m_layout->currentIndex() > 0);
    m_roomSeats->setEnabled(m_rooms->value() > 0);
    m_roomLayout->setEnabled(m_rooms->value() > 0);
}

void CapacityFilterButton::updateText()
{
    VenueFilter f;
    applyTo(f);
    const QStringList chosen = describe(f);
    const QString shown
        = chosen.isEmpty() ? tr("Capacity: any") : chosen.join(QStringLiteral(", "));
    // Before the layout gave it a width, the width it asks for.
    const int room = testAttribute(Qt::WA_Resized) || isVisible() ? width() : sizeHint().width();
    setText(fontMetrics().elidedText(shown, Qt::ElideRight, room - 24));
    QStringList said;
    if (!chosen.isEmpty() && (f.minCapacity || f.maxCapacity))
        said << chosen.first();
    if (const QString rooms = roomsPhrase(f); !rooms.isEmpty())
        said << rooms;
    setToolTip(said.isEmpty()
            ? tr("Filter by the guests a venue holds, or by its rooms in a layout")
            : tr("Capacity: %1").arg(said.join(QStringLiteral("; "))));
}

QStringList CapacityFilterButton::describe(const VenueFilter &f)
{
    const QLocale locale;
    QStringList out;
    if (f.minCapacity && f.maxCapacity)
        out << tr("%1–%2 guests")
                   .arg(locale.toString(*f.minCapacity), locale.toString(*f.maxCapacity));
    else if (f.minCapacity)
        out << tr("%1+ guests").arg(locale.toString(*f.minCapacity));
    else if (f.maxCapacity)
        out << tr("up to %1 guests").arg(locale.toString(*f.maxCapacity));
    if (f.layout)
        out << (f.layoutCapacity > 0 ? tr("%1+ %2").arg(
                    locale.toString(f.layoutCapacity), Core::spaceLayoutLabel(*f.layout))
                                     : tr("Any %1").arg(Core::spaceLayoutLabel(*f.layout)));
    if (f.rooms > 0 && f.roomLayout)
        out << (f.roomCapacity > 0
                ? tr("%1 × %2 %3")
                      .arg(locale.toString(f.rooms), locale.toString(f.roomCapacity),
                          Core::spaceLayoutLabel(*f.roomLayout))
                : tr("%1 × %2").arg(
                    locale.toString(f.rooms), Core::spaceLayoutLabel(*f.roomLayout)));
    return out;
}

QString CapacityFilterButton::roomsPhrase(const VenueFilter &f)
{
    const QLocale locale;
    QStringList parts;
    if (f.layout)
        parts << (f.layoutCapacity > 0
                ? tr("a room for %1+ %2")
                      .arg(locale.toString(f.layoutCapacity), Core::spaceLayoutLabel(*f.layout))
                : tr("a room with a %1 layout").arg(Core::spaceLayoutLabel(*f.layout)));
    if (f.rooms > 0 && f.roomLayout)
        parts << (f.roomCapacity > 0
                ? tr("%1 × %2 %3 breakout rooms")
                      .arg(locale.toString(f.rooms), locale.toString(f.roomCapacity),
                          Core::spaceLayoutLabel(*f.roomLayout))
                : (f.rooms == 1 ? tr("a %1 breakout room")
                                : tr("%1 %2 breakout rooms").arg(locale.toString(f.rooms)))
                      .arg(Core::spaceLayoutLabel(*f.roomLayout)));
    return parts.join(tr(" and "));
}

} // namespace VenueMap::Ui
