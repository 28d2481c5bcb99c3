#include "projectlistmodel.h"
#include "domain/language.h"

#include "domain/plaintext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace VenueMap::Core {

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProjectListModel::setProjects(QList<ProjectSummary> projects)
{
    beginResetModel();
    m_rows = std::move(projects);
    endResetModel();
}

const ProjectSummary *ProjectListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProjectListModel::rowOf(const QString &projectId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).project.id == projectId)
            return i;
    return -1;
}

ProjectFilter::Sort ProjectListModel::sortFor(int column)
{
    switch (column) {
    case Client:
        return ProjectFilter::Sort::ClientName;
    case Event:
        return ProjectFilter::Sort::EventName;
    case Status:
        return ProjectFilter::Sort::Status;
    case Attendees:
        return ProjectFilter::Sort::Attendees;
    case City:
        return ProjectFilter::Sort::City;
    default:
        return ProjectFilter::Sort::EventDate;
    }
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectSummary &s = m_rows.at(index.row());
    const Project &p = s.project;
    switch (role) {
    case ProjectIdRole:
        return p.id;
    case StatusRole:
        return int(p.status);
    case VersionRole:
        return p.version;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Client:
            return p.clientName;
        case Event:
            return p.eventName;
        case EventDate:
            return displayDate(p.eventDate); // "9 Feb 2027", as every page shows a date
        case Status:
            return p.isArchived()
                ? tr("Archived %1").arg(displayDate(p.archivedAt.toLocalTime().date()))
                : projectStatusLabel(p.status);
        case Attendees:
            return p.attendees ? QLocale().toString(*p.attendees) : QString();
        case City:
            return p.city;
        case Shortlisted:
            return s.shortlisted;
        case Responded:
            return s.responded;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Attendees || index.column() == Shortlisted
            || index.column() == Responded)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (p.isArchived())
            return QBrush(QColor(0xa0, 0xa0, 0xa0));
        if (p.status != ProjectStatus::Active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (p.isArchived()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        if (p.isArchived() && index.column() == Status)
            return tr("Archived with the status %1; read-only until restored.")
                .arg(projectStatusLabel(p.status));
        if (!p.notes.isEmpty())
            return plainTextToolTip(p.notes);
        break;
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Client:
        return tr("Client");
    case Event:
        return tr("Event");
    case EventDate:
        return tr("Event date");
    case Status:
        return tr("Status");
    case Attendees:
        return tr("Attendees");
    case City:
        return tr("City");
    case Shortlisted:
        return tr("Shortlisted");
    case Responded: // a decline is an answer too
        return tr("Answered");
    }
    return {};
}

} // namespace VenueMap::Core
