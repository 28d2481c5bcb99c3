#pragma once

class QAbstractItemView;

namespace VenueMap::Core {
class VenueListModel;
}

namespace VenueMap::Ui {

// When the venue list grows by a reset (its count arriving for a big book), `view` keeps its
// current row, its selected rows and its scroll position, and the selection model says nothing:
// for the person nothing changed but the scrollbar's length.
void keepPlaceWhileGrowing(QAbstractItemView *view, Core::VenueListModel *model);

} // namespace VenueMap::Ui
