#pragma once

#include "domain/project.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// The projects list: one row per project with its shortlist counts. The page loads the rows
// through ProjectRepository (search, status and order are applied in the query).
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Client,
        Event,
        EventDate,
        Status,
        Attendees,
        City,
        Shortlisted,
        Responded,
        ColumnCount
    };
    enum Role { ProjectIdRole = Qt::UserRole + 1, StatusRole, VersionRole };

    explicit ProjectListModel(QObject *parent = nullptr);

    void setProjects(QList<ProjectSummary> projects);
    const ProjectSummary *summaryAt(int row) const;
    int rowOf(const QString &projectId) const;
    // The query order that a click on `column`'s header asks for.
    static ProjectFilter::Sort sortFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProjectSummary> m_rows;
};

} // namespace VenueMap::Core
