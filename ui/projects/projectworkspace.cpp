#include "projectworkspace.h"
#include "plaintextlabels.h"

#include "activitypanel.h"
#include "addvenuesdialog.h"
#include "attachmentsdialog.h"
#include "db/backgroundreader.h"
#include "db/changefeed.h"
#include "declinedialog.h"
#include "domain/currency.h"
#include "domain/language.h"
#include "domain/outreachemail.h"
#include "domain/quote.h"
#include "domain/venue.h"
#include "emaildraftdialog.h"
#include "emptystate.h"
#include "export/proposalpdf.h"
#include "holdspanel.h"
#include "itemmodels/shortlistmodel.h"
#include "outreachpanel.h"
#include "projectdialog.h"
#include "proposals/proposalpreviewdialog.h"
#include "quotesdialog.h"
#include "readonlyedits.h"
#include "repositories/activityrepository.h"
#include "repositories/cateringrepository.h"
#include "repositories/emailtemplaterepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/suggestionservice.h"
#include "services/shortlisteditor.h"
#include "shortlistdelegate.h"
#include "suggestionsdialog.h"
#include "tableheader.h"
#include "ui_projectworkspace.h"
#include "undo/undohistory.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

namespace VenueMap::Ui {

using namespace Core;

namespace {
// The venue column's width bounds when it is fitted to the names on the shortlist: a short name
// keeps a usable column, a very long one is cut rather than push the outreach columns away.
constexpr int kVenueMinWidth = 170;
constexpr int kVenueMaxWidth = 300;

// Opens a dialog without a nested event loop and forgets it when it closes.
template <typename Dialog> void openTracked(QWidget *owner, Dialog *&slot, Dialog *dialog)
{
    if (slot)
        slot->deleteLater();
    slot = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, owner, [&slot, dialog] {
        if (slot == dialog)
            slot = nullptr;
    });
    dialog->open();
}
} // namespace

ProjectWorkspace::ProjectWorkspace(Database db, CurrentUser user, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::ProjectWorkspace)
    , m_db(db)
    , m_user(user)
    , m_projects(std::make_unique<ProjectRepository>(db, user.id))
    , m_outreachRepo(std::make_unique<OutreachRepository>(db, user.id))
    , m_log(std::make_unique<ActivityRepository>(db, user.id))
    , m_editor(new ShortlistEditor(db, user.id, this))
    , m_model(new ShortlistModel(m_outreachRepo.get(), m_editor, this))
    , m_filesButton(new QPushButton(tr("F&iles…"), this))
    , m_undoAction(new QAction(tr("&Undo"), this))
    , m_outreach(new OutreachPanel(m_outreachRepo.get(), this))
    , m_activity(new ActivityPanel(m_log.get(), this))
    , m_holds(new HoldsPanel(db, user.id, this))
    , m_reader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("workspace"))))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->sideTabs->addTab(m_outreach, tr("Outreach"));
    m_ui->sideTabs->addTab(m_activity, tr("Activity"));
    m_ui->sideTabs->addTab(m_holds, tr("Holds"));
    // The shortlist takes the room a wider window gives; the chart panel keeps its own width.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setSizes({ 1000, 270 });
    setUpArchivedBanner();
    setUpShortlistView();
    // The summary ("6 venues · 2 in proposal · 4 waiting for a reply") stays one line: it takes
    // the room the buttons leave and is cut short with "…" (the whole of it as its tooltip).
    QLabel *summary = m_ui->shortlistSummary;
    summary->setWordWrap(false);
    summary->setTextFormat(Qt::PlainText);
    summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    summary->setMinimumWidth(summary->fontMetrics().horizontalAdvance(QStringLiteral("0000…")));
    m_ui->actionsRow->setStretchFactor(summary, 1);
    summary->installEventFilter(this);

    connect(m_ui->backButton, &QToolButton::clicked, this, &ProjectWorkspace::backRequested);
    connect(m_ui->editProjectButton, &QPushButton::clicked, this, &ProjectWorkspace::editProject);
    connect(m_ui->addVenuesButton, &QPushButton::clicked, this, &ProjectWorkspace::openAddVenues);
    connect(m_ui->suggestButton, &QPushButton::clicked, this, &ProjectWorkspace::openSuggestions);
    connect(
        m_ui->emailButton, &QPushButton::clicked, this, [this] { openEmailDraft(selectedRow()); });
    connect(m_ui->quotesButton, &QPushButton::clicked, this, [this] { openQuotes(selectedRow()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProjectWorkspace::removeSelected);
    m_filesButton->setObjectName(QStringLiteral("filesButton"));
    m_filesButton->setToolTip(tr("Contracts, floor plans and other files of the selected venue"));
    m_ui->actionsRow->insertWidget(m_ui->actionsRow->indexOf(m_ui->emailButton) + 1, m_filesButton);
    connect(m_filesButton, &QPushButton::clicked, this, [this] { openFiles(selectedRow()); });
    connect(m_ui->upButton, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_ui->proposalButton, &QPushButton::clicked, this, &ProjectWorkspace::openProposal);

    connect(m_model, &ShortlistModel::saved, this, [this] {
        // The email dialog offers "mark sent" only for a draft, so Sent here is that change saved.
        if (const ShortlistEntry *e = m_model->entryAt(m_model->rowOf(m_markedSentId));
            e && e->row.status == OutreachStatus::Sent) {
            m_ui->messageBar->showMessage(
                tr("Marked %1 as sent.").arg(e->venueName), MessageBar::Kind::Success);
            m_markedSentId.clear();
        }
        refreshSidePanels();
        Q_EMIT projectChanged();
    });
    connect(m_model, &ShortlistModel::failed, this, [this] {
        m_markedSentId.clear();
        showFailure();
    });
    connect(m_model, &ShortlistModel::added, this, &ProjectWorkspace::showAdded);
    connect(m_model, &ShortlistModel::reordered, this,
        [this] { selectRow(m_model->rowOf(m_movedId)); });
    connect(m_model, &ShortlistModel::removed, this, [this](const QString &name) {
        m_lastRemovedName = name;
        m_ui->messageBar->showMessage(
            tr("Removed %1 from the shortlist.").arg(name), MessageBar::Kind::Info, m_undoAction);
    });
    // After the model has taken the outcome in (it connected first).
    connect(m_editor, &ShortlistEditor::finished, this, &ProjectWorkspace::recordUndo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoHistory()->undo(); });
    connect(
        m_model, &ShortlistModel::declineReasonNeeded, this, &ProjectWorkspace::askDeclineReason);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectWorkspace::refreshSidePanels);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectWorkspace::fitVenueColumn);
    // "(3 of 6 venues fit)" follows venues added or removed.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_opening)
            refreshHeader();
    });
    connect(m_outreach, &OutreachPanel::failed, this,
        [this] { m_ui->messageBar->showError(m_outreach->lastError()); });
    connect(m_activity, &ActivityPanel::failed, this,
        [this] { m_ui->messageBar->showError(m_activity->lastError()); });
    connect(m_holds, &HoldsPanel::failed, this,
        [this] { m_ui->messageBar->showError(m_holds->lastError()); });
    connect(m_holds, &HoldsPanel::changed, this, [this](const QString &sentence) {
        m_ui->messageBar->showMessage(sentence, MessageBar::Kind::Success);
    });
    connect(m_outreach, &OutreachPanel::venueActivated, this,
        [this](const QString &id) { selectRow(m_model->rowOf(id)); });
    connect(m_outreach, &OutreachPanel::emailRequested, this,
        [this](const QString &id) { openEmailDraft(m_model->rowOf(id)); });
    // The row's version moved on: the shortlist is read again so its next edit is no conflict.
    connect(m_outreach, &OutreachPanel::respondByChanged, this, [this] { reload(); });
    watchColleagues();
}

