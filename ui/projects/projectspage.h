#pragma once

#include "domain/hold.h"

#include "auth/session.h"
#include "db/database.h"
#include "domain/project.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ProjectsPage;
}

namespace VenueMap::Core {
class ChangeFeed;
class BackgroundReader;
class ProjectListModel;
class ProjectRepository;
}

namespace VenueMap::Ui {

class ClientsPanel;
class ProjectDialog;
class ProjectWorkspace;
class ReportsPage;

// The Projects page: the list of projects (search, status filter, sorting by header), create and
// edit, and the way into a project's workspace and the reports.
class ProjectsPage : public QWidget
{
    Q_OBJECT
public:
    ProjectsPage(Core::Database db, Core::CurrentUser user, QWidget *parent = nullptr);
    ~ProjectsPage() override;

    // Reads the list and the status counts off the GUI thread (DESIGN §4); a failure is told in
    // the message bar and leaves the rows shown.
    void reload();
    // The last reload() or Edit asked for has not come back yet.
    bool isLoading() const { return m_loading || m_fetchingForEdit || m_archiving; }
    void newProject();
    void editSelected();
    void openSelected();
    // Asks, then archives the selected project (off the GUI thread); Restore needs no question.
    void archiveSelected();
    void restoreSelected();
    QWidget *archiveQuestion() const { return m_archiveQuestion; }
    void openProject(const QString &projectId);
    void showList();
    // Days before expiry a hold is listed on the page (setting holds/reminderDays, 7).
    static int reminderDays();
    const QList<Core::Hold> &expiringHolds() const { return m_expiring; }

Q_SIGNALS:
    // The first read of the list found holds expiring within reminderDays() (the window says so
    // at start-up, wherever the person is).
    void holdsExpiring(int count, int days);

public:
    void showReports();
    // The Clients view: the client of the selected project (if any) picked, that project offered
    // first for adding a venue.
    void showClients();
    // Opens `projectId` and puts `venueId` on its shortlist through the workspace (undoable there).
    void addVenueToProject(const QString &projectId, const QString &venueId);
    void selectRow(int row);

    Core::ProjectListModel *model() const { return m_model; }
    ProjectWorkspace *workspace() const { return m_workspace; }
    ReportsPage *reports() const { return m_reports; }
    ClientsPanel *clients() const { return m_clients; }
    ProjectDialog *openDialog() const { return m_dialog; }
    ::Ui::ProjectsPage *form() const { return m_ui; }

public Q_SLOTS:
    // The caterers changed elsewhere (Catering page): the workspace's combo follows.
    void reloadCaterers();

private:
    struct ListLoad;
    // reload(), then selects `selectId` (empty: the row selected when it was asked for).
    void load(const QString &selectId);
    void showProjects(const ListLoad &loaded, const QString &selectId);
    void showExpiring(const QList<Core::Hold> &expiring);
    int selectedRow() const;
    void openDialogFor(const Core::Project &project);
    void setArchived(const Core::Project &project, bool archived);
    void updateButtons();
    void sortChanged(int column, Qt::SortOrder order);

    ::Ui::ProjectsPage *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_user;
    std::unique_ptr<Core::ProjectRepository> m_repo; // the dialog's saves
    std::unique_ptr<Core::BackgroundReader> m_reader; // the list, off the GUI thread
    QList<Core::Hold> m_expiring;
    bool m_expiryTold = false;
    std::unique_ptr<Core::BackgroundReader> m_editReader; // the project Edit opens
    std::shared_ptr<Core::ChangeFeed> m_feed; // colleagues' changes
    bool m_loading = false;
    bool m_fetchingForEdit = false;
    bool m_archiving = false;
    QPointer<QWidget> m_archiveQuestion;
    Core::ProjectListModel *m_model;
    ProjectWorkspace *m_workspace;
    ReportsPage *m_reports = nullptr;
    ClientsPanel *m_clients = nullptr;
    ProjectDialog *m_dialog = nullptr;
    Core::ProjectFilter m_filter;
    bool m_columnsRemembered = false; // the person's widths, not the first list's
};

} // namespace VenueMap::Ui
