#pragma once

#include "repositories/suggestionservice.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// Ranked venue suggestions as a person reads them (city, seats, rating, needs met and why each
// fits), best first; checkable for adding. The score orders the rows and is never shown.
class SuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Venue, City, Seats, Rating, Needs, Match, ColumnCount };
    enum Role { VenueIdRole = Qt::UserRole + 1, ScoreRole };

    explicit SuggestionModel(QObject *parent = nullptr);
    void setSuggestions(QList<Suggestion> suggestions);
    const Suggestion *suggestionAt(int row) const;
    QStringList checkedVenueIds() const;
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Why the venue fits, in words: "Seats 300 · needs met: 3 of 4 · replies: 2 of 3".
    static QString matchText(const Suggestion &suggestion);

private:
    QList<Suggestion> m_rows;
    QList<bool> m_checked;
};

} // namespace VenueMap::Core
