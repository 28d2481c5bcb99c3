#include "growingview.h"

#include "itemmodels/venuelistmodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <memory>

namespace VenueMap::Ui {

void keepPlaceWhileGrowing(QAbstractItemView *view, Core::VenueListModel *model)
{
    struct Place
    {
        int current = -1;
        int currentColumn = 0;
        QList<int> selected;
        int vertical = 0;
        int horizontal = 0;
    };
    auto place = std::make_shared<Place>();
    QObject::connect(model, &Core::VenueListModel::aboutToGrowAtOnce, view, [view, place] {
        const QItemSelectionModel *selection = view->selectionModel();
        place->current = selection ? selection->currentIndex().row() : -1;
        place->currentColumn = selection ? qMax(0, selection->currentIndex().column()) : 0;
        place->selected.clear();
        if (selection) {
            for (const QModelIndex &i : selection->selectedRows())
                place->selected << i.row();
        }
        place->vertical = view->verticalScrollBar()->value();
        place->horizontal = view->horizontalScrollBar()->value();
    });
    QObject::connect(model, &Core::VenueListModel::grewAtOnce, view, [view, model, place] {
        QItemSelectionModel *selection = view->selectionModel();
        if (selection) {
            // The selection model cleared itself silently on the reset; put it back as silently.
            const QSignalBlocker quiet(selection);
            if (place->current >= 0)
                selection->setCurrentIndex(model->index(place->current, place->currentColumn),
                    QItemSelectionModel::NoUpdate);
            QItemSelection rows;
            for (int row : std::as_const(place->selected))
                rows.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
            selection->select(rows, QItemSelectionModel::Select);
        }
        view->viewport()->update();
        view->verticalScrollBar()->setValue(place->vertical);
        view->horizontalScrollBar()->setValue(place->horizontal);
    });
}

} // namespace VenueMap::Ui
