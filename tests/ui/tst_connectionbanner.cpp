// The whole app on a PostgreSQL server that goes away and comes back: the main window says so in
// its banner, keeps responding, and says when the connection is back.
#include "tcpproxy.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "appcontroller.h"
#include "mainwindow.h"
#include "startup.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;

class tst_ConnectionBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("VENUEMAP_PING_MS", "300");
        m_store = Test::setUpGuiTest();
    }
    void bannerFollowsTheConnection();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_ConnectionBanner::bannerFollowsTheConnection()
{
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    VM_VERIFY_OK(temp.openMigrated());
    Test::TcpProxy proxy(temp.url().host, quint16(temp.url().port));
    DatabaseUrl viaProxy = temp.url();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();

    VUi::AppController controller(m_store);
    controller.flow()->setGate({}); // sign-in has its own tests
    controller.start(viaProxy.toFullString());
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    VUi::MainWindow *window = controller.mainWindow();
    window->resize(1280, 800);
    QTest::qWait(800);
    QVERIFY(!window->bannerText().contains(QLatin1String("lost")));

    QElapsedTimer timer;
    timer.start();
    proxy.cutAndRefuse();
    QTRY_VERIFY_WITH_TIMEOUT(window->isBannerVisible() && window->bannerText().contains(QLatin1String("lost")), 10000);
    qInfo("banner shown %lld ms after the server went away", timer.elapsed());
    // The window keeps responding while the monitor retries in the background.
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(50);
    QVERIFY(responsive.elapsed() < 1000);
    QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QLatin1String("reconnecting (attempt")), 10000);
    Test::screenshot(window, QStringLiteral("connection-lost"));

    proxy.restore();
    QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QLatin1String("Connected again")), 15000);
    window->close();
}

QTEST_MAIN(tst_ConnectionBanner)
#include "tst_connectionbanner.moc"
