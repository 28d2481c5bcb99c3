#pragma once

#include "databaseurl.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace VenueMap::Core {

class ChangeFeed;
class ConnectionProbe;
class PingWatch;

// Watches a PostgreSQL server from a thread of its own (DESIGN §4: the GUI thread only paints):
// pings it while all is well, says so when it is gone, and tries again with growing pauses until
// it is back. The GUI shows a banner from these signals and reopens its own connections after
// connectionRestored(). A ping that gets no answer (a route that silently drops packets: no reset,
// and the kernel's keepalives never fire while a request waits) is cut by a watchdog thread after
// the ping timeout, so a dead server is noticed within ping interval + ping timeout (20 s by
// default, well inside the 30 s the app promises). Its connection also LISTENs for colleagues'
// changes and hands them to ChangeFeed::of(url).
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    // Ping every `pingMs` while online; retry after firstRetryMs, doubling up to maxRetryMs.
    void setTiming(int pingMs, int firstRetryMs, int maxRetryMs);
    // How long one ping may wait for its answer (default: four pings, at least 3 s, at most 10 s).
    void setPingTimeout(int ms) { m_pingTimeoutMs = ms; }
    int pingTimeout() const;
    void start();
    void stop();
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void connectionLost(const QString &sentence);
    void reconnecting(int attempt, int nextRetryMs);
    void connectionRestored();

private:
    DatabaseUrl m_url;
    QThread m_thread;
    ConnectionProbe *m_probe = nullptr;
    std::shared_ptr<PingWatch> m_watch;
    std::shared_ptr<ChangeFeed> m_feed; // fed by the probe's LISTEN
    int m_pingMs = 10000, m_firstRetryMs = 1000, m_maxRetryMs = 30000;
    int m_pingTimeoutMs = 0; // 0: derived from m_pingMs
    bool m_online = true;
};

} // namespace VenueMap::Core
