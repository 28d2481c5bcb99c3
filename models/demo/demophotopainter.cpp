#include "demophotopainter.h"

#include "demorandom.h"

#include <QBuffer>
#include <QHash>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace VenueMap::Core {

namespace {

// Glyphs on a 4 x 6 grid (y down): polylines separated by spaces, each point two digits "xy".
const QHash<QChar, const char *> &glyphs()
{
    static const QHash<QChar, const char *> g = {
        { QLatin1Char('A'), "0602204246 0444" },
        { QLatin1Char('B'), "06003041423303 3344453606" },
        { QLatin1Char('C'), "4130100105163645" },
        { QLatin1Char('D'), "00304145360600" },
        { QLatin1Char('E'), "40000646 0333" },
        { QLatin1Char('F'), "400006 0333" },
        { QLatin1Char('G'), "41301001051636454323" },
        { QLatin1Char('H'), "0006 4046 0343" },
        { QLatin1Char('I'), "1030 2026 1636" },
        { QLatin1Char('J'), "4045361605" },
        { QLatin1Char('K'), "0006 4004 1346" },
        { QLatin1Char('L'), "000646" },
        { QLatin1Char('M'), "0600234046" },
        { QLatin1Char('N'), "06004640" },
        { QLatin1Char('O'), "103041453616050110" },
        { QLatin1Char('P'), "06003041423303" },
        { QLatin1Char('Q'), "103041453616050110 2446" },
        { QLatin1Char('R'), "06003041423303 2346" },
        { QLatin1Char('S'), "413010010213334445361605" },
        { QLatin1Char('T'), "0040 2026" },
        { QLatin1Char('U'), "000516364540" },
        { QLatin1Char('V'), "002640" },
        { QLatin1Char('W'), "0016233640" },
        { QLatin1Char('X'), "0046 4006" },
        { QLatin1Char('Y'), "002340 2326" },
        { QLatin1Char('Z'), "00400646" },
        { QLatin1Char('0'), "103041453616050110 4105" },
        { QLatin1Char('1'), "112026 1636" },
        { QLatin1Char('2'), "01103041420646" },
        { QLatin1Char('3'), "01103041423313 334445361605" },
        { QLatin1Char('4'), "36300444" },
        { QLatin1Char('5'), "4000033344453606" },
        { QLatin1Char('6'), "30100105163645443303" },
        { QLatin1Char('7'), "004016" },
        { QLatin1Char('8'), "103041423313020110 1304051636454433" },
        { QLatin1Char('9'), "43130201103041453616" },
        { QLatin1Char('-'), "1333" },
        { QLatin1Char('.'), "2526" },
        { QLatin1Char(','), "2516" },
        { QLatin1Char('\''), "2021" },
        { QLatin1Char('&'), "4612112031320405162644" },
        { QLatin1Char('/'), "4006" },
        { QLatin1Char('('), "30212536" },
        { QLatin1Char(')'), "10212516" },
    };
    return g;
}

// Upper-case ASCII for the stroke font: accents dropped, a few letters spelled out.
QString foldForGlyphs(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00df))
            out += QLatin1String("SS");
        else if (c == QChar(0x00f8) || c == QChar(0x00d8))
            out += QLatin1Char('O');
        else if (c == QChar(0x00e6) || c == QChar(0x00c6))
            out += QLatin1String("AE");
        else if (c == QChar(0x0142) || c == QChar(0x0141))
            out += QLatin1Char('L');
        else
            out += c.toUpper();
    }
    return out;
}

QColor hsv(DemoRandom &rng, int hueLow, int hueHigh, int sat, int val)
{
    return QColor::fromHsv(int(rng.between(hueLow, hueHigh)) % 360, sat, val);
}

