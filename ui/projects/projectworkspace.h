#pragma once

#include "auth/session.h"
#include "db/database.h"
#include "domain/project.h"
#include "domain/projectvenue.h"
#include "repositories/outreachrepository.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QInputDialog;
class QTimer;

namespace Ui {
class ProjectWorkspace;
}

namespace VenueMap::Core {
class ChangeFeed;
class ActivityRepository;
class BackgroundReader;
class CateringRepository;
class ProjectRepository;
class ShortlistEditor;
class ShortlistModel;
struct ShortlistOutcome;
}

namespace VenueMap::Ui {

class ActivityPanel;
class HoldsPanel;
class AddVenuesDialog;
class AttachmentsDialog;
class DeclineDialog;
class EmailDraftDialog;
class EmptyState;
class OutreachPanel;
class ProjectDialog;
class QuotesDialog;
class SuggestionsDialog;
class UndoHistory;
class UndoableChange;

// One project's workspace: the shortlist with inline editors, the outreach chart and chase list,
// the activity panel, and the ways to add venues (picker, suggestions) and draft emails.
class ProjectWorkspace : public QWidget
{
    Q_OBJECT
public:
    ProjectWorkspace(Core::Database db, Core::CurrentUser user, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    // Starts opening a project: its shortlist is read off the GUI thread, then projectOpened()
    // (or openFailed(), also said in the workspace's message bar).
    Core::Status open(const QString &projectId);
    bool isOpening() const { return m_opening; }
    void reload();
    void reloadCaterers();
    const Core::Project &project() const { return m_project; }
    // Changes can be made: the database is writable and the project is not archived (an
    // archived one is shown read-only under a banner with Restore).
    bool isEditable() const { return !m_db.isReadOnly() && !m_project.isArchived(); }
    QFrame *archivedBanner() const { return m_archivedBanner; }
    QString archivedBannerText() const;

    // Adds venues by id and says (once saved) which were on the shortlist already.
    void addVenues(const QStringList &venueIds);
    // Moves a row's status; declining first asks for the reason (declineDialog()).
    void requestStatus(int row, Core::OutreachStatus status);
    void removeSelected();
    void moveSelected(int delta);
    void openAddVenues();
    void openSuggestions();
    void openEmailDraft(int row);
    // The quotes of a shortlisted venue and its rate history; `amount` starts a new quote (what
    // was typed over the Quoted price cell).
    void openQuotes(int row, const QString &amount = {});
    // Opens the Files dialog of the shortlisted venue in `row` (its contract, floor plans, ...).
    void openFiles(int row);
    // The open Files dialog, or null.
    AttachmentsDialog *filesDialog() const;
    void editProject();
    void selectRow(int row);
    // Reads the project, its shortlist and the caterers off the GUI thread: when opening, or
    // again after a change elsewhere (keeping the selected row and the scroll).
    void read(const QString &projectId, bool opening);
    int selectedRow() const;
    // Opens the proposal preview of the open project (its venues marked for the proposal).
    void openProposal();

    Core::ShortlistModel *shortlistModel() const { return m_model; }
    Core::ShortlistEditor *shortlistEditor() const { return m_editor; }
    ActivityPanel *activityPanel() const { return m_activity; }
    HoldsPanel *holdsPanel() const { return m_holds; }
    OutreachPanel *outreachPanel() const { return m_outreach; }
    DeclineDialog *declineDialog() const { return m_declineDialog; }
    EmailDraftDialog *emailDialog() const { return m_emailDialog; }
    AddVenuesDialog *addVenuesDialog() const { return m_addDialog; }
    SuggestionsDialog *suggestionsDialog() const { return m_suggestionsDialog; }
    ProjectDialog *projectDialog() const { return m_projectDialog; }
    QuotesDialog *quotesDialog() const { return m_quotesDialog; }
    QString messageText() const;
    // The line above the shortlist in full (venues, in proposal, waiting for a reply); the label
    // may show it cut short.
    QString summaryText() const;
    // What the empty shortlist says (how to add venues), empty while it has rows.
    QString emptyText() const;
    // Additions, removals, status changes and edits made in place go into `history`
    // (Edit ▸ Undo); until one is set the workspace keeps its own.
    void setUndoHistory(UndoHistory *history);
    UndoHistory *undoHistory();
    ::Ui::ProjectWorkspace *form() const { return m_ui; }

Q_SIGNALS:
    void backRequested();
    // The project or its shortlist changed (the list's counts follow).
    void projectChanged();
    void projectOpened(const QString &projectId);
    void openFailed(const VenueMap::Core::DbError &error);
    // Restore on the archived banner (the Projects page restores it and reloads).
    void restoreRequested(const VenueMap::Core::Project &project);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHeader();
    void setUpArchivedBanner();
    // Read-only or not as isEditable() says, the banner shown for an archived project.
    void applyEditable();
    void showSummary();
    // Widens the venue column to the names on the shortlist (within bounds), unless the person
    // set the column's width.
    void fitVenueColumn();
    void refreshSidePanels();
    void showFailure();
    void updateButtons();
    void askDeclineReason(int row);
    void showAdded(const Core::OutreachRepository::AddResult &added);
    void setUpShortlistView();
    // Keeps a saved shortlist change for Undo.
    void recordUndo(const Core::ShortlistOutcome &outcome);
    // Keeps a shortlist change for Edit ▸ Undo, offered in the message bar; a failed step is said.
    void pushUndoable(UndoableChange *undoable);
    // Keeps venues just added for Undo (which takes them off the shortlist again).
    void recordAddUndo(const Core::ShortlistOutcome &outcome);

    ::Ui::ProjectWorkspace *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_user;
    std::unique_ptr<Core::ProjectRepository> m_projects;
    std::unique_ptr<Core::OutreachRepository> m_outreachRepo;
    std::unique_ptr<Core::ActivityRepository> m_log;
    Core::Project m_project;
    Core::ShortlistEditor *m_editor; // saves the shortlist's changes off the GUI thread
    Core::ShortlistModel *m_model;
    UndoHistory *m_undo = nullptr;
    QPushButton *m_filesButton;
    QPointer<AttachmentsDialog> m_filesDialog;
    QAction *m_undoAction; // the message bar's Undo: Edit ▸ Undo
    QString m_lastRemovedName; // the venue the model last said was removed
    OutreachPanel *m_outreach;
    ActivityPanel *m_activity;
    HoldsPanel *m_holds;
    QFrame *m_archivedBanner = nullptr;
    QLabel *m_archivedLabel = nullptr;
    QPushButton *m_restoreButton = nullptr;
    int m_editTriggers = 0;
    std::unique_ptr<Core::BackgroundReader> m_reader; // opens projects off the GUI thread
    bool m_opening = false;
    QString m_movedId; // the row moved up or down, selected again once the new order is in
    QString m_markedSentId; // the row the email dialog marked sent, said once saved
    DeclineDialog *m_declineDialog = nullptr;
    EmailDraftDialog *m_emailDialog = nullptr;
    AddVenuesDialog *m_addDialog = nullptr;
    SuggestionsDialog *m_suggestionsDialog = nullptr;
    ProjectDialog *m_projectDialog = nullptr;
    QuotesDialog *m_quotesDialog = nullptr;
    EmptyState *m_empty = nullptr;
    QString m_summaryText;
    bool m_headerRestored = false; // remembered columns: their widths are the person's
    bool m_venueWidthByHand = false;
    bool m_fittingColumns = false;

    // Colleagues' changes (ChangeFeed), applied when the person is not in the middle of an edit.
    struct LiveWork
    {
        bool shortlist = false;
        bool holds = false;
        bool activity = false;
    };
    void watchColleagues();
    void applyColleagues(LiveWork work);
    std::shared_ptr<Core::ChangeFeed> m_feed;
    QTimer *m_liveRetry = nullptr;
    LiveWork m_livePending;
};

} // namespace VenueMap::Ui
