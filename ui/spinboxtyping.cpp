#include "spinboxtyping.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QKeyEvent>

namespace VenueMap::Ui {

namespace {

class SpecialTextFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto *spin = static_cast<QAbstractSpinBox *>(watched);
            const auto *key = static_cast<QKeyEvent *>(event);
            const QString typed = key->text();
            if (!typed.isEmpty() && typed.at(0).isDigit() && !spin->specialValueText().isEmpty()
                && spin->text() == spin->specialValueText())
                spin->selectAll(); // the digit replaces the special text
        }
        return false;
    }
};

} // namespace

void typeOverSpecialText(QAbstractSpinBox *spin)
{
    spin->installEventFilter(new SpecialTextFilter(spin));
}

} // namespace VenueMap::Ui
