#include "reportspage.h"
#include "db/backgroundreader.h"
#include "domain/plaintext.h"

#include "domain/declinecode.h"
#include "repositories/outreachrepository.h"
#include "repositories/reportrepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QShowEvent>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace VenueMap::Ui {

using namespace Core;

ReportsPage::ReportsPage(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_reader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("reports"))))
    , m_declinesReader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("reports-declines"))))
    , m_declinesBy(new QComboBox(this))
    , m_declines(new QTreeWidget(this))
    , m_declinesEmpty(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_error->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *back = new QToolButton(this);
    back->setText(tr("← All projects"));
    back->setAutoRaise(true);
    auto *title = new QLabel(tr("Reports"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    header->addWidget(back);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refresh);
    layout->addLayout(header);
    m_error->setStyleSheet(QStringLiteral("color: #b03020;"));
    m_error->hide();
    layout->addWidget(m_error);
    // The charts keep the height their labels need and scroll on a small screen, so the page
    // never makes the window taller than a laptop's.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *chart = new QChartView(content);
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumHeight(240);
        auto *table = new QTreeWidget(content);
        table->setRootIsDecorated(false);
        table->setAlternatingRowColors(true);
        table->setHeaderLabels({ tr("Name"), tr("Count", "column header: how many") });
        table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->setMaximumWidth(300);
        table->setMinimumWidth(180);
        m_charts << chart;
        m_tables << table;
    }
    grid->addWidget(m_charts[0], 0, 0, 1, 1);
    grid->addWidget(m_tables[0], 0, 1);
    grid->addWidget(m_charts[1], 1, 0);
    grid->addWidget(m_tables[1], 1, 1);
    grid->addWidget(m_charts[2], 2, 0);
    grid->addWidget(m_tables[2], 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);

    // Declines by reason, per venue or per city, every project and every day.
    auto *declines = new QWidget(content);
    auto *declinesLayout = new QVBoxLayout(declines);
    declinesLayout->setContentsMargins(0, 8, 0, 0);
    auto *declinesHeader = new QHBoxLayout;
    auto *declinesTitle = new QLabel(tr("Declines by reason"), declines);
    declinesTitle->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    m_declinesBy->setParent(declines);
    m_declinesBy->setObjectName(QStringLiteral("declinesGrouping"));
    m_declinesBy->addItem(tr("By venue"), int(OutreachRepository::DeclineGrouping::Venue));
    m_declinesBy->addItem(tr("By city"), int(OutreachRepository::DeclineGrouping::City));
    declinesHeader->addWidget(declinesTitle);
    declinesHeader->addWidget(m_declinesBy);
    declinesHeader->addStretch();
    declinesLayout->addLayout(declinesHeader);
    m_declines->setParent(declines);
    m_declines->setObjectName(QStringLiteral("declinesTable"));
    m_declines->setRootIsDecorated(false);
    m_declines->setAlternatingRowColors(true);
    m_declinesEmpty->setParent(declines);
    m_declinesEmpty->setTextFormat(Qt::PlainText);
    m_declinesEmpty->setText(
        tr("No venue has declined yet. A decline's reason is chosen when a venue on a shortlist "
           "is marked Declined."));
    m_declinesEmpty->setWordWrap(true);
    m_declinesEmpty->hide();
    declinesLayout->addWidget(m_declines);
    declinesLayout->addWidget(m_declinesEmpty);
    grid->addWidget(declines, 3, 0, 1, 2);
    declinesLayout->addStretch();
    connect(m_declinesBy, &QComboBox::currentIndexChanged, this, &ReportsPage::reloadDeclines);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    connect(back, &QToolButton::clicked, this, &ReportsPage::backRequested);
    connect(refresh, &QToolButton::clicked, this, &ReportsPage::reload);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::fill(
    int which, const QString &title, const QList<QPair<QString, qint64>> &rows, bool horizontal)
{
    auto *set = new QBarSet(title);
    set->setColor(which == 0 ? QColor(0x3d, 0x7e, 0xc4)
            : which == 1     ? QColor(0x4c, 0x9a, 0x6a)
                             : QColor(0xd0, 0x8a, 0x30));
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    QStringList categories;
    qint64 most = 0;
    // A horizontal chart draws its first category at the bottom: feed it reversed so the
    // biggest city reads first, as in the table beside it.
    QList<QPair<QString, qint64>> ordered = rows;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const auto &[name, count] : ordered) {
        *set << double(count);
        categories << name.toHtmlEscaped(); // axis labels are rich text
        most = qMax(most, count);
    }
    QAbstractBarSeries *series = horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
        : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // A chart laid out before it is shown truncated every city to "…"; a name is the point.
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setRange(0, double(qMax<qint64>(4, most + most / 5 + 1)));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (horizontal) {
        // A category axis truncates a label to "…" when a row is lower than a line of text:
        // each city gets a line and a half, so every name is shown.
        const int line = QFontMetrics(categoryAxis->labelsFont()).height();
        m_charts[which]->setMinimumHeight(qMax(240, int(categories.size()) * line * 3 / 2 + 110));
    }
    QChart *old = m_charts[which]->chart();
    m_charts[which]->setChart(chart);
    delete old;

    QTreeWidget *table = m_tables[which];
    table->clear();
    qint64 total = 0;
    for (const auto &[name, count] : rows) {
        auto *item = new QTreeWidgetItem(table, { name, QLocale().toString(count) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        total += count;
    }
    auto *sum = new QTreeWidgetItem(table, { tr("Total"), QLocale().toString(total) });
    QFont bold = sum->font(0);
    bold.setBold(true);
    sum->setFont(0, bold);
    sum->setFont(1, bold);
    sum->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
}

namespace {
using Counts = QList<QPair<QString, qint64>>;
struct Reports
{
    Counts byCity, byStatus, outreach;
};
} // namespace

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

QString ReportsPage::declinesEmptyText() const
{
    return m_declinesEmpty->isHidden() ? QString() : m_declinesEmpty->text();
}

void ReportsPage::showError(const DbError &error)
{
    m_error->setText(error.sentence());
    m_error->setToolTip(Core::plainTextToolTip(error.details()));
    m_error->show();
}

void ReportsPage::reloadDeclines()
{
    m_loadingDeclines = true;
    const auto by = OutreachRepository::DeclineGrouping(m_declinesBy->currentData().toInt());
    m_declinesReader->read<QList<DeclineTally>>(
        [by](const Database &db) {
            // A read only: nobody acts, so no one is named in the activity log.
            return OutreachRepository(db, QString()).fetchDeclineReport(by);
        },
        [this, by](const Result<QList<DeclineTally>> &tallies) {
            m_loadingDeclines = false;
            if (!tallies) {
                showError(tallies.error());
                return;
            }
            showDeclines(*tallies, by == OutreachRepository::DeclineGrouping::Venue);
        });
}

void ReportsPage::showDeclines(const QList<DeclineTally> &tallies, bool perVenue)
{
    m_declines->clear();
    const QList<DeclineCode> &codes = allDeclineCodes();
    // Columns: the venue (and its city) or the city, one per reason, the total.
    QStringList headers { perVenue ? tr("Venue") : tr("City") };
    if (perVenue)
        headers << tr("City");
    const int first = int(headers.size());
    for (DeclineCode c : codes)
        headers << declineCodeLabel(c);
    headers << tr("Total");
    m_declines->setColumnCount(int(headers.size()));
    m_declines->setHeaderLabels(headers);
    for (int c = first; c < headers.size(); ++c) // over their numbers
        m_declines->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_declines->setVisible(!tallies.isEmpty());
    m_declinesEmpty->setVisible(tallies.isEmpty());
    if (tallies.isEmpty())
        return;
    QMap<DeclineCode, int> sums;
    int total = 0;
    const auto number = [](int n) { return n == 0 ? QString() : QLocale().toString(n); };
    for (const DeclineTally &t : tallies) {
        auto *item = new QTreeWidgetItem(m_declines);
        item->setText(0, t.label.isEmpty() ? tr("(no city)") : t.label);
        item->setToolTip(0, Core::plainTextToolTip(item->text(0)));
        if (perVenue)
            item->setText(1, t.city);
        for (int i = 0; i < codes.size(); ++i) {
            const int n = t.counts.value(codes.at(i));
            item->setText(first + i, number(n));
            item->setTextAlignment(first + i, Qt::AlignRight | Qt::AlignVCenter);
            sums[codes.at(i)] += n;
        }
        item->setText(first + int(codes.size()), QLocale().toString(t.total));
        item->setTextAlignment(first + int(codes.size()), Qt::AlignRight | Qt::AlignVCenter);
        total += t.total;
    }
    auto *sum = new QTreeWidgetItem(m_declines);
    sum->setText(0, tr("Total"));
    for (int i = 0; i < codes.size(); ++i)
        sum->setText(first + i, QLocale().toString(sums.value(codes.at(i))));
    sum->setText(first + int(codes.size()), QLocale().toString(total));
    QFont bold = sum->font(0);
    bold.setBold(true);
    for (int c = 0; c < m_declines->columnCount(); ++c) {
        sum->setFont(c, bold);
        if (c >= first)
            sum->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Every reason's column as wide as its title and a little air; the name column wider.
    QHeaderView *header = m_declines->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < m_declines->columnCount(); ++c) {
        m_declines->resizeColumnToContents(c);
        header->resizeSection(c, qMax(header->sectionSize(c) + 16, c == 0 ? 200 : 70));
    }
    // As tall as its rows (up to the page's height), not a box of empty lines under them.
    const int rows = m_declines->topLevelItemCount();
    const int rowHeight = m_declines->sizeHintForRow(0);
    m_declines->setFixedHeight(qBound(90,
        header->sizeHint().height() + rows * rowHeight + 2 * m_declines->frameWidth() + 4, 520));
}

void ReportsPage::reload()
{
    reloadDeclines();
    m_loading = true;
    m_reader->read<Reports>(
        [](const Database &db) -> Result<Reports> {
            const ReportRepository repo(db);
            auto byCity = repo.venuesByCity(12);
            if (!byCity)
                return byCity.error();
            auto byStatus = repo.projectsByStatus();
            if (!byStatus)
                return byStatus.error();
            auto outreach = repo.outreachByStatus();
            if (!outreach)
                return outreach.error();
            return Reports { std::move(*byCity), std::move(*byStatus), std::move(*outreach) };
        },
        [this](const Result<Reports> &reports) {
            m_loading = false;
            if (!reports) {
                showError(reports.error());
                return;
            }
            m_error->hide();
            fill(0, tr("Venues by city"), reports->byCity, true);
            fill(1, tr("Projects by status"), reports->byStatus, false);
            fill(2, tr("Outreach of active projects"), reports->outreach, false);
        });
}

} // namespace VenueMap::Ui
