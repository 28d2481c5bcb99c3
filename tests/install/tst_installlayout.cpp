// What `cmake --install` lays down (and so what the .deb holds): the two executables and nothing
// test-only, the desktop entry, AppStream metadata, icons, manual pages and package documents,
// each where the desktop and the system look for it, valid, and naming the project's version.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kAppId = QStringLiteral("org.venuemap.VenueMap");
const QString kVersion = QStringLiteral(VENUEMAP_PROJECT_VERSION);

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return { -1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()) };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The tool a check needs; the test packages of scripts/lib/deps.sh provide it.
QString tool(const QString &name, const QString &package)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning(
            "%s is missing: install the Debian package %s", qPrintable(name), qPrintable(package));
    return path;
}

} // namespace

class tst_InstallLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void filesAreWhereTheDesktopLooks_data();
    void filesAreWhereTheDesktopLooks();
    void onlyTheTwoProgramsAreInstalled();
    void pngIconsHaveTheirDirectorysSize();
    void desktopEntryValidatesAndNamesTheIcon();
    void metainfoValidatesAndHasThisRelease();
    void programsPrintTheProjectVersion_data();
    void programsPrintTheProjectVersion();
    void installedGuiHoldsNoStartupProbe();
    void packageDocumentsNameThisVersion();

private:
    QString path(const QString &relative) const { return m_prefix.filePath(relative); }

    QTemporaryDir m_prefix;
};

void tst_InstallLayout::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(VENUEMAP_CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(VENUEMAP_BUILD_DIR),
            QStringLiteral("--prefix"), m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void tst_InstallLayout::filesAreWhereTheDesktopLooks_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = {
        QStringLiteral("bin/venuemap"),
        QStringLiteral("bin/venuemapctl"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/venuemap.1.gz"),
        QStringLiteral("share/man/man1/venuemapctl.1.gz"),
        QStringLiteral("share/doc/venuemap/copyright"),
        QStringLiteral("share/doc/venuemap/changelog.gz"),
    };
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QString file
            = QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
        QTest::newRow(qPrintable(file)) << file;
    }
}

void tst_InstallLayout::filesAreWhereTheDesktopLooks()
{
    QFETCH(QString, file);
    const QFileInfo info(path(file));
    QVERIFY2(info.isFile(), qPrintable(file + QStringLiteral(" is missing")));
    QVERIFY(info.size() > 0);
    if (file.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
}

void tst_InstallLayout::onlyTheTwoProgramsAreInstalled()
{
    QCOMPARE(QDir(path(QStringLiteral("bin"))).entryList(QDir::Files | QDir::NoDotAndDotDot),
        (QStringList { QStringLiteral("venuemap"), QStringLiteral("venuemapctl") }));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("lib")))); // static libraries stay in the build
}

void tst_InstallLayout::pngIconsHaveTheirDirectorysSize()
{
    QDir hicolor(path(QStringLiteral("share/icons/hicolor")));
    int checked = 0;
    for (const QString &dir : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (dir == QLatin1String("scalable"))
            continue;
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(dir);
        QVERIFY2(m.hasMatch(), qPrintable(dir));
        QImageReader reader(hicolor.filePath(QStringLiteral("%1/apps/%2.png").arg(dir, kAppId)));
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(m.captured(1).toInt(), m.captured(2).toInt()));
        ++checked;
    }
    QCOMPARE(checked, 8);
}

void tst_InstallLayout::desktopEntryValidatesAndNamesTheIcon()
{
    const QString desktop = path(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
    const QString validate
        = tool(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils"));
    QVERIFY(!validate.isEmpty());
    const Run checked = run(validate, { desktop });
    QVERIFY2(
        checked.exitCode == 0 && checked.output.trimmed().isEmpty(), qPrintable(checked.output));

    const QString text = readText(desktop);
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
    const QRegularExpressionMatch exec
        = QRegularExpression(QStringLiteral("\nExec=(\\S+)")).match(text);
    QVERIFY(exec.hasMatch());
    QVERIFY2(QFileInfo(path(QStringLiteral("bin/") + exec.captured(1))).isExecutable(),
        qPrintable(exec.captured(1)));
}

void tst_InstallLayout::metainfoValidatesAndHasThisRelease()
{
    const QString metainfo = path(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    const QString appstreamcli = tool(QStringLiteral("appstreamcli"), QStringLiteral("appstream"));
    QVERIFY(!appstreamcli.isEmpty());
    const Run checked
        = run(appstreamcli, { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));

    const QString text = readText(metainfo);
    QVERIFY(text.contains(QStringLiteral("<id>%1</id>").arg(kAppId)));
    QVERIFY(text.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
    QVERIFY(text.contains(QStringLiteral("<icon type=\"stock\">%1</icon>").arg(kAppId)));
    QVERIFY2(text.contains(QStringLiteral("<release version=\"%1\"").arg(kVersion)),
        qPrintable(QStringLiteral("no <release> entry for %1").arg(kVersion)));
    QVERIFY(text.contains(QStringLiteral("<screenshots>")));
}

void tst_InstallLayout::programsPrintTheProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    QTest::newRow("venuemap") << QStringLiteral("venuemap")
                              << QStringLiteral("VenueMap %1").arg(kVersion);
    QTest::newRow("venuemapctl") << QStringLiteral("venuemapctl")
                                 << QStringLiteral("venuemapctl %1").arg(kVersion);
}

void tst_InstallLayout::programsPrintTheProjectVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, expected);
    const Run version
        = run(path(QStringLiteral("bin/") + program), { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.output.trimmed(), expected);
}

// Issue 11: the code that types a password from the environment into the sign-in dialog lives
// only in the test build's venuemap-probe.
void tst_InstallLayout::installedGuiHoldsNoStartupProbe()
{
    QFile gui(path(QStringLiteral("bin/venuemap")));
    QVERIFY(gui.open(QIODevice::ReadOnly));
    const QByteArray bytes = gui.readAll();
    QVERIFY(bytes.size() > 100000);
    QVERIFY(bytes.contains("org.venuemap.VenueMap")); // the search itself works
    for (const char *probe : { "VENUEMAP_STARTUP_PROBE", "VENUEMAP_PROBE_PASSWORD",
             "VENUEMAP_PROBE_EMAIL", "first venue rows painted", "StartupProbe" })
        QVERIFY2(!bytes.contains(probe), probe);
}

void tst_InstallLayout::packageDocumentsNameThisVersion()
{
    const QString gzip = tool(QStringLiteral("gzip"), QStringLiteral("gzip"));
    QVERIFY(!gzip.isEmpty());
    const Run changelog = run(
        gzip, { QStringLiteral("-dc"), path(QStringLiteral("share/doc/venuemap/changelog.gz")) });
    QCOMPARE(changelog.exitCode, 0);
    QVERIFY2(changelog.output.startsWith(QStringLiteral("venuemap (%1) ").arg(kVersion)),
        qPrintable(changelog.output));
    QVERIFY(readText(path(QStringLiteral("share/doc/venuemap/copyright")))
                .startsWith(QStringLiteral(
                    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")));
    const Run page = run(
        gzip, { QStringLiteral("-dc"), path(QStringLiteral("share/man/man1/venuemapctl.1.gz")) });
    QCOMPARE(page.exitCode, 0);
    QVERIFY(page.output.startsWith(QStringLiteral(".TH VENUEMAPCTL 1")));
}

QTEST_GUILESS_MAIN(tst_InstallLayout)
#include "tst_installlayout.moc"