ProjectWorkspace::~ProjectWorkspace()
{
    delete m_ui;
}

void ProjectWorkspace::setUpShortlistView()
{
    QTableView *view = m_ui->shortlistView;
    m_editTriggers = view->editTriggers().toInt();
    view->setModel(m_model);
    auto *delegate = new ShortlistDelegate(view);
    view->setItemDelegate(delegate);
    // The quoted price is the latest quote's (kept by the database): editing it adds a quote.
    connect(
        delegate, &ShortlistDelegate::quotesRequested, this, [this](int row) { openQuotes(row); });
    if (m_db.isReadOnly()) {
        delegate->setReadOnly(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setToolTip(ReadOnlyEdits::reason());
        m_outreach->setReadOnly(true);
    }
    view->verticalHeader()->setDefaultSectionSize(46);
    view->setIconSize(QSize(60, 40));
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    // No header is cut ("Qu…"): a column is at least as wide as its title, and a date column as a
    // date ("28 Sep 2027"). The venue column is fitted to the names once they are in.
    const int dateWidth = view->fontMetrics().horizontalAdvance(displayDate(QDate(2027, 9, 28)))
        + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 12;
    const QList<QPair<int, int>> widths { { ShortlistModel::Photo, 64 },
        { ShortlistModel::Venue, kVenueMinWidth }, { ShortlistModel::City, 90 },
        { ShortlistModel::Capacity, 64 }, { ShortlistModel::History, 100 },
        { ShortlistModel::Status, 110 }, { ShortlistModel::Include, 64 },
        { ShortlistModel::Caterer, 100 }, { ShortlistModel::Price, 80 },
        { ShortlistModel::Sent, dateWidth }, { ShortlistModel::Responded, dateWidth },
        // The notes, last, take what the window has left; their title is the least they keep
        // (not Qt's 100 pixels, which pushed a longer language's columns out of view).
        { ShortlistModel::Notes, 40 } };
    for (const auto &[column, width] : widths)
        h->resizeSection(column, qMax(width, h->sectionSizeHint(column)));
    // What fits a 1366-pixel laptop beside the outreach panel without scrolling sideways: the
    // sent and answered dates (also in the chase list and the activity) and the client history
    // (also in every row's tooltip) wait in the column chooser (right-click the header).
    for (int hidden : { ShortlistModel::History, ShortlistModel::Sent, ShortlistModel::Responded })
        h->setSectionHidden(hidden, true);
    m_headerRestored = TableHeader::install(h, QStringLiteral("shortlist"))->restored();
    // A width the person dragged is theirs: the venue column is no longer fitted to the names.
    connect(h, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == ShortlistModel::Venue && !m_fittingColumns)
            m_venueWidthByHand = true;
    });
    m_empty = new EmptyState(view);
    connect(m_empty, &EmptyState::actionTriggered, this, &ProjectWorkspace::openAddVenues);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProjectWorkspace::updateButtons);
    updateButtons();
}

