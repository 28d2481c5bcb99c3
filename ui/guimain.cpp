#include "guimain.h"
#include "startupscreenshot.h"

#include "appcontroller.h"
#include "icons.h"
#include "passwordstore.h"

#include "db/connectionpool.h"
#include "db/databaseurl.h"
#include "domain/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace VenueMap::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};
} // namespace

int guiMain(int argc, char *argv[], const std::function<void(AppController &)> &beforeStart)
{
    // With TZ unset, glibc stats /etc/localtime on every local-time conversion (as in venuemapctl).
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Core::scrubPasswordsFromArgv(argc, argv);

    // --help and --version answer on a terminal without a display.
    const bool textOnly = arguments.contains(QLatin1String("--help"))
        || arguments.contains(QLatin1String("-h")) || arguments.contains(QLatin1String("--version"))
        || arguments.contains(QLatin1String("-v"));
    std::unique_ptr<QCoreApplication> application(
        textOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QApplication::setOrganizationName(QStringLiteral("VenueMap"));
    QApplication::setApplicationName(QStringLiteral("VenueMap"));
    QApplication::setApplicationDisplayName(QStringLiteral("VenueMap"));
    QApplication::setApplicationVersion(QStringLiteral(VENUEMAP_VERSION));
    // Preferences ▸ Language (empty: the system's), applied at start.
    Core::installAppLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    // The desktop entry's name: Wayland shells find the window's icon and entry through it.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    if (!textOnly)
        QApplication::setWindowIcon(Icons::app());
    if (!qEnvironmentVariableIsSet("VENUEMAP_VERBOSE"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("venuemap.*.info=false\nvenuemap.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("A shared venue book for event agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        Tr::tr("The database to open: sqlite:/path/file.venuemap or "
               "postgresql://user@host:port/dbname "
               "(default: VENUEMAP_DB, else the last one used, else the embedded file)."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        Tr::tr(
            "Start as usual, write a picture of the first window (main window, sign-in or "
            "first-start "
            "dialog) to FILE once it is painted, and quit: a check of an installation "
            "that needs nobody at the screen (use QT_QPA_PLATFORM=offscreen without a display)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.process(arguments);
    QApplication::setQuitOnLastWindowClosed(false); // AppController quits with the main window
    // The connection budget (DESIGN §7): worker connections close after this long unused.
    if (const int idle = QSettings().value(QStringLiteral("connections/idleSeconds")).toInt();
        idle > 0)
        Core::setConnectionIdleMs(idle * 1000);

    AppController controller(PasswordStore::instance());
    int exitCode = 0;
    QObject::connect(&controller, &AppController::quitRequested, application.get(), [&] {
        exitCode = controller.hasOpened() ? 0 : 1;
        QApplication::quit();
    });
    if (beforeStart)
        beforeStart(controller);
    std::unique_ptr<StartupScreenshot> screenshot;
    if (parser.isSet(screenshotOption)) {
        screenshot = std::make_unique<StartupScreenshot>(parser.value(screenshotOption));
        controller.flow()->setRemembersConnection(false);
    }
    const QString url = parser.value(dbOption);
    QTimer::singleShot(0, &controller, [&controller, url] { controller.start(url); });
    const int code = QApplication::exec();
    return code != 0 ? code : exitCode;
}

} // namespace VenueMap::Ui
