#pragma once

#include "database.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace VenueMap::Core {

class PoolTasks;

// A connection name no other connection of this process uses: "<db's name>-<purpose>-<n>".
QString uniqueConnectionName(const Database &db, const QString &purpose);

// Runs `body` on a thread of its own with a connection of its own (or the error opening it), and
// waits for it in a local event loop so the window keeps painting: for work a person waits for
// in a dialog, such as an export or reading a file to import, or an undo step. The thread and
// its connection are kept per database and purpose and reused by the next call (closed after a
// minute without work): a new connection to a distant server costs about ten round trips.
void runOnOwnConnection(const Database &db, const QString &purpose,
    const std::function<void(const Result<Database> &)> &body);

template <typename T>
Result<T> runOnOwnConnection(const Database &db, const QString &purpose,
    const std::function<Result<T>(const Database &)> &job)
{
    std::optional<Result<T>> outcome;
    runOnOwnConnection(db, purpose,
        [&](const Result<Database> &own) { outcome = own ? job(*own) : Result<T>(own.error()); });
    return std::move(*outcome);
}

// Reads for a widget off the GUI thread (DESIGN §4), on the window's shared worker connections
// (ConnectionPool: opened when reads arrive, closed when idle). Each read() supersedes the ones
// before it: a read that has not started is skipped, and a result that arrives after a newer read
// was asked for is dropped, so a person clicking through venues only ever sees the last one's data.
class BackgroundReader final : public QObject
{
public:
    // `purpose` names the reader in logs; the connection is the pool's.
    BackgroundReader(const Database &db, const QString &purpose, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Runs `job` on the worker thread; then `done` on this object's thread, unless superseded.
    template <typename T>
    void read(
        std::function<Result<T>(const Database &)> job, std::function<void(const Result<T> &)> done)
    {
        submit([job = std::move(job), done = std::move(done)](
                   const Result<Database> &db) -> std::function<void()> {
            auto result = std::make_shared<Result<T>>(db ? job(*db) : Result<T>(db.error()));
            return [result, done] { done(*result); };
        });
    }
    // Drops whatever is asked for or on its way (the widget shows something else now).
    void cancel() { ++*m_latest; }

private:
    using Task = std::function<std::function<void()>(const Result<Database> &)>;
    void submit(Task task);

    std::unique_ptr<PoolTasks> m_tasks;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace VenueMap::Core
