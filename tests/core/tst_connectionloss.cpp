// Connection lost: the server goes away while the app is open and comes back. A TCP
// proxy between the app and PostgreSQL cuts every connection and refuses new ones, as a server
// restart or a dropped VPN does from the desktop's side.
#include "db/connectionmonitor.h"
#include "repositories/venuerepository.h"
#include "tcpproxy.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_ConnectionLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monitorReportsLossAndReconnectsWithBackoff();
    void silentServerIsNoticedWithin30Seconds_data();
    void silentServerIsNoticedWithin30Seconds();
    void readsRecoverWritesAreNeverDuplicated();

private:
    bool setUp(std::unique_ptr<TempDatabase> &tmp, std::unique_ptr<TcpProxy> &proxy,
        DatabaseUrl &viaProxy);
};

bool tst_ConnectionLoss::setUp(
    std::unique_ptr<TempDatabase> &tmp, std::unique_ptr<TcpProxy> &proxy, DatabaseUrl &viaProxy)
{
    tmp = std::make_unique<TempDatabase>(QStringLiteral("postgresql"));
    if (!tmp->failReason().isEmpty() || !tmp->skipReason().isEmpty())
        return false;
    if (!tmp->openMigrated().ok())
        return false;
    proxy = std::make_unique<TcpProxy>(tmp->url().host, quint16(tmp->url().port));
    viaProxy = tmp->url();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy->port();
    return true;
}

#define VM_SETUP_PROXY()                                                                           \
    std::unique_ptr<TempDatabase> tmp;                                                             \
    std::unique_ptr<TcpProxy> proxy;                                                               \
    DatabaseUrl viaProxy;                                                                          \
    if (!setUp(tmp, proxy, viaProxy)) {                                                            \
        if (tmp && !tmp->skipReason().isEmpty())                                                   \
            QSKIP(qPrintable(tmp->skipReason()));                                                  \
        QFAIL(qPrintable(tmp ? tmp->failReason() : QStringLiteral("setup failed")));               \
    }

void tst_ConnectionLoss::monitorReportsLossAndReconnectsWithBackoff()
{
    VM_SETUP_PROXY();
    ConnectionMonitor monitor(viaProxy);
    monitor.setTiming(300, 200, 1600);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QSignalSpy retrying(&monitor, &ConnectionMonitor::reconnecting);
    QSignalSpy restored(&monitor, &ConnectionMonitor::connectionRestored);
    monitor.start();
    QTest::qWait(500);
    QCOMPARE(lost.count(), 0);
    QVERIFY(monitor.isOnline());

    QElapsedTimer timer;
    timer.start();
    proxy->cutAndRefuse();
    QVERIFY(lost.wait(5000));
    qInfo("loss noticed after %lld ms", timer.elapsed());
    QVERIFY(!monitor.isOnline());
    QVERIFY(!lost.first().first().toString().isEmpty());

    // While the server stays away, attempts continue with growing pauses.
    QTRY_VERIFY_WITH_TIMEOUT(retrying.count() >= 4, 10000);
    QList<int> waits;
    for (const auto &args : retrying)
        waits << args.at(1).toInt();
    for (int i = 1; i < waits.size(); ++i)
        QVERIFY(waits.at(i) >= waits.at(i - 1));
    QVERIFY(waits.last() > waits.first());
    QVERIFY(waits.last() <= 1600);
    QCOMPARE(restored.count(), 0);

    proxy->restore();
    QVERIFY(restored.wait(5000));
    QVERIFY(monitor.isOnline());
    monitor.stop();
}

void tst_ConnectionLoss::silentServerIsNoticedWithin30Seconds_data()
{
    QTest::addColumn<QByteArray>("pingMs");
    QTest::newRow("VENUEMAP_PING_MS=500") << QByteArray("500");
    QTest::newRow("default timing") << QByteArray();
}

