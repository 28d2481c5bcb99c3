#include "projectspage.h"
#include "plaintextlabels.h"

#include "clientspanel.h"
#include "db/backgroundreader.h"
#include "db/changefeed.h"
#include "domain/language.h"
#include "itemmodels/projectlistmodel.h"
#include "projectdialog.h"
#include "projectworkspace.h"
#include "readonlyedits.h"
#include "reportspage.h"
#include "repositories/holdrepository.h"
#include "repositories/projectrepository.h"
#include "tableheader.h"
#include "ui_projectspage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace VenueMap::Ui {

using namespace Core;

// What one read of the list brings back.
struct ProjectsPage::ListLoad
{
    QList<ProjectSummary> rows;
    std::optional<QMap<ProjectStatus, int>> counts; // none when they could not be read
    QList<Hold> expiring; // live holds whose expiry is near (issue 14)
};

int ProjectsPage::reminderDays()
{
    return std::clamp(QSettings().value(QStringLiteral("holds/reminderDays"), 7).toInt(), 0, 365);
}

ProjectsPage::ProjectsPage(Database db, CurrentUser user, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::ProjectsPage)
    , m_db(db)
    , m_user(user)
    , m_repo(std::make_unique<ProjectRepository>(db, user.id))
    , m_reader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("projects"))))
    , m_editReader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("project-edit"))))
    , m_model(new ProjectListModel(this))
    , m_workspace(new ProjectWorkspace(db, user, this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->stack->addWidget(m_workspace);
    m_ui->statusCombo->addItem(tr("All statuses"), -1);
    for (ProjectStatus s : allProjectStatuses())
        m_ui->statusCombo->addItem(projectStatusLabel(s), int(s));
    m_ui->statusCombo->setCurrentIndex(1); // active projects first: that is the daily work

    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(ProjectListModel::EventDate, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(28);
    m_columnsRemembered = TableHeader::install(header, QStringLiteral("projects"))->restored();
    m_filter.sort = ProjectListModel::sortFor(header->sortIndicatorSection());
    m_filter.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ProjectsPage::sortChanged);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ProjectsPage::reload);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ProjectsPage::reload);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProjectsPage::newProject);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProjectsPage::editSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ProjectsPage::openSelected);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, [this] {
        const auto *s = m_model->summaryAt(selectedRow());
        if (!s)
            return;
        if (s->project.isArchived())
            restoreSelected();
        else
            archiveSelected();
    });
    connect(m_ui->archivedCheck, &QCheckBox::toggled, this, &ProjectsPage::reload);
    connect(m_workspace, &ProjectWorkspace::restoreRequested, this,
        [this](const Project &project) { setArchived(project, false); });
    connect(m_ui->reportsButton, &QPushButton::clicked, this, &ProjectsPage::showReports);
    connect(m_ui->clientsButton, &QPushButton::clicked, this, &ProjectsPage::showClients);
    connect(m_ui->table, &QTableView::doubleClicked, this, &ProjectsPage::openSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProjectsPage::updateButtons);
    connect(m_workspace, &ProjectWorkspace::backRequested, this, &ProjectsPage::showList);
    connect(m_workspace, &ProjectWorkspace::projectChanged, this, &ProjectsPage::reload);
    connect(m_workspace, &ProjectWorkspace::openFailed, this, [this](const DbError &error) {
        // Deleted by a colleague, or the server went away: back to the list, which says why.
        showList();
        m_ui->messageBar->showError(error);
    });
    reload();
    // Colleagues' projects (issue 18): the list is read again, keeping the selection.
    m_feed = Core::ChangeFeed::of(db.url());
    connect(m_feed.get(), &Core::ChangeFeed::changed, this,
        [this](const QList<Core::DataChange> &changes) {
            for (const Core::DataChange &c : changes)
                if (c.table == QLatin1String("projects")
                    || c.table == QLatin1String("project_venues")
                    || c.table == QLatin1String("holds")) {
                    reload();
                    return;
                }
        });
    connect(m_feed.get(), &Core::ChangeFeed::everythingChanged, this, &ProjectsPage::reload);
}

