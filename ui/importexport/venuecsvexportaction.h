#pragma once

#include "db/database.h"
#include "domain/venuefilter.h"

class QWidget;

namespace VenueMap::Ui {

class MessageBar;

// "Export to CSV…" of the venue list: asks where, then writes the venues of the current search
// and filters in the list's order (with a BOM so spreadsheets read UTF-8). Returns how many
// venues were written, or -1 when cancelled or failed (the failure is shown). Their rooms go into a
// second file beside it, "venues_spaces.csv" for "venues.csv" (VenueSpaceCsv::fileNextTo()),
// when there are any. A written file is confirmed in `confirmIn` (when given) with a button that
// opens its folder.
qint64 exportVenueSearch(QWidget *parent, const Core::Database &db, const Core::VenueFilter &filter,
    MessageBar *confirmIn = nullptr);
// The same without asking where (tests, scripts inside the GUI).
qint64 exportVenueSearchTo(QWidget *parent, const Core::Database &db,
    const Core::VenueFilter &filter, const QString &path, MessageBar *confirmIn = nullptr);

} // namespace VenueMap::Ui
