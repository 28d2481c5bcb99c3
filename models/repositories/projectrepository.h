#pragma once

#include "activityrepository.h"
#include "countedqueries.h"
#include "domain/project.h"

#include <QList>
#include <QMap>

namespace VenueMap::Core {

// Projects: the list with shortlist counts, create and edit with optimistic locking, status counts.
// Every create and edit commits together with its activity-log entry.
class ProjectRepository
{
public:
    ProjectRepository(Database db, QString actingUserId);

    Result<QList<ProjectSummary>> fetchProjects(const ProjectFilter &filter = {}) const;
    Result<Project> fetchProject(const QString &id) const;
    // Validates, inserts with a new id and version 1, logs "project_created".
    Result<Project> addProject(Project project);
    // Saves when nobody changed the project since `project.version` was read; otherwise a
    // Conflict error and nothing changes. Returns the saved project (version bumped).
    Result<Project> updateProject(const Project &project);
    // Archive (hidden from the default list, read-only in the database) and restore, both when
    // nobody changed the project since `project.version` was read; the status is kept. Logs
    // "project_archived" / "project_restored". Returns the project as stored (version bumped).
    Result<Project> archiveProject(const Project &project);
    Result<Project> restoreProject(const Project &project);
    // Counts of the projects that are not archived.
    Result<QMap<ProjectStatus, int>> countByStatus() const;
    // Distinct client names, for completing the client field.
    Result<QStringList> fetchClientNames() const;

    // Client and event name required, attendees and budget not negative, currency ISO 4217,
    // language one of documentLanguages().
    static Status validate(const Project &project);
    int statementCount() const { return m_q.count() + m_log.statementCount(); }
    const Database &database() const { return m_q.db(); }
    const QString &actingUserId() const { return m_userId; }

private:
    Project readProject(const QSqlQuery &q, int offset = 0) const;
    QString projectColumns() const;
    Result<Project> setArchived(const Project &project, bool archived);

    CountedQueries m_q;
    ActivityRepository m_log;
    QString m_userId;
};

} // namespace VenueMap::Core
