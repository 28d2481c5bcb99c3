#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace VenueMap::Test {

class ProxyWorker;

// A TCP proxy on loopback, run in its own thread, that a test puts between the app and the
// PostgreSQL server to simulate trouble on the wire: cut every connection (a server restart or a
// dropped VPN) and refuse new ones until restore().
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    TcpProxy(const QString &targetHost, quint16 targetPort);
    ~TcpProxy() override;

    quint16 port() const { return m_port; }
    // Closes every open connection and refuses new ones until restore().
    void cutAndRefuse();
    // Back to normal forwarding.
    void restore();

private:
    QThread m_thread;
    ProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace VenueMap::Test
