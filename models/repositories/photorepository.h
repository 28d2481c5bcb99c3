#pragma once

#include "db/database.h"
#include "domain/photo.h"

#include <QList>

namespace VenueMap::Core {

// Venue photos (DESIGN §3): validated, thumbnailed and stored in the database so the whole team
// sees them.
class PhotoRepository
{
public:
    explicit PhotoRepository(const Database &db)
        : m_db(db)
    { }

    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kThumbnailSize = 320;

    // Checks that `bytes` are an image of at most 10 MB and makes its thumbnail; no database
    // involved.
    static Result<Photo> preparePhoto(const QByteArray &bytes, const QString &fileName = {});

    // The venue's photos in order, with thumbnails but without the full images.
    Result<QList<Photo>> fetchPhotos(const QString &venueId) const;
    // One photo with its full image.
    Result<Photo> fetchPhoto(const QString &photoId) const;

    // Adds an image at the end of the venue's photos.
    Result<Photo> addPhoto(
        const QString &venueId, const QByteArray &bytes, const QString &caption = {});
    // Reads a file (refusing it before reading when it is over 10 MB) and adds it.
    Result<Photo> addPhotoFile(
        const QString &venueId, const QString &path, const QString &caption = {});
    Status setCaption(const QString &photoId, const QString &caption);
    // Stores the order of the venue's photos as given.
    Status reorder(const QString &venueId, const QStringList &photoIds);
    Status removePhoto(const QString &photoId);

private:
    Database m_db;
};

} // namespace VenueMap::Core
