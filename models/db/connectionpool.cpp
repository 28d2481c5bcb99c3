#include "connectionpool.h"

#include "backgroundreader.h"
#include "logging.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <optional>
#include <vector>

namespace VenueMap::Core {

namespace {

std::atomic<int> idleMs = 60000;
std::atomic<int> openWorkerConnections = 0;
std::atomic<quint64> connectionEpoch = 0; // moved by forgetConnections()

} // namespace

int connectionIdleMs()
{
    return idleMs.load();
}

void setConnectionIdleMs(int ms)
{
    idleMs = std::max(ms, 100);
}

// One database's workers: a queue of tasks, at most kPoolWorkers threads taking from it, each
// with a connection it opens for its first task and closes after connectionIdleMs() of waiting.
class ConnectionPoolState
{
public:
    ConnectionPoolState(const Database &source, const QString &key)
        : m_source(source)
        , m_key(key)
    { }
    ~ConnectionPoolState()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        for (QThread *t : m_threads) {
            t->wait();
            delete t;
        }
    }

    void post(ConnectionPool::Task task)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(task));
        if (m_waiting > 0) {
            m_wake.wakeOne();
            return;
        }
        if (int(m_threads.size()) >= kPoolWorkers)
            return; // a worker takes it when its task is done
        QThread *thread = QThread::create([this] { work(); });
        thread->setObjectName(QStringLiteral("pool-%1").arg(m_threads.size() + 1));
        m_threads.push_back(thread);
        thread->start();
    }

    const QString &key() const { return m_key; }

private:
    void work()
    {
        std::optional<Database> db;
        quint64 openedIn = 0; // the epoch db was opened in
        const auto closeConnection = [&db] {
            if (db) {
                db.reset();
                --openWorkerConnections;
            }
        };
        QMutexLocker lock(&m_mutex);
        for (;;) {
            while (m_queue.empty() && !m_stopping) {
                ++m_waiting;
                const bool woken = db ? m_wake.wait(&m_mutex, QDeadlineTimer(connectionIdleMs()))
                                      : (m_wake.wait(&m_mutex), true);
                --m_waiting;
                if (!woken && m_queue.empty()) { // idle: the connection goes, the thread waits
                    lock.unlock();
                    closeConnection();
                    lock.relock();
                }
            }
            if (m_queue.empty()) // stopping, and nothing left to do
                break;
            ConnectionPool::Task task = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            if (db && openedIn != connectionEpoch.load())
                closeConnection(); // opened before an outage
            if (!db) {
                openedIn = connectionEpoch.load();
                auto opened
                    = m_source.openAnother(uniqueConnectionName(m_source, QStringLiteral("pool")));
                if (opened) {
                    db = *opened;
                    ++openWorkerConnections;
                    task(*db);
                } else {
                    task(opened.error()); // tried again for the next task
                }
            } else {
                task(*db);
            }
            task = nullptr; // what it captured goes on this thread, before the next wait
            lock.relock();
        }
        lock.unlock();
        closeConnection();
    }

    Database m_source; // only its URL is read here
    QString m_key;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<ConnectionPool::Task> m_queue;
    std::vector<QThread *> m_threads;
    int m_waiting = 0;
    bool m_stopping = false;
};

namespace {

QMutex poolsMutex;
QHash<QString, std::weak_ptr<ConnectionPoolState>> pools;

} // namespace

ConnectionPool::ConnectionPool(std::shared_ptr<ConnectionPoolState> state)
    : m_state(std::move(state))
{ }

ConnectionPool ConnectionPool::forDatabase(const Database &db)
{
    const QString key = db.url().toFullString() + QLatin1Char('\n') + db.connectionName();
    QMutexLocker lock(&poolsMutex);
    if (auto existing = pools.value(key).lock())
        return ConnectionPool(existing);
    // The registry forgets a pool when its last handle goes (the deleter runs without the lock
    // held by this function: it joins the threads).
    auto state = std::shared_ptr<ConnectionPoolState>(
        new ConnectionPoolState(db, key), [](ConnectionPoolState *s) {
            {
                QMutexLocker lock(&poolsMutex);
                const auto it = pools.constFind(s->key());
                if (it != pools.constEnd() && it->expired())
                    pools.erase(it);
            }
            delete s;
        });
    pools.insert(key, state);
    return ConnectionPool(state);
}

void ConnectionPool::post(Task task) const
{
    m_state->post(std::move(task));
}

int ConnectionPool::openConnections()
{
    return openWorkerConnections.load();
}

void ConnectionPool::forgetConnections()
{
    ++connectionEpoch;
}

struct PoolTasks::Gate
{
    QMutex mutex;
    QWaitCondition idle;
    int running = 0;
    bool closed = false;
};

PoolTasks::PoolTasks(const Database &db)
    : m_pool(ConnectionPool::forDatabase(db))
    , m_gate(std::make_shared<Gate>())
{ }

PoolTasks::~PoolTasks()
{
    close();
}

void PoolTasks::post(ConnectionPool::Task task, std::function<bool()> skip)
{
    m_pool.post([gate = m_gate, task = std::move(task), skip = std::move(skip)](
                    const Result<Database> &db) {
        {
            QMutexLocker lock(&gate->mutex);
            if (gate->closed || (skip && skip()))
                return;
            ++gate->running;
        }
        task(db);
        QMutexLocker lock(&gate->mutex);
        if (--gate->running == 0)
            gate->idle.wakeAll();
    });
}

void PoolTasks::close()
{
    QMutexLocker lock(&m_gate->mutex);
    m_gate->closed = true;
    while (m_gate->running > 0)
        m_gate->idle.wait(&m_gate->mutex);
}

} // namespace VenueMap::Core
