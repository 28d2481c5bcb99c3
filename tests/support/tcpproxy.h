#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace VenueMap::Test {

class ProxyWorker;

// A TCP proxy on loopback, run in its own thread, that a test puts between the app and the
// PostgreSQL server to simulate trouble on the wire: cut every connection (a server restart or a
// dropped VPN) and refuse new ones, drop every packet silently (a VPN that hangs: no reset, no
// answer), or lose the answer to one request (the connection drops just after a statement left).
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    TcpProxy(const QString &targetHost, quint16 targetPort);
    ~TcpProxy() override;

    quint16 port() const { return m_port; }
    // Closes every open connection and refuses new ones until restore().
    void cutAndRefuse();
    // Keeps every connection open but forwards nothing either way, and accepts new connections
    // without ever reaching the server, until restore(): the silence of a dead route.
    void blackhole();
    // One shot: the first time a client sends bytes containing `needle`, they reach the server,
    // and then that client's connection is cut before any answer comes back.
    void loseReplyTo(const QByteArray &needle);
    // Back to normal forwarding. Connections that were blackholed are closed (they are dead).
    void restore();

private:
    QThread m_thread;
    ProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace VenueMap::Test
