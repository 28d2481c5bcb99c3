#pragma once

#include "auth/session.h"
#include "db/database.h"
#include "mainwindow.h"

namespace VenueMap::Ui {

// Makes each area's page for a new main window, one line per page:
//     MainWindow window(db, user, makePages(db, user));
// People is made for admins only.
MainWindow::Pages makePages(const Core::Database &db, const Core::CurrentUser &user);

} // namespace VenueMap::Ui
