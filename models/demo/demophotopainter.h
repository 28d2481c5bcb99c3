#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace VenueMap::Core {

// One generated venue photo: JPEG bytes, a small JPEG thumbnail and the full size.
struct DemoPhoto
{
    QByteArray jpeg;
    QByteArray thumbnail;
    int width = 0;
    int height = 0;
};

// Paints sample venue photos (sky or hall, shapes, the venue's name) without fonts or a
// QGuiApplication, so the command line and worker threads can paint and the bytes are the same
// on every machine. An instance keeps the few backgrounds it painted, so thousands of photos
// cost little more than their JPEG encoding.
class DemoPhotoPainter
{
public:
    static constexpr int kVariantsPerScene = 8;
    static constexpr int kWidth = 800;
    static constexpr int kHeight = 533;
    static constexpr int kThumbnailWidth = 240;

    // `scene` picks the composition (exterior, hall, terrace); `seed` the colours and shapes.
    QImage paint(const QString &title, const QString &subtitle, int scene, quint64 seed);
    DemoPhoto render(const QString &title, const QString &subtitle, int scene, quint64 seed);

    // Draws `text` in a built-in stroke font, upper case, fitted into `maxWidth`.
    static void drawStrokeText(class QPainter &painter, const QString &text, const QPointF &topLeft,
        qreal height, qreal maxWidth);

private:
    const QImage &background(int scene, int variant, bool thumbnail);
    QImage compose(
        const QString &title, const QString &subtitle, int scene, quint64 seed, bool thumbnail);

    QImage m_backgrounds[3][kVariantsPerScene];
    QImage m_thumbnails[3][kVariantsPerScene];
};

} // namespace VenueMap::Core