void paintExterior(QPainter &p, DemoRandom &rng)
{
    const int w = DemoPhotoPainter::kWidth, h = DemoPhotoPainter::kHeight;
    const bool dusk = rng.percent(50);
    QLinearGradient sky(0, 0, 0, h * 0.7);
    sky.setColorAt(0, dusk ? hsv(rng, 220, 250, 160, 90) : hsv(rng, 195, 215, 150, 230));
    sky.setColorAt(1, dusk ? hsv(rng, 15, 35, 170, 250) : hsv(rng, 190, 205, 60, 250));
    p.fillRect(0, 0, w, h, sky);
    // Distant skyline.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(40, 50, 70, dusk ? 200 : 90));
    for (int x = 0; x < w; x += int(rng.between(30, 70)))
        p.drawRect(QRectF(x, h * 0.55 - rng.between(20, 120), rng.between(30, 60), h));
    // The venue: a facade with rows of lit windows.
    const qreal left = rng.between(80, 200), right = w - rng.between(80, 200);
    const qreal top = h * 0.25 + rng.between(0, 60);
    QLinearGradient facade(left, 0, right, 0);
    const QColor stone = hsv(rng, 20, 45, int(rng.between(40, 110)), int(rng.between(150, 230)));
    facade.setColorAt(0, stone.darker(130));
    facade.setColorAt(1, stone.lighter(110));
    p.setBrush(facade);
    p.drawRect(QRectF(left, top, right - left, h - top));
    QPainterPath roof;
    roof.moveTo(left - 20, top);
    roof.lineTo((left + right) / 2, top - rng.between(30, 90));
    roof.lineTo(right + 20, top);
    roof.closeSubpath();
    p.setBrush(stone.darker(170));
    p.drawPath(roof);
    const QColor lit = dusk ? QColor(255, 214, 120) : QColor(120, 160, 200);
    const int cols = int(rng.between(5, 9));
    const int rows = int(rng.between(2, 4));
    const qreal cw = (right - left) / cols;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            p.setBrush(rng.percent(80) ? lit : lit.darker(220));
            p.drawRoundedRect(
                QRectF(left + c * cw + cw * 0.25, top + 25 + r * 70, cw * 0.5, 45), 4, 4);
        }
    }
    p.setBrush(QColor(60, 62, 66));
    p.drawRect(QRectF(0, h * 0.86, w, h));
}

void paintHall(QPainter &p, DemoRandom &rng)
{
    const int w = DemoPhotoPainter::kWidth, h = DemoPhotoPainter::kHeight;
    const QColor wall = hsv(rng, 0, 359, int(rng.between(30, 120)), int(rng.between(60, 140)));
    QLinearGradient g(0, 0, 0, h);
    g.setColorAt(0, wall.darker(160));
    g.setColorAt(0.55, wall);
    g.setColorAt(1, wall.darker(250));
    p.fillRect(0, 0, w, h, g);
    p.setPen(Qt::NoPen);
    // Stage with a screen and light cones.
    p.setBrush(QColor(25, 25, 30));
    p.drawRect(QRectF(w * 0.2, h * 0.38, w * 0.6, h * 0.12));
    QLinearGradient screen(0, h * 0.1, 0, h * 0.36);
    screen.setColorAt(0, hsv(rng, 180, 260, 120, 250));
    screen.setColorAt(1, hsv(rng, 260, 330, 140, 200));
    p.setBrush(screen);
    p.drawRect(QRectF(w * 0.3, h * 0.1, w * 0.4, h * 0.26));
    for (int i = 0; i < 4; ++i) {
        QRadialGradient cone(QPointF(w * (0.2 + 0.2 * i), 0), h * 0.6);
        cone.setColorAt(0, QColor(255, 240, 200, 90));
        cone.setColorAt(1, QColor(255, 240, 200, 0));
        p.setBrush(cone);
        QPolygonF beam;
        beam << QPointF(w * (0.2 + 0.2 * i), 0) << QPointF(w * (0.12 + 0.2 * i), h * 0.7)
             << QPointF(w * (0.3 + 0.2 * i), h * 0.7);
        p.drawPolygon(beam);
    }
    // Round banquet tables in perspective.
    const QColor cloth = rng.percent(50) ? QColor(245, 245, 240) : hsv(rng, 0, 359, 60, 230);
    for (int row = 0; row < 3; ++row) {
        const qreal y = h * (0.58 + row * 0.13);
        const qreal rx = 38 + row * 16, ry = 12 + row * 6;
        for (qreal x = rx + 10 + (row % 2) * 40; x < w; x += rx * 2.6) {
            p.setBrush(QColor(0, 0, 0, 70));
            p.drawEllipse(QPointF(x + 4, y + ry * 0.8), rx, ry);
            p.setBrush(cloth);
            p.drawEllipse(QPointF(x, y), rx, ry);
            p.setBrush(QColor(255, 220, 140));
            p.drawEllipse(QPointF(x, y - 2), 3 + row, 2 + row);
        }
    }
}

