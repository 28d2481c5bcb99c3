#include "spacestable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using Core::SpaceLayout;
using Core::VenueSpace;

namespace {

const QColor kRefused(0xfb, 0xe1, 0xdf);

QString measureText(const std::optional<double> &v)
{
    if (!v)
        return {};
    return QLocale::c().toString(*v, 'g', 10);
}

} // namespace

SpacesTable::SpacesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add Space"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("spacesTable"));
    m_notes->setObjectName(QStringLiteral("spaceNotesEdit"));
    m_problems->setObjectName(QStringLiteral("spacesProblems"));
    m_warnings->setObjectName(QStringLiteral("spacesWarnings"));
    QStringList headers { tr("Name"), tr("Floor"), tr("Area m²"), tr("Ceiling m"), tr("Daylight"),
        tr("Part of") };
    // Long layout names on two lines, so that eight of them fit a laptop's width.
    for (SpaceLayout l : Core::allSpaceLayouts()) {
        QString label = Core::spaceLayoutLabel(l);
        if (label.size() > 9 && label.contains(QLatin1Char(' ')))
            label[label.indexOf(QLatin1Char(' '))] = QLatin1Char('\n');
        headers << label;
    }
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    for (SpaceLayout l : Core::allSpaceLayouts())
        m_table->horizontalHeaderItem(columnOf(l))
            ->setToolTip(tr("Guests in the %1 layout").arg(Core::spaceLayoutLabel(l).toLower()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(false);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setDefaultAlignment(Qt::AlignCenter);
    const QFontMetrics fm = fontMetrics();
    // As wide as a usual value and as the column's title in the language shown.
    const auto fit = [this, h](int column, int valueWidth) {
        m_table->setColumnWidth(column, std::max(valueWidth, h->sectionSizeHint(column)));
    };
    fit(Name, fm.horizontalAdvance(QStringLiteral("Grand Hall Section C")));
    fit(Floor, fm.horizontalAdvance(QStringLiteral("Ground floor")) + 12);
    fit(Area, fm.horizontalAdvance(QStringLiteral("10000")) + 20);
    fit(Ceiling, fm.horizontalAdvance(QStringLiteral("10.5")) + 20);
    fit(Daylight, fm.horizontalAdvance(QStringLiteral("Yes")) + 40);
    fit(PartOf, fm.horizontalAdvance(QStringLiteral("Grand Hall")) + 44);
    const QFontMetrics hfm = h->fontMetrics();
    for (SpaceLayout l : Core::allSpaceLayouts()) {
        int widest = fm.horizontalAdvance(QStringLiteral("100000"));
        for (const QString &line : headers.at(columnOf(l)).split(QLatin1Char('\n')))
            widest = std::max(widest, hfm.horizontalAdvance(line));
        m_table->setColumnWidth(columnOf(l), widest + 18);
    }
    h->setStretchLastSection(false);
    h->setSectionResizeMode(Name, QHeaderView::Stretch);

    m_notes->setMaximumHeight(fm.lineSpacing() * 3 + 12);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Access, pillars, blackout, what divides it…"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    m_notesLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *hint = new QLabel(
        tr("Capacities are guests per layout; leave a layout empty when the space is not set up "
           "that way."),
        this);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    buttons->addWidget(hint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);

    connect(m_add, &QPushButton::clicked, this, &SpacesTable::addSpace);
    connect(m_remove, &QPushButton::clicked, this, &SpacesTable::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &SpacesTable::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SpacesTable::currentRowChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_table->currentRow();
        if (m_filling || row < 0 || row >= m_rows.size())
            return;
        m_rows[row].notes = m_notes->toPlainText();
        if (QTableWidgetItem *item = m_table->item(row, Name))
            item->setToolTip(m_rows[row].notes);
        Q_EMIT edited();
    });
    setSpaces({});
}

int SpacesTable::columnOf(SpaceLayout layout) const
{
    return FirstLayout + int(Core::allSpaceLayouts().indexOf(layout));
}

void SpacesTable::setSpaces(const QList<VenueSpace> &spaces)
{
    m_fetched = spaces;
    m_fetchedById.clear();
    m_rows.clear();
    for (const VenueSpace &s : spaces) {
        m_fetchedById.insert(s.id, s);
        Row r;
        r.id = s.id;
        r.name = s.name;
        r.floor = s.floor;
        r.area = measureText(s.areaM2);
        r.ceiling = measureText(s.ceilingHeightM);
        r.daylight = s.hasDaylight;
        r.parentId = s.parentId;
        for (SpaceLayout l : Core::allSpaceLayouts())
            r.capacities << (s.capacity(l) ? QString::number(*s.capacity(l)) : QString());
        r.notes = s.notes;
        m_rows << r;
    }
    rebuild(m_rows.isEmpty() ? -1 : 0);
    m_shown = snapshot();
}

QComboBox *SpacesTable::parentChooser(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, PartOf));
}

QComboBox *SpacesTable::daylightChooser(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Daylight));
}

