#include "connectionmonitor.h"

#include "database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMonitor, "venuemap.connection")

namespace VenueMap::Core {

// Lives in the monitor's thread with a connection of its own.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    ConnectionProbe(DatabaseUrl url, int pingMs, int firstRetryMs, int maxRetryMs)
        : m_url(std::move(url)), m_pingMs(pingMs), m_firstRetryMs(firstRetryMs), m_maxRetryMs(maxRetryMs)
    {
    }

public Q_SLOTS:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ConnectionProbe::tick);
        auto db = Database::open(m_url, connectionName());
        if (db)
            m_db = *db;
        else
            goOffline(db.error().sentence());
        schedule(m_online ? m_pingMs : m_retryMs);
    }
    void end()
    {
        if (m_timer)
            m_timer->stop();
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
    void goOffline(const QString &why)
    {
        m_online = false;
        m_attempt = 0;
        m_retryMs = m_firstRetryMs;
        qCWarning(lcMonitor) << "connection lost:" << why;
        Q_EMIT lost(why);
    }
    void tick()
    {
        if (m_online) {
            if (m_db.isValid() && m_db.ping()) {
                schedule(m_pingMs);
                return;
            }
            m_db.close();
            goOffline(QStringLiteral("The connection to the database server was lost."));
        }
        // Offline: try to connect again.
        auto db = Database::open(m_url, connectionName());
        if (db && db->ping()) {
            m_db = *db;
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
    Database m_db;
    QTimer *m_timer = nullptr;
    int m_pingMs, m_firstRetryMs, m_maxRetryMs;
    int m_retryMs = 1000;
    int m_attempt = 0;
    bool m_online = true;
};

ConnectionMonitor::ConnectionMonitor(const DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url)
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

ConnectionMonitor::~ConnectionMonitor() { stop(); }

void ConnectionMonitor::setTiming(int pingMs, int firstRetryMs, int maxRetryMs)
{
    m_pingMs = pingMs;
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
}

void ConnectionMonitor::start()
{
    if (m_probe || !m_url.isPostgres())
        return; // a local file has no server to lose
    m_probe = new ConnectionProbe(m_url, m_pingMs, m_firstRetryMs, m_maxRetryMs);
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
    QMetaObject::invokeMethod(m_probe, &ConnectionProbe::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_probe = nullptr;
}

} // namespace VenueMap::Core

#include "connectionmonitor.moc"
