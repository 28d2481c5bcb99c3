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
// It can also stand for a distant server (a cloud region, a VPN): every chunk waits a fixed
// one-way delay (and some jitter) in each direction, in order; and it counts the client's
// requests (each burst of bytes the client sends after an answer is one round trip).
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
    // Delays every chunk by `oneWayMs` (plus up to `jitterMs` more) each way: a round trip of
    // twice that. 0 forwards at once.
    void setDelay(int oneWayMs, int jitterMs = 0);
    // Round trips the clients started since the last resetCounts(): bursts of client bytes
    // that follow an answer (or open a connection), over all connections.
    int roundTrips() const;
    // Chunks of bytes clients sent (a statement is usually one) and bytes each way.
    qint64 bytesFromServer() const;
    void resetCounts();

private:
    QThread m_thread;
    ProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace VenueMap::Test
