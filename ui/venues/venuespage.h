#pragma once

#include "db/changefeed.h"
#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"
#include "services/venuesaver.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QTimer;

namespace Ui {
class VenuesPage;
}

namespace VenueMap::Core {
class BackgroundReader;
class BackgroundVenueSaver;
class VenueListModel;
class VenueRepository;
struct VenueSaveOutcome;
}

namespace VenueMap::Ui {

class CapacityFilterButton;
class EmptyState;
class MessageBar;
class SpacesList;
class UndoHistory;
class VenueConflictDialog;
class VenueEditor;

// The Venues page: the lazy list with search and filters, a detail pane with photos,
// the edit form with conflict resolution, soft delete with Undo, and remembered habits.
class VenuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit VenuesPage(Core::Database db, QWidget *parent = nullptr);
    ~VenuesPage() override;

    Core::VenueListModel *model() const { return m_model; }
    // The filter the widgets describe (the model follows it, the search debounced).
    Core::VenueFilter filterFromWidgets() const;
    // Sets the filter widgets (and the list) to `filter`.
    void setFilter(const Core::VenueFilter &filter);
    // The venue shown in the detail pane.
    std::optional<Core::Venue> shownVenue() const { return m_shown; }
    VenueEditor *editor() const;
    // An admin's venue editor offers to add a facility to the vocabulary (issue 19).
    void setCanAddFacilityTerms(bool can) { m_canAddFacilityTerms = can; }
    VenueConflictDialog *conflictDialog() const;
    QString countText() const;
    // The message that offers Undo, empty when none is offered.
    QString undoText() const;
    // What the list says when it has no rows (no venue matches, or the book is empty), empty
    // while it has rows.
    QString emptyText() const;
    void clearFilters();
    // Deletes and restores go through `history` (Edit ▸ Undo); until one is set the page keeps
    // its own.
    void setUndoHistory(UndoHistory *history);
    UndoHistory *undoHistory();
    // The page's message bar (an export of the list is confirmed there).
    MessageBar *messageBar() const;
    // The filter row's capacity, room and layout chooser, and the detail pane's rooms.
    CapacityFilterButton *capacityFilterButton() const;
    SpacesList *spacesList() const;
    // The shown venue's rooms are on their way from the database.
    bool isReadingRooms() const;

    void newVenue();
    void editSelected();
    void deleteSelected();
    void restoreSelected();
    void undoDelete();
    void selectRow(int row);
    void focusSearch();

Q_SIGNALS:
    // Something the status bar may show for a moment.
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void onCurrentRowChanged();
    void showVenue(const std::optional<Core::Venue> &venue);
    // "450 guests (largest room: Grand Hall, Theatre)" once the spaces are known.
    void showCapacity();
    void openEditor(const Core::Venue &venue);
    void onSaveRequested(const Core::Venue &venue);
    // Shows what a save came to: the saved row, the duplicate warning, the conflict, the error.
    void showSaveOutcome(const Core::VenueSaveOutcome &outcome);
    void showConflict(const Core::Venue &mine, const Core::Venue &theirs);
    void finishSave(const Core::Venue &saved, bool added);
    // Keeps a save in the undo history: Undo writes `before` back (or deletes an added venue);
    // false when the history could not take it.
    bool recordSave(const Core::Venue &before, const Core::Venue &saved, bool added);
    void onChoicesLoaded(
        const QList<QPair<QString, qint64>> &cities, const QStringList &facilities);
    void fillFacilitiesMenu(const QStringList &names, const QStringList &checked);
    void updateFacilitiesButton();
    // Deletes or restores `venue` through the undo history.
    void changeDeleted(const Core::Venue &venue, bool deleted);
    void saveSettings() const; // soon (a timer), not at once
    void writeSettings() const;
    void restoreSettings();
    void updateButtons();
    void updateEmptyState();
    void reportError(const Core::DbError &error);
    // Colleagues' changes (ChangeFeed): the venues among them that are on screen are read again
    // and replaced where they are; an open editor on one says so.
    void onColleaguesChanged(const QList<Core::DataChange> &changes);
    void rereadVenues(const QStringList &ids, const QHash<QString, QString> &changedBy);

    ::Ui::VenuesPage *m_ui;
    Core::Database m_db;
    Core::BackgroundVenueSaver *m_saver; // the editor's saves, off the GUI thread
    Core::VenueListModel *m_model;
    QTimer *m_searchDebounce; // the quiet period after a search typed into the box
    QTimer *m_settingsTimer; // columns and filters are remembered a second after they change
    bool m_searchPending = false;
    UndoHistory *m_undo = nullptr;
    QAction *m_undoAction; // the message bar's Undo: Edit ▸ Undo
    EmptyState *m_empty = nullptr; // over the list when it has no rows: what to do about it
    std::optional<Core::Venue> m_shown;
    bool m_growing = false; // the list is growing by a reset (VenueListModel::grewAtOnce)
    QPointer<VenueEditor> m_editor;
    Core::Venue m_editBase; // the version the open editor's save writes over
    std::optional<Core::VenueSpacesEdit> m_editSpaces; // the rooms that save changes, if any
    bool m_canAddFacilityTerms = false;
    QPointer<VenueConflictDialog> m_conflict;
    QString m_pendingCity;
    bool m_restoring = false;
    std::shared_ptr<Core::ChangeFeed> m_feed;
    std::optional<Core::Venue> m_colleagueVersion; // saved by a colleague while the editor is open
    Core::BackgroundReader *m_liveReader; // colleagues' changes, off the GUI thread
};

} // namespace VenueMap::Ui
