#pragma once

#include "domain/user.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// The people of the People page: a team is small, so the whole list is held.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Status, Login, ColumnCount };
    enum DataRole { PersonIdRole = Qt::UserRole + 1, IsActiveRole, IsAdminRole };

    explicit PeopleModel(QObject *parent = nullptr);
    void setPeople(QList<User> people);
    // Marks the signed-in person's row ("you").
    void setCurrentPersonId(const QString &id);
    const User *personAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_rows;
    QString m_currentId;
};

} // namespace VenueMap::Core
