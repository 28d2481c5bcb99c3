#pragma once

#include "startup.h"

namespace VenueMap::Ui {

// The sign-in step of the startup flow (after migration, before the main window), DESIGN §6:
// SQLite: the first admin is created on a file nobody can sign in to, then email and password
// at every start. PostgreSQL: the connection's own login role is the person (the flow asked for
// its password); on a new database the owner's login becomes the first admin.
// With `canGoBack` answering true (a database is already open, as after File ▸ Connect…), the
// dialogs offer Cancel instead of Quit, and cancelling keeps the open database and its signed-in
// person.
StartupFlow::Gate signInGate(std::function<bool()> canGoBack = {});

} // namespace VenueMap::Ui