namespace {
// What opening a project reads, on the workspace's reader thread.
struct OpenedProject
{
    Project project;
    QList<ShortlistEntry> shortlist;
    QList<CateringProvider> caterers;
};
} // namespace

Status ProjectWorkspace::open(const QString &projectId)
{
    // The shortlist (with thumbnails) is read off the GUI thread (DESIGN §4); until it is in, the
    // workspace shows the project as opening and offers nothing to change.
    m_opening = true;
    m_project = Project();
    m_project.id = projectId;
    m_model->setProjectId(projectId);
    m_outreach->setProjectId(projectId);
    m_activity->setProjectId(projectId);
    m_holds->setProjectId(projectId);
    m_ui->messageBar->hide();
    m_ui->titleLabel->setText(tr("Opening the project…"));
    m_ui->detailsLabel->clear();
    m_model->setEntries({});
    // Each project opens at its first column and row, not where the last one was scrolled to.
    m_ui->shortlistView->horizontalScrollBar()->setValue(0);
    m_ui->shortlistView->verticalScrollBar()->setValue(0);
    updateButtons();
    read(projectId, true);
    return {};
}

void ProjectWorkspace::read(const QString &projectId, bool opening)
{
    const QString userId = m_user.id;
    m_reader->read<OpenedProject>(
        [projectId, userId](const Database &db) -> Result<OpenedProject> {
            OpenedProject opened;
            auto project = ProjectRepository(db, userId).fetchProject(projectId);
            if (!project)
                return project.error();
            opened.project = *project;
            auto rows = OutreachRepository(db, userId).fetchShortlist(projectId);
            if (!rows)
                return rows.error();
            opened.shortlist = std::move(*rows);
            auto caterers = CateringRepository(db).fetchProviders(true);
            if (!caterers)
                return caterers.error();
            opened.caterers = std::move(*caterers);
            return opened;
        },
        [this, projectId, opening](const Result<OpenedProject> &opened) {
            if (!opening) { // read again after a change elsewhere: say why if it failed, keep rows
                if (!opened) {
                    m_ui->messageBar->showError(opened.error());
                    return;
                }
                const ShortlistEntry *current
                    = m_model->entryAt(m_ui->shortlistView->selectionModel()->currentIndex().row());
                const QString currentId = current ? current->row.id : QString();
                const int scrolled = m_ui->shortlistView->verticalScrollBar()->value();
                m_project = opened->project;
                m_model->setRoomNeeds(roomNeedsOf(m_project));
                m_model->setCaterers(opened->caterers);
                m_model->setEntries(opened->shortlist);
                m_ui->shortlistView->verticalScrollBar()->setValue(scrolled);
                if (!currentId.isEmpty())
                    selectRow(m_model->rowOf(currentId));
                refreshHeader();
                updateButtons();
                return;
            }
            m_opening = false;
            if (!opened) {
                m_ui->titleLabel->setText(tr("The project could not be opened"));
                m_ui->messageBar->showError(opened.error());
                updateButtons();
                Q_EMIT openFailed(opened.error());
                return;
            }
            m_project = opened->project;
            m_model->setRoomNeeds(roomNeedsOf(m_project));
            m_holds->setEventDate(m_project.eventDate);
            m_model->setCaterers(opened->caterers);
            m_model->setCurrencySymbol(currencySymbol(m_project.currency));
            m_model->setEntries(opened->shortlist); // resets: the side panels follow
            refreshHeader();
            updateButtons();
            Q_EMIT projectOpened(projectId);
        });
}

void ProjectWorkspace::reload()
{
    if (m_project.id.isEmpty() || m_opening)
        return;
    read(m_project.id, false);
}

void ProjectWorkspace::reloadCaterers()
{
    reload(); // the caterer names come with the shortlist, in one read
}

