// The icons (resources/icons, ui/icons.cpp): compiled in, and the navigation and action icons
// drawn in the palette's text colour, so they read on light and dark palettes alike.
#include "uitesthelpers.h"

#include "icons.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QtTest>

#include <functional>

using namespace VenueMap;
namespace Icons = VenueMap::Ui::Icons;

namespace {

struct NamedIcon
{
    const char *name;
    QIcon (*make)();
};

const NamedIcon kThemed[] = {
    { "venues", &Icons::venues },
    { "projects", &Icons::projects },
    { "catering", &Icons::catering },
    { "people", &Icons::people },
    { "database", &Icons::database },
    { "connect", &Icons::connect },
};

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x6e, 0x72));
    return p;
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour of the icon's fully drawn pixels (alpha 255), and how many there are.
QColor inkOf(const QImage &image, int *count)
{
    QHash<QRgb, int> seen;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ++seen[image.pixel(x, y)];
    *count = 0;
    QRgb most = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        *count += it.value();
        if (it.value() > seen.value(most))
            most = it.key();
    }
    return QColor::fromRgba(most);
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpGuiTest(); }
    void cleanup() { QGuiApplication::setPalette(QPalette()); }

    void themedIconsTakeThePaletteTextColour_data();
    void themedIconsTakeThePaletteTextColour();
    void selectedAndDisabledFollowThePalette();
    void appIconKeepsItsColours();
    void sharpOnHighDpiScreens();
    void iconsLookRight();
};

void tst_Icons::themedIconsTakeThePaletteTextColour_data()
{
    QTest::addColumn<int>("icon");
    QTest::addColumn<QPalette>("palette");
    for (int i = 0; i < int(std::size(kThemed)); ++i) {
        QTest::addRow("%s-light", kThemed[i].name) << i << lightPalette();
        QTest::addRow("%s-dark", kThemed[i].name) << i << darkPalette();
    }
}

void tst_Icons::themedIconsTakeThePaletteTextColour()
{
    QFETCH(int, icon);
    QFETCH(QPalette, palette);
    QGuiApplication::setPalette(palette);
    const QIcon i = kThemed[icon].make();
    QVERIFY(!i.isNull());
    const QImage image = i.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(48, 48));
    int drawn = 0;
    const QColor ink = inkOf(image, &drawn);
    QVERIFY2(drawn > 48, qPrintable(QStringLiteral("%1 pixels drawn").arg(drawn)));
    QCOMPARE(ink.name(), palette.color(QPalette::WindowText).name());
    const double ratio = contrast(ink, palette.color(QPalette::Window));
    QVERIFY2(
        ratio >= 4.5, qPrintable(QStringLiteral("contrast %1 on the window colour").arg(ratio)));
}

void tst_Icons::selectedAndDisabledFollowThePalette()
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        QGuiApplication::setPalette(palette);
        int drawn = 0;
        QCOMPARE(inkOf(Icons::venues()
                           .pixmap(32, 32, QIcon::Selected)
                           .toImage()
                           .convertToFormat(QImage::Format_ARGB32),
                     &drawn)
                     .name(),
            palette.color(QPalette::HighlightedText).name());
        QCOMPARE(inkOf(Icons::venues()
                           .pixmap(32, 32, QIcon::Disabled)
                           .toImage()
                           .convertToFormat(QImage::Format_ARGB32),
                     &drawn)
                     .name(),
            palette.color(QPalette::Disabled, QPalette::WindowText).name());
    }
}

void tst_Icons::appIconKeepsItsColours()
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        QGuiApplication::setPalette(palette);
        const QIcon app = Icons::app();
        QVERIFY(!app.isNull());
        const QImage image = app.pixmap(128, 128).toImage().convertToFormat(QImage::Format_ARGB32);
        // The tile is blue, the pin orange, the pin's eye white, whatever the palette.
        const QColor tile = image.pixelColor(20, 30);
        QVERIFY2(tile.blue() > 150 && tile.red() < 100, qPrintable(tile.name()));
        const QColor pin = image.pixelColor(64, 75);
        QVERIFY2(pin.red() > 200 && pin.blue() < 80, qPrintable(pin.name()));
        QCOMPARE(image.pixelColor(64, 50), QColor(Qt::white));
    }
    QCOMPARE(QString::fromLatin1(Ui::kAppId), QStringLiteral("org.venuemap.VenueMap"));
}

void tst_Icons::sharpOnHighDpiScreens()
{
    for (qreal ratio : { 1.0, 1.5, 2.0 }) {
        for (const QIcon &icon : { Icons::venues(), Icons::app() }) {
            for (QIcon::Mode mode : { QIcon::Normal, QIcon::Disabled }) {
                const QPixmap pm = icon.pixmap(QSize(24, 24), ratio, mode);
                QCOMPARE(pm.devicePixelRatio(), ratio);
                QCOMPARE(
                    pm.size(), QSize(24, 24) * ratio); // rendered at device pixels, not scaled up
            }
        }
    }
}

// A strip of every icon on both palettes, for a person to look at (VENUEMAP_SCREENSHOTS).
void tst_Icons::iconsLookRight()
{
    const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set VENUEMAP_SCREENSHOTS to a folder to get the picture");
    const int cell = 40, icon = 24;
    QImage sheet(cell * 8, cell * 3 * 2, QImage::Format_ARGB32);
    QPainter p(&sheet);
    int row = 0;
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        QGuiApplication::setPalette(palette);
        const QIcon::Mode modes[] = { QIcon::Normal, QIcon::Selected, QIcon::Disabled };
        for (QIcon::Mode mode : modes) {
            const QColor back = mode == QIcon::Selected ? palette.color(QPalette::Highlight)
                                                        : palette.color(QPalette::Window);
            p.fillRect(0, row * cell, sheet.width(), cell, back);
            int column = 0;
            for (const NamedIcon &n : kThemed)
                n.make().paint(&p, QRect(column++ * cell + 8, row * cell + 8, icon, icon),
                    Qt::AlignCenter, mode);
            Icons::app().paint(
                &p, QRect(column * cell + 4, row * cell + 4, 32, 32), Qt::AlignCenter, mode);
            ++row;
        }
    }
    p.end();
    QDir().mkpath(dir);
    QVERIFY(sheet.save(QDir(dir).filePath(QStringLiteral("icons.png"))));
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
