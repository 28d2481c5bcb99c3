// The first-start offer: sample data loaded on a worker thread with progress, or an empty book.
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "firststartdialog.h"
#include "mainwindow.h"
#include "pages.h"

#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;

namespace {
qint64 count(const Database &db, const QString &table)
{
    auto r
        = db.scalar(QStringLiteral("count"), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return r ? r->toLongLong() : -1;
}
} // namespace

class tst_FirstStartDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpGuiTest(); }

    void loadsSampleData_data() { Test::addBackendRows(); }
    void loadsSampleData();
    void startEmptyWritesNothing_data() { Test::addBackendRows(); }
    void startEmptyWritesNothing();
};

void tst_FirstStartDialog::loadsSampleData()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    VUi::FirstStartDialog dialog(temp.url());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadButton()->isEnabled());
    QTest::mouseClick(dialog.loadButton(), Qt::LeftButton);
    QVERIFY(dialog.isLoading());
    QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
    QVERIFY(!dialog.loadButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 120000);
    QVERIFY2(dialog.loadedSampleData(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(*db, QStringLiteral("venues")), qint64(VUi::FirstStartDialog::kVenues));
    QCOMPARE(count(*db, QStringLiteral("projects")), qint64(VUi::FirstStartDialog::kProjects));

    if (!qEnvironmentVariableIsEmpty(
            "VENUEMAP_SCREENSHOTS")) { // the shell with every page, full of data
        VUi::MainWindow window(*db, Session::current(), VUi::makePages(*db, Session::current()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(1500);
        Test::screenshot(&window,
            QStringLiteral("mainwindow-sample-") + QString::fromLatin1(QTest::currentDataTag()));
        window.showPage(VUi::MainWindow::Page::Projects);
        QTest::qWait(1000);
        Test::screenshot(&window,
            QStringLiteral("mainwindow-projects-") + QString::fromLatin1(QTest::currentDataTag()));
    }
}

void tst_FirstStartDialog::startEmptyWritesNothing()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    VUi::FirstStartDialog dialog(temp.url());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.emptyButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.loadedSampleData());
    QCOMPARE(count(*db, QStringLiteral("venues")), 0);
}

QTEST_MAIN(tst_FirstStartDialog)
#include "tst_firststartdialog.moc"
