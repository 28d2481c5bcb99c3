#pragma once

#include <QString>

namespace VenueMap::Ui {

class MessageBar;

// Confirms a file a person saved (a proposal PDF, a CSV export) in `bar`: `sentence`, and an
// "Open Folder" button that opens the folder holding `path` in the desktop's file manager.
void showFileSaved(MessageBar *bar, const QString &sentence, const QString &path);

} // namespace VenueMap::Ui
