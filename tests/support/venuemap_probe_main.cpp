// venuemap-probe: `venuemap` exactly (the same guiMain) with the startup probe watching, for the
// cold-start measurements of tst_startup and venuemap-bench. Built with the tests, never installed.
#include "guimain.h"
#include "startupprobe.h"

int main(int argc, char *argv[])
{
    return VenueMap::Ui::guiMain(argc, argv, [](VenueMap::Ui::AppController &controller) {
        new VenueMap::Ui::StartupProbe(&controller); // owned by the controller
    });
}
