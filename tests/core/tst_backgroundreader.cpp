// BackgroundReader: reads for widgets off the GUI thread (DESIGN §4), on each backend.
#include "testdatabase.h"

#include "db/backgroundreader.h"

#include <QThread>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_BackgroundReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsOnItsOwnThreadAndConnection_data() { addBackendRows(); }
    void readsOnItsOwnThreadAndConnection();
    void onlyTheLatestReadIsDelivered_data() { addBackendRows(); }
    void onlyTheLatestReadIsDelivered();
    void errorsArriveAsSentences_data() { addBackendRows(); }
    void errorsArriveAsSentences();
    void ownConnectionIsKeptForItsPurpose_data() { addBackendRows(); }
    void ownConnectionIsKeptForItsPurpose();
};

// Work a person waits for (an undo step, an export) runs off the GUI thread on a connection that
// is kept for its purpose: the second step does not pay for a new connection (about ten round
// trips to a distant server), and another purpose has its own.
void tst_BackgroundReader::ownConnectionIsKeptForItsPurpose()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString who
        = tmp.isPostgres() ? QStringLiteral("SELECT pg_backend_pid()") : QStringLiteral("SELECT 1");
    auto step = [&](const QString &purpose) {
        QString connection;
        QThread *thread = nullptr;
        auto r = runOnOwnConnection<QString>(
            *db, purpose, [&](const Database &own) -> Result<QString> {
                connection = own.connectionName();
                thread = QThread::currentThread();
                auto v = own.scalar(QStringLiteral("test"), who);
                if (!v)
                    return v.error();
                return v->toString();
            });
        [&] { QVERIFY(thread && thread != QThread::currentThread()); }();
        return std::make_pair(connection, r.ok() ? *r : QString());
    };
    const auto first = step(QStringLiteral("undo"));
    const auto second = step(QStringLiteral("undo"));
    const auto other = step(QStringLiteral("export"));
    QVERIFY(!first.second.isEmpty());
    QCOMPARE(second, first); // the same connection (and server process) again
    QVERIFY(other.first != first.first);
    if (tmp.isPostgres())
        QVERIFY(other.second != first.second);
}

void tst_BackgroundReader::readsOnItsOwnThreadAndConnection()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name, city, created_at, updated_at) VALUES "
                       "('11111111-1111-1111-1111-111111111111', 'Harbour Hall', 'Hamburg', "
                       "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")));
    BackgroundReader reader(*db, QStringLiteral("test-reader"));
    QThread *jobThread = nullptr;
    QString jobConnection;
    std::optional<Result<QString>> got;
    QThread *doneThread = nullptr;
    reader.read<QString>(
        [&](const Database &own) -> Result<QString> {
            jobThread = QThread::currentThread();
            jobConnection = own.connectionName();
            auto v = own.scalar(QStringLiteral("test"), QStringLiteral("SELECT name FROM venues"));
            if (!v)
                return v.error();
            return v->toString();
        },
        [&](const Result<QString> &r) {
            doneThread = QThread::currentThread();
            got = r;
        });
    QTRY_VERIFY(got.has_value());
    VM_VERIFY_OK(*got);
    QCOMPARE(**got, QStringLiteral("Harbour Hall"));
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    // One of the window's shared worker connections, not the caller's.
    QVERIFY2(jobConnection.startsWith(db->connectionName() + QStringLiteral("-pool-")),
        qPrintable(jobConnection));
}

void tst_BackgroundReader::onlyTheLatestReadIsDelivered()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    BackgroundReader reader(*db, QStringLiteral("test-reader"));
    QList<int> delivered;
    // The first read holds the thread; the next two are asked for meanwhile: only the last counts.
    for (int i = 1; i <= 3; ++i) {
        reader.read<int>(
            [i](const Database &own) -> Result<int> {
                if (i == 1)
                    QThread::msleep(200);
                auto v = own.scalar(QStringLiteral("test"), QStringLiteral("SELECT %1").arg(i));
                if (!v)
                    return v.error();
                return v->toInt();
            },
            [&delivered](const Result<int> &r) { delivered << (r ? *r : -1); });
    }
    QTRY_COMPARE(delivered, QList<int> { 3 });
    QTest::qWait(300);
    QCOMPARE(delivered, QList<int> { 3 });

    // Cancelled: nothing arrives.
    reader.read<int>([](const Database &) -> Result<int> { return 4; },
        [&delivered](const Result<int> &r) { delivered << *r; });
    reader.cancel();
    QTest::qWait(200);
    QCOMPARE(delivered, QList<int> { 3 });
}

void tst_BackgroundReader::errorsArriveAsSentences()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    BackgroundReader reader(*db, QStringLiteral("test-reader"));
    std::optional<Result<QVariant>> got;
    reader.read<QVariant>(
        [](const Database &own) {
            return own.scalar(
                QStringLiteral("test"), QStringLiteral("SELECT nothing FROM nowhere"));
        },
        [&got](const Result<QVariant> &r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QVERIFY(!got->error().sentence().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BackgroundReader)
#include "tst_backgroundreader.moc"
