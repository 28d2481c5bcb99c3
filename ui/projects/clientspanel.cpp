#include "clientspanel.h"

#include "db/backgroundreader.h"
#include "domain/language.h"
#include "emptystate.h"
#include "export/proposalpdf.h"
#include "messagebar.h"
#include "plaintextlabels.h"
#include "readonlyedits.h"
#include "repositories/projectrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

namespace {

constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

// A cell that sorts by its key (a date, a price, a name in lower case), not by its text.
class SortedItem final : public QTableWidgetItem
{
public:
    SortedItem(const QString &text, const QVariant &key)
        : QTableWidgetItem(text)
    {
        setData(kSortRole, key);
        setToolTip(text);
        setFlags(flags() & ~Qt::ItemIsEditable);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(kSortRole), b = other.data(kSortRole);
        // Empty keys (no date, no price, not declined) come last in either order.
        if (a.isNull() != b.isNull()) {
            const bool descending = tableWidget()
                && tableWidget()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
            return descending ? a.isNull() : b.isNull();
        }
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
};

QVariant dateKey(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

} // namespace

// What one read of the client list brings back.
struct ClientsPanel::ClientsLoad
{
    QList<ClientSummary> clients;
    QList<ProjectSummary> activeProjects;
};

ClientsPanel::ClientsPanel(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_listReader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("clients"))))
    , m_historyReader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("client-history"))))
    , m_messageBar(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_clients(new QTableWidget(this))
    , m_heading(new QLabel(this))
    , m_venues(new QTableWidget(this))
    , m_projects(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add to Project"), this))
{
    setObjectName(QStringLiteral("clientsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *back = new QToolButton(this);
    back->setText(tr("← All projects"));
    back->setAutoRaise(true);
    auto *title = new QLabel(tr("Clients"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    header->addWidget(back);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refresh);
    layout->addLayout(header);
    layout->addWidget(m_messageBar);

    // Left: the clients, filtered as one types. Right: the chosen client's venues.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter clients…"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_clients->setColumnCount(2);
    m_clients->setHorizontalHeaderLabels({ tr("Client"), tr("Projects") });
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->verticalHeader()->hide();
    m_clients->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_clients->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_clients->setSortingEnabled(true);
    m_clients->setAlternatingRowColors(true);
    m_clients->setWordWrap(false);
    m_clients->verticalHeader()->setDefaultSectionSize(28);
    leftLayout->addWidget(m_clients);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    rightLayout->addWidget(m_heading);
    m_venues->setColumnCount(ColumnCount);
    m_venues->setHorizontalHeaderLabels({ tr("Venue"), tr("City"), tr("Project"), tr("Event date"),
        tr("Proposed", "column: venue was in the proposal"),
        tr("Booked", "column: venue was booked"), tr("Quoted price"),
        tr("Declined", "column: venue declined") });
    m_venues->horizontalHeaderItem(Declined)->setToolTip(tr("Why the venue declined."));
    m_venues->horizontalHeaderItem(Booked)->setToolTip(
        tr("In the proposal of a completed project, and not declined."));
    m_venues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_venues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_venues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_venues->setAlternatingRowColors(true);
    m_venues->verticalHeader()->hide();
    m_venues->verticalHeader()->setDefaultSectionSize(28);
    m_venues->setWordWrap(false);
    QHeaderView *h = m_venues->horizontalHeader();
    // Names and reasons share what the window has; the short columns keep their width, so the
    // table fits a 1024-pixel window beside the client list. Full texts are in each tooltip.
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(60);
    m_venues->setSortingEnabled(true);
    h->setSortIndicator(Date, Qt::DescendingOrder);
    // The short columns at least as wide as their titles in the language shown (with room for
    // the sort arrow).
    for (const auto &[column, width] : { std::pair { City, 90 }, std::pair { Date, 95 },
             std::pair { Proposed, 72 }, std::pair { Booked, 62 }, std::pair { Price, 96 } })
        h->resizeSection(column, std::max(width, h->sectionSizeHint(column)));
    for (int column : { int(Venue), int(Project), int(Declined) })
        h->setSectionResizeMode(column, QHeaderView::Stretch);
    rightLayout->addWidget(m_venues);
    m_empty = new EmptyState(m_venues);
    auto *addRow = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("Project:"), this);
    addLabel->setBuddy(m_projects);
    // At least 28 characters (the page fits a 1024-pixel screen), and as wide as the longest
    // project where the row has room for it (showClients() sets that maximum).
    m_projects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projects->setMinimumContentsLength(28);
    m_projects->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_add->setToolTip(tr("Put the selected venue on the chosen project's shortlist."));
    addRow->addStretch(1);
    addRow->addWidget(addLabel);
    addRow->addWidget(m_projects, 100);
    addRow->addWidget(m_add);
    rightLayout->addLayout(addRow);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 230, 800 });
    left->setMinimumWidth(180);
    layout->addWidget(split, 1);

    connect(back, &QToolButton::clicked, this, &ClientsPanel::backRequested);
    connect(refresh, &QToolButton::clicked, this, &ClientsPanel::reload);
    connect(m_filter, &QLineEdit::textChanged, this, &ClientsPanel::filterClients);
    connect(m_clients, &QTableWidget::itemSelectionChanged, this, &ClientsPanel::clientChosen);
    connect(m_venues, &QTableWidget::itemSelectionChanged, this, &ClientsPanel::updateButtons);
    connect(m_projects, &QComboBox::currentIndexChanged, this, &ClientsPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ClientsPanel::addSelectedToProject);
    connect(m_venues, &QTableWidget::doubleClicked, this, &ClientsPanel::addSelectedToProject);
    showLabelsAsPlainText(this);
    m_empty->showText(tr("Pick a client on the left to see the venues used for them."));
    updateButtons();
}

ClientsPanel::~ClientsPanel() = default;

void ClientsPanel::reload()
{
    if (m_wantedClient.isEmpty() && !m_history.clientName.isEmpty())
        m_wantedClient = m_history.clientName;
    m_loadingClients = true;
    m_listReader->read<ClientsLoad>(
        [](const Database &db) -> Result<ClientsLoad> {
            ClientsLoad loaded;
            auto clients = ClientHistoryRepository(db).fetchClients();
            if (!clients)
                return clients.error();
            loaded.clients = std::move(*clients);
            ProjectFilter active;
            active.status = ProjectStatus::Active;
            auto projects = ProjectRepository(db, QString()).fetchProjects(active);
            if (!projects)
                return projects.error();
            loaded.activeProjects = std::move(*projects);
            return loaded;
        },
        [this](const Result<ClientsLoad> &loaded) {
            m_loadingClients = false;
            if (!loaded) {
                m_messageBar->showError(loaded.error());
                return;
            }
            showClients(*loaded);
        });
}

void ClientsPanel::selectClient(const QString &client)
{
    m_wantedClient = client;
    if (!m_loadingClients)
        reload();
}

void ClientsPanel::setPreferredProject(const QString &projectId)
{
    m_preferredProject = projectId;
    chooseProject();
}

void ClientsPanel::showClients(const ClientsLoad &loaded)
{
    m_activeProjects = loaded.activeProjects;
    {
        const QSignalBlocker block(m_projects);
        m_projects->clear();
        for (const ProjectSummary &s : m_activeProjects) {
            const QString date = displayDate(s.project.eventDate);
            m_projects->addItem(
                date.isEmpty() ? s.project.title() : tr("%1 (%2)").arg(s.project.title(), date),
                s.project.id);
        }
        m_projects->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const int longest = m_projects->sizeHint().width();
        m_projects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_projects->setMaximumWidth(qMax(longest, m_projects->minimumSizeHint().width()));
    }
    const QString wanted = m_wantedClient.trimmed().toCaseFolded();
    m_wantedClient.clear();
    {
        const QSignalBlocker block(m_clients);
        m_clients->setSortingEnabled(false);
        m_clients->clearContents();
        m_clients->setRowCount(int(loaded.clients.size()));
        for (int r = 0; r < loaded.clients.size(); ++r) {
            const ClientSummary &c = loaded.clients.at(r);
            auto *name = new SortedItem(c.name, c.name.toCaseFolded());
            name->setToolTip(c.lastEventDate.isValid()
                    ? tr("%1 · last event %2").arg(c.name, displayDate(c.lastEventDate))
                    : c.name);
            m_clients->setItem(r, 0, name);
            m_clients->setItem(r, 1, new SortedItem(QString::number(c.projects), c.projects));
        }
        m_clients->setSortingEnabled(true);
        m_clients->sortItems(0);
    }
    filterClients(m_filter->text());
    const QString current = wanted.isEmpty() ? m_history.clientName.toCaseFolded() : wanted;
    int row = -1;
    for (int r = 0; r < m_clients->rowCount(); ++r)
        if (m_clients->item(r, 0)->text().toCaseFolded() == current)
            row = r;
    if (row >= 0)
        m_clients->selectRow(row); // reads its history
    else if (loaded.clients.isEmpty())
        m_empty->showText(tr("No client yet: the clients of your projects appear here."));
    chooseProject();
    updateButtons();
}

void ClientsPanel::filterClients(const QString &text)
{
    for (int r = 0; r < m_clients->rowCount(); ++r)
        m_clients->setRowHidden(r,
            !text.trimmed().isEmpty()
                && !m_clients->item(r, 0)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void ClientsPanel::clientChosen()
{
    const auto rows = m_clients->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString client = m_clients->item(rows.first().row(), 0)->text();
    m_heading->setText(tr("Reading the history of %1…").arg(client));
    m_loadingHistory = true;
    m_historyReader->read<ClientVenueHistory>(
        [client](const Database &db) { return ClientHistoryRepository(db).fetchHistory(client); },
        [this](const Result<ClientVenueHistory> &history) {
            m_loadingHistory = false;
            if (!history) {
                m_heading->clear();
                m_messageBar->showError(history.error());
                return;
            }
            showHistory(*history);
        });
}

void ClientsPanel::showHistory(const ClientVenueHistory &history)
{
    m_history = history;
    QSet<QString> venues;
    for (const ClientVenueUse &u : history.venues)
        venues.insert(u.venueId);
    m_heading->setText(tr("%1 · %Ln project(s)", nullptr, history.projects).arg(history.clientName)
        + tr(" · %Ln venue(s) used", nullptr, int(venues.size())));
    const int sortColumn = m_venues->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_venues->horizontalHeader()->sortIndicatorOrder();
    m_venues->setSortingEnabled(false);
    m_venues->clearContents();
    m_venues->setRowCount(int(history.venues.size()));
    // Prices as the shortlist and the proposal show them.
    const QString currency = ProposalOptions::fromSettings().currencySymbol;
    for (int r = 0; r < history.venues.size(); ++r) {
        const ClientVenueUse &u = history.venues.at(r);
        const QString venue
            = u.venueDeleted ? tr("%1 (deleted from the book)").arg(u.venueName) : u.venueName;
        auto *name = new SortedItem(venue, u.venueName.toCaseFolded());
        name->setData(kIdRole, r); // the row of m_history, whatever the sort
        m_venues->setItem(r, Venue, name);
        m_venues->setItem(r, City, new SortedItem(u.venueCity, u.venueCity.toCaseFolded()));
        const QString project = u.projectStatus == ProjectStatus::Active
            ? u.eventName
            : tr("%1 (%2)").arg(u.eventName, projectStatusLabel(u.projectStatus).toLower());
        m_venues->setItem(r, Project, new SortedItem(project, u.eventName.toCaseFolded()));
        m_venues->setItem(r, Date, new SortedItem(displayDate(u.eventDate), dateKey(u.eventDate)));
        m_venues->setItem(
            r, Proposed, new SortedItem(u.proposed ? tr("Yes") : QString(), int(u.proposed)));
        m_venues->setItem(
            r, Booked, new SortedItem(u.booked() ? tr("Yes") : QString(), int(u.booked())));
        m_venues->setItem(r, Price,
            new SortedItem(displayMoney(u.quotedPriceCents, currency),
                u.quotedPriceCents ? QVariant(*u.quotedPriceCents) : QVariant()));
        m_venues->item(r, Price)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString declined = u.declined()
            ? (u.declineReason.isEmpty() ? tr("Yes") : declineReasonForDisplay(u.declineReason))
            : QString();
        m_venues->setItem(r, Declined,
            new SortedItem(
                declined, u.declined() ? QVariant(u.declineReason.toCaseFolded()) : QVariant()));
    }
    m_venues->setSortingEnabled(true);
    m_venues->sortItems(sortColumn, order);
    if (history.venues.isEmpty())
        m_empty->showText(tr("No venue has been shortlisted for %1 yet.").arg(history.clientName));
    else
        m_empty->hide();
    chooseProject();
    updateButtons();
}

// The project "Add to Project" offers: the one the Projects page had selected or open, else the
// client's most recent active project, else the first active project.
void ClientsPanel::chooseProject()
{
    int index = m_projects->findData(m_preferredProject);
    if (index < 0) {
        for (const ClientVenueUse &u : m_history.venues) {
            index = m_projects->findData(u.projectId);
            if (index >= 0)
                break;
        }
    }
    if (index >= 0)
        m_projects->setCurrentIndex(index);
}

QString ClientsPanel::emptyText() const
{
    return m_empty->text();
}

QString ClientsPanel::headingText() const
{
    return m_heading->text();
}

void ClientsPanel::updateButtons()
{
    const auto rows = m_venues->selectionModel()->selectedRows();
    const ClientVenueUse *use = nullptr;
    if (!rows.isEmpty()) {
        const int i = m_venues->item(rows.first().row(), Venue)->data(kIdRole).toInt();
        if (i >= 0 && i < m_history.venues.size())
            use = &m_history.venues.at(i);
    }
    const bool ok = use && !use->venueDeleted && m_projects->currentIndex() >= 0;
    m_add->setEnabled(ok);
    m_projects->setEnabled(m_projects->count() > 0);
    if (use && use->venueDeleted)
        m_add->setToolTip(tr("This venue was deleted from the book."));
    else if (m_projects->count() == 0)
        m_add->setToolTip(tr("No active project to add the venue to."));
    else
        m_add->setToolTip(tr("Put the selected venue on the chosen project's shortlist."));
    ReadOnlyEdits::apply(m_db, { m_add });
}

void ClientsPanel::addSelectedToProject()
{
    if (!m_add->isEnabled())
        return;
    const auto rows = m_venues->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_projects->currentIndex() < 0)
        return;
    const int i = m_venues->item(rows.first().row(), Venue)->data(kIdRole).toInt();
    if (i < 0 || i >= m_history.venues.size())
        return;
    Q_EMIT addRequested(m_projects->currentData().toString(), m_history.venues.at(i).venueId);
}

} // namespace VenueMap::Ui
