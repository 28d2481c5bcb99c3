#pragma once

#include "db/database.h"

#include <QCoreApplication>
#include <initializer_list>

class QAction;
class QWidget;

namespace VenueMap::Ui {

// On a read-only database (a file or folder without write permission, a read-only mount, a
// PostgreSQL standby) everything can be looked at and nothing can be changed: the controls that
// would write stay where they are, disabled, and their tooltip says why. Pages call apply() at the
// end of their updateButtons(), after deciding what would be enabled otherwise.
class ReadOnlyEdits
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyEdits)

public:
    // What a disabled editing control says.
    static QString reason();
    // Disables `controls` (and sets their tooltip to reason()) when `db` is read-only; leaves them
    // alone otherwise. Returns db.isReadOnly().
    static bool apply(const Core::Database &db, std::initializer_list<QWidget *> controls);
    static bool apply(const Core::Database &db, std::initializer_list<QAction *> actions);
};

} // namespace VenueMap::Ui
