#include "icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace VenueMap::Ui::Icons {

namespace {

using Painter = std::function<void(QPainter &, const QColor &)>;

// Paints on a 24x24 design grid, scaled to whatever size is asked for.
class PaintedIconEngine final : public QIconEngine
{
public:
    PaintedIconEngine(Painter painter, QColor color) : m_painter(std::move(painter)), m_color(color) { }
    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->translate(rect.topLeft());
        p->scale(rect.width() / 24.0, rect.height() / 24.0);
        QColor c = m_color;
        if (mode == QIcon::Disabled)
            c = QColor(160, 160, 160);
        m_painter(*p, c);
        p->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_painter, m_color); }

private:
    Painter m_painter;
    QColor m_color;
};

QIcon make(Painter painter, QColor color) { return QIcon(new PaintedIconEngine(std::move(painter), color)); }

QPen pen(const QColor &c, qreal w = 1.8) { return QPen(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin); }

} // namespace

QIcon app()
{
    return make(
        [](QPainter &p, const QColor &c) {
            QPainterPath pin;
            pin.moveTo(12, 22.5);
            pin.cubicTo(6, 15, 4, 12, 4, 9);
            pin.arcTo(QRectF(4, 1, 16, 16), 180, -180);
            pin.cubicTo(20, 12, 18, 15, 12, 22.5);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPath(pin);
            p.setBrush(Qt::white);
            p.drawEllipse(QRectF(8.5, 5.5, 7, 7));
        },
        QColor(0xd9, 0x4f, 0x2b));
}

QIcon venues()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(5, 6, 14, 15));
            p.drawLine(QPointF(3, 21), QPointF(21, 21));
            p.drawLine(QPointF(4, 6), QPointF(12, 2.5));
            p.drawLine(QPointF(12, 2.5), QPointF(20, 6));
            p.setBrush(c);
            p.setPen(Qt::NoPen);
            for (qreal x : {8.0, 14.0})
                for (qreal y : {9.0, 13.5})
                    p.drawRect(QRectF(x, y, 2.5, 2.5));
            p.drawRect(QRectF(10.5, 17, 3, 4));
        },
        QColor(0x2b, 0x6c, 0xb0));
}

QIcon projects()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(5, 4, 14, 18), 2, 2);
            p.setBrush(c);
            p.drawRoundedRect(QRectF(9, 2.5, 6, 3), 1, 1);
            p.setBrush(Qt::NoBrush);
            p.drawLine(QPointF(8.5, 10), QPointF(15.5, 10));
            p.drawLine(QPointF(8.5, 14), QPointF(15.5, 14));
            p.drawLine(QPointF(8.5, 18), QPointF(13, 18));
        },
        QColor(0x6a, 0x4c, 0x9c));
}

QIcon catering()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            // fork
            p.drawLine(QPointF(7, 3), QPointF(7, 21));
            p.drawLine(QPointF(4.5, 3), QPointF(4.5, 8));
            p.drawLine(QPointF(9.5, 3), QPointF(9.5, 8));
            p.drawArc(QRectF(4.5, 5.5, 5, 5), 180 * 16, 180 * 16);
            // knife
            QPainterPath knife;
            knife.moveTo(17, 21);
            knife.lineTo(17, 3);
            knife.cubicTo(20, 5, 20.5, 10, 20, 13);
            knife.lineTo(17, 13);
            p.drawPath(knife);
        },
        QColor(0x1e, 0x8a, 0x5a));
}

QIcon people()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(5, 4, 7, 7));
            p.drawArc(QRectF(2, 13, 13, 14), 0, 180 * 16);
            QColor light = c;
            light.setAlpha(150);
            p.setPen(pen(light));
            p.drawEllipse(QRectF(14, 5, 6, 6));
            p.drawArc(QRectF(13.5, 13.5, 9, 12), 0, 180 * 16);
        },
        QColor(0xc0, 0x6a, 0x10));
}

QIcon database()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(4, 2.5, 16, 5));
            p.drawLine(QPointF(4, 5), QPointF(4, 19));
            p.drawLine(QPointF(20, 5), QPointF(20, 19));
            p.drawArc(QRectF(4, 9.5, 16, 5), 180 * 16, 180 * 16);
            p.drawArc(QRectF(4, 16.5, 16, 5), 180 * 16, 180 * 16);
        },
        QColor(0x44, 0x55, 0x66));
}

QIcon connect()
{
    return make(
        [](QPainter &p, const QColor &c) {
            p.setPen(pen(c));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(6, 8, 12, 8), 2, 2);
            p.drawLine(QPointF(9, 8), QPointF(9, 3));
            p.drawLine(QPointF(15, 8), QPointF(15, 3));
            p.drawLine(QPointF(12, 16), QPointF(12, 21));
        },
        QColor(0x44, 0x55, 0x66));
}

} // namespace VenueMap::Ui::Icons