ProjectsPage::~ProjectsPage()
{
    delete m_ui;
}

void ProjectsPage::reloadCaterers()
{
    m_workspace->reloadCaterers();
}

void ProjectsPage::sortChanged(int column, Qt::SortOrder order)
{
    m_filter.sort = ProjectListModel::sortFor(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void ProjectsPage::reload()
{
    load(QString());
}

void ProjectsPage::load(const QString &selectId)
{
    const QString keep = !selectId.isEmpty() ? selectId
        : selectedRow() >= 0                 ? m_model->summaryAt(selectedRow())->project.id
                                             : QString();
    m_filter.search = m_ui->searchEdit->text();
    const int status = m_ui->statusCombo->currentData().toInt();
    m_filter.status
        = status < 0 ? std::nullopt : std::optional<ProjectStatus>(ProjectStatus(status));
    m_filter.includeArchived = m_ui->archivedCheck->isChecked();
    m_loading = true;
    m_reader->read<ListLoad>(
        [filter = m_filter, userId = m_user.id](const Database &db) -> Result<ListLoad> {
            const ProjectRepository repo(db, userId);
            ListLoad loaded;
            auto rows = repo.fetchProjects(filter);
            if (!rows)
                return rows.error();
            loaded.rows = *rows;
            if (auto counts = repo.countByStatus())
                loaded.counts = *counts;
            HoldQuery soon;
            soon.expiringWithinDays = reminderDays();
            if (auto expiring = HoldRepository(db, userId).holds(soon))
                loaded.expiring = *expiring;
            return loaded;
        },
        [this, keep](const Result<ListLoad> &loaded) {
            m_loading = false;
            if (!loaded) {
                m_ui->messageBar->showError(loaded.error());
                return;
            }
            showProjects(*loaded, keep);
        });
}

void ProjectsPage::showProjects(const ListLoad &loaded, const QString &selectId)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setProjects(loaded.rows);
    if (first && !m_columnsRemembered) {
        m_ui->table->resizeColumnsToContents();
        QHeaderView *h = m_ui->table->horizontalHeader();
        // Names get room but never all of it: on a 1024-wide window the event's name was squeezed
        // to "…" by a stretched column; now the last column takes what a wide window has left.
        h->resizeSection(
            ProjectListModel::Client, qBound(160, h->sectionSize(ProjectListModel::Client), 260));
        h->resizeSection(
            ProjectListModel::Event, qBound(200, h->sectionSize(ProjectListModel::Event), 320));
        h->resizeSection(
            ProjectListModel::City, qBound(100, h->sectionSize(ProjectListModel::City), 160));
        for (int c :
            { ProjectListModel::EventDate, ProjectListModel::Status, ProjectListModel::Attendees,
                ProjectListModel::Shortlisted, ProjectListModel::Responded })
            h->resizeSection(c, qMax(72, h->sectionSize(c)));
        // Sized for every status, not only those of the first list ("Active" cut "Completed").
        int status = 0;
        for (ProjectStatus st : allProjectStatuses())
            status = qMax(
                status, m_ui->table->fontMetrics().horizontalAdvance(projectStatusLabel(st)));
        status = qMax(status,
            m_ui->table->fontMetrics().horizontalAdvance(
                tr("Archived %1").arg(displayDate(QDate(2026, 12, 30)))));
        h->resizeSection(
            ProjectListModel::Status, qMax(h->sectionSize(ProjectListModel::Status), status + 24));
        h->setStretchLastSection(true);
    }
    if (const auto &counts = loaded.counts) {
        m_ui->summaryLabel->setText(tr("%1 shown · %2 active · %3 completed · %4 cancelled")
                                        .arg(loaded.rows.size())
                                        .arg(counts->value(ProjectStatus::Active))
                                        .arg(counts->value(ProjectStatus::Completed))
                                        .arg(counts->value(ProjectStatus::Cancelled)));
    }
    showExpiring(loaded.expiring);
    if (!selectId.isEmpty())
        selectRow(m_model->rowOf(selectId));
    updateButtons();
}

void ProjectsPage::showExpiring(const QList<Hold> &expiring)
{
    m_expiring = expiring;
    if (!m_expiryTold) {
        m_expiryTold = true;
        if (!expiring.isEmpty())
            Q_EMIT holdsExpiring(int(expiring.size()), reminderDays());
    }
    QLabel *label = m_ui->expiringLabel;
    if (expiring.isEmpty()) {
        label->hide();
        return;
    }
    QStringList lines { tr("Holds expiring within %1 days (%2; nothing is sent without you):")
                            .arg(reminderDays())
                            .arg(expiring.size()) };
    for (qsizetype i = 0; i < expiring.size() && i < 3; ++i) {
        const Hold &h = expiring.at(i);
        lines << tr("• %1 for %2: %3 expires %4")
                     .arg(h.spaceName.isEmpty()
                             ? h.venueName
                             : QStringLiteral("%1, %2").arg(h.spaceName, h.venueName),
                         h.projectTitle, holdStatusLabel(h.status).toLower(),
                         displayDate(*h.expiresOn));
    }
    if (expiring.size() > 3)
        lines << tr("…and %1 more (venuemapctl holds list --expiring %2).")
                     .arg(expiring.size() - 3)
                     .arg(reminderDays());
    label->setText(lines.join(QLatin1Char('\n')));
    label->show();
}

int ProjectsPage::selectedRow() const
{
    const auto rows = m_ui->table->selectionModel() ? m_ui->table->selectionModel()->selectedRows()
                                                    : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ProjectsPage::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_ui->table->selectRow(row);
}

void ProjectsPage::updateButtons()
{
    const auto *s = m_model->summaryAt(selectedRow());
    const bool any = s != nullptr;
    const bool archived = any && s->project.isArchived();
    m_ui->editButton->setEnabled(any && !archived && !m_archiving);
    m_ui->openButton->setEnabled(any);
    m_ui->archiveButton->setEnabled(any && !m_archiving);
    m_ui->archiveButton->setText(archived ? tr("Rest&ore") : tr("Arc&hive…"));
    m_ui->archiveButton->setToolTip(archived
            ? tr("Bring the project back to the list with the status it had, and allow changes")
            : tr("Hide the project from the list and make it read-only; it can be restored"));
    ReadOnlyEdits::apply(m_db, { m_ui->newButton, m_ui->editButton, m_ui->archiveButton });
}

void ProjectsPage::archiveSelected()
{
    const auto *s = m_model->summaryAt(selectedRow());
    if (!s || s->project.isArchived() || m_db.isReadOnly())
        return;
    const Project project = s->project;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Archive project"),
        tr("Archive “%1”?").arg(project.title()), QMessageBox::NoButton, this);
    ask->setTextFormat(Qt::PlainText);
    ask->setInformativeText(tr("It leaves the list (Show archived brings it back into view) and "
                               "nobody can change it, its shortlist, dates or holds until it is "
                               "restored. Its status (%1) is kept.")
                                .arg(projectStatusLabel(project.status)));
    ask->addButton(tr("Archive"), QMessageBox::AcceptRole);
    ask->addButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    m_archiveQuestion = ask;
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, project](QAbstractButton *b) {
        if (ask->buttonRole(b) == QMessageBox::AcceptRole)
            setArchived(project, true);
    });
    ask->open();
}

