#include "tcpproxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>

namespace VenueMap::Test {

class ProxyWorker : public QObject
{
    Q_OBJECT
public:
    ProxyWorker(QString host, quint16 port)
        : m_host(std::move(host))
        , m_targetPort(port)
    { }

    enum class Mode { Forward, Refuse, Blackhole };

    // Read by the test's thread while the worker counts.
    std::atomic<int> roundTrips { 0 };
    std::atomic<qint64> bytesFromServer { 0 };

public Q_SLOTS:
    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &ProxyWorker::accept);
        m_server->listen(QHostAddress::LocalHost);
        return m_server->serverPort();
    }
    void setMode(int mode)
    {
        const Mode previous = m_mode;
        m_mode = Mode(mode);
        if (m_mode == Mode::Refuse || (m_mode == Mode::Forward && previous == Mode::Blackhole))
            closeAll();
    }
    void setNeedle(const QByteArray &needle) { m_needle = needle; }
    void setDelay(int oneWayMs, int jitterMs)
    {
        m_delayMs = oneWayMs;
        m_jitterMs = jitterMs;
    }
    void shutdown()
    {
        setMode(int(Mode::Refuse));
        if (m_server)
            m_server->close();
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        bool replyLost
            = false; // the next answer from the server goes nowhere and the client is cut
        bool clientSpokeLast = false; // the next client bytes after an answer start a round trip
        // When the last delayed chunk each way leaves: later chunks never overtake it.
        qint64 lastDueToServer = 0;
        qint64 lastDueToClient = 0;
    };

    void closeAll()
    {
        const auto pairs = m_pairs;
        m_pairs.clear();
        for (const auto &pair : pairs) {
            if (pair->client)
                pair->client->abort();
            if (pair->server)
                pair->server->abort();
        }
    }
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_mode == Mode::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            client->setParent(this);
            // Each chunk goes on at once, as libpq's own socket does (TCP_NODELAY): without it
            // Nagle's algorithm and delayed ACKs add 40 ms to a multi-packet answer.
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto pair = std::make_shared<Pair>();
            pair->client = client;
            m_pairs.append(pair);
            if (m_mode == Mode::Blackhole) {
                // Accepted, then silence: the bytes go nowhere.
                connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
                continue;
            }
            auto *server = new QTcpSocket(this);
            pair->server = server;
            connect(client, &QTcpSocket::readyRead, this, [this, pair] { pump(*pair, true); });
            connect(server, &QTcpSocket::readyRead, this, [this, pair] { pump(*pair, false); });
            connect(client, &QTcpSocket::disconnected, server, [pair] {
                if (pair->server && !pair->replyLost)
                    pair->server->disconnectFromHost();
            });
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::connected, server,
                [server] { server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
            server->connectToHost(m_host, m_targetPort);
        }
    }
    void pump(Pair &pair, bool fromClient)
    {
        QTcpSocket *from = fromClient ? pair.client : pair.server;
        QTcpSocket *to = fromClient ? pair.server : pair.client;
        if (!from)
            return;
        const QByteArray bytes = from->readAll();
        if (m_mode == Mode::Blackhole)
            return; // dropped silently
        if (!fromClient && pair.replyLost) {
            // The server answered, so the statement is done; the answer never arrives.
            if (pair.client)
                pair.client->abort();
            from->disconnectFromHost();
            return;
        }
        if (!to)
            return;
        if (fromClient) {
            if (!pair.clientSpokeLast)
                ++roundTrips;
            pair.clientSpokeLast = true;
        } else {
            pair.clientSpokeLast = false;
            bytesFromServer += bytes.size();
        }
        if (fromClient && !m_needle.isEmpty() && bytes.contains(m_needle)) {
            m_needle.clear();
            pair.replyLost = true;
        }
        if (m_delayMs <= 0 && m_jitterMs <= 0) {
            send(to, bytes);
            return;
        }
        // The chunk leaves after the delay, and never before one that came earlier.
        const qint64 now = m_clock.elapsed();
        const int jitter
            = m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_jitterMs + 1)) : 0;
        qint64 &lastDue = fromClient ? pair.lastDueToServer : pair.lastDueToClient;
        const qint64 due = std::max(now + m_delayMs + jitter, lastDue);
        lastDue = due;
        QPointer<QTcpSocket> target(to);
        QTimer::singleShot(
            std::chrono::milliseconds(due - now), Qt::PreciseTimer, this, [target, bytes] {
                if (target)
                    send(target, bytes);
            });
    }
    static void send(QTcpSocket *to, const QByteArray &bytes)
    {
        if (to->state() == QAbstractSocket::ConnectingState && !to->waitForConnected(5000))
            return;
        to->write(bytes);
    }

    QString m_host;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    Mode m_mode = Mode::Forward;
    QByteArray m_needle;
    QList<std::shared_ptr<Pair>> m_pairs;
    int m_delayMs = 0;
    int m_jitterMs = 0;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

TcpProxy::TcpProxy(const QString &targetHost, quint16 targetPort)
{
    m_worker = new ProxyWorker(targetHost, targetPort);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, &ProxyWorker::listen, Qt::BlockingQueuedConnection, &m_port);
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::cutAndRefuse()
{
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection,
        Q_ARG(int, int(ProxyWorker::Mode::Refuse)));
}

void TcpProxy::blackhole()
{
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection,
        Q_ARG(int, int(ProxyWorker::Mode::Blackhole)));
}

void TcpProxy::loseReplyTo(const QByteArray &needle)
{
    QMetaObject::invokeMethod(
        m_worker, "setNeedle", Qt::BlockingQueuedConnection, Q_ARG(QByteArray, needle));
}

void TcpProxy::setDelay(int oneWayMs, int jitterMs)
{
    QMetaObject::invokeMethod(m_worker, "setDelay", Qt::BlockingQueuedConnection,
        Q_ARG(int, oneWayMs), Q_ARG(int, jitterMs));
}

int TcpProxy::roundTrips() const
{
    return m_worker->roundTrips.load();
}

qint64 TcpProxy::bytesFromServer() const
{
    return m_worker->bytesFromServer.load();
}

void TcpProxy::resetCounts()
{
    m_worker->roundTrips = 0;
    m_worker->bytesFromServer = 0;
}

void TcpProxy::restore()
{
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection,
        Q_ARG(int, int(ProxyWorker::Mode::Forward)));
}

} // namespace VenueMap::Test

#include "tcpproxy.moc"
