#include "venuelistmodel.h"
#include "domain/language.h"

#include "domain/plaintext.h"
#include "logging.h"

#include "venuefetcher.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QLocale>
#include <QThread>
#include <QTimer>

#include <ctime>

#include <algorithm>

namespace VenueMap::Core {

// Measures one slot's stay on the GUI thread.
struct GuiWorkTimer
{
    explicit GuiWorkTimer(VenueListModel *model)
        : m_model(model)
    {
        m_timer.start();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &m_cpu);
    }
    ~GuiWorkTimer()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        const qint64 cpu
            = (now.tv_sec - m_cpu.tv_sec) * 1000000000LL + (now.tv_nsec - m_cpu.tv_nsec);
        VenueListModel::GuiWork &work = m_model->m_guiWork;
        work.longestWallNs = std::max(work.longestWallNs, m_timer.nsecsElapsed());
        work.longestCpuNs = std::max(work.longestCpuNs, cpu);
    }
    VenueListModel *m_model;
    QElapsedTimer m_timer;
    timespec m_cpu {};
};

VenueListModel::VenueListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Venue>();
    qRegisterMetaType<QList<Venue>>();
    qRegisterMetaType<VenueCount>();
    qRegisterMetaType<VenueKeyMap>();
    qRegisterMetaType<DbError>();
    qRegisterMetaType<VenueFilter>();

    static QAtomicInt serial;
    const int n = serial.fetchAndAddRelaxed(1);
    const QString base = db.connectionName() + QStringLiteral("-venuelist-%1").arg(n);
    m_pageThread = new QThread(this);
    m_countThread = new QThread(this);
    m_pageThread->setObjectName(QStringLiteral("venue pages"));
    m_countThread->setObjectName(QStringLiteral("venue counts"));
    m_pageFetcher = new VenueFetcher(db.url(), base + QStringLiteral("-pages"), m_latest);
    m_countFetcher = new VenueFetcher(db.url(), base + QStringLiteral("-counts"), m_latest);
    m_pageFetcher->moveToThread(m_pageThread);
    m_countFetcher->moveToThread(m_countThread);
    connect(m_pageFetcher, &VenueFetcher::pageReady, this, &VenueListModel::onPageReady);
    connect(m_pageFetcher, &VenueFetcher::failed, this, &VenueListModel::onFailed);
    connect(m_countFetcher, &VenueFetcher::countReady, this, &VenueListModel::onCountReady);
    connect(m_countFetcher, &VenueFetcher::keyMapReady, this, &VenueListModel::onKeyMapReady);
    connect(m_countFetcher, &VenueFetcher::failed, this, &VenueListModel::onFailed);
    connect(m_countFetcher, &VenueFetcher::choicesReady, this, &VenueListModel::choicesLoaded);
    m_pageThread->start();
    m_countThread->start();
    restart(false);
}

VenueListModel::~VenueListModel()
{
    m_latest->store(std::numeric_limits<quint64>::max());
    for (auto [thread, fetcher] : { std::pair { m_pageThread, m_pageFetcher },
             std::pair { m_countThread, m_countFetcher } }) {
        QMetaObject::invokeMethod(fetcher, &VenueFetcher::shutDown, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete fetcher;
    }
}

int VenueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int VenueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VenueListModel::sortColumnName(VenueSort sort)
{
    switch (sort) {
    case VenueSort::Name:
        return QStringLiteral("name");
    case VenueSort::City:
        return QStringLiteral("city");
    case VenueSort::Capacity:
        return QStringLiteral("capacity");
    case VenueSort::Rating:
        return QStringLiteral("rating");
    }
    return {};
}

std::optional<VenueSort> VenueListModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn:
        return VenueSort::Name;
    case CityColumn:
        return VenueSort::City;
    case CapacityColumn:
        return VenueSort::Capacity;
    case RatingColumn:
        return VenueSort::Rating;
    default:
        return std::nullopt;
    }
}

QVariant VenueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case CityColumn:
            return tr("City");
        case CapacityColumn:
            return tr("Capacity");
        case RatingColumn:
            return tr("Rating");
        case FacilitiesColumn:
            return tr("Facilities");
        case UpdatedColumn:
            return tr("Last updated");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (section == CapacityColumn || section == RatingColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VenueListModel::display(const Venue &v, int column) const
{
    switch (column) {
    case NameColumn:
        return v.name;
    case CityColumn:
        return v.city;
    case CapacityColumn:
        return v.capacity ? QLocale().toString(*v.capacity) : QString();
    case RatingColumn:
        return v.rating ? QLocale().toString(*v.rating, 'f', 1) : QString(); // "3,8" in French
    case FacilitiesColumn:
        return facilitiesLabel(v.facilities);
    case UpdatedColumn:
        return Core::displayDate(v.updatedAt.toLocalTime().date());
    default:
        return {};
    }
}

QVariant VenueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    const bool loaded = it != m_pages.cend() && row % kPageSize < it->size();
    if (!loaded) {
        if (role == Qt::DisplayRole || role == LoadingRole)
            prefetch(row);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? tr("Loading…") : QVariant();
        case LoadingRole:
            return true;
        case Qt::ForegroundRole:
            return QBrush(QColor(0x90, 0x90, 0x90));
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == LoadingRole) {
        m_focusPage = page;
        m_lastUse[page] = ++m_useClock;
    }
    const Venue &v = it->at(row % kPageSize);
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case Qt::ToolTipRole:
        return index.column() == FacilitiesColumn
            ? QVariant(Core::plainTextToolTip(display(v, index.column()).toString()))
            : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == CapacityColumn || index.column() == RatingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return v.isDeleted ? QBrush(QColor(0x90, 0x90, 0x90)) : QVariant();
    case VenueIdRole:
        return v.id;
    case LoadingRole:
        return false;
    case DeletedRole:
        return v.isDeleted;
    case VersionRole:
        return v.version;
    default:
        return {};
    }
}

void VenueListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortForColumn(column);
    if (!sort)
        return;
    VenueFilter f = m_filter;
    f.sort = *sort;
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

void VenueListModel::setFilter(const VenueFilter &filter)
{
    if (filter == m_filter && m_generation > 0)
        return;
    m_filter = filter;
    restart(false);
}

void VenueListModel::refresh()
{
    restart(true);
}

void VenueListModel::reload()
{
    restart(false);
    loadChoices();
}

void VenueListModel::restart(bool keepRows)
{
    GuiWorkTimer work(this);
    ++m_generation;
    m_latest->store(m_generation);
    m_inFlight = -1;
    m_broken = false;
    m_wanted.clear();
    m_keyMap.reset();
    m_endKnown = false;
    if (keepRows) {
        // Same list, fresher rows: keep the length and position, refetch what is in view.
        m_pages.clear();
        m_lastUse.clear();
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_pages.clear();
        m_lastUse.clear();
        m_rows = 0;
        m_focusPage = 0;
        m_count = VenueCount { 0, VenueCount::Kind::AtLeast };
        endResetModel();
        m_wanted = { 0 };
        dispatch(); // the first window goes out before the counting starts
    }
    // Counting competes with the first window for the processor: it starts when that window
    // has arrived, or shortly after when nothing asks for a window.
    m_countPending = true;
    QTimer::singleShot(40, this, [this, gen = m_generation] {
        if (gen == m_generation)
            startCount();
    });
}

void VenueListModel::startCount()
{
    if (!m_countPending)
        return;
    m_countPending = false;
    const quint64 gen = m_generation;
    const VenueFilter f = m_filter;
    QMetaObject::invokeMethod(m_countFetcher,
        [fetcher = m_countFetcher, gen, f] { fetcher->countAndMap(gen, f, kKeyMapEvery); });
}

void VenueListModel::loadChoices()
{
    QMetaObject::invokeMethod(m_countFetcher, &VenueFetcher::loadChoices);
}

void VenueListModel::prefetch(int row) const
{
    const int page = row / kPageSize;
    m_focusPage = page;
    if (m_broken || m_pages.contains(page) || page == m_inFlight)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst(); // scrolled past before its turn came
    scheduleDispatch();
}

void VenueListModel::scheduleDispatch() const
{
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    auto *self = const_cast<VenueListModel *>(this);
    QMetaObject::invokeMethod(self, &VenueListModel::dispatch, Qt::QueuedConnection);
}

void VenueListModel::dispatch()
{
    GuiWorkTimer work(this);
    m_dispatchQueued = false;
    if (m_inFlight >= 0)
        return; // one request at a time: the next one is chosen when it returns
    int page = -1;
    while (!m_wanted.isEmpty() && page < 0) {
        const int p = m_wanted.takeLast(); // the latest wish is what is on screen now
        if (!m_pages.contains(p) && qint64(p) * kPageSize < std::max(m_rows, 1))
            page = p;
    }
    if (page < 0) {
        // Idle: fetch the neighbours of the page on screen, so scrolling on finds them ready.
        for (int p : { m_focusPage + 1, m_focusPage - 1 }) {
            if (p >= 0 && qint64(p) * kPageSize < m_rows && !m_pages.contains(p)) {
                page = p;
                break;
            }
        }
        if (page < 0)
            return;
    }

    VenuePageRequest r;
    r.generation = m_generation;
    r.page = page;
    r.pageSize = kPageSize;
    r.filter = m_filter;
    const qint64 firstRow = qint64(page) * kPageSize;
    const auto before = m_pages.constFind(page - 1);
    const auto after = m_pages.constFind(page + 1);
    if (page == 0) {
        r.mode = VenuePageRequest::Mode::First;
    } else if (before != m_pages.cend() && before->size() == kPageSize) {
        r.mode = VenuePageRequest::Mode::After;
        r.key = VenueRepository::keyOf(before->last(), m_filter.sort);
    } else if (after != m_pages.cend() && !after->isEmpty()) {
        r.mode = VenuePageRequest::Mode::Before;
        r.key = VenueRepository::keyOf(after->first(), m_filter.sort);
    } else if (const auto anchor = m_keyMap ? m_keyMap->anchorFor(firstRow) : std::nullopt) {
        r.mode = VenuePageRequest::Mode::FromAnchor;
        r.key = anchor->second;
        r.skip = int(firstRow - anchor->first);
    } else {
        r.mode = VenuePageRequest::Mode::AtRow;
        r.row = firstRow;
    }
    m_inFlight = page;
    qCDebug(lcVenues) << "fetch page" << page << "mode" << int(r.mode) << "skip" << r.skip << "row"
                      << r.row;
    QMetaObject::invokeMethod(
        m_pageFetcher, [fetcher = m_pageFetcher, r] { fetcher->fetchPage(r); });
}

