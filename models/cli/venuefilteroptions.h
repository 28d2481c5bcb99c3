#pragma once

#include "domain/venuefilter.h"

#include <QStringList>

namespace VenueMap::Core::Cli {

// The filter options shared by `venues search` and `export venues`:
//   --name T (or --text T)  --city C  --min-capacity N  --max-capacity N  --facility F (repeatable,
//   or a,b)
//   --min-rating R  --deleted  --sort name|city|capacity|rating  --desc
//   --layout L (--min-capacity then applies to that layout)  --rooms N --room-layout L
//   --room-capacity C
// Takes the options it knows out of `args`; returns a sentence for a usage error, else empty.
QString takeVenueFilterOptions(QStringList &args, VenueFilter &filter);

// The usage text of those options, for a command's help.
const char *venueFilterOptionsUsage();

} // namespace VenueMap::Core::Cli
