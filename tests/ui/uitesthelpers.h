#pragma once

// Shared set-up for the GUI tests: private settings, an in-memory keychain, screenshots on demand.
#include "domain/language.h"
#include "passwordstore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

namespace VenueMap::Test {

// The real app in its own process: offscreen, a home of its own, no keychain, no VENUEMAP_DB.
inline QProcessEnvironment guiProcessEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("VENUEMAP_KEYCHAIN"), QStringLiteral("off"));
    env.remove(QStringLiteral("VENUEMAP_DB"));
    return env;
}

// The English plural forms the app reads its counted texts with ("1 venue", "2 venues" from
// tr("%Ln venue(s)", ...)): guiMain installs them with the app's language, so tests do too.
inline void installEnglishPlurals()
{
    static auto *plurals = new Core::EnglishPlurals(qApp);
    static const bool installed = QCoreApplication::installTranslator(plurals);
    Q_UNUSED(installed)
}

inline Ui::MemoryPasswordStore *setUpGuiTest()
{
    installEnglishPlurals();
    QStandardPaths::setTestModeEnabled(true); // QSettings and AppData go to ~/.qttest
    // One settings file per test program: ctest runs them in parallel, and one program's clear()
    // must not empty another's remembered connection halfway through a test.
    QCoreApplication::setOrganizationName(QStringLiteral("VenueMapTest"));
    QCoreApplication::setApplicationName(
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("venuemap.*.info=false"));
    static auto *store = new Ui::MemoryPasswordStore(true, qApp);
    Ui::PasswordStore::setInstance(store);
    return store;
}

// Saves a picture of `widget` when VENUEMAP_SCREENSHOTS names a folder (to look at the UI).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline QString settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace VenueMap::Test
