#pragma once

#include "repositories/suggestionservice.h"

#include <QAbstractTableModel>

namespace VenueMap::Core {

// Ranked venue suggestions with every part of the score in its own column, checkable for adding.
class SuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Venue,
        Total,
        Capacity,
        City,
        Facilities,
        Rating,
        PastProposals,
        ReplyRate,
        DeclineRate,
        ColumnCount
    };
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

private:
    QList<Suggestion> m_rows;
    QList<bool> m_checked;
};

} // namespace VenueMap::Core
