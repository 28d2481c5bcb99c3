#include "dialogwork.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>

namespace VenueMap::Ui {

namespace {

constexpr const char *kBusyProperty = "venuemap-dialog-busy";

// While the dialog waits: Esc and closing the window are held back, so the dialog (and the
// function waiting in it) is still there when the answer comes.
class HoldClose final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter)
                return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

bool DialogWork::isBusy(const QDialog *dialog)
{
    return dialog && dialog->property(kBusyProperty).toBool();
}

bool DialogWork::runErased(QDialog *dialog, const Core::Database &db, const QString &purpose,
    const std::function<void(const Core::Result<Core::Database> &)> &body)
{
    if (isBusy(dialog))
        return false;
    QPointer<QDialog> guard(dialog);
    dialog->setProperty(kBusyProperty, true);
    QList<QPointer<QDialogButtonBox>> boxes;
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (box->isEnabled()) {
            box->setEnabled(false);
            boxes.append(box);
        }
    }
    HoldClose hold;
    dialog->installEventFilter(&hold);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Core::runOnOwnConnection(db, purpose, body);
    QApplication::restoreOverrideCursor();
    if (!guard)
        return false;
    dialog->removeEventFilter(&hold);
    for (const QPointer<QDialogButtonBox> &box : boxes) {
        if (box)
            box->setEnabled(true);
    }
    dialog->setProperty(kBusyProperty, false);
    return true;
}

} // namespace VenueMap::Ui
