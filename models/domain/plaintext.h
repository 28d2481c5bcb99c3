#pragma once

#include <QString>

namespace VenueMap::Core {

// Data is text, not markup (STYLE 18, issue 12 finding 3). A tooltip (and any other place that
// runs Qt::mightBeRichText()) would interpret "<img src=...>" in a venue's notes: this returns
// text that shows literally there, unchanged when it holds nothing Qt could take for markup.
QString plainTextToolTip(const QString &text);

} // namespace VenueMap::Core
