#include "plaintextlabels.h"

#include <QLabel>

namespace VenueMap::Ui {

void showLabelsAsPlainText(QWidget *root)
{
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
    if (auto *self = qobject_cast<QLabel *>(root); self && self->textFormat() == Qt::AutoText)
        self->setTextFormat(Qt::PlainText);
}

} // namespace VenueMap::Ui
