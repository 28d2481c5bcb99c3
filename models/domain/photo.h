#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace VenueMap::Core {

// A photo of a venue (DESIGN §3): the image bytes and a generated JPEG thumbnail.
// Lists carry the thumbnail only; `data` is filled when the full image is asked for.
struct Photo
{
    QString id;
    QString venueId;
    QString caption;
    QString contentType;
    QByteArray data;
    QByteArray thumbnail;
    int width = 0;
    int height = 0;
    int sortOrder = 0;
    QDateTime createdAt;
};

} // namespace VenueMap::Core