void ProjectWorkspace::refreshHeader()
{
    applyEditable();
    const Project &p = m_project;
    m_ui->titleLabel->setText(p.title());
    QStringList parts;
    parts << (p.eventDate.isValid() ? displayDate(p.eventDate) : tr("no date yet"));
    if (p.attendees)
        parts << tr("%Ln guest(s)", nullptr, *p.attendees);
    if (!p.city.isEmpty())
        parts << p.city;
    if (p.budgetCents)
        parts << tr("budget %1").arg(displayMoney(p.budgetCents, currencySymbol(p.currency)));
    parts << projectStatusLabel(p.status);
    if (!p.requiredFacilities.isEmpty())
        parts << tr("needs %1").arg(Core::facilitiesLabel(p.requiredFacilities));
    const RoomNeeds needs = roomNeedsOf(p);
    if (needs.any() && m_model->rowCount() > 0)
        parts << tr("rooms: %1 (%2 of %3 venues fit)")
                     .arg(needs.describe())
                     .arg(m_model->fittingCount())
                     .arg(m_model->rowCount());
    else if (needs.any())
        parts << tr("rooms: %1").arg(needs.describe());
    m_ui->detailsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void ProjectWorkspace::refreshSidePanels()
{
    if (m_opening)
        return; // they follow when the shortlist is in
    const auto counts = m_model->countsByStatus();
    m_outreach->setCounts(counts);
    m_outreach->reloadChaseList();
    m_activity->reload();
    m_holds->reload();
    int included = 0;
    for (const auto &e : m_model->entries())
        included += e.row.includeInProposal ? 1 : 0;
    if (m_model->rowCount() == 0)
        m_empty->showText(tr("No venues on this shortlist yet. Add them from the venue book with "
                             "“Add venues…”, or let “Suggest venues…” pick ones that fit."),
            tr("Add venues…"));
    else
        m_empty->hide();
    // The waiting count in the outreach panel's words, from the same definition.
    m_summaryText = tr("%Ln venue(s) · %1 in proposal · %2", nullptr, m_model->rowCount())
                        .arg(QString::number(included),
                            OutreachPanel::waitingText(waitingForReplyCount(counts)));
    showSummary();
    updateButtons();
}

QString ProjectWorkspace::summaryText() const
{
    return m_summaryText;
}

void ProjectWorkspace::showSummary()
{
    QLabel *label = m_ui->shortlistSummary;
    const QString shown
        = label->fontMetrics().elidedText(m_summaryText, Qt::ElideRight, label->width());
    label->setText(shown);
    label->setToolTip(shown == m_summaryText ? QString() : m_summaryText);
}

bool ProjectWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->shortlistSummary && event->type() == QEvent::Resize)
        showSummary();
    return QWidget::eventFilter(watched, event);
}

void ProjectWorkspace::fitVenueColumn()
{
    if (m_headerRestored || m_venueWidthByHand || m_model->rowCount() == 0)
        return;
    QAbstractItemView *view = m_ui->shortlistView; // QTableView hides sizeHintForColumn()
    const int wanted
        = qBound(kVenueMinWidth, view->sizeHintForColumn(ShortlistModel::Venue), kVenueMaxWidth);
    m_fittingColumns = true;
    m_ui->shortlistView->horizontalHeader()->resizeSection(ShortlistModel::Venue, wanted);
    m_fittingColumns = false;
}

void ProjectWorkspace::showFailure()
{
    const DbError &e = m_model->lastError();
    if (e.kind == DbError::Kind::Conflict) {
        m_ui->messageBar->showMessage(
            tr("Someone else changed this venue's row in the meantime. Their version is shown "
               "now and yours was not saved; make your change again if it still applies."),
            MessageBar::Kind::Warning);
        return;
    }
    m_ui->messageBar->showError(e);
}

QString ProjectWorkspace::emptyText() const
{
    return m_empty->text();
}

QString ProjectWorkspace::messageText() const
{
    return m_ui->messageBar->text();
}

int ProjectWorkspace::selectedRow() const
{
    const auto rows = m_ui->shortlistView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ProjectWorkspace::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_ui->shortlistView->selectRow(row);
}

