// The venue speed list: venue windows, jumps, search, counts, memory and the GUI thread, on
// the repository (what the worker thread spends) and through the model and a real view.
#include "benchrunner.h"
#include "itemmodels/venuelistmodel.h"
#include "repositories/venuerepository.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <memory>

namespace VenueMap::Core {

// The benchmark's window on how long the list model's own slots held the GUI thread (a friend of
// VenueListModel: the figures are not part of the model's API).
class VenueListModelBenchAccess
{
public:
    static void reset(VenueListModel &model) { model.m_guiWork = {}; }
    static double longestWallMs(const VenueListModel &model)
    {
        return double(model.m_guiWork.longestWallNs) / 1e6;
    }
    static double longestCpuMs(const VenueListModel &model)
    {
        return double(model.m_guiWork.longestCpuNs) / 1e6;
    }
};

} // namespace VenueMap::Core

namespace VenueMap::Bench {

using namespace VenueMap::Core;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The shared state of the venue operations on one database.
struct VenueBenchState
{
    explicit VenueBenchState(const Database &db)
        : repo(db)
    { }
    VenueRepository repo;
    VenueFilter busy; // city + minimum capacity + two facilities
    QStringList searchTexts; // 3-4 characters from real names
    std::optional<VenueKeyMap> map;
    qint64 total = 0;
    int turn = 0;
    std::unique_ptr<VenueListModel> model;
    std::unique_ptr<QTableView> view;
    double scrollStallMs = -1;
    double scrollModelWorkMs = -1;
    double scrollModelCpuMs = -1;
    double scrollMemoryMb = -1;
    double scrollSeconds = -1;
};

} // namespace