void ProjectsPage::restoreSelected()
{
    const auto *s = m_model->summaryAt(selectedRow());
    if (s && s->project.isArchived() && !m_db.isReadOnly())
        setArchived(s->project, false);
}

void ProjectsPage::setArchived(const Project &project, bool archived)
{
    if (m_archiving)
        return;
    m_archiving = true;
    updateButtons();
    m_editReader->read<Project>(
        [project, archived, userId = m_user.id](const Database &db) {
            ProjectRepository repo(db, userId);
            return archived ? repo.archiveProject(project) : repo.restoreProject(project);
        },
        [this, archived](const Result<Project> &saved) {
            m_archiving = false;
            if (!saved) {
                m_ui->messageBar->showError(saved.error());
                reload();
                return;
            }
            m_ui->messageBar->showMessage(archived
                    ? tr("Archived %1. Show archived lists it; Restore brings it back.")
                          .arg(saved->title())
                    : tr("Restored %1.").arg(saved->title()),
                MessageBar::Kind::Success);
            load(saved->id);
            if (m_ui->stack->currentWidget() == m_workspace)
                m_workspace->reload();
        });
}

void ProjectsPage::openDialogFor(const Project &project)
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new ProjectDialog(m_repo.get(), project, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this, d = m_dialog] {
        if (m_dialog == d)
            m_dialog = nullptr;
    });
    const bool isNew = project.id.isEmpty();
    connect(m_dialog, &ProjectDialog::projectSaved, this, [this, isNew](const Project &saved) {
        load(saved.id);
        m_ui->messageBar->showMessage(
            isNew ? tr("Created %1.").arg(saved.title()) : tr("Saved %1.").arg(saved.title()),
            MessageBar::Kind::Success);
        if (m_ui->stack->currentWidget() == m_workspace)
            m_workspace->reload();
    });
    m_dialog->open();
}

