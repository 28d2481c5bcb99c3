#include "suggestionmodel.h"

#include "domain/plaintext.h"
#include "domain/venue.h"

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

QString SuggestionModel::matchText(const Suggestion &s)
{
    // Counts after a colon read right for any number, with or without the plural translator.
    const QLocale locale;
    QStringList parts;
    if (s.fit.verdict == SpaceFit::Verdict::Fits && !s.fit.mainSpaceName.isEmpty())
        parts << tr("%1 seats %2").arg(s.fit.mainSpaceName, locale.toString(s.fit.mainCapacity));
    else if (s.fit.verdict == SpaceFit::Verdict::DoesNotFit)
        parts << tr("rooms do not fit: %1").arg(s.fit.shortText());
    else if (s.fit.verdict == SpaceFit::Verdict::NoRooms)
        parts << tr("no rooms recorded");
    else if (s.capacity)
        parts << tr("Seats %1").arg(locale.toString(*s.capacity));
    if (s.fit.verdict == SpaceFit::Verdict::Fits && s.fit.breakoutsFound > 0
        && s.fit.mainSpaceName.isEmpty())
        parts << tr("breakout rooms: %1").arg(locale.toString(s.fit.breakoutsFound));
    if (s.needsTotal > 0)
        parts << tr("needs met: %1 of %2")
                     .arg(locale.toString(s.needsMet), locale.toString(s.needsTotal));
    if (s.proposedToClient > 0)
        parts << tr("proposed to this client before");
    if (s.contacted > 0) {
        parts << tr("replies: %1 of %2")
                     .arg(locale.toString(s.responded), locale.toString(s.contacted));
        if (s.declined > 0)
            parts << tr("declines: %1").arg(locale.toString(s.declined));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &s = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case VenueIdRole:
        return s.venueId;
    case ScoreRole:
        return s.score.total();
    case Qt::CheckStateRole:
        if (index.column() == Venue)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Venue:
            return s.name;
        case City:
            return s.city;
        case Seats:
            return s.capacity ? locale.toString(*s.capacity) : QString();
        case Rating:
            return s.rating ? locale.toString(*s.rating, 'f', 1) : tr("Not rated");
        case Needs:
            return s.needsTotal > 0
                ? tr("%1 of %2").arg(locale.toString(s.needsMet), locale.toString(s.needsTotal))
                : QString();
        case Match:
            return matchText(s);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Venue:
        case City:
            return plainTextToolTip(
                s.city.isEmpty() ? s.name : QStringLiteral("%1, %2").arg(s.name, s.city));
        case Seats:
            return s.capacity ? tr("Seats up to %Ln guest(s)", nullptr, *s.capacity)
                              : tr("Capacity unknown");
        case Needs:
            return s.facilities.isEmpty() ? tr("No facilities listed")
                                          : plainTextToolTip(facilitiesLabel(s.facilities));
        case Rating:
            return s.rating ? tr("Rated %1 of 5").arg(locale.toString(*s.rating, 'f', 1))
                            : tr("Not rated");
        case Match: {
            const QString asked = s.contacted == 0
                ? tr("Never contacted")
                : tr("Asked %Ln time(s): %1 answered, %2 declined", nullptr, s.contacted)
                      .arg(locale.toString(s.responded), locale.toString(s.declined));
            const QString rooms = s.fit.sentence();
            return plainTextToolTip(rooms.isEmpty() ? asked : rooms + QLatin1Char('\n') + asked);
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Seats || index.column() == Rating || index.column() == Needs)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
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
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Seats:
            return tr("The most guests the venue seats; every suggestion seats all the guests.");
        case Rating:
            return tr("The venue's rating, out of 5.");
        case Needs:
            return tr("How many of the facilities the project needs the venue has.");
        case Match:
            return tr("Why the venue fits: its seats, the needs it meets, an earlier proposal to "
                      "this client and how often it answers.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Venue:
        return tr("Venue");
    case City:
        return tr("City");
    case Seats:
        return tr("Seats");
    case Rating:
        return tr("Rating");
    case Needs:
        return tr("Needs met");
    case Match:
        return tr("Match");
    }
    return {};
}

} // namespace VenueMap::Core
