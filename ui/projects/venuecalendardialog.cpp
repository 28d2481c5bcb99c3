#include "venuecalendardialog.h"

#include "db/backgroundreader.h"
#include "domain/language.h"
#include "domain/plaintext.h"
#include "repositories/holdrepository.h"
#include "repositories/spacerepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

namespace {

struct MonthData
{
    QList<VenueSpace> spaces;
    QList<Hold> holds;
};

// The firmest hold of a day decides its colour.
int firmness(HoldStatus s)
{
    switch (s) {
    case HoldStatus::Confirmed:
        return 3;
    case HoldStatus::FirstOption:
        return 2;
    case HoldStatus::SecondOption:
    case HoldStatus::Tentative:
    case HoldStatus::Requested:
        return 1;
    case HoldStatus::Released:
    case HoldStatus::Expired:
        break;
    }
    return 0;
}

} // namespace

VenueCalendarDialog::VenueCalendarDialog(const Database &db, const QString &venueId,
    const QString &venueName, const QDate &month, QWidget *parent)
    : QDialog(parent)
    , m_db(std::make_unique<Database>(db))
    , m_venueId(venueId)
    , m_reader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("calendar"))))
    , m_title(new QLabel(this))
    , m_grid(new QTableWidget(this))
{
    setWindowTitle(tr("Calendar of %1").arg(venueName));
    resize(1100, 420);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ &Previous"), this);
    auto *next = new QPushButton(tr("&Next ▶"), this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    row->addWidget(previous);
    row->addWidget(m_title, 1, Qt::AlignCenter);
    row->addWidget(next);
    layout->addLayout(row);
    m_grid->setObjectName(QStringLiteral("calendarGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(22);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(30);
    layout->addWidget(m_grid, 1);
    auto *legend = new QLabel(
        tr("Green: confirmed · amber: first option · light: second option, tentative or "
           "requested · a number: holds competing that day. Hover a day to see the projects."),
        this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(legend);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    showMonth(month);
}

VenueCalendarDialog::~VenueCalendarDialog() = default;

void VenueCalendarDialog::showMonth(const QDate &month)
{
    m_month = QDate(month.year(), month.month(), 1);
    m_title->setText(
        QLocale().toString(m_month, QStringLiteral("MMMM yyyy"))); // the app's language
    m_loading = true;
    const QDate first = m_month;
    const QDate last = m_month.addMonths(1).addDays(-1);
    m_reader->read<MonthData>(
        [venue = m_venueId, first, last](const Database &db) -> Result<MonthData> {
            auto spaces = SpaceRepository(db).fetchSpaces(venue);
            if (!spaces)
                return spaces.error();
            HoldQuery q;
            q.venueId = venue;
            q.from = first;
            q.to = last;
            auto holds = HoldRepository(db, {}).holds(q);
            if (!holds)
                return holds.error();
            return MonthData { *spaces, *holds };
        },
        [this](const Result<MonthData> &data) {
            m_loading = false;
            if (!data) {
                m_title->setText(data.error().sentence());
                return;
            }
            fill(data->spaces, data->holds);
        });
}

void VenueCalendarDialog::fill(const QList<VenueSpace> &spaces, const QList<Hold> &holds)
{
    const int days = m_month.daysInMonth();
    const QLocale en; // the app's language (Preferences)
    m_grid->clear();
    m_grid->setColumnCount(days);
    m_grid->setRowCount(int(spaces.size()) + 1);
    QStringList dayLabels;
    for (int d = 1; d <= days; ++d)
        dayLabels << QStringLiteral("%1\n%2").arg(d).arg(
            en.toString(QDate(m_month.year(), m_month.month(), d), QStringLiteral("ddd")).left(2));
    m_grid->setHorizontalHeaderLabels(dayLabels);
    QStringList rows { tr("Whole venue") };
    for (const VenueSpace &s : spaces)
        rows << s.name;
    m_grid->setVerticalHeaderLabels(rows);
    for (int r = 0; r < rows.size(); ++r) {
        const QString spaceId = r == 0 ? QString() : spaces.at(r - 1).id;
        for (int d = 1; d <= days; ++d) {
            const QDate date(m_month.year(), m_month.month(), d);
            QStringList names;
            int firmest = 0, live = 0;
            for (const Hold &h : holds) {
                if (h.spaceId != spaceId || date < h.start || date > h.end
                    || firmness(h.status) == 0)
                    continue;
                ++live;
                firmest = std::max(firmest, firmness(h.status));
                names << tr("%1: %2 (%3)")
                             .arg(h.projectTitle, holdStatusLabel(h.status),
                                 DateRange { {}, {}, h.start, h.end, false }.label());
            }
            auto *item = new QTableWidgetItem(live > 1 ? QString::number(live) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            if (firmest == 3)
                item->setBackground(QColor(0x8f, 0xcf, 0x9a));
            else if (firmest == 2)
                item->setBackground(QColor(0xf2, 0xc1, 0x5c));
            else if (firmest == 1)
                item->setBackground(QColor(0xfb, 0xe7, 0xb5));
            if (!names.isEmpty())
                item->setToolTip(plainTextToolTip(
                    QStringLiteral("%1, %2\n%3")
                        .arg(rows.at(r), displayDate(date), names.join(QLatin1Char('\n')))));
            m_grid->setItem(r, d - 1, item);
        }
    }
}

} // namespace VenueMap::Ui
