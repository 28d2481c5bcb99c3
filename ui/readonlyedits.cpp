#include "readonlyedits.h"

#include <QAction>
#include <QWidget>

namespace VenueMap::Ui {

QString ReadOnlyEdits::reason()
{
    return tr(
        "This database is read-only: you can look at everything, but nothing can be changed.");
}

bool ReadOnlyEdits::apply(const Core::Database &db, std::initializer_list<QWidget *> controls)
{
    if (!db.isReadOnly())
        return false;
    for (QWidget *w : controls) {
        if (!w)
            continue;
        w->setEnabled(false);
        w->setToolTip(reason());
    }
    return true;
}

bool ReadOnlyEdits::apply(const Core::Database &db, std::initializer_list<QAction *> actions)
{
    if (!db.isReadOnly())
        return false;
    for (QAction *a : actions) {
        if (!a)
            continue;
        a->setEnabled(false);
        a->setToolTip(reason());
        a->setStatusTip(reason());
    }
    return true;
}

} // namespace VenueMap::Ui
