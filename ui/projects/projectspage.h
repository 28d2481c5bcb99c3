#pragma once

#include "auth/session.h"
#include "db/database.h"
#include "domain/project.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProjectsPage;
}

namespace VenueMap::Core {
class ProjectListModel;
class ProjectRepository;
}

namespace VenueMap::Ui {

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

    void reload();
    void newProject();
    void editSelected();
    void openSelected();
    void openProject(const QString &projectId);
    void showList();
    void showReports();
    void selectRow(int row);

    Core::ProjectListModel *model() const { return m_model; }
    ProjectWorkspace *workspace() const { return m_workspace; }
    ReportsPage *reports() const { return m_reports; }
    ProjectDialog *openDialog() const { return m_dialog; }
    ::Ui::ProjectsPage *form() const { return m_ui; }

public Q_SLOTS:
    // The caterers changed elsewhere (Catering page): the workspace's combo follows.
    void reloadCaterers();

private:
    int selectedRow() const;
    void openDialogFor(const Core::Project &project);
    void updateButtons();
    void sortChanged(int column, Qt::SortOrder order);

    ::Ui::ProjectsPage *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_user;
    std::unique_ptr<Core::ProjectRepository> m_repo;
    Core::ProjectListModel *m_model;
    ProjectWorkspace *m_workspace;
    ReportsPage *m_reports = nullptr;
    ProjectDialog *m_dialog = nullptr;
    Core::ProjectFilter m_filter;
    bool m_columnsRemembered = false; // the person's widths, not the first list's
};

} // namespace VenueMap::Ui
