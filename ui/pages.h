#pragma once

namespace VenueMap::Ui {

class MainWindow;

// Puts each area's page into a new main window: one line per page, e.g.
//     window.setPage(MainWindow::Page::Venues, new VenuesPage(window.database()));
// Pages not installed here keep their placeholder.
void installPages(MainWindow &window);

} // namespace VenueMap::Ui
