#include "outreachpanel.h"
#include "db/backgroundreader.h"
#include "domain/language.h"
#include "domain/plaintext.h"

#include "dateedit.h"
#include "dialogwork.h"
#include "readonlyedits.h"
#include "repositories/outreachrepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

namespace VenueMap::Ui {

using namespace Core;

RespondByDialog::RespondByDialog(const QString &venueName, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_date(new DateEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Answer-by Date"));
    auto *intro = new QLabel(tr("The day %1 should answer by:").arg(venueName), this);
    intro->setTextFormat(Qt::PlainText); // the venue's name as written
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("respondByDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(day.isValid() ? day : QDate::currentDate().addDays(7));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03020;"));
    m_error->hide();
    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Answer by:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { say({}); });
    connect(m_date, &DateEdit::textRefused, this, [this](const QString &typed) {
        say(tr("Answer by: \"%1\" is not a date; the date before it is kept.").arg(typed));
    });
    resize(360, sizeHint().height());
}

void RespondByDialog::say(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

QString RespondByDialog::said() const
{
    return m_error->text();
}

OutreachPanel::OutreachPanel(OutreachRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repo(repository)
    , m_chartView(new QChartView(this))
    , m_set(new QBarSet(tr("Venues")))
    , m_waiting(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_chase(new QTreeWidget(this))
    , m_chaseSummary(new QLabel(this))
    , m_chaseEmail(new QPushButton(tr("Email draft…"), this))
    , m_changeRespondBy(new QPushButton(tr("Answer by…"), this))
{
    m_chaseSummary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    // Horizontal bars keep the status names whole; the first category is drawn at the bottom,
    // so the statuses go in reversed to read draft-to-declined from the top.
    auto *series = new QHorizontalBarSeries;
    QStringList categories;
    const auto &all = allOutreachStatuses();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        *m_set << 0;
        categories << outreachStatusLabel(*it);
    }
    m_set->setColor(QColor(0x3d, 0x7e, 0xc4));
    m_set->setLabelColor(QColor(0x20, 0x20, 0x20));
    series->append(m_set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Outreach by status"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignLeft);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, 4);
    axisY->setTickCount(5);
    chart->addAxis(axisY, Qt::AlignBottom);
    series->attachAxis(axisY);
    // setChart() hands the view's own first chart back without deleting it (Qt documents this).
    QChart *initial = m_chartView->chart();
    m_chartView->setChart(chart);
    delete initial;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setMinimumWidth(240);
    layout->addWidget(m_chartView, 3);
    // Sent and Awaiting reply are two bars; what a person chases is both, so the total is said
    // in the words the workspace's header uses.
    m_waiting->setTextFormat(Qt::PlainText);
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_waiting->setToolTip(tr("Venues asked that have not answered yet: %1 and %2.")
                              .arg(outreachStatusLabel(OutreachStatus::Sent),
                                  outreachStatusLabel(OutreachStatus::Awaiting)));
    m_waiting->setText(waitingText(0));
    layout->addWidget(m_waiting);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Chase when waiting more than"), this);
    m_days->setRange(0, 365);
    m_days->setSuffix(tr(" days"));
    m_days->setObjectName(QStringLiteral("chaseDays"));
    m_days->setValue(QSettings().value(QStringLiteral("projects/chaseDays"), 7).toInt());
    label->setBuddy(m_days);
    // On two lines where a language needs more words than the side panel's width, rather than
    // widening the panel (and pushing the shortlist's columns out of view).
    label->setWordWrap(true);
    row->addWidget(label, 1);
    row->addWidget(m_days);
    layout->addLayout(row);

    m_chase->setObjectName(QStringLiteral("chaseList"));
    m_chase->setRootIsDecorated(false);
    m_chase->setAlternatingRowColors(true);
    m_chase->setHeaderLabels({ tr("Venue"), tr("Answer by"),
        tr("Waiting", "column: days waiting for an answer"), tr("Asked on"), tr("Contact") });
    m_chase->header()->setStretchLastSection(true);
    layout->addWidget(m_chase, 2);
    // The line under the list on its own, whole (it can name a venue); the buttons below it.
    m_chaseSummary->setWordWrap(true);
    layout->addWidget(m_chaseSummary);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_changeRespondBy);
    bottom->addWidget(m_chaseEmail);
    layout->addLayout(bottom);
    m_changeRespondBy->setObjectName(QStringLiteral("changeRespondByButton"));
    m_changeRespondBy->setToolTip(tr("Change answer-by date of the selected venue"));
    m_chaseEmail->setEnabled(false);
    m_changeRespondBy->setEnabled(false);
    // The same from the row's context menu.
    m_chase->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chase, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_chase->itemAt(at);
        if (!item)
            return;
        m_chase->setCurrentItem(item);
        QMenu menu(this);
        QAction *change = menu.addAction(tr("Change answer-by date…"));
        change->setEnabled(m_changeRespondBy->isEnabled());
        change->setToolTip(m_changeRespondBy->toolTip());
        QAction *email = menu.addAction(tr("Email draft…"));
        email->setEnabled(m_chaseEmail->isEnabled());
        QAction *chosen = menu.exec(m_chase->viewport()->mapToGlobal(at));
        if (chosen == change)
            changeRespondBy();
        else if (chosen == email)
            m_chaseEmail->click();
    });
    connect(m_changeRespondBy, &QPushButton::clicked, this, &OutreachPanel::changeRespondBy);

    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(QStringLiteral("projects/chaseDays"), days);
        reloadChaseList();
    });
    connect(m_chase, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT venueActivated(item->data(0, Qt::UserRole).toString());
    });
    connect(m_chase, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateChaseButtons();
        if (item)
            Q_EMIT venueActivated(item->data(0, Qt::UserRole).toString());
    });
    connect(m_chaseEmail, &QPushButton::clicked, this, [this] {
        if (auto *item = m_chase->currentItem())
            Q_EMIT emailRequested(item->data(0, Qt::UserRole).toString());
    });
}

void OutreachPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_chaseEmail->setToolTip(readOnly ? ReadOnlyEdits::reason() : QString());
    updateChaseButtons();
}

void OutreachPanel::updateChaseButtons()
{
    const bool row = m_chase->currentItem() != nullptr;
    m_chaseEmail->setEnabled(row && !m_readOnly);
    m_changeRespondBy->setEnabled(row && !m_readOnly);
    m_changeRespondBy->setToolTip(m_readOnly ? ReadOnlyEdits::reason()
            : row                            ? tr("Change answer-by date of the selected venue")
                                             : tr("Select a venue in the chase list first."));
}

QString OutreachPanel::summaryShown() const
{
    return m_chaseSummary->text();
}

void OutreachPanel::changeRespondBy()
{
    QTreeWidgetItem *item = m_chase->currentItem();
    if (!item || m_readOnly)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
        [&id](const ChaseItem &c) { return c.projectVenueId == id; });
    if (found == m_items.cend())
        return;
    const ChaseItem chosen = *found;
    m_notice.clear();
    if (m_respondByDialog)
        m_respondByDialog->close();
    auto *dialog = new RespondByDialog(chosen.venueName, chosen.respondBy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->buttons(), &QDialogButtonBox::accepted, dialog, [this, dialog, chosen] {
        const QDate day = dialog->dateEdit()->date();
        const auto outcome
            = DialogWork::run<int>(dialog, m_repo->database(), QStringLiteral("chase-respond-by"),
                [chosen, day, userId = m_repo->actingUserId()](const Database &db) {
                    return OutreachRepository(db, userId)
                        .setRespondBy(chosen.projectVenueId, chosen.version, day);
                });
        if (!outcome)
            return;
        if (!*outcome) {
            const DbError &error = (*outcome).error();
            if (error.kind != DbError::Kind::Conflict) {
                dialog->say(error.message); // the date stays as chosen
                return;
            }
            // A colleague changed the row meanwhile: theirs is read again, nothing is forced.
            dialog->reject();
            m_lastError = error;
            Q_EMIT failed();
            reloadChaseList();
            return;
        }
        m_notice = tr("%1 should answer by %2.").arg(chosen.venueName, displayDate(day));
        dialog->accept();
        reloadChaseList();
        Q_EMIT respondByChanged(chosen.projectVenueId);
    });
    m_respondByDialog = dialog;
    dialog->open();
}