void SpacesTable::rebuild(int current)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        fillRow(row);
    refreshParents();
    m_filling = false;
    if (current >= 0 && current < m_rows.size())
        m_table->setCurrentCell(current, Name);
    currentRowChanged();
    recheck();
}

void SpacesTable::fillRow(int row)
{
    const Row &r = m_rows.at(row);
    auto text = [this, row](int column, const QString &value, Qt::Alignment align) {
        auto *item = new QTableWidgetItem(value);
        item->setTextAlignment(align | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    text(Name, r.name, Qt::AlignLeft)->setToolTip(r.notes);
    text(Floor, r.floor, Qt::AlignLeft);
    text(Area, r.area, Qt::AlignRight);
    text(Ceiling, r.ceiling, Qt::AlignRight);
    for (int i = 0; i < r.capacities.size(); ++i)
        text(FirstLayout + i, r.capacities.at(i), Qt::AlignRight);

    auto *daylight = new QComboBox;
    daylight->addItem(QStringLiteral("—"));
    daylight->addItem(tr("Yes"), true);
    daylight->addItem(tr("No"), false);
    daylight->setCurrentIndex(!r.daylight ? 0 : (*r.daylight ? 1 : 2));
    daylight->setToolTip(tr("Whether the space has daylight (—: not known)"));
    connect(daylight, &QComboBox::currentIndexChanged, this, [this, daylight](int index) {
        if (m_filling)
            return;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_table->cellWidget(row, Daylight) == daylight) {
                m_rows[row].daylight = index == 0 ? std::nullopt : std::optional<bool>(index == 1);
                Q_EMIT edited();
            }
    });
    m_table->setCellWidget(row, Daylight, daylight);

    auto *parent = new QComboBox;
    parent->setToolTip(tr("The hall this space is a part of, when the hall divides"));
    connect(parent, &QComboBox::currentIndexChanged, this, [this, parent] {
        if (m_filling)
            return;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_table->cellWidget(row, PartOf) == parent) {
                m_rows[row].parentId = parent->currentData().toString();
                recheck();
                Q_EMIT edited();
            }
    });
    m_table->setCellWidget(row, PartOf, parent);
}

void SpacesTable::refreshParents()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        QComboBox *box = parentChooser(row);
        if (!box)
            continue;
        box->clear();
        box->addItem(QStringLiteral("—"), QString());
        for (int other = 0; other < m_rows.size(); ++other)
            if (other != row)
                box->addItem(m_rows.at(other).name.trimmed().isEmpty()
                        ? tr("(space %1)").arg(other + 1)
                        : m_rows.at(other).name.trimmed(),
                    m_rows.at(other).id);
        const int at = box->findData(m_rows.at(row).parentId);
        box->setCurrentIndex(at < 0 ? 0 : at);
    }
    m_filling = wasFilling;
}

void SpacesTable::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_rows.size())
        return;
    const QString text = m_table->item(row, column)->text();
    Row &r = m_rows[row];
    switch (column) {
    case Name:
        r.name = text;
        refreshParents();
        currentRowChanged();
        break;
    case Floor:
        r.floor = text;
        break;
    case Area:
        r.area = text;
        break;
    case Ceiling:
        r.ceiling = text;
        break;
    default:
        if (column >= FirstLayout && column - FirstLayout < r.capacities.size())
            r.capacities[column - FirstLayout] = text;
        break;
    }
    recheck();
    Q_EMIT edited();
}

void SpacesTable::currentRowChanged()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_rows.size();
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_rows.size());
    m_notes->setEnabled(valid);
    const bool wasFilling = m_filling;
    m_filling = true;
    if (valid) {
        const QString name = m_rows.at(row).name.trimmed();
        m_notesLabel->setText(
            name.isEmpty() ? tr("Notes on the new space") : tr("Notes on %1").arg(name));
        if (m_notes->toPlainText() != m_rows.at(row).notes)
            m_notes->setPlainText(m_rows.at(row).notes);
    } else {
        m_notesLabel->setText(tr("Notes on the current space"));
        m_notes->clear();
    }
    m_filling = wasFilling;
}

