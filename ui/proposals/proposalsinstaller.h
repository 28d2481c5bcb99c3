#pragma once

namespace VenueMap::Ui {

class MainWindow;

// Puts the data-exchange actions into a main window: a Data menu (import venues from CSV, past
// imports with undo, export of the venue list's current search, proposal of the open project,
// proposal branding) and a "Proposal…" button in the project workspace. One line in pages.cpp.
void installProposals(MainWindow &window);

} // namespace VenueMap::Ui
