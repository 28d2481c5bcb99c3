// `venuemap --screenshot FILE`: the installation check scripts/check-fresh and an agency's IT run
// without anybody at the screen. The real binary in its own process, offscreen.
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "../core/venuetestdata.h"
#include "migration/migrationmanager.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;

class tst_StartupScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brandNewFileIsMigratedAndItsFirstWindowPictured();
    void existingBookShowsItsSignInWindow_data() { Test::addBackendRows(); }
    void existingBookShowsItsSignInWindow();
    void unwritableFileFailsWithASentence();
};

// A picture of a real window: the expected size, and more than one colour in it.
static void verifyPicture(const QString &path)
{
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QVERIFY(image.width() >= 200 && image.height() >= 100);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 4, "the picture is blank");
}

void tst_StartupScreenshot::brandNewFileIsMigratedAndItsFirstWindowPictured()
{
    QTemporaryDir home;
    const QString picture = home.filePath(QStringLiteral("first.png"));
    QProcess gui;
    gui.setProcessEnvironment(Test::guiProcessEnvironment(home));
    // No --db: the embedded default in the (temporary) home, created and migrated on first start.
    gui.start(QStringLiteral(VENUEMAP_GUI_PATH), { QStringLiteral("--screenshot"), picture });
    QVERIFY(gui.waitForFinished(90000));
    const QByteArray err = gui.readAllStandardError();
    QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0,
        err.right(2000).constData());
    QVERIFY2(gui.readAllStandardOutput().contains("screenshot: "), err.constData());
    verifyPicture(picture);

    const QString file = home.filePath(QStringLiteral("data/VenueMap/VenueMap/venuemap.sqlite"));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    auto db = Database::open(
        DatabaseUrl::parse(QStringLiteral("sqlite:") + file).value(), Test::uniqueConnectionName());
    VM_VERIFY_OK(db);
    auto status = MigrationManager(*db).status();
    VM_VERIFY_OK(status);
    QCOMPARE(status->currentVersion, status->headVersion);
}

void tst_StartupScreenshot::existingBookShowsItsSignInWindow()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(Test::insertVenueBook(*db, 50));
    QTemporaryDir home;
    const QString picture = home.filePath(QStringLiteral("book.png"));
    QProcess gui;
    gui.setProcessEnvironment(Test::guiProcessEnvironment(home));
    gui.start(QStringLiteral(VENUEMAP_GUI_PATH),
        { QStringLiteral("--db"), temp.url().toFullString(), QStringLiteral("--screenshot"),
            picture });
    QVERIFY(gui.waitForFinished(90000));
    QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0,
        gui.readAllStandardError().right(2000).constData());
    verifyPicture(picture);

    // A check run leaves the person's next plain start alone: it opens what it opened before,
    // not the book that was only looked at.
    QDirIterator files(
        home.path(), { QStringLiteral("*.conf") }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile conf(files.next());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY2(!conf.readAll().contains("lastUrl"), qPrintable(conf.fileName()));
    }
}

void tst_StartupScreenshot::unwritableFileFailsWithASentence()
{
    QTemporaryDir home;
    QProcess gui;
    gui.setProcessEnvironment(Test::guiProcessEnvironment(home));
    gui.start(QStringLiteral(VENUEMAP_GUI_PATH),
        { QStringLiteral("--screenshot"), home.filePath(QStringLiteral("no/such/folder/x.png")) });
    QVERIFY(gui.waitForFinished(90000));
    QCOMPARE(gui.exitCode(), 1);
    QVERIFY2(gui.readAllStandardError().contains("Could not write the screenshot"), "no sentence");
}

QTEST_MAIN(tst_StartupScreenshot)
#include "tst_startupscreenshot.moc"
