#include "activitymodel.h"

#include <QLocale>

namespace VenueMap::Core {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActivityModel::setEntries(QList<ActivityEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const ActivityEntry *ActivityModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}
int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    switch (role) {
    case ActionRole:
        return e.action;
    case TimestampRole:
        return e.createdAt;
    case Qt::DisplayRole:
        if (index.column() == When)
            return QLocale().toString(
                e.createdAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
        return e.sentence();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(Action::label(e.action),
            QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat));
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == When ? tr("When") : tr("What happened");
}

} // namespace VenueMap::Core
