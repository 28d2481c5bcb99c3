#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"
#include "repositories/venuerepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <memory>

class QThread;

namespace VenueMap::Core {

class VenueFetcher;
struct VenuePageRequest;

// The venue list as a lazy table (DESIGN §4): pages of rows are fetched by keyset on a worker
// thread, only pages near what is being looked at are kept, rows not yet fetched read
// "Loading…", and results of superseded requests are dropped by a generation counter.
class VenueListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CityColumn,
        CapacityColumn,
        RatingColumn,
        FacilitiesColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        VenueIdRole = Qt::UserRole + 1,
        LoadingRole, // true while the row's page is being fetched
        DeletedRole,
        VersionRole,
    };

    explicit VenueListModel(const Database &db, QObject *parent = nullptr);
    ~VenueListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int kPageSize = 100;
    static constexpr int kKeyMapEvery = 1000;
    // Pages kept (the least recently shown go first) and page requests remembered while one runs.
    static constexpr int kKeepPages = 12;
    static constexpr int kMaxWanted = 6;
    // Growing by at least this many rows at once (the count arriving for a big book) resets the
    // model instead of inserting: a view's header then sizes its sections in one pass (3 ms for
    // a million rows) instead of inserting a million of them (10 ms), on the GUI thread.
    static constexpr int kGrowByReset = 1000;

    const VenueFilter &filter() const { return m_filter; }
    // Shows the venues of `filter` (a new generation; older results are dropped).
    void setFilter(const VenueFilter &filter);
    // Fetches the current list again (after a save, delete or restore).
    void refresh();
    // Reads the list again from its start, with its count and the filters' choices: after an
    // import or its undo, when rows and cities came or went.
    void reload();
    // Replaces a venue's cached row in place, if it is loaded.
    void updateVenue(const Venue &venue);
    // The version of a loaded venue's row (nullopt when it is not loaded), and the ids of the
    // loaded rows, at most `limit`: what a colleague's change may have made stale.
    std::optional<int> loadedVersion(const QString &id) const;
    QStringList loadedIds(int limit) const;

    // The venue at `row` if its page is loaded.
    std::optional<Venue> venueAt(int row) const;
    bool isRowLoaded(int row) const;
    int loadedPageCount() const { return int(m_pages.size()); }
    const VenueCount &count() const { return m_count; }
    bool isCountFinal() const { return m_count.kind == VenueCount::Kind::Exact; }
    bool hasKeyMap() const { return m_keyMap.has_value(); }
    // Asks for the page holding `row` now (data() does this for rows a view shows).
    void prefetch(int row) const;
    // Asks the worker for the cities (with counts) and the facility names the filters offer.
    void loadChoices();

    static QString sortColumnName(VenueSort sort);
    static std::optional<VenueSort> sortForColumn(int column);

Q_SIGNALS:
    void countChanged(const VenueMap::Core::VenueCount &count);
    // Around a growth by reset: the same rows stay where they are, so a view keeps its current
    // row, selection and scroll position across it (Ui::keepPlaceWhileGrowing).
    void aboutToGrowAtOnce();
    void grewAtOnce();
    void loadFailed(const VenueMap::Core::DbError &error);
    void choicesLoaded(const QList<QPair<QString, qint64>> &cities, const QStringList &facilities);

private:
    void restart(bool keepRows);
    void startCount();
    void dispatch();
    void scheduleDispatch() const;
    void onPageReady(
        quint64 generation, int page, int mode, const QList<Venue> &rows, qint64 elapsedUs);
    void onCountReady(quint64 generation, const VenueCount &count);
    void onKeyMapReady(quint64 generation, const VenueKeyMap &map);
    void onFailed(quint64 generation, const DbError &error);
    void setRows(int rows);
    void evictFarPages();
    QVariant display(const Venue &venue, int column) const;

    Database m_db;
    VenueFilter m_filter;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread *m_pageThread = nullptr;
    QThread *m_countThread = nullptr;
    VenueFetcher *m_pageFetcher = nullptr;
    VenueFetcher *m_countFetcher = nullptr;

    int m_rows = 0;
    bool m_endKnown = false;
    VenueCount m_count;
    std::optional<VenueKeyMap> m_keyMap;
    QHash<int, QList<Venue>> m_pages;
    mutable QList<int> m_wanted; // most recently asked for last
    mutable QHash<int, quint64> m_lastUse; // page -> use clock
    mutable quint64 m_useClock = 0;
    mutable int m_focusPage = 0; // the page last shown
    mutable bool m_dispatchQueued = false;
    int m_inFlight = -1;
    bool m_broken = false; // a fetch failed: ask again only after the next restart
    bool m_countPending = false; // the count starts once the first window is out of the way

    // The longest time one of the model's own slots held the GUI thread (results arriving,
    // requests going out, resets), in wall and in the thread's CPU time, for the benchmark's
    // "never busy more than 16 ms". Read by tests/bench through VenueListModelBenchAccess only.
    struct GuiWork
    {
        qint64 longestWallNs = 0;
        qint64 longestCpuNs = 0;
    };
    GuiWork m_guiWork;
    friend struct GuiWorkTimer;
    friend class VenueListModelBenchAccess;
};

} // namespace VenueMap::Core
