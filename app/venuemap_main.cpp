// venuemap: the GUI (DESIGN §2). Everything a test would want to reach lives in ui/.
#include "guimain.h"

int main(int argc, char *argv[])
{
    return VenueMap::Ui::guiMain(argc, argv);
}
