#include "connectionmonitor.h"

#include "changefeed.h"
#include "connectionpool.h"
#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <dlfcn.h>
#include <sys/socket.h>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ConnectionMonitor.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionMonitor)
};

} // namespace

namespace {

// The socket under a PostgreSQL connection, or -1. libpq is already loaded by Qt's PostgreSQL
// plugin; PQsocket is looked up in it rather than linked, so the core library does not need
// libpq's headers to build.
int socketOf(const Database &db)
{
    if (!db.isValid() || !db.isPostgres())
        return -1;
    const QVariant handle = db.connection().driver()->handle();
    // Qt registers the handle as PGconn* (its metatype name is the struct's: pg_conn*).
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return -1;
    void *conn = *static_cast<void *const *>(handle.constData());
    using PQsocketFn = int (*)(const void *);
    static const PQsocketFn pqSocket = [] {
        void *lib = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        return lib ? reinterpret_cast<PQsocketFn>(dlsym(lib, "PQsocket")) : nullptr;
    }();
    return pqSocket && conn ? pqSocket(conn) : -1;
}

} // namespace

// A watchdog thread for the probe's pings: a ping still waiting for its answer after the timeout
// gets its socket shut down, which wakes libpq with an error, so the probe reports the loss
// instead of waiting for TCP to give up (many minutes). Independent of every event loop.
class PingWatch
{
public:
    explicit PingWatch(int timeoutMs)
        : m_timeout(timeoutMs)
        , m_thread([this] { run(); })
    { }
    ~PingWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    PingWatch(const PingWatch &) = delete;
    PingWatch &operator=(const PingWatch &) = delete;

    // Probe thread, around every ping. After end() returns the watchdog no longer touches `fd`.
    void begin(int fd)
    {
        {
            std::lock_guard lock(m_mutex);
            m_fd = fd;
            m_inFlight = true;
            m_started = std::chrono::steady_clock::now();
            ++m_generation;
        }
        m_wake.notify_all();
    }
    void end()
    {
        std::lock_guard lock(m_mutex);
        m_inFlight = false;
        m_fd = -1;
    }
    // The monitor is stopping: cuts a ping in flight now, and the probe tries nothing new.
    void stopNow()
    {
        std::lock_guard lock(m_mutex);
        m_probeStopping = true;
        cutLocked();
    }
    bool isStopping()
    {
        std::lock_guard lock(m_mutex);
        return m_probeStopping;
    }

private:
    void cutLocked()
    {
        if (m_inFlight && m_fd >= 0) {
            ::shutdown(m_fd, SHUT_RDWR);
            m_fd = -1;
        }
    }
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            if (!m_inFlight || m_fd < 0) {
                m_wake.wait(lock);
                continue;
            }
            const quint64 generation = m_generation;
            const auto deadline = m_started + m_timeout;
            const bool answered = m_wake.wait_until(lock, deadline,
                [&] { return m_stopping || !m_inFlight || m_generation != generation; });
            if (!answered) {
                qCWarning(lcMonitor)
                    << "no answer to a ping within" << m_timeout.count() << "ms; cutting it";
                cutLocked();
            }
        }
    }

    const std::chrono::milliseconds m_timeout;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false; // the watchdog thread ends
    bool m_probeStopping = false; // the monitor is stopping
    bool m_inFlight = false;
    int m_fd = -1;
    quint64 m_generation = 0;
    std::chrono::steady_clock::time_point m_started;
    std::thread m_thread; // last: starts once the members above exist
};

// Lives in the monitor's thread with a connection of its own.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    ConnectionProbe(DatabaseUrl url, int pingMs, int firstRetryMs, int maxRetryMs,
        std::shared_ptr<PingWatch> watch, ChangeFeed *feed)
        : m_url(std::move(url))
        , m_watch(std::move(watch))
        , m_feed(feed)
        , m_pingMs(pingMs)
        , m_firstRetryMs(firstRetryMs)
        , m_maxRetryMs(maxRetryMs)
    { }

public Q_SLOTS:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ConnectionProbe::tick);
        auto db = Database::open(m_url, connectionName());
        if (db) {
            m_db = *db;
            listen();
        } else {
            goOffline(db.error().sentence());
        }
        schedule(m_online ? m_pingMs : m_retryMs);
    }
    void end()
    {
        if (m_timer)
            m_timer->stop();
        dropCloseWatch();
        m_db.close();
    }

Q_SIGNALS:
    void lost(const QString &sentence);
    void retrying(int attempt, int nextRetryMs);
    void restored();

