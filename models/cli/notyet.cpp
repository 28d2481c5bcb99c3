// Commands whose capability has not landed yet say so plainly instead of pretending.
#include "ctl.h"

namespace VenueMap::Core::Cli {

[[maybe_unused]] static int notYet(Context &ctx, const char *what)
{
    ctx.err << what << " is not available in this version of venuemapctl yet.\n";
    return Failed;
}

} // namespace VenueMap::Core::Cli
