#include "cateringmodel.h"

#include "domain/plaintext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace VenueMap::Core {

CateringModel::CateringModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CateringModel::setProviders(QList<CateringProvider> providers)
{
    beginResetModel();
    m_rows = std::move(providers);
    endResetModel();
}

const CateringProvider *CateringModel::providerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CateringModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int CateringModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CateringModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CateringModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CateringProvider &p = m_rows.at(index.row());
    switch (role) {
    case ProviderIdRole:
        return p.id;
    case DeletedRole:
        return p.isDeleted;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.isDeleted ? tr("%1 (deleted)").arg(p.name) : p.name;
        case Contact:
            return p.contactName;
        case Email:
            return p.email;
        case Phone:
            return p.phone;
        case Website:
            return p.website;
        }
        break;
    case Qt::ForegroundRole:
        if (p.isDeleted)
            return QBrush(QColor(0x90, 0x90, 0x90));
        break;
    case Qt::FontRole:
        if (p.isDeleted) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (!p.notes.isEmpty())
            return plainTextToolTip(p.notes);
        break;
    }
    return {};
}

QVariant CateringModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Caterer");
    case Contact:
        return tr("Contact");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Website:
        return tr("Website");
    }
    return {};
}

} // namespace VenueMap::Core