private:
    QString connectionName() const
    {
        return QStringLiteral("monitor-%1").arg(quintptr(this), 0, 16);
    }
    void schedule(int ms) { m_timer->start(ms); }
    // Colleagues' changes arrive on this connection (migration 0013), so an idle window keeps
    // no connection beyond its own and this one.
    void listen()
    {
        if (!m_feed)
            return;
        // Behind a transaction pooler LISTEN holds for one transaction only, and PgBouncer drops
        // a server connection that gets a notification between transactions.
        if (m_db.behindTransactionPooler()) {
            qCWarning(lcMonitor) << "colleagues' changes are not live: the URL says "
                                    "pooler=transaction, and LISTEN needs a session";
            return;
        }
        QSqlDriver *driver = m_db.connection().driver();
        if (!driver->subscribeToNotification(QStringLiteral("venuemap_changes"))) {
            qCWarning(lcMonitor) << "cannot listen for colleagues' changes:"
                                 << driver->lastError().text();
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
            [feed = m_feed](const QString &, QSqlDriver::NotificationSource,
                const QVariant &payload) { feed->ingest(payload.toString()); });
        watchForClose();
    }
    // A server that closes the connection (stopped, crashed, or a primary gone in a failover)
    // is noticed at once rather than at the next ping: QPSQL's notifier for the LISTEN reads the
    // end of the stream and libpq marks the connection bad, which a glance every quarter second
    // sees (no traffic: it reads libpq's status). A second notifier on the same socket would race
    // QPSQL's, which closes it.
    void watchForClose()
    {
        dropCloseWatch();
        m_closeWatch = new QTimer(this);
        m_closeWatch->setInterval(250);
        connect(m_closeWatch, &QTimer::timeout, this, [this] {
            if (!m_online || m_db.connection().driver()->isOpen())
                return;
            dropCloseWatch();
            m_timer->start(0); // the ping fails and the loss is told now
        });
        m_closeWatch->start();
    }
    void dropCloseWatch()
    {
        if (m_closeWatch) {
            m_closeWatch->stop();
            m_closeWatch->deleteLater();
        }
        m_closeWatch = nullptr;
    }
    bool ping(const Database &db)
    {
        m_watch->begin(socketOf(db));
        const bool ok = db.ping();
        m_watch->end();
        return ok;
    }
    void goOffline(const QString &why)
    {
        m_online = false;
        m_attempt = 0;
        m_retryMs = m_firstRetryMs;
        ConnectionPool::forgetConnections();
        qCWarning(lcMonitor) << "connection lost:" << why;
        Q_EMIT lost(why);
    }
    void tick()
    {
        if (m_online) {
            if (m_db.isValid() && ping(m_db)) {
                schedule(m_pingMs);
                return;
            }
            dropCloseWatch();
            m_db.close();
            goOffline(Tr::tr("The connection to the database server was lost."));
        }
        if (m_watch->isStopping())
            return;
        // Offline: try to connect again.
        auto db = Database::open(m_url, connectionName());
        if (db && ping(*db)) {
            m_db = *db;
            listen();
            if (m_feed) // what changed while nobody listened is unknown: the screen is read again
                m_feed->ingestUnknownChange();
            m_online = true;
            qCInfo(lcMonitor) << "connection restored after" << m_attempt + 1 << "attempts";
            Q_EMIT restored();
            schedule(m_pingMs);
            return;
        }
        ++m_attempt;
        const int wait = m_retryMs;
        m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
        Q_EMIT retrying(m_attempt, wait);
        schedule(wait);
    }

    DatabaseUrl m_url;
    std::shared_ptr<PingWatch> m_watch;
    ChangeFeed *m_feed; // the monitor's, which outlives this probe
    Database m_db;
    QTimer *m_timer = nullptr;
    QPointer<QTimer> m_closeWatch; // while m_db LISTENs
    int m_pingMs, m_firstRetryMs, m_maxRetryMs;
    int m_retryMs = 1000;
    int m_attempt = 0;
    bool m_online = true;
};

ConnectionMonitor::ConnectionMonitor(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    // How often to ping can be tuned per site (a flaky VPN) and is shortened by tests.
    bool ok = false;
    const int ping = qEnvironmentVariableIntValue("VENUEMAP_PING_MS", &ok);
    if (ok && ping >= 100) {
        m_pingMs = ping;
        m_firstRetryMs = std::min(m_firstRetryMs, ping);
    }
    m_thread.setObjectName(QStringLiteral("VenueMap connection monitor"));
}

ConnectionMonitor::~ConnectionMonitor()
{
    stop();
}

void ConnectionMonitor::setTiming(int pingMs, int firstRetryMs, int maxRetryMs)
{
    m_pingMs = pingMs;
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
}

int ConnectionMonitor::pingTimeout() const
{
    return m_pingTimeoutMs > 0 ? m_pingTimeoutMs : std::clamp(4 * m_pingMs, 3000, 10000);
}

void ConnectionMonitor::start()
{
    if (m_probe || !m_url.isPostgres())
        return; // a local file has no server to lose
    m_watch = std::make_shared<PingWatch>(pingTimeout());
    m_feed = ChangeFeed::of(m_url);
    m_probe
        = new ConnectionProbe(m_url, m_pingMs, m_firstRetryMs, m_maxRetryMs, m_watch, m_feed.get());
    m_probe->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_probe, &ConnectionProbe::begin);
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &ConnectionProbe::lost, this, [this](const QString &why) {
        m_online = false;
        Q_EMIT connectionLost(why);
    });
    connect(m_probe, &ConnectionProbe::retrying, this, &ConnectionMonitor::reconnecting);
    connect(m_probe, &ConnectionProbe::restored, this, [this] {
        m_online = true;
        Q_EMIT connectionRestored();
    });
    m_thread.start();
}

void ConnectionMonitor::stop()
{
    if (!m_probe)
        return;
    m_watch->stopNow(); // a ping waiting on a silent server would hold up the quit
    QMetaObject::invokeMethod(m_probe, &ConnectionProbe::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_probe = nullptr;
    m_watch.reset();
}

} // namespace VenueMap::Core

#include "connectionmonitor.moc"
