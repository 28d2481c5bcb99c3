#pragma once

#include "domain/cateringprovider.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// The caterers, deleted ones greyed out when shown.
class CateringModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Contact, Email, Phone, Website, ColumnCount };
    enum Role { ProviderIdRole = Qt::UserRole + 1, DeletedRole };

    explicit CateringModel(QObject *parent = nullptr);
    void setProviders(QList<CateringProvider> providers);
    const CateringProvider *providerAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CateringProvider> m_rows;
};

} // namespace VenueMap::Core