void paintTerrace(QPainter &p, DemoRandom &rng)
{
    const int w = DemoPhotoPainter::kWidth, h = DemoPhotoPainter::kHeight;
    QLinearGradient sky(0, 0, 0, h * 0.6);
    sky.setColorAt(0, hsv(rng, 250, 280, 140, 80));
    sky.setColorAt(1, hsv(rng, 10, 40, 180, 240));
    p.fillRect(0, 0, w, h, sky);
    p.setPen(Qt::NoPen);
    QLinearGradient water(0, h * 0.55, 0, h);
    water.setColorAt(0, hsv(rng, 190, 220, 120, 150));
    water.setColorAt(1, hsv(rng, 200, 230, 150, 60));
    p.setBrush(water);
    p.drawRect(QRectF(0, h * 0.55, w, h));
    // String lights hanging between two poles.
    const qreal sag = rng.between(30, 80);
    for (int i = 0; i <= 24; ++i) {
        const qreal t = i / 24.0;
        const qreal x = 40 + t * (w - 80);
        const qreal y = 60 + 4 * sag * t * (1 - t);
        QRadialGradient bulb(QPointF(x, y), 14);
        bulb.setColorAt(0, QColor(255, 236, 170, 255));
        bulb.setColorAt(1, QColor(255, 236, 170, 0));
        p.setBrush(bulb);
        p.drawEllipse(QPointF(x, y), 14, 14);
    }
    // Deck and high tables.
    p.setBrush(hsv(rng, 20, 35, 120, 120));
    p.drawRect(QRectF(0, h * 0.72, w, h));
    for (qreal x = 60; x < w; x += rng.between(110, 170)) {
        p.setBrush(QColor(30, 30, 34));
        p.drawRect(QRectF(x - 3, h * 0.6, 6, h * 0.2));
        p.setBrush(QColor(235, 235, 230));
        p.drawEllipse(QPointF(x, h * 0.6), 34, 9);
    }
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpg");
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

void DemoPhotoPainter::drawStrokeText(
    QPainter &painter, const QString &text, const QPointF &topLeft, qreal height, qreal maxWidth)
{
    const QString folded = foldForGlyphs(text);
    const qreal advanceUnits = 5.5;
    qreal unit = height / 6.0;
    if (folded.size() * advanceUnits * unit > maxWidth)
        unit = maxWidth / (folded.size() * advanceUnits);
    QPen pen = painter.pen();
    pen.setWidthF(qMax(1.5, unit * 0.8));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    qreal x = topLeft.x();
    for (const QChar c : folded) {
        const char *glyph = glyphs().value(c, nullptr);
        if (glyph) {
            QPainterPath path;
            bool start = true;
            for (const char *s = glyph; *s;) {
                if (*s == ' ') {
                    start = true;
                    ++s;
                    continue;
                }
                const QPointF pt(x + (s[0] - '0') * unit, topLeft.y() + (s[1] - '0') * unit);
                if (start)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
                start = false;
                s += 2;
            }
            painter.drawPath(path);
        }
        x += advanceUnits * unit;
    }
}

const QImage &DemoPhotoPainter::background(int scene, int variant, bool thumbnail)
{
    QImage &image = m_backgrounds[scene][variant];
    if (image.isNull()) {
        DemoRandom rng(quint64(scene) * 1000 + quint64(variant) + 0x5eed);
        image = QImage(kWidth, kHeight, QImage::Format_RGB32);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        switch (scene) {
        case 0:
            paintExterior(p, rng);
            break;
        case 1:
            paintHall(p, rng);
            break;
        default:
            paintTerrace(p, rng);
            break;
        }
        p.end();
        m_thumbnails[scene][variant]
            = image.scaledToWidth(kThumbnailWidth, Qt::SmoothTransformation);
    }
    return thumbnail ? m_thumbnails[scene][variant] : image;
}

QImage DemoPhotoPainter::compose(
    const QString &title, const QString &subtitle, int scene, quint64 seed, bool thumbnail)
{
    QImage image
        = background(((scene % 3) + 3) % 3, int(seed % kVariantsPerScene), thumbnail).copy();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (thumbnail)
        p.scale(qreal(image.width()) / kWidth, qreal(image.height()) / kHeight);
    // Caption band with the venue's name.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 150));
    p.drawRect(QRectF(0, kHeight - 96, kWidth, 96));
    p.setPen(QColor(255, 255, 255));
    drawStrokeText(p, title, QPointF(28, kHeight - 82), 36, kWidth - 56);
    p.setPen(QColor(220, 220, 220));
    drawStrokeText(p, subtitle, QPointF(30, kHeight - 32), 14, kWidth - 60);
    p.end();
    return image;
}

QImage DemoPhotoPainter::paint(
    const QString &title, const QString &subtitle, int scene, quint64 seed)
{
    return compose(title, subtitle, scene, seed, false);
}

DemoPhoto DemoPhotoPainter::render(
    const QString &title, const QString &subtitle, int scene, quint64 seed)
{
    const QImage image = compose(title, subtitle, scene, seed, false);
    DemoPhoto photo;
    photo.jpeg = encodeJpeg(image, 80);
    photo.thumbnail = encodeJpeg(compose(title, subtitle, scene, seed, true), 80);
    photo.width = image.width();
    photo.height = image.height();
    return photo;
}

} // namespace VenueMap::Core
