// The whole app on a PostgreSQL server that goes away and comes back: the main window says so in
// its banner, keeps responding, and says when the connection is back.
#include "tcpproxy.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowfixtures.h"

#include "appcontroller.h"
#include "mainwindow.h"
#include "startup.h"
#include "venues/venueeditor.h"
#include "venues/venuespage.h"

#include "itemmodels/venuelistmodel.h"
#include "repositories/venuerepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

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
    void bannerFollowsTheConnection_data();
    void bannerFollowsTheConnection();
    void openFormKeepsTypingAndSavesOnceAfterReconnect();
    void saveWhoseAnswerIsLostIsReportedSavedOnce();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_ConnectionBanner::bannerFollowsTheConnection_data()
{
    QTest::addColumn<bool>("silent");
    QTest::newRow("server gone (connections reset)") << false;
    QTest::newRow("route silent (packets dropped)") << true;
}

void tst_ConnectionBanner::bannerFollowsTheConnection()
{
    QFETCH(bool, silent);
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
    if (silent)
        proxy.blackhole();
    else
        proxy.cutAndRefuse();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->isBannerVisible() && window->bannerText().contains(QLatin1String("lost")), 10000);
    qInfo("banner shown %lld ms after the server went away", timer.elapsed());
    // The window keeps responding while the monitor retries in the background.
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(50);
    QVERIFY(responsive.elapsed() < 1000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->bannerText().contains(QLatin1String("reconnecting (attempt")), 15000);
    Test::screenshot(window, QStringLiteral("connection-lost"));

    proxy.restore();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->bannerText().contains(QLatin1String("Connected again")), 20000);
    window->close();
}

// Issue 8, item 1: a person is editing a venue when the server goes away. Save says it did not
// save and the form stays open with what they typed; once the banner says the connection is back,
// Save saves it, exactly once.
void tst_ConnectionBanner::openFormKeepsTypingAndSavesOnceAfterReconnect()
{
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    auto direct = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(direct);
    const QString id
        = Test::insertVenue(*direct, QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180);
    QVERIFY(!id.isEmpty());
    Test::TcpProxy proxy(temp.url().host, quint16(temp.url().port));
    DatabaseUrl viaProxy = temp.url();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();

    VUi::AppController controller(m_store);
    controller.flow()->setGate({});
    controller.start(viaProxy.toFullString());
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    VUi::MainWindow *window = controller.mainWindow();
    window->showPage(VUi::MainWindow::Page::Venues);
    auto *page = qobject_cast<VUi::VenuesPage *>(window->page(VUi::MainWindow::Page::Venues));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1, 10000);
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    page->editSelected();
    QPointer<VUi::VenueEditor> editor = page->editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());

    // The person types...
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *capacity = editor->findChild<QLineEdit *>(QStringLiteral("capacityEdit"));
    auto *notes = editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    QVERIFY(name && capacity && notes);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Harbour Loft & Terrace"));
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("220"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Terrace closes at 23:00."));

    // ...the server goes away...
    proxy.cutAndRefuse();
    QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QLatin1String("lost")), 10000);

    // ...and Save says it did not save, keeping the form and what was typed.
    QPushButton *save = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                            ->button(QDialogButtonBox::Save);
    QVERIFY(save);
    QElapsedTimer took;
    took.start();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(took.elapsed() < 3000, "Save while the server is gone hung the window");
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    auto *message = editor->findChild<QLabel *>(QStringLiteral("formMessage"));
    QTRY_VERIFY(message->isVisible()); // the save's answer comes from its worker thread
    QVERIFY2(message->text().contains(QLatin1String("Could not save"))
            && message->text().contains(QLatin1String("connection")),
        qPrintable(message->text()));
    QCOMPARE(name->text(), QStringLiteral("Harbour Loft & Terrace"));
    QCOMPARE(capacity->text(), QStringLiteral("220"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Terrace closes at 23:00."));
    Test::screenshot(editor, QStringLiteral("save-while-lost"));
    auto row = VenueRepository(*direct).fetchVenue(id);
    VM_VERIFY_OK(row);
    QCOMPARE(row->name, QStringLiteral("Harbour Loft"));
    QCOMPARE(row->version, 1);

    // The server comes back; the banner says so; Save now saves, once.
    proxy.restore();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->bannerText().contains(QLatin1String("Connected again")), 15000);
    QVERIFY(editor && editor->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 5000);
    row = VenueRepository(*direct).fetchVenue(id);
    VM_VERIFY_OK(row);
    QCOMPARE(row->name, QStringLiteral("Harbour Loft & Terrace"));
    QCOMPARE(row->capacity, std::optional<int>(220));
    QCOMPARE(row->notes, QStringLiteral("Terrace closes at 23:00."));
    QCOMPARE(row->version, 2); // saved exactly once
    auto count
        = direct->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    VM_VERIFY_OK(count);
    QCOMPARE(count->toInt(), 1);
    QTRY_COMPARE(page->shownVenue()->name, QStringLiteral("Harbour Loft & Terrace"));
    window->close();
}

// The statement reaches the server and commits, and the answer is lost with the connection. The
// app finds out that it saved (it asks again once reconnected) and says so; pressing Save again
// would not add a second venue or bump the version twice either.
void tst_ConnectionBanner::saveWhoseAnswerIsLostIsReportedSavedOnce()
{
    Test::TempDatabase temp(QStringLiteral("postgresql"));
    if (!temp.failReason().isEmpty())
        QFAIL(qPrintable(temp.failReason()));
    if (!temp.skipReason().isEmpty())
        QSKIP(qPrintable(temp.skipReason()));
    auto direct = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(direct);
    const QString id
        = Test::insertVenue(*direct, QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180);
    Test::TcpProxy proxy(temp.url().host, quint16(temp.url().port));
    DatabaseUrl viaProxy = temp.url();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();

    VUi::AppController controller(m_store);
    controller.flow()->setGate({});
    controller.start(viaProxy.toFullString());
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    VUi::MainWindow *window = controller.mainWindow();
    auto *page = qobject_cast<VUi::VenuesPage *>(window->page(VUi::MainWindow::Page::Venues));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1, 10000);
    const auto saveButton = [](VUi::VenueEditor *e) {
        return e->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save);
    };

    // An edit.
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    page->editSelected();
    QPointer<VUi::VenueEditor> editor = page->editor();
    QVERIFY(editor);
    editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Answer lost on the way back"));
    proxy.loseReplyTo("Answer lost on the way back");
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 5000);
    auto row = VenueRepository(*direct).fetchVenue(id);
    VM_VERIFY_OK(row);
    QCOMPARE(row->notes, QStringLiteral("Answer lost on the way back"));
    QCOMPARE(row->version, 2);

    // A new venue: the retry keeps its id, so it can never become two rows.
    page->newVenue();
    editor = page->editor();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Quinta Nova"));
    editor->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->setText(QStringLiteral("Sintra"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Added, answer lost"));
    proxy.loseReplyTo("Added, answer lost");
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 5000);
    auto count = direct->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues WHERE name = 'Quinta Nova'"));
    VM_VERIFY_OK(count);
    QCOMPARE(count->toInt(), 1);
    QTRY_COMPARE(page->shownVenue()->name, QStringLiteral("Quinta Nova"));
    window->close();
}

QTEST_MAIN(tst_ConnectionBanner)
#include "tst_connectionbanner.moc"
