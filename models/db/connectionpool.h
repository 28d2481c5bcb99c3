#pragma once

#include "database.h"

#include <functional>
#include <memory>

namespace VenueMap::Core {

class ConnectionPoolState;

// The connections one window reads and writes through off the GUI thread (DESIGN §7, the
// connection budget): a few worker threads per database, each opening its connection when work
// arrives and closing it after connectionIdleMs() without work. Every BackgroundReader and
// ShortlistEditor of a window shares them, so an idle window holds no worker connection and an
// open project workspace adds none.
//
// A pool lives while some handle to it does; the last handle to go stops its threads, closing
// each connection on the thread that opened it.
class ConnectionPool
{
public:
    // The pool of `db`'s URL and connection (the one every worker's connection copies).
    static ConnectionPool forDatabase(const Database &db);

    using Task = std::function<void(const Result<Database> &)>;
    // Runs `task` on a worker thread with an open connection (or the error opening it). Tasks
    // start in the order posted and may run side by side on different workers.
    void post(Task task) const;

    // The open worker connections of all pools of this process (tests, the budget's bench).
    static int openConnections();
    // The server was lost (ConnectionMonitor): every worker opens a fresh connection for its
    // next task instead of finding out, with a write, that its old one died in the outage.
    static void forgetConnections();

private:
    explicit ConnectionPool(std::shared_ptr<ConnectionPoolState> state);
    std::shared_ptr<ConnectionPoolState> m_state;
};

// The tasks one object posts to a pool: when the object goes (close() or the destructor), tasks
// that have not started are skipped and the ones running are waited for, so a task may use the
// object it came from until it returns.
class PoolTasks
{
public:
    explicit PoolTasks(const Database &db);
    ~PoolTasks();
    PoolTasks(const PoolTasks &) = delete;
    PoolTasks &operator=(const PoolTasks &) = delete;

    // `task` runs unless close() came first; `skip()` is asked again just before it starts.
    void post(ConnectionPool::Task task, std::function<bool()> skip = {});
    void close();

private:
    struct Gate;
    ConnectionPool m_pool;
    std::shared_ptr<Gate> m_gate;
};

// How long an unused worker connection stays open (setting connections/idleSeconds, 60 s by
// default); applies to the pools, the list's fetchers and the kept connections of
// runOnOwnConnection.
int connectionIdleMs();
void setConnectionIdleMs(int ms);
// How many worker connections one pool opens at most (3: a slow report does not hold up a click).
inline constexpr int kPoolWorkers = 3;

} // namespace VenueMap::Core
