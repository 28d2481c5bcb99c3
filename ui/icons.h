#pragma once

#include <QColor>
#include <QIcon>

namespace VenueMap::Ui {

// The app's icons, SVG files from resources/icons compiled in as :/icons/NAME.svg and rendered at
// every size asked for. The navigation and action icons are drawn in `currentColor`, which is the
// application palette's text colour when they are painted (highlighted text when selected, the
// disabled text colour when disabled), so they read on light and dark palettes alike.
namespace Icons {
// The application icon (its own colours), as installed under the id below.
QIcon app();
QIcon venues();
QIcon projects();
QIcon catering();
QIcon people();
QIcon database();
QIcon connect();

// The colour `currentColor` becomes for `mode` under the current application palette.
QColor colorFor(QIcon::Mode mode);
} // namespace Icons

// The reverse-DNS id the desktop entry, the AppStream metadata and the icon are installed under.
inline constexpr char kAppId[] = "org.venuemap.VenueMap";

} // namespace VenueMap::Ui
