#pragma once

#include "domain/activity.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// A project's activity as plain sentences, newest first. Read-only: entries are never edited.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, What, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, TimestampRole };

    explicit ActivityModel(QObject *parent = nullptr);
    void setEntries(QList<ActivityEntry> entries);
    const ActivityEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityEntry> m_entries;
};

} // namespace VenueMap::Core