int OutreachPanel::chaseDays() const
{
    return m_days->value();
}
void OutreachPanel::setChaseDays(int days)
{
    m_days->setValue(days);
}

int OutreachPanel::countShown(OutreachStatus status) const
{
    return int(m_set->at(
        int(allOutreachStatuses().size()) - 1 - int(allOutreachStatuses().indexOf(status))));
}

QString OutreachPanel::waitingShown() const
{
    return m_waiting->text();
}

QString OutreachPanel::waitingText(int count)
{
    return tr("%Ln waiting for a reply", nullptr, count);
}

void OutreachPanel::setCounts(const QMap<OutreachStatus, int> &counts)
{
    m_waiting->setText(waitingText(waitingForReplyCount(counts)));
    int most = 0;
    const auto &all = allOutreachStatuses();
    for (int i = 0; i < all.size(); ++i) {
        const int n = counts.value(all.at(i));
        m_set->replace(int(all.size()) - 1 - i, n);
        most = qMax(most, n);
    }
    if (auto axes = m_chartView->chart()->axes(Qt::Horizontal); !axes.isEmpty()) {
        auto *axis = static_cast<QValueAxis *>(axes.first());
        axis->setRange(0, qMax(4, most + 1 + most / 5));
        axis->applyNiceNumbers();
    }
}

OutreachPanel::~OutreachPanel() = default;

void OutreachPanel::reloadChaseList()
{
    if (m_projectId.isEmpty()) {
        if (m_reader)
            m_reader->cancel();
        m_loadingChase = false;
        m_chase->clear();
        return;
    }
    if (!m_reader) {
        const Database &db = m_repo->database();
        m_reader = std::make_unique<BackgroundReader>(
            db, uniqueConnectionName(db, QStringLiteral("chase-list")));
    }
    m_loadingChase = true;
    m_reader->read<QList<ChaseItem>>(
        [projectId = m_projectId, days = m_days->value(), userId = m_repo->actingUserId()](
            const Database &db) {
            return OutreachRepository(db, userId).fetchChaseList(projectId, days);
        },
        [this](const Result<QList<ChaseItem>> &items) {
            m_loadingChase = false;
            if (!items) {
                m_lastError = items.error();
                Q_EMIT failed();
                return;
            }
            showChaseList(*items);
        });
}

void OutreachPanel::showChaseList(const QList<ChaseItem> &items)
{
    // The selected venue stays selected when the list is read again.
    const QString current = m_chase->currentItem()
        ? m_chase->currentItem()->data(0, Qt::UserRole).toString()
        : QString();
    m_items = items;
    m_chase->clear();
    for (const ChaseItem &c : items) {
        auto *item = new QTreeWidgetItem(m_chase);
        item->setText(0, c.venueName);
        item->setText(2, tr("%Ln day(s)", nullptr, c.daysWaiting));
        item->setText(3, displayDate(c.sentAt.toLocalTime().date()));
        // The day to answer by; past it, how many days overdue, in red (the list puts these first).
        if (c.daysOverdue > 0) {
            item->setText(1, tr("%Ln day(s) overdue", nullptr, c.daysOverdue));
            item->setToolTip(1, tr("Was due to answer by %1.").arg(displayDate(c.respondBy)));
            item->setForeground(1, QColor(0xb0, 0x1e, 0x1e));
        } else if (c.respondBy.isValid()) {
            item->setText(1, displayDate(c.respondBy));
        }
        item->setText(4,
            c.contactEmail.isEmpty()
                ? c.contactName
                : QStringLiteral("%1 <%2>").arg(c.contactName, c.contactEmail));
        item->setToolTip(4, Core::plainTextToolTip(item->text(4)));
        item->setData(0, Qt::UserRole, c.projectVenueId);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (c.projectVenueId == current)
            m_chase->setCurrentItem(item);
    }
    for (int c = 0; c < 4; ++c)
        m_chase->resizeColumnToContents(c);
    const QString count = items.isEmpty()
        ? tr("Nobody to chase.")
        : tr("%Ln venue(s) to chase.", nullptr, int(items.size()));
    m_chaseSummary->setText(m_notice.isEmpty() ? count : m_notice + QLatin1Char(' ') + count);
    updateChaseButtons();
}

} // namespace VenueMap::Ui