std::optional<double> SpacesTable::parseMeasure(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = QLocale::c().toDouble(QString(t).replace(QLatin1Char(','), QLatin1Char('.')), ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

VenueSpace SpacesTable::spaceOf(const Row &r, int index, QStringList *problems) const
{
    VenueSpace s = m_fetchedById.value(r.id);
    s.id = r.id;
    s.name = r.name.trimmed();
    s.floor = r.floor.trimmed();
    s.parentId = r.parentId;
    s.hasDaylight = r.daylight;
    s.notes = r.notes;
    s.sortOrder = index;
    const QString called = s.name.isEmpty()
        ? tr("space %1").arg(index + 1)
        : tr("\"%1\"", "a space's name quoted in a sentence").arg(s.name);
    bool ok = true;
    s.areaM2 = parseMeasure(r.area, &ok);
    if (!ok && problems)
        *problems << tr("The area of %1 is not a number (\"%2\"); type it in m², e.g. 420.")
                         .arg(called, r.area.trimmed());
    s.ceilingHeightM = parseMeasure(r.ceiling, &ok);
    if (!ok && problems)
        *problems << tr("The ceiling height of %1 is not a number (\"%2\"); type it in m, e.g. "
                        "4.5.")
                         .arg(called, r.ceiling.trimmed());
    s.capacities.clear();
    const QList<SpaceLayout> layouts = Core::allSpaceLayouts();
    for (int i = 0; i < layouts.size() && i < r.capacities.size(); ++i) {
        const Core::SpaceCapacityParse p
            = Core::parseSpaceCapacity(s.name, layouts.at(i), r.capacities.at(i));
        if (!p.problem.isEmpty() && problems)
            *problems << p.problem;
        else if (p.value)
            s.capacities.insert(layouts.at(i), *p.value);
    }
    return s;
}

QList<VenueSpace> SpacesTable::spaces(QStringList *problems) const
{
    QList<VenueSpace> out;
    for (int i = 0; i < m_rows.size(); ++i)
        out << spaceOf(m_rows.at(i), i, problems);
    return out;
}

QStringList SpacesTable::problems() const
{
    QStringList problems;
    const QList<VenueSpace> read = spaces(&problems);
    problems << Core::validateSpaces(read);
    problems.removeDuplicates(); // a capacity out of range is said once
    return problems;
}

QStringList SpacesTable::warnings() const
{
    QStringList out;
    for (const VenueSpace &s : spaces()) {
        const auto board = s.capacity(SpaceLayout::Boardroom);
        const auto theatre = s.capacity(SpaceLayout::Theatre);
        if (board && theatre && *board > *theatre)
            out << tr("%1 seats %2 as a boardroom but only %3 as a theatre; a boardroom usually "
                      "seats fewer. It is saved as typed.")
                       .arg(s.name.isEmpty() ? tr("A space") : s.name)
                       .arg(*board)
                       .arg(*theatre);
    }
    return out;
}

void SpacesTable::recheck()
{
    // Each capacity cell says at once whether it can be read; the typed text stays.
    const bool wasFilling = m_filling;
    m_filling = true;
    const QList<SpaceLayout> layouts = Core::allSpaceLayouts();
    QStringList cellProblems;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int i = 0; i < layouts.size(); ++i) {
            QTableWidgetItem *item = m_table->item(row, FirstLayout + i);
            if (!item)
                continue;
            const auto p = Core::parseSpaceCapacity(
                m_rows.at(row).name, layouts.at(i), m_rows.at(row).capacities.value(i));
            item->setBackground(p.problem.isEmpty() ? QBrush() : QBrush(kRefused));
            item->setToolTip(p.problem);
            if (!p.problem.isEmpty())
                cellProblems << p.problem;
        }
    }
    m_filling = wasFilling;
    // Refused cells are told at once; the other problems wait for Save, but go when fixed.
    if (!cellProblems.isEmpty() || !m_problems->isHidden()) {
        QStringList now = cellProblems;
        if (!m_problems->isHidden())
            for (const QString &p : problems())
                if (!now.contains(p))
                    now << p;
        showProblems(now);
    }
    const QStringList w = warnings();
    m_warnings->setText(w.join(QLatin1Char('\n')));
    m_warnings->setVisible(!w.isEmpty());
}

void SpacesTable::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

QString SpacesTable::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString SpacesTable::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void SpacesTable::addSpace()
{
    Row r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < Core::allSpaceLayouts().size(); ++i)
        r.capacities << QString();
    const int at = m_table->currentRow() < 0 ? int(m_rows.size()) : m_table->currentRow() + 1;
    m_rows.insert(at, r);
    rebuild(at);
    m_table->setFocus();
    m_table->editItem(m_table->item(at, Name));
    Q_EMIT edited();
}

void SpacesTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const QString id = m_rows.at(row).id;
    m_rows.removeAt(row);
    for (Row &r : m_rows)
        if (r.parentId == id)
            r.parentId.clear(); // its parts stay, as spaces of their own
    rebuild(std::min(row, int(m_rows.size()) - 1));
    Q_EMIT edited();
}

void SpacesTable::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return;
    const int column = m_table->currentColumn();
    m_rows.move(row, to);
    rebuild(to);
    m_table->setCurrentCell(to, column < 0 ? Name : column);
    Q_EMIT edited();
}

QString SpacesTable::snapshot() const
{
    QStringList parts;
    for (const Row &r : m_rows)
        parts << QStringList { r.id, r.name.trimmed(), r.floor.trimmed(), r.area.trimmed(),
            r.ceiling.trimmed(), r.daylight ? QString::number(*r.daylight) : QString(), r.parentId,
            r.capacities.join(QLatin1Char('\x1e')), r.notes }
                     .join(QLatin1Char('\x1d'));
    return parts.join(QLatin1Char('\x1c'));
}

bool SpacesTable::hasChanges() const
{
    return snapshot() != m_shown;
}

} // namespace VenueMap::Ui
