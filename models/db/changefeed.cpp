#include "changefeed.h"

#include "backgroundreader.h"
#include "database.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

namespace VenueMap::Core {

bool DataChange::isKnownTable(const QString &table)
{
    static const QStringList known = { QStringLiteral("venues"), QStringLiteral("projects"),
        QStringLiteral("project_venues"), QStringLiteral("holds"), QStringLiteral("activity_logs"),
        QStringLiteral("project_dates"), QStringLiteral("quotes"), QStringLiteral("attachments") };
    return known.contains(table);
}

std::optional<DataChange> DataChange::fromPayload(const QString &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcDb) << "ignored a change notification that is not JSON:" << payload.left(200);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DataChange c;
    c.table = o.value(QLatin1String("t")).toString();
    if (!isKnownTable(c.table)) {
        qCInfo(lcDb) << "ignored a change notification of table" << c.table.left(64);
        return std::nullopt;
    }
    const QString op = o.value(QLatin1String("op")).toString();
    if (op == QLatin1String("insert"))
        c.op = Op::Insert;
    else if (op == QLatin1String("update"))
        c.op = Op::Update;
    else if (op == QLatin1String("delete"))
        c.op = Op::Delete;
    else {
        qCInfo(lcDb) << "ignored a change notification with operation" << op.left(32);
        return std::nullopt;
    }
    c.id = o.value(QLatin1String("id")).toString();
    c.version = o.value(QLatin1String("v")).toInt();
    c.projectId = o.value(QLatin1String("p")).toString();
    c.by = o.value(QLatin1String("by")).toString();
    c.rows = o.contains(QLatin1String("n")) ? qint64(o.value(QLatin1String("n")).toDouble()) : 1;
    if (c.id.isEmpty() && c.rows <= 1) {
        qCInfo(lcDb) << "ignored a change notification without a row:" << payload.left(200);
        return std::nullopt;
    }
    return c;
}

// SQLite: another connection's commit moves PRAGMA data_version on this one (every half second).
class ChangeFeed::SqliteWatcher
{
public:
    SqliteWatcher(const DatabaseUrl &url, ChangeFeed *feed)
        : m_thread(QThread::create([this, url, feed] { watch(url, feed); }))
    {
        m_thread->setObjectName(QStringLiteral("sqlite-changes"));
        m_thread->start();
    }
    ~SqliteWatcher()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
    }

private:
    void watch(const DatabaseUrl &url, ChangeFeed *feed)
    {
        Database db; // invalid until opened
        qint64 seen = -1;
        QMutexLocker lock(&m_mutex);
        while (!m_stopping) {
            lock.unlock();
            if (!db.isValid()) {
                if (auto opened = Database::open(
                        url, uniqueConnectionName(db, QStringLiteral("sqlite-changes"))))
                    db = *opened;
            }
            if (db.isValid()) {
                if (auto v = db.scalar({ QStringLiteral("ChangeFeed"), {} },
                        QStringLiteral("PRAGMA data_version"))) {
                    const qint64 now = v->toLongLong();
                    if (seen >= 0 && now != seen)
                        QMetaObject::invokeMethod(
                            feed, &ChangeFeed::ingestUnknownChange, Qt::QueuedConnection);
                    seen = now;
                }
            }
            lock.relock();
            if (!m_stopping)
                m_wake.wait(&m_mutex, 500);
        }
        lock.unlock();
        db = Database(); // closed on the thread that opened it
    }

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

namespace {

QMutex feedsMutex;
QHash<QString, std::weak_ptr<ChangeFeed>> feeds;

QString feedKey(const DatabaseUrl &url)
{
    return url.toDisplayString();
}

} // namespace

std::shared_ptr<ChangeFeed> ChangeFeed::of(const DatabaseUrl &url)
{
    QMutexLocker lock(&feedsMutex);
    const QString key = feedKey(url);
    if (auto existing = feeds.value(key).lock())
        return existing;
    auto feed = std::shared_ptr<ChangeFeed>(new ChangeFeed(url), [key](ChangeFeed *f) {
        {
            QMutexLocker lock(&feedsMutex);
            const auto it = feeds.constFind(key);
            if (it != feeds.constEnd() && it->expired())
                feeds.erase(it);
        }
        delete f;
    });
    feeds.insert(key, feed);
    if (url.isSqlite())
        feed->startSqliteWatcher();
    return feed;
}

ChangeFeed::ChangeFeed(const DatabaseUrl &url)
    : m_url(url)
    , m_flush(new QTimer(this))
{
    qRegisterMetaType<DataChange>();
    qRegisterMetaType<QList<DataChange>>();
    m_flush->setSingleShot(true);
    m_flush->setInterval(kCoalesceMs);
    connect(m_flush, &QTimer::timeout, this, &ChangeFeed::flush);
}

ChangeFeed::~ChangeFeed()
{
    m_watcher.reset(); // before the feed it posts to goes
}

void ChangeFeed::startSqliteWatcher()
{
    m_watcher = std::make_unique<SqliteWatcher>(m_url, this);
}

void ChangeFeed::ingest(const QString &payload)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, payload] { ingest(payload); }, Qt::QueuedConnection);
        return;
    }
    const auto change = DataChange::fromPayload(payload);
    if (!change)
        return;
    if (change->isBulk()) {
        m_everything = true;
    } else {
        const QString key = change->table + QLatin1Char('/') + change->id;
        if (!m_pending.contains(key))
            m_order << key;
        m_pending.insert(key, *change);
        if (m_pending.size() > kMostRows) // a flood: one re-read of the screen is cheaper
            m_everything = true;
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void ChangeFeed::ingestUnknownChange()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &ChangeFeed::ingestUnknownChange, Qt::QueuedConnection);
        return;
    }
    m_everything = true;
    if (!m_flush->isActive())
        m_flush->start();
}

void ChangeFeed::flush()
{
    if (m_everything) {
        m_everything = false;
        m_pending.clear();
        m_order.clear();
        Q_EMIT everythingChanged();
        return;
    }
    QList<DataChange> changes;
    changes.reserve(m_order.size());
    for (const QString &key : std::as_const(m_order))
        changes << m_pending.value(key);
    m_pending.clear();
    m_order.clear();
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace VenueMap::Core
