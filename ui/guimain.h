#pragma once

#include <functional>

namespace VenueMap::Ui {

class AppController;

// The whole of `venuemap`'s main(): arguments, application, controller, event loop. app/ calls it
// as it is; a test build may pass `beforeStart`, which sees the controller before it opens the
// database (tests/support/venuemap_probe_main.cpp: the cold-start probe). Returns the exit code.
int guiMain(int argc, char *argv[], const std::function<void(AppController &)> &beforeStart = {});

} // namespace VenueMap::Ui