void VenueListModel::setRows(int rows)
{
    if (rows == m_rows)
        return;
    if (rows - m_rows >= kGrowByReset) {
        Q_EMIT aboutToGrowAtOnce();
        beginResetModel(); // the rows fetched so far stay in m_pages
        m_rows = rows;
        endResetModel();
        Q_EMIT grewAtOnce();
    } else if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        const int lastPage = rows == 0 ? -1 : (rows - 1) / kPageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
}

void VenueListModel::evictFarPages()
{
    while (m_pages.size() > kKeepPages) {
        int oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const int p = it.key();
            if (std::abs(p - m_focusPage) <= 1)
                continue; // the page on screen and its neighbours stay
            const quint64 use = m_lastUse.value(p, 0);
            if (use < oldestUse) {
                oldestUse = use;
                oldest = p;
            }
        }
        if (oldest < 0)
            return;
        m_pages.remove(oldest);
        m_lastUse.remove(oldest);
    }
}

void VenueListModel::onPageReady(
    quint64 generation, int page, int mode, const QList<Venue> &rows, qint64 elapsedUs)
{
    GuiWorkTimer work(this);
    if (generation != m_generation)
        return; // a superseded request
    m_inFlight = -1;
    qCDebug(lcVenues) << "page" << page << "arrived with" << rows.size() << "rows in" << elapsedUs
                      << "us";
    const auto how = VenuePageRequest::Mode(mode);
    const qint64 firstRow = qint64(page) * kPageSize;
    m_pages.insert(page, rows);
    m_lastUse[page] = ++m_useClock;
    if (how != VenuePageRequest::Mode::Before) {
        if (rows.size() < kPageSize) {
            // The true end of the list: the count is now exact whatever was estimated.
            m_endKnown = true;
            setRows(int(firstRow + rows.size()));
            if (m_count.kind != VenueCount::Kind::Exact || m_count.value != m_rows) {
                m_count = VenueCount { m_rows, VenueCount::Kind::Exact };
                Q_EMIT countChanged(m_count);
            }
        } else if (firstRow + rows.size() > m_rows) {
            setRows(int(firstRow + rows.size()));
        }
    }
    evictFarPages();
    if (!rows.isEmpty() && firstRow < m_rows) {
        const int last = int(std::min<qint64>(firstRow + rows.size(), m_rows)) - 1;
        Q_EMIT dataChanged(index(int(firstRow), 0), index(last, ColumnCount - 1));
    }
    startCount();
    dispatch();
}

void VenueListModel::onCountReady(quint64 generation, const VenueCount &count)
{
    GuiWorkTimer work(this);
    if (generation != m_generation)
        return;
    if (m_endKnown && count.kind != VenueCount::Kind::Exact)
        return;
    m_count = count;
    if (!m_endKnown) {
        qint64 rows = count.value;
        if (count.kind == VenueCount::Kind::AtLeast)
            rows = std::max<qint64>(m_rows, count.value + 1);
        setRows(int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
        if (count.kind == VenueCount::Kind::Exact)
            m_endKnown = true;
    }
    Q_EMIT countChanged(m_count);
}

void VenueListModel::onKeyMapReady(quint64 generation, const VenueKeyMap &map)
{
    GuiWorkTimer work(this);
    if (generation != m_generation)
        return;
    m_keyMap = map;
}

void VenueListModel::onFailed(quint64 generation, const DbError &error)
{
    if (generation != m_generation && generation != 0)
        return;
    m_inFlight = -1;
    m_broken = true;
    qCWarning(lcVenues) << "venue list:" << error.sentence() << error.details();
    Q_EMIT loadFailed(error);
}

void VenueListModel::updateVenue(const Venue &venue)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == venue.id) {
                (*it)[i] = venue;
                const int row = it.key() * kPageSize + i;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
        }
    }
}

std::optional<int> VenueListModel::loadedVersion(const QString &id) const
{
    for (const auto &page : m_pages)
        for (const Venue &v : page)
            if (v.id == id)
                return v.version;
    return std::nullopt;
}

QStringList VenueListModel::loadedIds(int limit) const
{
    QStringList ids;
    for (const auto &page : m_pages)
        for (const Venue &v : page) {
            if (ids.size() >= limit)
                return ids;
            ids << v.id;
        }
    return ids;
}

std::optional<Venue> VenueListModel::venueAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.cend() || row % kPageSize >= it->size())
        return std::nullopt;
    return it->at(row % kPageSize);
}

bool VenueListModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    return it != m_pages.cend() && row % kPageSize < it->size();
}

} // namespace VenueMap::Core
