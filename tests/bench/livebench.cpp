// Benchmarks of colleagues' changes (issue 18): how long a change written on another connection
// takes to reach a window (the database's announcement, the monitor's LISTEN or SQLite's
// data_version watcher, the feed's coalescing), and what a burst of 1,000 announcements costs
// the GUI thread.
#include "benchrunner.h"

#include "db/backgroundreader.h"
#include "db/changefeed.h"
#include "db/connectionmonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <memory>

namespace VenueMap::Bench {

using namespace Core;

void addLiveOperations(BenchRunner &runner, const BenchContext &ctx)
{
    struct State
    {
        std::shared_ptr<ChangeFeed> feed;
        std::unique_ptr<ConnectionMonitor> monitor;
        std::optional<Database> colleague;
        QString venueId;
    };
    auto state = std::make_shared<State>();
    const Database db = ctx.db;

    BenchOperation arrives;
    arrives.name = QStringLiteral("live: a colleague's change reaches the window");
    arrives.budget = 2000;
    arrives.runs = 10;
    arrives.warmUp = 1;
    arrives.prepare = [state, db] {
        state->feed = ChangeFeed::of(db.url());
        if (db.isPostgres()) {
            state->monitor = std::make_unique<ConnectionMonitor>(db.url());
            state->monitor->start();
        }
        auto other = db.openAnother(uniqueConnectionName(db, QStringLiteral("bench-colleague")));
        if (other)
            state->colleague = *other;
        auto id = db.scalar(QStringLiteral("bench"),
            QStringLiteral("SELECT id FROM venues WHERE NOT is_deleted ORDER BY id LIMIT 1"));
        state->venueId = id ? id->toString() : QString();
        QEventLoop settle; // the listener connects on its own thread
        QTimer::singleShot(800, &settle, &QEventLoop::quit);
        settle.exec();
    };
    arrives.run = [state] {
        if (!state->colleague || state->venueId.isEmpty())
            return -1.0;
        QEventLoop loop;
        bool seen = false;
        const auto a = QObject::connect(
            state->feed.get(), &ChangeFeed::changed, &loop, [&](const QList<DataChange> &changes) {
                for (const DataChange &c : changes)
                    seen = seen || c.id == state->venueId;
                if (seen)
                    loop.quit();
            });
        const auto b
            = QObject::connect(state->feed.get(), &ChangeFeed::everythingChanged, &loop, [&] {
                  seen = true;
                  loop.quit();
              });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        auto written = state->colleague->exec(QStringLiteral("bench"),
            QStringLiteral("UPDATE venues SET notes = coalesce(notes, '') || '.', "
                           "version = version + 1 WHERE id = :id"),
            { { QStringLiteral(":id"), state->venueId } });
        if (!written)
            return -1.0;
        loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(b);
        return seen ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    runner.add(arrives);

    BenchOperation burst;
    burst.name = QStringLiteral("live: 1,000 announcements on the GUI thread");
    burst.budget = 16;
    burst.gui = true;
    burst.prepare = [state, db] {
        if (!state->feed)
            state->feed = ChangeFeed::of(db.url());
    };
    burst.run = [state] {
        static int serial = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 1000; ++i)
            state->feed->ingest(
                QStringLiteral(R"({"t":"venues","op":"update","id":"bench-%1","v":2})")
                    .arg(++serial));
        const double ms = double(t.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        return ms;
    };
    runner.add(burst);
}

} // namespace VenueMap::Bench
