// venuemapctl: the command line over the same core as the GUI (DESIGN §7).
#include "cli/ctl.h"

#include "domain/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // With TZ unset, glibc stats /etc/localtime on every local-time conversion (four per venue
    // row read); naming the same zone explicitly reads it once. Exports run twice as fast.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    VenueMap::Core::scrubPasswordsFromArgv(argc, argv);

    // A proposal PDF lays out text, which needs the font database of a QGuiApplication; it never
    // shows a window, so it needs no display either.
    std::unique_ptr<QCoreApplication> app;
    if (arguments.contains(QLatin1String("export"))
        && arguments.contains(QLatin1String("proposal"))) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("VenueMap"));
    QCoreApplication::setApplicationName(QStringLiteral("VenueMap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENUEMAP_VERSION));
    // Its own output stays English (scripts parse it); a proposal it writes is in the client's
    // language (export proposal --language), which needs the document languages' translator.
    VenueMap::Core::installDocumentLanguages();

    // Scripts read stdout; stderr carries sentences. Log lines only when asked for.
    if (!qEnvironmentVariableIsSet("VENUEMAP_VERBOSE"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("venuemap.*.info=false\nvenuemap.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = VenueMap::Core::Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
