#include "shortlistdelegate.h"

#include "itemmodels/shortlistmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

namespace VenueMap::Ui {

using namespace Core;

bool ShortlistDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (m_readOnly)
        return false;
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QWidget *ShortlistDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_readOnly)
        return nullptr;
    const auto *model = qobject_cast<const ShortlistModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case ShortlistModel::Status: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("statusEditor"));
        for (OutreachStatus s : allOutreachStatuses())
            combo->addItem(outreachStatusLabel(s), int(s));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ShortlistDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case ShortlistModel::Caterer: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("catererEditor"));
        combo->addItem(tr("(no caterer)"), QString());
        for (const CateringProvider &c : model->caterers())
            if (!c.isDeleted)
                combo->addItem(c.name, c.id);
        const QString current = index.data(ShortlistModel::CateringIdRole).toString();
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(tr("%1 (deleted)").arg(index.data().toString()), current);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ShortlistDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case ShortlistModel::Price: {
        // After the view's edit() returns: the quotes dialog opens, no editor in the cell.
        auto *self = const_cast<ShortlistDelegate *>(this);
        QTimer::singleShot(
            0, self, [self, row = index.row()] { Q_EMIT self->quotesRequested(row); });
        return nullptr;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ShortlistDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.column() == ShortlistModel::Status
            ? index.data(ShortlistModel::StatusRole)
            : index.data(ShortlistModel::CateringIdRole);
        const int i = combo->findData(value);
        combo->setCurrentIndex(i < 0 ? 0 : i);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ShortlistDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant chosen = combo->currentData();
        const QVariant current = index.column() == ShortlistModel::Status
            ? index.data(ShortlistModel::StatusRole)
            : index.data(ShortlistModel::CateringIdRole);
        if (chosen != current)
            model->setData(index, chosen, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace VenueMap::Ui
