#pragma once

#include "startup.h"

namespace VenueMap::Ui {

class MainWindow;

// The sign-in step of the startup flow (after migration, before the main window), DESIGN §6:
// SQLite: the first admin is created on a file nobody can sign in to, then email and password
// at every start. PostgreSQL: the connection's own login role is the person (the flow asked for
// its password); on a new database the owner's login becomes the first admin.
StartupFlow::Gate signInGate();

// What the signed-in person gets in a new main window: the Account menu (My Profile…,
// Change Password…) and, for admins only, the People page.
void installPeopleAndAccount(MainWindow &window);

} // namespace VenueMap::Ui
