#pragma once

class QAbstractSpinBox;

namespace VenueMap::Ui {

// A spin box showing its special text ("any", "none", "no minimum") takes a typed digit as the
// start of a number: the text is replaced instead of the digit being refused, which QSpinBox does
// silently (typed "200" over "no minimum" left the filter unchanged).
void typeOverSpecialText(QAbstractSpinBox *spin);

} // namespace VenueMap::Ui
