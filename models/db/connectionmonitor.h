#pragma once

#include "databaseurl.h"

#include <QObject>
#include <QThread>

namespace VenueMap::Core {

class ConnectionProbe;

// Watches a PostgreSQL server from a thread of its own (DESIGN §4: the GUI thread only paints):
// pings it while all is well, says so when it is gone, and tries again with growing pauses until
// it is back. The GUI shows a banner from these signals and reopens its own connections after
// connectionRestored().
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    // Ping every `pingMs` while online; retry after firstRetryMs, doubling up to maxRetryMs.
    void setTiming(int pingMs, int firstRetryMs, int maxRetryMs);
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
    int m_pingMs = 10000, m_firstRetryMs = 1000, m_maxRetryMs = 30000;
    bool m_online = true;
};

} // namespace VenueMap::Core