void ProjectWorkspace::openProposal()
{
    if (m_project.id.isEmpty())
        return;
    auto *dialog = new ProposalPreviewDialog(m_db, m_project.id, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectWorkspace::openFiles(int row)
{
    const ShortlistEntry *entry = m_model->entryAt(row);
    if (!entry)
        return;
    if (m_filesDialog)
        m_filesDialog->close();
    auto *dialog = new AttachmentsDialog(
        m_db, m_user.id, entry->row.id, entry->venueName, m_project.title(), true, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A file added or removed is in the project's activity log.
    connect(
        dialog, &AttachmentsDialog::attachmentsChanged, this, &ProjectWorkspace::refreshSidePanels);
    m_filesDialog = dialog;
    dialog->open();
}

AttachmentsDialog *ProjectWorkspace::filesDialog() const
{
    return m_filesDialog;
}

void ProjectWorkspace::updateButtons()
{
    const int row = m_opening ? -1 : selectedRow();
    m_ui->shortlistView->setEnabled(!m_opening);
    for (QWidget *w : { m_ui->editProjectButton, m_ui->addVenuesButton, m_ui->suggestButton })
        w->setEnabled(!m_opening);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->emailButton->setEnabled(row >= 0);
    m_ui->quotesButton->setEnabled(row >= 0);
    m_filesButton->setEnabled(row >= 0); // also on a read-only database: the files can be read
    m_holds->setCurrentEntry(m_model->entryAt(row));
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    ReadOnlyEdits::apply(m_db,
        { m_ui->editProjectButton, m_ui->addVenuesButton, m_ui->suggestButton, m_ui->emailButton,
            m_ui->removeButton, m_ui->upButton, m_ui->downButton });
    if (m_project.isArchived()) {
        const QList<QWidget *> edits { m_ui->editProjectButton, m_ui->addVenuesButton,
            m_ui->suggestButton, m_ui->emailButton, m_ui->removeButton, m_ui->upButton,
            m_ui->downButton };
        for (QWidget *w : edits) {
            w->setEnabled(false);
            w->setToolTip(tr("This project is archived. Restore it to change it."));
        }
    }
}

void ProjectWorkspace::setUpArchivedBanner()
{
    m_archivedBanner = new QFrame(this);
    m_archivedBanner->setObjectName(QStringLiteral("archivedBanner"));
    m_archivedBanner->setStyleSheet(QStringLiteral(
        "#archivedBanner { background: #eceff3; border: 1px solid #b8c0cc; border-radius: 4px; }"));
    auto *row = new QHBoxLayout(m_archivedBanner);
    row->setContentsMargins(8, 4, 8, 4);
    m_archivedLabel = new QLabel(m_archivedBanner);
    m_archivedLabel->setTextFormat(Qt::PlainText);
    m_archivedLabel->setWordWrap(true);
    m_restoreButton = new QPushButton(tr("Rest&ore"), m_archivedBanner);
    m_restoreButton->setToolTip(
        tr("Bring the project back to the list with the status it had, and allow changes"));
    row->addWidget(m_archivedLabel, 1);
    row->addWidget(m_restoreButton);
    connect(m_restoreButton, &QPushButton::clicked, this,
        [this] { Q_EMIT restoreRequested(m_project); });
    m_ui->outer->insertWidget(1, m_archivedBanner);
    m_archivedBanner->hide();
}

QString ProjectWorkspace::archivedBannerText() const
{
    return m_archivedBanner->isVisibleTo(this) ? m_archivedLabel->text() : QString();
}

void ProjectWorkspace::applyEditable()
{
    const bool editable = isEditable();
    const bool archived = m_project.isArchived();
    m_archivedBanner->setVisible(archived);
    if (archived)
        m_archivedLabel->setText(tr("This project is archived. Restore it to change it.")
            + QStringLiteral("  ")
            + tr("(Archived %1; status %2.)")
                  .arg(displayDate(m_project.archivedAt.toLocalTime().date()),
                      projectStatusLabel(m_project.status)));
    ReadOnlyEdits::apply(m_db, { m_restoreButton });
    QTableView *view = m_ui->shortlistView;
    if (auto *delegate = qobject_cast<ShortlistDelegate *>(view->itemDelegate()))
        delegate->setReadOnly(!editable);
    view->setEditTriggers(editable
            ? QAbstractItemView::EditTriggers(m_editTriggers)
            : QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers));
    if (!m_db.isReadOnly())
        view->setToolTip(
            archived ? tr("This project is archived. Restore it to change it.") : QString());
    m_outreach->setReadOnly(!editable);
    m_holds->setReadOnly(!editable);
    // The project's money is in its currency (issue 14).
    m_model->setCurrencySymbol(currencySymbol(m_project.currency));
}

void ProjectWorkspace::addVenues(const QStringList &venueIds)
{
    m_model->addVenues(venueIds); // the model says what came of it (added(), or failed())
}

void ProjectWorkspace::showAdded(const OutreachRepository::AddResult &added)
{
    const OutreachRepository::AddResult *result = &added;
    QStringList said;
    if (!result->added.isEmpty())
        said << tr("Added %Ln venue(s) to the shortlist.", nullptr, int(result->added.size()));
    if (!result->alreadyShortlisted.isEmpty())
        said << tr("Already on the shortlist, not added again: %1.")
                    .arg(result->alreadyShortlisted.join(QStringLiteral(", ")));
    if (!result->notFound.isEmpty())
        said << tr("Deleted from the book meanwhile: %Ln venue(s).", nullptr,
            int(result->notFound.size()));
    // Undo (Edit ▸ Undo) takes the added venues off again; it is offered once the change is kept.
    m_ui->messageBar->showMessage(said.join(QLatin1Char(' ')),
        result->alreadyShortlisted.isEmpty() && result->notFound.isEmpty()
            ? MessageBar::Kind::Success
            : MessageBar::Kind::Warning,
        result->added.isEmpty() ? nullptr : m_undoAction);
    if (!result->added.isEmpty()) {
        selectRow(m_model->rowOf(result->added.last().id));
        Q_EMIT projectChanged();
    }
}

void ProjectWorkspace::requestStatus(int row, OutreachStatus status)
{
    if (!isEditable())
        return;
    if (status == OutreachStatus::Declined)
        askDeclineReason(row);
    else
        m_model->setStatus(row, status);
}

void ProjectWorkspace::askDeclineReason(int row)
{
    const ShortlistEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    const QString id = e->row.id;
    auto *dialog = new DeclineDialog(e->venueName, m_project.clientName, this);
    // The reason goes to the model as decline_reason text ("label" or "label: note"); the
    // database derives decline_code and decline_note from it (migration 0014).
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        const QString reason = dialog->reasonText();
        if (reason.isEmpty()) {
            m_ui->messageBar->showMessage(
                tr("Not marked declined: a decline needs a reason."), MessageBar::Kind::Warning);
            return;
        }
        m_model->setStatus(m_model->rowOf(id), OutreachStatus::Declined, reason);
    });
    openTracked(this, m_declineDialog, dialog);
}