void ProjectsPage::newProject()
{
    if (!m_db.isReadOnly())
        openDialogFor({});
}

void ProjectsPage::editSelected()
{
    const auto *s = m_model->summaryAt(selectedRow());
    if (!s || m_db.isReadOnly())
        return;
    if (m_fetchingForEdit)
        return; // the dialog opens when the project is in
    // Edit what is in the database now, not what the list read a while ago.
    m_fetchingForEdit = true;
    m_editReader->read<Project>(
        [id = s->project.id, userId = m_user.id](
            const Database &db) { return ProjectRepository(db, userId).fetchProject(id); },
        [this](const Result<Project> &latest) {
            m_fetchingForEdit = false;
            if (!latest) {
                m_ui->messageBar->showError(latest.error());
                reload();
                return;
            }
            openDialogFor(*latest);
        });
}

void ProjectsPage::openSelected()
{
    if (const auto *s = m_model->summaryAt(selectedRow()))
        openProject(s->project.id);
}

void ProjectsPage::openProject(const QString &projectId)
{
    if (auto s = m_workspace->open(projectId); !s) {
        m_ui->messageBar->showError(s.error());
        return;
    }
    m_ui->stack->setCurrentWidget(m_workspace); // shows it opening; a failure brings the list back
}

void ProjectsPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
    reload();
}

void ProjectsPage::showReports()
{
    if (!m_reports) {
        m_reports = new ReportsPage(m_db, this);
        m_ui->stack->addWidget(m_reports);
        connect(m_reports, &ReportsPage::backRequested, this, &ProjectsPage::showList);
    }
    m_reports->reload();
    m_ui->stack->setCurrentWidget(m_reports);
}

void ProjectsPage::showClients()
{
    if (!m_clients) {
        m_clients = new ClientsPanel(m_db, this);
        m_ui->stack->addWidget(m_clients);
        connect(m_clients, &ClientsPanel::backRequested, this, &ProjectsPage::showList);
        connect(m_clients, &ClientsPanel::addRequested, this, &ProjectsPage::addVenueToProject);
    }
    const auto *s = m_model->summaryAt(selectedRow());
    m_clients->setPreferredProject(s ? s->project.id : QString());
    if (s)
        m_clients->selectClient(s->project.clientName);
    else
        m_clients->reload();
    m_ui->stack->setCurrentWidget(m_clients);
}

void ProjectsPage::addVenueToProject(const QString &projectId, const QString &venueId)
{
    // The workspace's own add (ShortlistEditor, off the GUI thread, with Undo in its message
    // bar) runs once the project is open, so the shortlist it reads cannot miss the venue.
    auto once = std::make_shared<QList<QMetaObject::Connection>>();
    const auto done = [once] {
        for (const auto &c : std::as_const(*once))
            QObject::disconnect(c);
    };
    *once << connect(m_workspace, &ProjectWorkspace::projectOpened, this,
        [this, done, projectId, venueId](const QString &opened) {
            done();
            if (opened == projectId)
                m_workspace->addVenues({ venueId });
        });
    *once << connect(m_workspace, &ProjectWorkspace::openFailed, this, [done] { done(); });
    openProject(projectId);
}

} // namespace VenueMap::Ui