// A route that drops every packet without a reset (a hung VPN): the socket stays open, nothing
// answers. The monitor's ping would wait for TCP to give up (many minutes); its watchdog cuts the
// ping instead, so the loss is noticed within ping interval + ping timeout, and the monitor
// reconnects once packets flow again.
void tst_ConnectionLoss::silentServerIsNoticedWithin30Seconds()
{
    QFETCH(QByteArray, pingMs);
    VM_SETUP_PROXY();
    if (pingMs.isEmpty())
        qunsetenv("VENUEMAP_PING_MS");
    else
        qputenv("VENUEMAP_PING_MS", pingMs);
    ConnectionMonitor monitor(viaProxy);
    qunsetenv("VENUEMAP_PING_MS");
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QSignalSpy retrying(&monitor, &ConnectionMonitor::reconnecting);
    QSignalSpy restored(&monitor, &ConnectionMonitor::connectionRestored);
    monitor.start();
    QTest::qWait(pingMs.isEmpty() ? 200 : 1200); // at least one ping answered
    QCOMPARE(lost.count(), 0);

    QElapsedTimer timer;
    timer.start();
    proxy->blackhole();
    QVERIFY(lost.wait(35000));
    const qint64 noticed = timer.elapsed();
    qInfo(
        "silent server noticed after %lld ms (ping timeout %d ms)", noticed, monitor.pingTimeout());
    QVERIFY2(noticed < 30000, qPrintable(QStringLiteral("took %1 ms").arg(noticed)));
    QVERIFY(!monitor.isOnline());
    // Reconnecting to a silent server does not hang either: attempts time out and go on.
    QTRY_VERIFY_WITH_TIMEOUT(retrying.count() >= 1, 15000);
    QCOMPARE(restored.count(), 0);

    proxy->restore();
    QVERIFY(restored.wait(45000));
    qInfo("reconnected %lld ms after packets flowed again", timer.elapsed() - noticed);
    QVERIFY(monitor.isOnline());
    // Stopping while a ping hangs does not wait for the timeout.
    proxy->blackhole();
    QTest::qWait(pingMs.isEmpty() ? 10500 : 700); // a ping is in flight now
    QElapsedTimer stopping;
    stopping.start();
    monitor.stop();
    QVERIFY2(stopping.elapsed() < 2000,
        qPrintable(QStringLiteral("stop took %1 ms").arg(stopping.elapsed())));
}

void tst_ConnectionLoss::readsRecoverWritesAreNeverDuplicated()
{
    VM_SETUP_PROXY();
    auto db = Database::open(viaProxy, uniqueConnectionName(QStringLiteral("app")));
    VM_VERIFY_OK(db);
    VenueRepository venues(*db);

    // A form the person filled in keeps its client-generated id across attempts.
    Venue draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.name = QStringLiteral("Harbour Loft");
    draft.city = QStringLiteral("Hamburg");
    draft.capacity = 180;

    proxy->cutAndRefuse();
    auto whileDown = venues.addVenue(draft);
    QVERIFY(!whileDown.ok());
    QVERIFY2(whileDown.error().kind == DbError::Kind::Connection,
        qPrintable(whileDown.error().details()));
    QVERIFY(!whileDown.error().sentence().isEmpty());
    QCOMPARE(draft.name, QStringLiteral("Harbour Loft")); // the person's input is untouched

    proxy->restore();
    // Reads reconnect by themselves once the server is back.
    auto count = venues.exactCount(VenueFilter {});
    VM_VERIFY_OK(count);
    QCOMPARE(*count, 0);

    // Retrying the save creates the venue once; a second retry (an unknown outcome retried) is
    // recognised as the same venue and never makes a second row.
    auto saved = venues.addVenue(draft);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->id, draft.id);
    auto again = venues.addVenue(draft);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, DbError::Kind::Duplicate);
    auto rows = tmp->open();
    VM_VERIFY_OK(rows);
    auto n = rows->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues WHERE id = :id"),
        { { QStringLiteral(":id"), draft.id } });
    VM_VERIFY_OK(n);
    QCOMPARE(n->toInt(), 1);

    // An edit cut off mid-way is either saved (version moved on) or not (version unchanged): the
    // app can tell by reading the row back.
    Venue edited = *saved;
    edited.capacity = 200;
    proxy->cutAndRefuse();
    auto cut = venues.updateVenue(edited);
    QVERIFY(!cut.ok());
    proxy->restore();
    auto reread = venues.fetchVenue(draft.id);
    VM_VERIFY_OK(reread);
    QCOMPARE(reread->version, saved->version); // not saved, and the app knows it
    auto retried = venues.updateVenue(edited);
    VM_VERIFY_OK(retried);
    QCOMPARE(retried->capacity.value_or(0), 200);
    QCOMPARE(retried->version, saved->version + 1);
}

QTEST_GUILESS_MAIN(tst_ConnectionLoss)
#include "tst_connectionloss.moc"