void ProjectWorkspace::setUndoHistory(UndoHistory *history)
{
    m_undo = history;
}

UndoHistory *ProjectWorkspace::undoHistory()
{
    if (!m_undo)
        m_undo = new UndoHistory(m_db, this);
    return m_undo;
}

void ProjectWorkspace::pushUndoable(UndoableChange *undoable)
{
    // A step that no longer applies says why and shows what the database holds now.
    QPointer<ProjectWorkspace> self(this);
    undoable->failed = [self](bool, const DbError &error) {
        if (!self)
            return;
        self->m_ui->messageBar->showError(error);
        self->reload();
    };
    if (undoHistory()->push(undoable))
        m_undo->offer(m_undoAction, undoable);
}

void ProjectWorkspace::recordUndo(const ShortlistOutcome &outcome)
{
    using Kind = ShortlistChange::Kind;
    const Kind kind = outcome.change.kind;
    if (kind == Kind::Add) {
        recordAddUndo(outcome);
        return;
    }
    if (kind == Kind::Reorder || kind == Kind::Reinstate)
        return;
    const bool removed = outcome.kind == ShortlistOutcome::Kind::Removed;
    if (!removed
        && (outcome.kind != ShortlistOutcome::Kind::Saved
            || outcome.stored.version == outcome.before.version)) // nothing changed
        return;
    const ShortlistEntry *entry = m_model->entryAt(m_model->rowOf(outcome.projectVenueId));
    QString venue = entry ? entry->venueName : QString();
    if (removed) // the row has left the model already; removed() named it
        venue = m_lastRemovedName;
    QString text;
    switch (kind) {
    case Kind::Remove:
        text = tr("Remove %1 from the Shortlist").arg(venue);
        break;
    case Kind::Status:
        text = tr("Move %1 to %2").arg(venue, outreachStatusLabel(outcome.change.status));
        break;
    default:
        text = tr("Edit %1 on the Shortlist").arg(venue);
        break;
    }
    // The row as the database has it after each step, so the next step carries its version.
    auto current = std::make_shared<ProjectVenue>(removed ? outcome.before : outcome.stored);
    const ProjectVenue before = outcome.before;
    const QString projectId = outcome.projectId;
    const QString userId = m_user.id;
    const ShortlistChange change = outcome.change;
    const ShortlistChange back = change.reverting(before);
    const auto step = [current, projectId, userId](const ShortlistChange &what) {
        return [current, projectId, userId, what](const Database &db) -> Status {
            OutreachRepository repository(db, userId);
            const ShortlistOutcome done
                = ShortlistEditor::apply(repository, projectId, *current, what);
            if (done.kind == ShortlistOutcome::Kind::Saved)
                *current = done.stored;
            else if (done.kind != ShortlistOutcome::Kind::Removed)
                return done.error;
            return {};
        };
    };
    auto *undoable = new UndoableChange(text, step(change), step(back));
    undoable->markDone();
    QPointer<ProjectWorkspace> self(this);
    undoable->done = [self, venue, removed, text](bool undone) {
        if (!self)
            return;
        self->reload();
        Q_EMIT self->projectChanged();
        if (removed && !undone)
            self->m_ui->messageBar->showMessage(tr("Removed %1 from the shortlist.").arg(venue),
                MessageBar::Kind::Info, self->m_undoAction);
        else if (removed)
            self->m_ui->messageBar->showMessage(
                tr("%1 is back on the shortlist.").arg(venue), MessageBar::Kind::Success);
        else
            self->m_ui->messageBar->showMessage(
                undone ? tr("Undone: %1.").arg(text) : tr("Redone: %1.").arg(text),
                MessageBar::Kind::Success);
    };
    pushUndoable(undoable);
}

