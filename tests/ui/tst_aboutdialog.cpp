// Help ▸ About in the main window: the application icon, the name and the project's version.
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "aboutdialog.h"
#include "icons.h"
#include "mainwindow.h"
#include "pages.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;

namespace {

QAction *helpAction(QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Help") || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text() == text)
                return action;
    }
    return nullptr;
}

} // namespace

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }

    void helpAboutShowsIconNameAndVersion_data() { Test::addBackendRows(); }
    void helpAboutShowsIconNameAndVersion();
};

void tst_AboutDialog::helpAboutShowsIconNameAndVersion()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    VUi::MainWindow window(*db, {}, VUi::makePages(*db, {}));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *about = helpAction(window, QStringLiteral("&About VenueMap"));
    QVERIFY(about);
    QVERIFY(!about->icon().isNull());
    about->trigger();
    QPointer<VUi::AboutDialog> dialog = window.findChild<VUi::AboutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // window-modal through open(): no nested event loop

    // The version is the project's (project(VERSION) in CMakeLists.txt), in x.y.z form.
    QCOMPARE(
        dialog->versionText(), QStringLiteral("Version %1").arg(QStringLiteral(VENUEMAP_VERSION)));
    QVERIFY(QRegularExpression(QStringLiteral("^Version \\d+\\.\\d+\\.\\d+$"))
                .match(dialog->versionText())
                .hasMatch());
    const auto labels = dialog->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *label : labels)
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("VenueMap")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(
        texts.join(QLatin1Char('\n'))
            .contains(QStringLiteral("Database: %1").arg(VUi::MainWindow::describe(temp.url()))));
    if (!temp.url().password.isEmpty())
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(temp.url().password));

    // The application icon, in its own colours: a blue tile with the orange pin.
    const QPixmap icon = dialog->iconPixmap();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.deviceIndependentSize().toSize(),
        QSize(VUi::AboutDialog::kIconSize, VUi::AboutDialog::kIconSize));
    QCOMPARE(icon.devicePixelRatio(), dialog->devicePixelRatioF()); // sharp on high-DPI screens
    const QImage image = icon.toImage();
    const QColor pin = image.pixelColor(image.width() / 2, image.height() * 75 / 128);
    QVERIFY2(pin.red() > 200 && pin.blue() < 80, qPrintable(pin.name()));
    QVERIFY(!dialog->windowIcon().isNull());
    Test::screenshot(
        dialog, QStringLiteral("about-") + QString::fromLatin1(QTest::currentDataTag()));

    // Close deletes it.
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
