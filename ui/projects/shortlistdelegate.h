#pragma once

#include <QStyledItemDelegate>

namespace VenueMap::Ui {

// Inline editors of the shortlist: a status combo, a caterer combo (live caterers only, plus the
// row's own if it was deleted since); the price opens the row's quotes. Combos save as soon as a
// choice is made.
class ShortlistDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A read-only database: no editor opens and the Include box does not toggle.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

Q_SIGNALS:
    // The Quoted price cell was asked to edit: the price is the latest quote's, so a quote is
    // added instead (the workspace opens the row's quotes).
    void quotesRequested(int row);

private:
    bool m_readOnly = false;
};

} // namespace VenueMap::Ui