void ProjectWorkspace::recordAddUndo(const ShortlistOutcome &outcome)
{
    const QList<ProjectVenue> &rows = outcome.added.added;
    if (outcome.kind != ShortlistOutcome::Kind::Added || rows.isEmpty())
        return;
    // The model has the new rows already (it took the outcome in first).
    const ShortlistEntry *first = m_model->entryAt(m_model->rowOf(rows.first().id));
    const QString text = rows.size() == 1 && first
        ? tr("Add %1 to the Shortlist").arg(first->venueName)
        : tr("Add %n Venue(s) to the Shortlist", nullptr, int(rows.size()));
    // Undo takes the added rows off, Redo puts the same rows back (same ids, same order); each
    // step carries the versions the one before left, so a colleague's edit meanwhile is a
    // conflict, not overwritten.
    auto current = std::make_shared<QList<ProjectVenue>>(rows);
    const QString projectId = outcome.projectId;
    const QString userId = m_user.id;
    const auto step = [current, projectId, userId](const ShortlistChange &what) {
        return [current, projectId, userId, what](const Database &db) -> Status {
            OutreachRepository repository(db, userId);
            for (ProjectVenue &row : *current) {
                const ShortlistOutcome done
                    = ShortlistEditor::apply(repository, projectId, row, what);
                if (done.kind == ShortlistOutcome::Kind::Saved)
                    row = done.stored;
                else if (done.kind != ShortlistOutcome::Kind::Removed)
                    return done.error;
            }
            return {};
        };
    };
    auto *undoable = new UndoableChange(
        text, step(ShortlistChange::reinstate()), step(ShortlistChange::remove()));
    undoable->markDone();
    QPointer<ProjectWorkspace> self(this);
    undoable->done = [self, text](bool undone) {
        if (!self)
            return;
        self->reload();
        Q_EMIT self->projectChanged();
        self->m_ui->messageBar->showMessage(
            undone ? tr("Undone: %1.").arg(text) : tr("Redone: %1.").arg(text),
            MessageBar::Kind::Success);
    };
    pushUndoable(undoable);
}

void ProjectWorkspace::removeSelected()
{
    if (!isEditable())
        return;
    const int row = selectedRow();
    m_model->removeEntry(row); // the model says when it is done (removed(), saved())
}

void ProjectWorkspace::moveSelected(int delta)
{
    if (!isEditable())
        return;
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_movedId = m_model->entryAt(row)->row.id;
    m_model->moveEntry(row, to); // reordered() follows, and the moved row is selected again
}

void ProjectWorkspace::openAddVenues()
{
    if (!isEditable())
        return;
    auto *dialog = new AddVenuesDialog(m_db, m_project.city, roomNeedsOf(m_project), this);
    connect(dialog, &AddVenuesDialog::venuesChosen, this, &ProjectWorkspace::addVenues);
    openTracked(this, m_addDialog, dialog);
}

void ProjectWorkspace::openSuggestions()
{
    if (!isEditable())
        return;
    auto *dialog = new SuggestionsDialog(m_db, m_project, this);
    connect(dialog, &SuggestionsDialog::venuesChosen, this, &ProjectWorkspace::addVenues);
    openTracked(this, m_suggestionsDialog, dialog);
}

void ProjectWorkspace::openQuotes(int row, const QString &amount)
{
    const ShortlistEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    auto *dialog = new QuotesDialog(m_db, m_user.id,
        { e->row.id, m_project.id, e->row.venueId, e->venueName },
        // A new quote starts in the project's currency (the proposal settings' for an old one).
        !m_project.currency.isEmpty()
            ? m_project.currency
            : defaultCurrencyCode(ProposalOptions::fromSettings().currencySymbol),
        m_db.isReadOnly() || m_project.isArchived(), this);
    connect(dialog, &QuotesDialog::quotesChanged, this, [this](const QString &sentence) {
        m_ui->messageBar->showMessage(sentence, MessageBar::Kind::Success);
        read(m_project.id, false); // the shortlist's quoted price follows the latest quote
    });
    if (!amount.isEmpty())
        dialog->startQuote(amount);
    openTracked(this, m_quotesDialog, dialog);
}

