#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QMutex>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

// Q_INIT_RESOURCE declares a function and must stand outside any namespace; the resources live in
// a static library, so nothing would pull them in without this call.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace VenueMap::Ui::Icons {

namespace {

// The SVG text of :/icons/NAME.svg, read once.
QByteArray svgText(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> texts;
    QMutexLocker lock(&mutex);
    auto it = texts.constFind(name);
    if (it != texts.constEnd())
        return *it;
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (text.isEmpty())
        qWarning("VenueMap: the icon %s is missing from the resources", qPrintable(name));
    texts.insert(name, text);
    return text;
}

// Renders one SVG; with `themed`, its currentColor takes the palette colour for the mode.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QString name, bool themed)
        : m_name(std::move(name))
        , m_themed(themed)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(document(mode));
        renderer.render(painter, QRectF(rect));
    }

    // `size` is in device pixels: Qt 6.4's QIcon::pixmap(size, ratio) asks for size × ratio
    // (through QIconEngine::scaledPixmap, which comes here) and sets the ratio on the result
    // itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty())
            return {};
        const QColor color = m_themed ? colorFor(mode) : QColor();
        const QString key = QStringLiteral("venuemap-icon:%1:%2:%3x%4:%5")
                                .arg(m_name, color.name(QColor::HexArgb))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(m_themed ? 0 : int(mode));
        QPixmap pm;
        if (!QPixmapCache::find(key, &pm)) {
            pm = QPixmap(size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), size), mode, state);
            p.end();
            if (!m_themed && mode == QIcon::Disabled) // the app icon keeps its colours: grey it out
                pm = QIcon(pm).pixmap(size, 1.0, QIcon::Disabled);
            QPixmapCache::insert(key, pm);
        }
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("VenueMapSvgIconEngine"); }
    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_themed); }
    QString iconName() override { return m_name; }
    bool isNull() override { return svgText(m_name).isEmpty(); }

private:
    QByteArray document(QIcon::Mode mode) const
    {
        QByteArray text = svgText(m_name);
        if (m_themed)
            text.replace("currentColor", colorFor(mode).name(QColor::HexRgb).toLatin1());
        return text;
    }

    QString m_name;
    bool m_themed;
};

QIcon themed(const QString &name)
{
    return QIcon(new SvgIconEngine(name, true));
}

} // namespace

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QIcon app()
{
    return QIcon(new SvgIconEngine(QString::fromLatin1(kAppId), false));
}
QIcon venues()
{
    return themed(QStringLiteral("venues"));
}
QIcon projects()
{
    return themed(QStringLiteral("projects"));
}
QIcon catering()
{
    return themed(QStringLiteral("catering"));
}
QIcon people()
{
    return themed(QStringLiteral("people"));
}
QIcon database()
{
    return themed(QStringLiteral("database"));
}
QIcon connect()
{
    return themed(QStringLiteral("connect"));
}

} // namespace VenueMap::Ui::Icons
