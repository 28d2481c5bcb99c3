#pragma once

#include <QIcon>

namespace VenueMap::Ui {

// The app's icons, drawn with QPainter at every size asked for (no icon theme is needed).
namespace Icons {
QIcon app();
QIcon venues();
QIcon projects();
QIcon catering();
QIcon people();
QIcon database();
QIcon connect();
} // namespace Icons

} // namespace VenueMap::Ui