void ProjectWorkspace::openEmailDraft(int row)
{
    if (!isEditable())
        return;
    const ShortlistEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    // The team's template in the project's language (read off the GUI thread), else the built-in.
    const EmailTemplateKind kind = OutreachEmail::kindFor(*e);
    const Result<EmailTemplate> tmpl
        = runOnOwnConnection<EmailTemplate>(m_db, QStringLiteral("email-template"),
            [language = m_project.language, kind](const Database &db) {
                return EmailTemplateRepository(db, {}).effective(language, kind);
            });
    if (!tmpl)
        m_ui->messageBar->showError(tmpl.error());
    const OutreachEmail email = OutreachEmail::compose(m_project, *e,
        { m_user.name, m_user.email, m_user.phone, m_user.signatureBlock },
        tmpl ? *tmpl : EmailTemplate::builtInFor(m_project.language, kind));
    const QString id = e->row.id;
    auto *dialog = new EmailDraftDialog(email, e->venueName, e->row.status != OutreachStatus::Draft,
        kind == EmailTemplateKind::Chase, this);
    connect(dialog, &EmailDraftDialog::drafted, this, [this, id] {
        const Result<bool> logged = runOnOwnConnection<bool>(m_db, QStringLiteral("outreach-log"),
            [id, userId = m_user.id](const Database &db) -> Result<bool> {
                if (auto s = OutreachRepository(db, userId).logEmailDrafted(id); !s)
                    return s.error();
                return true;
            });
        if (!logged)
            m_ui->messageBar->showError(logged.error());
        m_activity->reload();
    });
    connect(dialog, &EmailDraftDialog::markSentRequested, this, [this, id] {
        if (m_model->setStatus(m_model->rowOf(id), OutreachStatus::Sent))
            m_markedSentId = id; // said once saved
    });
    openTracked(this, m_emailDialog, dialog);
}

void ProjectWorkspace::editProject()
{
    if (!isEditable())
        return;
    // The latest version, so the dialog does not start from a stale copy (read off the GUI
    // thread while the window keeps painting).
    const Result<Project> latest = runOnOwnConnection<Project>(m_db, QStringLiteral("project-edit"),
        [id = m_project.id, userId = m_user.id](
            const Database &db) { return ProjectRepository(db, userId).fetchProject(id); });
    if (!latest) {
        m_ui->messageBar->showError(latest.error());
        return;
    }
    auto *dialog = new ProjectDialog(m_projects.get(), *latest, this);
    connect(dialog, &ProjectDialog::projectSaved, this, [this](const Project &saved) {
        m_project = saved;
        m_model->setRoomNeeds(roomNeedsOf(saved)); // the fit marks follow a new layout at once
        refreshHeader();
        m_activity->reload();
        Q_EMIT projectChanged();
    });
    openTracked(this, m_projectDialog, dialog);
}

} // namespace VenueMap::Ui

namespace VenueMap::Ui {

// Colleagues' changes to the open project (issue 18): its shortlist is read again in place
// (selection and scroll kept) when a row moved past the version shown, its holds and activity
// when theirs changed. Not while the person is typing in a cell: the read waits for the edit.
void ProjectWorkspace::watchColleagues()
{
    m_feed = Core::ChangeFeed::of(m_db.url());
    m_liveRetry = new QTimer(this);
    m_liveRetry->setSingleShot(true);
    m_liveRetry->setInterval(1000);
    connect(m_liveRetry, &QTimer::timeout, this, [this] { applyColleagues(m_livePending); });
    connect(m_feed.get(), &Core::ChangeFeed::changed, this,
        [this](const QList<Core::DataChange> &changes) {
            if (m_project.id.isEmpty())
                return;
            LiveWork work = m_livePending;
            for (const Core::DataChange &c : changes) {
                const bool ours = c.projectId == m_project.id
                    || (c.table == QLatin1String("projects") && c.id == m_project.id);
                if (!ours)
                    continue;
                if (c.table == QLatin1String("project_venues") || c.table == QLatin1String("quotes")
                    || c.table == QLatin1String("attachments")) {
                    const int row = m_model->rowOf(c.id);
                    const Core::ShortlistEntry *entry = row >= 0 ? m_model->entryAt(row) : nullptr;
                    if (!entry || c.version == 0 || entry->row.version < c.version
                        || c.table != QLatin1String("project_venues"))
                        work.shortlist = true;
                } else if (c.table == QLatin1String("projects")) {
                    work.shortlist = work.shortlist || c.version > m_project.version;
                } else if (c.table == QLatin1String("holds")
                    || c.table == QLatin1String("project_dates")) {
                    work.holds = true;
                } else if (c.table == QLatin1String("activity_logs")) {
                    work.activity = true;
                }
            }
            applyColleagues(work);
        });
    connect(m_feed.get(), &Core::ChangeFeed::everythingChanged, this, [this] {
        if (!m_project.id.isEmpty())
            applyColleagues({ true, true, true });
    });
}

void ProjectWorkspace::applyColleagues(LiveWork work)
{
    m_livePending = {};
    if (!work.shortlist && !work.holds && !work.activity)
        return;
    const QWidget *focus = QApplication::focusWidget(); // a cell's editor has it while open
    const bool typing = focus && m_ui->shortlistView->viewport()->isAncestorOf(focus);
    if (m_opening || m_editor->isBusy() || typing) {
        m_livePending = work; // after the edit or the save in progress
        m_liveRetry->start();
        return;
    }
    if (work.shortlist) {
        reload(); // the side panels follow the shortlist
        return;
    }
    if (work.holds)
        m_holds->reload();
    if (work.activity)
        m_activity->reload();
}

} // namespace VenueMap::Ui
