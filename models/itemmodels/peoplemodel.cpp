#include "peoplemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace VenueMap::Core {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PeopleModel::setPeople(QList<User> people)
{
    beginResetModel();
    m_rows = std::move(people);
    endResetModel();
}

void PeopleModel::setCurrentPersonId(const QString &id)
{
    m_currentId = id;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const User *PeopleModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PeopleModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.id == m_currentId ? tr("%1 (you)").arg(u.name) : u.name;
        case Email:
            return u.email;
        case Role:
            return userRoleTitle(u.role);
        case Status:
            return u.isActive ? tr("Active") : tr("Disabled");
        case Login:
            return u.dbRole.isEmpty() ? QStringLiteral("—") : u.dbRole;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !u.isActive)
            return tr("Cannot sign in until an admin enables them again.");
        if (index.column() == Login)
            return tr("The PostgreSQL login role this person signs in with.");
        return {};
    case Qt::ForegroundRole:
        if (!u.isActive)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (u.id == m_currentId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PersonIdRole:
        return u.id;
    case IsActiveRole:
        return u.isActive;
    case IsAdminRole:
        return u.role == UserRole::Admin;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Login:
        return tr("Database login");
    }
    return {};
}

} // namespace VenueMap::Core
