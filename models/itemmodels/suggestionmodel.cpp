#include "suggestionmodel.h"

#include "domain/plaintext.h"
#include "domain/venue.h"

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
            return s.capacity ? tr("Holds %Ln guest(s)", nullptr, *s.capacity)
                              : tr("Capacity unknown");
        case Facilities:
            return s.facilities.isEmpty() ? tr("No facilities listed")
                                          : plainTextToolTip(facilitiesLabel(s.facilities));
        case Rating:
            return s.rating ? tr("Rated %1 of 5").arg(QLocale().toString(*s.rating, 'f', 1))
                            : tr("Not rated");
        case PastProposals:
            return tr("In %Ln earlier proposal(s) to this client", nullptr, s.proposedToClient);
        case ReplyRate:
        case DeclineRate:
            return s.contacted == 0
                ? tr("Never contacted")
                : tr("Asked %Ln time(s): %1 answered, %2 declined", nullptr, s.contacted)
                      .arg(QLocale().toString(s.responded), QLocale().toString(s.declined));
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
    if (orientation != Qt::Horizontal)
        return {};
    // The column says what it scores; its tooltip how many points it gives.
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Total:
            return tr("The sum of the parts, at most 100 points.");
        case Capacity:
            return tr("Up to %1 points: room for the guests, full marks while they fill at least "
                      "half the room.")
                .arg(points(SuggestionScore::CapacityMax));
        case City:
            return tr("%1 points when the venue is in the project's city.")
                .arg(points(SuggestionScore::CityMax));
        case Facilities:
            return tr("Up to %1 points: the share of the facilities the project needs.")
                .arg(points(SuggestionScore::FacilitiesMax));
        case Rating:
            return tr("Up to %1 points: the venue's rating.")
                .arg(points(SuggestionScore::RatingMax));
        case PastProposals:
            return tr("%1 points when the venue was proposed to this client before.")
                .arg(points(SuggestionScore::PastMax));
        case ReplyRate:
            return tr("Up to %1 points: how often the venue answers.")
                .arg(points(SuggestionScore::ReplyMax));
        case DeclineRate:
            return tr("Up to %1 points taken off: how often the venue declines.")
                .arg(points(SuggestionScore::DeclineMax));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Venue:
        return tr("Venue");
    case Total:
        return tr("Score");
    case Capacity:
        return tr("Capacity");
    case City:
        return tr("City");
    case Facilities:
        return tr("Facilities");
    case Rating:
        return tr("Rating");
    case PastProposals:
        return tr("Proposed before");
    case ReplyRate:
        return tr("Replies");
    case DeclineRate:
        return tr("Declines");
    }
    return {};
}

} // namespace VenueMap::Core
