// venuemap: the GUI (DESIGN §2). Everything a test would want to reach lives in ui/.
#include "appcontroller.h"
#include "passwordstore.h"

#include "db/databaseurl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    VenueMap::Core::scrubPasswordsFromArgv(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VenueMap"));
    QApplication::setApplicationName(QStringLiteral("VenueMap"));
    QApplication::setApplicationDisplayName(QStringLiteral("VenueMap"));
    QApplication::setApplicationVersion(QStringLiteral(VENUEMAP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("venuemap"));
    QApplication::setQuitOnLastWindowClosed(false); // AppController quits with the main window

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A shared venue book for event agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The database to open: sqlite:/path/file.venuemap or postgresql://user@host:port/dbname "
                       "(default: VENUEMAP_DB, else the last one used, else the embedded file)."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.process(arguments);

    VenueMap::Ui::AppController controller(VenueMap::Ui::PasswordStore::instance());
    int exitCode = 0;
    QObject::connect(&controller, &VenueMap::Ui::AppController::quitRequested, &app, [&] {
        exitCode = controller.hasOpened() ? 0 : 1;
        QApplication::quit();
    });
    const QString url = parser.value(dbOption);
    QTimer::singleShot(0, &controller, [&controller, url] { controller.start(url); });
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}
