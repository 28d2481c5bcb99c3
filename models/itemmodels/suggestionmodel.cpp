#include "suggestionmodel.h"

#include "domain/plaintext.h"

#include <QFont>
#include <QLocale>

namespace VenueMap::Core {

SuggestionModel::SuggestionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SuggestionModel::setSuggestions(QList<Suggestion> suggestions)
{
    beginResetModel();
    m_rows = std::move(suggestions);
    m_checked = QList<bool>(m_rows.size(), false);
    endResetModel();
}

const Suggestion *SuggestionModel::suggestionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList SuggestionModel::checkedVenueIds() const
{
    QStringList ids;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_checked.at(i))
            ids << m_rows.at(i).venueId;
    return ids;
}

void SuggestionModel::setChecked(int row, bool checked)
{
    setData(index(row, Venue), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString points(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &s = m_rows.at(index.row());
    const SuggestionScore &sc = s.score;
    switch (role) {
    case VenueIdRole:
        return s.venueId;
    case ScoreRole:
        return sc.total();
    case Qt::CheckStateRole:
        if (index.column() == Venue)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Venue:
            return s.city.isEmpty() ? s.name : QStringLiteral("%1 · %2").arg(s.name, s.city);
        case Total:
            return points(sc.total());
        case Capacity:
            return points(sc.capacity);
        case City:
            return points(sc.city);
        case Facilities:
            return points(sc.facilities);
        case Rating:
            return points(sc.rating);
        case PastProposals:
            return points(sc.pastProposals);
        case ReplyRate:
            return points(sc.replyRate);
        case DeclineRate:
            return points(sc.declineRate);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Capacity:
            return s.capacity ? tr("Holds %1").arg(*s.capacity) : tr("Capacity unknown");
        case Facilities:
            return plainTextToolTip(s.facilities.join(QStringLiteral(", ")));
        case Rating:
            return s.rating ? tr("Rated %1").arg(*s.rating) : tr("Not rated");
        case PastProposals:
            return tr("In %n earlier proposal(s) to this client", nullptr, s.proposedToClient);
        case ReplyRate:
        case DeclineRate:
            return s.contacted == 0 ? tr("Never contacted")
                                    : tr("Asked %1 times: %2 answered, %3 declined")
                                          .arg(s.contacted)
                                          .arg(s.responded)
                                          .arg(s.declined);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Venue)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == Total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

bool SuggestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Venue || role != Qt::CheckStateRole)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags SuggestionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Venue)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Venue:
        return tr("Venue");
    case Total:
        return tr("Score");
    case Capacity:
        return tr("Capacity /30");
    case City:
        return tr("City /20");
    case Facilities:
        return tr("Facilities /20");
    case Rating:
        return tr("Rating /10");
    case PastProposals:
        return tr("Proposed before /10");
    case ReplyRate:
        return tr("Replies /10");
    case DeclineRate:
        return tr("Declines −10");
    }
    return {};
}

} // namespace VenueMap::Core
