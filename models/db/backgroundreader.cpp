#include "backgroundreader.h"

#include "connectionpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <optional>

namespace VenueMap::Core {

QString uniqueConnectionName(const Database &db, const QString &purpose)
{
    static std::atomic<int> serial = 0;
    return QStringLiteral("%1-%2-%3").arg(db.connectionName(), purpose).arg(++serial);
}

namespace {

// The connection kept for one purpose ("undo", "export", …) of one database, on a thread of its
// own: opening a connection to a distant server costs about ten round trips (TCP, password
// exchange, QPSQL's set-up statements), so it is opened once and reused, and closed after a
// minute without work.
class KeptConnection final : public QObject
{
public:
    KeptConnection(const Database &source, const QString &name)
        : m_source(source)
        , m_name(name)
        , m_idle(new QTimer(this))
    {
        m_idle->setSingleShot(true);
        m_idle->setInterval(connectionIdleMs());
        connect(m_idle, &QTimer::timeout, this, [this] { m_db.reset(); });
    }
    // On the kept thread.
    void run(const std::function<void(const Result<Database> &)> &body)
    {
        m_idle->stop();
        if (!m_db) {
            auto db = m_source.openAnother(m_name);
            if (!db) {
                body(db.error()); // tried again next time
                return;
            }
            m_db = *db;
        }
        body(*m_db);
        m_idle->start();
    }
    void close()
    {
        m_idle->stop();
        m_db.reset();
    }

private:
    Database m_source; // only its URL is read here
    QString m_name;
    QTimer *m_idle;
    std::optional<Database> m_db;
};

struct Keeper
{
    QThread thread;
    KeptConnection *connection = nullptr;
};

QMutex keepersMutex;
QHash<QString, Keeper *> keepers;

// Before the application object goes: each kept connection is closed on its own thread.
void stopKeepers()
{
    QMutexLocker lock(&keepersMutex);
    for (Keeper *k : std::as_const(keepers)) {
        QMetaObject::invokeMethod(
            k->connection, [c = k->connection] { c->close(); }, Qt::BlockingQueuedConnection);
        k->thread.quit();
        k->thread.wait();
        delete k->connection;
        delete k;
    }
    keepers.clear();
}

Keeper *keeperFor(const Database &db, const QString &purpose)
{
    QMutexLocker lock(&keepersMutex);
    const QString key = db.url().toFullString() + QLatin1Char('\n') + db.connectionName()
        + QLatin1Char('\n') + purpose;
    if (Keeper *k = keepers.value(key))
        return k;
    if (keepers.isEmpty())
        qAddPostRoutine(stopKeepers);
    auto *k = new Keeper;
    k->connection = new KeptConnection(db, uniqueConnectionName(db, purpose));
    k->thread.setObjectName(QStringLiteral("kept-") + purpose);
    k->connection->moveToThread(&k->thread);
    k->thread.start();
    keepers.insert(key, k);
    return k;
}

} // namespace

void runOnOwnConnection(const Database &db, const QString &purpose,
    const std::function<void(const Result<Database> &)> &body)
{
    if (QCoreApplication::instance() && db.isValid()) {
        Keeper *k = keeperFor(db, purpose);
        QEventLoop loop;
        QMetaObject::invokeMethod(
            k->connection,
            [c = k->connection, &body, &loop] {
                c->run(body);
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        loop.exec();
        return;
    }
    const QString name = uniqueConnectionName(db, purpose);
    QThread *thread = QThread::create([&db, &name, &body] {
        body(db.openAnother(name)); // the connection closes on this thread, when the body is done
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

BackgroundReader::BackgroundReader(const Database &db, const QString &, QObject *parent)
    : QObject(parent)
    , m_tasks(std::make_unique<PoolTasks>(db))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{ }

BackgroundReader::~BackgroundReader()
{
    cancel();
    m_tasks->close(); // the read in progress ends first: its job may use what it captured
}

void BackgroundReader::submit(Task task)
{
    const quint64 generation = ++*m_latest;
    const auto latest = m_latest;
    m_tasks->post(
        [this, latest, generation, task = std::move(task)](const Result<Database> &db) {
            std::function<void()> deliver = task(db);
            // Queued to the reader: dropped by Qt if the reader is gone by then.
            QMetaObject::invokeMethod(
                this,
                [latest, generation, deliver = std::move(deliver)] {
                    if (latest->load() == generation)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        [latest, generation] { return latest->load() != generation; }); // superseded
}

} // namespace VenueMap::Core