void addVenueOperations(BenchRunner &runner, const BenchContext &ctx)
{
    auto s = std::make_shared<VenueBenchState>(ctx.db);

    // The workload: the biggest city, the two commonest facilities, search words from names.
    if (auto cities = s->repo.cityCounts(1); cities && !cities->isEmpty())
        s->busy.city = cities->first().first;
    s->busy.minCapacity = 100;
    if (auto names = s->repo.facilityNames(); names && names->size() >= 2) {
        const QStringList preferred = { QStringLiteral("wifi"), QStringLiteral("parking") };
        s->busy.facilities = names->contains(preferred[0]) && names->contains(preferred[1])
            ? preferred
            : names->mid(0, 2);
    }
    if (auto sample = s->repo.search(VenueFilter(), 400)) {
        for (int i = 0; i < sample->size(); i += 17) {
            const QString name = sample->at(i).name;
            if (name.size() >= 6)
                s->searchTexts << name.mid(1, 3 + i % 2).toLower();
        }
    }
    if (s->searchTexts.isEmpty())
        s->searchTexts << QStringLiteral("ven");
    auto exact = s->repo.exactCount(VenueFilter());
    s->total = exact ? *exact : 0;
    const qint64 middle = s->total / 2;

    auto timed = [](const std::function<bool()> &body) {
        QElapsedTimer t;
        t.start();
        return body() ? ms(t) : -1.0;
    };

    runner.add(
        operation(QStringLiteral("venues: first window, unfiltered (repository)"), 10, [s, timed] {
            return timed([&] {
                return s->repo.fetchAfter(VenueFilter(), std::nullopt, VenueListModel::kPageSize)
                    .ok();
            });
        }));
    runner.add(operation(
        QStringLiteral("venues: first window, city+capacity+2 facilities (repo)"), 10, [s, timed] {
            return timed([&] {
                return s->repo.fetchAfter(s->busy, std::nullopt, VenueListModel::kPageSize).ok();
            });
        }));
    runner.add(operation(
        QStringLiteral("venues: name search 3+ chars, first window (repository)"), 15, [s, timed] {
            VenueFilter f;
            f.text = s->searchTexts.at(s->turn++ % s->searchTexts.size());
            return timed([&] {
                return s->repo.fetchAfter(f, std::nullopt, VenueListModel::kPageSize).ok();
            });
        }));
    // The count label: what the model shows first (labelCount), refined later in the background.
    runner.add(operation(QStringLiteral("venues: count label, unfiltered"), 50,
        [s, timed] { return timed([&] { return s->repo.labelCount(VenueFilter()).ok(); }); }));
    runner.add(operation(QStringLiteral("venues: count label, name search"), 50, [s, timed] {
        VenueFilter f;
        f.text = s->searchTexts.at(s->turn++ % s->searchTexts.size());
        return timed([&] { return s->repo.labelCount(f).ok(); });
    }));
    runner.add(operation(QStringLiteral("venues: count label, city+capacity+2 facilities"), 50,
        [s, timed] { return timed([&] { return s->repo.labelCount(s->busy).ok(); }); }));
    // Layout search (issue 13): the first filtered window and the count label for a person's
    // usual room questions, on a book whose venues have 3-8 spaces each.
    struct LayoutCase
    {
        QString label;
        VenueFilter filter;
    };
    std::vector<LayoutCase> layoutCases;
    {
        VenueFilter theatre;
        theatre.layout = SpaceLayout::Theatre;
        theatre.layoutCapacity = 200;
        layoutCases.push_back({ QStringLiteral(">= 200 theatre"), theatre });
        VenueFilter inCity = theatre;
        inCity.city = s->busy.city;
        layoutCases.push_back({ QStringLiteral(">= 200 theatre in the biggest city"), inCity });
        VenueFilter rooms;
        rooms.rooms = 4;
        rooms.roomLayout = SpaceLayout::Classroom;
        rooms.roomCapacity = 30;
        layoutCases.push_back({ QStringLiteral("4 x 30 classroom"), rooms });
        VenueFilter withFacility = theatre;
        if (!s->busy.facilities.isEmpty())
            withFacility.facilities = { s->busy.facilities.first() };
        layoutCases.push_back({ QStringLiteral(">= 200 theatre + a facility"), withFacility });
    }
    for (const LayoutCase &c : layoutCases) {
        const VenueFilter filter = c.filter;
        runner.add(operation(
            QStringLiteral("venues: first window, %1 (repo)").arg(c.label), 10, [s, timed, filter] {
                return timed([&] {
                    return s->repo.fetchAfter(filter, std::nullopt, VenueListModel::kPageSize).ok();
                });
            }));
        runner.add(operation(QStringLiteral("venues: count label, %1").arg(c.label), 50,
            [s, timed, filter] { return timed([&] { return s->repo.labelCount(filter).ok(); }); }));
    }
    // The operations that start from the key map build it when it was not measured before them
    // (--only jump, --only scroll): `s->map` was read unset, and the bench crashed.
    auto ensureKeyMap = [s] {
        if (s->map)
            return;
        if (auto map = s->repo.buildKeyMap(VenueFilter(), VenueListModel::kKeyMapEvery))
            s->map = *map;
    };
    runner.add(operation(
        QStringLiteral("venues: key map + exact count (background, once per filter)"), 0,
        [s, timed] {
            return timed([&] {
                auto map = s->repo.buildKeyMap(VenueFilter(), VenueListModel::kKeyMapEvery);
                if (map)
                    s->map = *map;
                return map.ok();
            });
        },
        5, 1));
    runner.add(operation(
        QStringLiteral("venues: jump to middle row with key map (repository)"), 100,
        [s, timed, middle] {
            const qint64 row = middle + (s->turn++ * 7919) % 5000;
            const auto anchor = s->map ? s->map->anchorFor(row) : std::nullopt;
            return timed([&] {
                return anchor
                    && s->repo
                           .fetchFrom(VenueFilter(), anchor->second, int(row - anchor->first),
                               VenueListModel::kPageSize)
                           .ok();
            });
        },
        20, 3, QStringLiteral("ms"), ensureKeyMap));
    runner.add(
        operation(QStringLiteral("venues: jump to middle row without key map (index OFFSET)"), 100,
            [s, timed, middle] {
                const qint64 row = middle + (s->turn++ * 7919) % 5000;
                return timed([&] {
                    return s->repo.fetchAtRow(VenueFilter(), row, VenueListModel::kPageSize).ok();
                });
            }));
    runner.add(operation(
        QStringLiteral("venues: next window while scrolling (keyset, deep)"), 10,
        [s, timed, middle] {
            const qint64 row = middle + (s->turn++ * 7919) % 5000;
            const auto anchor = s->map ? s->map->anchorFor(row) : std::nullopt;
            if (!anchor)
                return -1.0;
            auto here
                = s->repo.fetchFrom(VenueFilter(), anchor->second, int(row - anchor->first), 1);
            if (!here || here->isEmpty())
                return -1.0;
            const VenueKey key = VenueRepository::keyOf(here->first(), VenueSort::Name);
            return timed([&] {
                return s->repo.fetchAfter(VenueFilter(), key, VenueListModel::kPageSize).ok();
            });
        },
        20, 3, QStringLiteral("ms"), ensureKeyMap));

    // Through the model (worker thread, signals) and a real view, as a person sees it.
    auto prepareView = [s, ctx] {
        if (s->model)
            return;
        s->model = std::make_unique<VenueListModel>(ctx.db);
        s->view = std::make_unique<QTableView>();
        s->view->setModel(s->model.get());
        s->view->verticalHeader()->setDefaultSectionSize(26);
        s->view->verticalHeader()->hide();
        s->view->resize(1280, 800);
        s->view->show();
        waitUntil(
            [&] {
                return s->model->hasKeyMap()
                    || (s->model->isCountFinal() && s->model->rowCount() < 10000);
            },
            60000);
    };
    // A person clears the filters (or sets them) and the first window appears: model reset,
    // worker thread, rows back in the view. Starts from the other list each time.
    auto firstShown = [s](const VenueFilter &from, const VenueFilter &to) {
        // The person has been looking at the other list: its rows and its background count are in.
        s->model->setFilter(from);
        if (!waitUntil([&] { return s->model->isRowLoaded(0) && s->model->isCountFinal(); }, 60000))
            return -1.0;
        QElapsedTimer t;
        t.start();
        s->model->setFilter(to);
        if (!waitUntil([&] { return s->model->isRowLoaded(0); }, 10000))
            return -1.0;
        return ms(t);
    };
    // The first-window budget, as a person sees it: with the worker thread's hand-over and
    // Qt painting the table.
    runner.add(guiOperation(operation(
        QStringLiteral("venues: first window shown (model+view, unfiltered)"), 10,
        [s, firstShown] { return firstShown(s->busy, VenueFilter()); }, 20, 3, QStringLiteral("ms"),
        prepareView)));
    runner.add(guiOperation(operation(
        QStringLiteral("venues: first window shown (model+view, city+cap+2 fac.)"), 10,
        [s, firstShown] { return firstShown(VenueFilter(), s->busy); }, 20, 3, QStringLiteral("ms"),
        prepareView)));
    runner.add(guiOperation(operation(
        QStringLiteral("venues: scrollbar jump to middle, rows shown (view)"), 100,
        [s, middle] {
            s->model->setFilter(VenueFilter());
            waitUntil([&] { return s->model->hasKeyMap(); }, 60000);
            const int row = int(middle + (s->turn++ * 7919) % 50000);
            QElapsedTimer t;
            t.start();
            s->view->verticalScrollBar()->setValue(row);
            const int top = s->view->rowAt(0);
            if (!waitUntil(
                    [&] { return s->model->isRowLoaded(top) && s->model->isRowLoaded(top + 25); },
                    10000))
                return -1.0;
            return ms(t);
        },
        20, 3, QStringLiteral("ms"), prepareView)));
    // Top to bottom one screen at a time: memory growth, and the GUI thread's longest stall.
    runner.add(guiOperation(operation(
        QStringLiteral("venues: scroll first row to last, memory growth"), 100,
        [s] {
            s->view->scrollToTop();
            QCoreApplication::processEvents();
            const double before = residentMb();
            EventLoopWatchdog watchdog;
            watchdog.start();
            VenueListModelBenchAccess::reset(*s->model);
            QElapsedTimer t;
            t.start();
            QScrollBar *bar = s->view->verticalScrollBar();
            const int screen = std::max(
                1, s->view->rowAt(s->view->viewport()->height() - 1) - s->view->rowAt(0));
            for (int row = 0; row <= bar->maximum(); row += screen) {
                bar->setValue(row);
                const int top = s->view->rowAt(0);
                if (!waitUntil([&] { return s->model->isRowLoaded(top); }, 10000))
                    return -1.0;
            }
            watchdog.stop();
            s->scrollStallMs = watchdog.longestStallMs();
            s->scrollModelWorkMs = VenueListModelBenchAccess::longestWallMs(*s->model);
            s->scrollModelCpuMs = VenueListModelBenchAccess::longestCpuMs(*s->model);
            s->scrollSeconds = ms(t) / 1000.0;
            s->scrollMemoryMb = residentMb() - before;
            return s->scrollMemoryMb;
        },
        1, 0, QStringLiteral("MB"), prepareView)));
    runner.add(operation(
        QStringLiteral("venues: peak resident memory after scrolling the whole list"), 0,
        [] { return peakResidentMb(); }, 1, 0, QStringLiteral("MB")));
    runner.add(operation(
        QStringLiteral("venues: GUI thread, longest model slot in scroll (CPU)"), 16,
        [s] { return s->scrollModelCpuMs; }, 1, 0));
    runner.add(operation(
        QStringLiteral("venues: GUI thread, longest model slot in scroll (wall)"), 0,
        [s] { return s->scrollModelWorkMs; }, 1, 0));
    runner.add(operation(
        QStringLiteral("venues: GUI thread, longest event-loop stall in scroll"), 0,
        [s] { return s->scrollStallMs; }, 1, 0));
    runner.add(operation(
        QStringLiteral("venues: that scroll's duration (info)"), 0,
        [s] { return s->scrollSeconds; }, 1, 0, QStringLiteral("s")));
}

} // namespace VenueMap::Bench
