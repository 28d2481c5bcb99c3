#include "tcpproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace VenueMap::Test {

class ProxyWorker : public QObject
{
    Q_OBJECT
public:
    ProxyWorker(QString host, quint16 port) : m_host(std::move(host)), m_targetPort(port) { }

    enum class Mode { Forward, Refuse };

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
        m_mode = Mode(mode);
        if (m_mode == Mode::Refuse) {
            const auto pairs = m_pairs;
            m_pairs.clear();
            for (const auto &[client, server] : pairs) {
                if (client)
                    client->abort();
                if (server)
                    server->abort();
            }
        }
    }
    void shutdown()
    {
        setMode(int(Mode::Refuse));
        if (m_server)
            m_server->close();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_mode == Mode::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(std::make_pair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(server)));
            connect(client, &QTcpSocket::readyRead, this, [this, client, server] { pump(client, server); });
            connect(server, &QTcpSocket::readyRead, this, [this, client, server] { pump(server, client); });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            server->connectToHost(m_host, m_targetPort);
        }
    }
    void pump(QTcpSocket *from, QTcpSocket *to)
    {
        if (to->state() == QAbstractSocket::ConnectingState && !to->waitForConnected(5000))
            return;
        to->write(from->readAll());
    }

    QString m_host;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    Mode m_mode = Mode::Forward;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

TcpProxy::TcpProxy(const QString &targetHost, quint16 targetPort)
{
    m_worker = new ProxyWorker(targetHost, targetPort);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::listen, Qt::BlockingQueuedConnection, &m_port);
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::cutAndRefuse()
{
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection, Q_ARG(int, int(ProxyWorker::Mode::Refuse)));
}

void TcpProxy::restore()
{
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection, Q_ARG(int, int(ProxyWorker::Mode::Forward)));
}

} // namespace VenueMap::Test

#include "tcpproxy.moc"
