#include "photorepository.h"

#include "domain/textlimits.h"
#include "logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context PhotoRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhotoRepository)
};

} // namespace

namespace {

const QString kListColumns = QStringLiteral(
    "id, venue_id, caption, content_type, thumbnail, width, height, sort_order, created_at");

DbError refused(const QString &message)
{
    return DbError::make(DbError::Kind::Validation, Tr::tr("add the photo"), message,
        QStringLiteral("PhotoRepository::preparePhoto"));
}

} // namespace

Result<Photo> PhotoRepository::preparePhoto(const QByteArray &bytes, const QString &fileName)
{
    const QString what = fileName.isEmpty() ? Tr::tr("The file") : QFileInfo(fileName).fileName();
    if (bytes.size() > kMaxBytes)
        return refused(Tr::tr("%1 is %2 MB; photos can be at most 10 MB.")
                           .arg(what,
                               QLocale(QLocale::English)
                                   .toString(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1)));
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    QImage image = reader.read();
    if (bytes.isEmpty() || image.isNull())
        return refused(Tr::tr("%1 is not an image VenueMap can read (JPEG, PNG, GIF, BMP or WebP).")
                           .arg(what));

    Photo photo;
    photo.data = bytes;
    photo.width = image.width();
    photo.height = image.height();
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    photo.contentType = mime.startsWith(QLatin1String("image/"))
        ? mime
        : QStringLiteral("image/") + QString::fromLatin1(format);
    const QImage thumb
        = image
              .scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
              .convertToFormat(QImage::Format_RGB32);
    QBuffer out(&photo.thumbnail);
    out.open(QIODevice::WriteOnly);
    thumb.save(&out, "JPEG", 85);
    return photo;
}

static Photo readPhoto(const Database &db, const QSqlQuery &q, bool withData)
{
    Photo p;
    p.id = q.value(0).toString();
    p.venueId = q.value(1).toString();
    p.caption = q.value(2).toString();
    p.contentType = q.value(3).toString();
    p.thumbnail = q.value(4).toByteArray();
    p.width = q.value(5).toInt();
    p.height = q.value(6).toInt();
    p.sortOrder = q.value(7).toInt();
    p.createdAt = db.dialect().dateTimeFromDb(q.value(8));
    if (withData)
        p.data = q.value(9).toByteArray();
    return p;
}

Result<QList<Photo>> PhotoRepository::fetchPhotos(const QString &venueId) const
{
    auto q = m_db.exec(QStringLiteral("PhotoRepository::fetchPhotos"),
        QStringLiteral(
            "SELECT %1 FROM photos WHERE venue_id = :venue ORDER BY sort_order, created_at, id")
            .arg(kListColumns),
        { { QStringLiteral(":venue"), venueId } });
    if (!q)
        return q.error();
    QList<Photo> out;
    while (q->next())
        out.append(readPhoto(m_db, *q, false));
    return out;
}

Result<Photo> PhotoRepository::fetchPhoto(const QString &photoId) const
{
    auto q = m_db.exec(QStringLiteral("PhotoRepository::fetchPhoto"),
        QStringLiteral("SELECT %1, data FROM photos WHERE id = :id").arg(kListColumns),
        { { QStringLiteral(":id"), photoId } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the photo"),
            Tr::tr("The photo no longer exists."), QStringLiteral("PhotoRepository::fetchPhoto"));
    return readPhoto(m_db, *q, true);
}

Result<Photo> PhotoRepository::addPhoto(
    const QString &venueId, const QByteArray &bytes, const QString &caption)
{
    auto prepared = preparePhoto(bytes);
    if (!prepared)
        return prepared.error();
    Photo photo = *prepared;
    photo.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    photo.venueId = venueId;
    photo.caption = caption.trimmed();
    auto next = m_db.scalar(QStringLiteral("PhotoRepository::addPhoto"),
        QStringLiteral(
            "SELECT COALESCE(MAX(sort_order) + 1, 0) FROM photos WHERE venue_id = :venue"),
        { { QStringLiteral(":venue"), venueId } });
    if (!next)
        return next.error();
    photo.sortOrder = next->toInt();
    auto q = m_db.exec({ QStringLiteral("PhotoRepository::addPhoto"), Tr::tr("add the photo") },
        QStringLiteral(
            "INSERT INTO photos (id, venue_id, caption, content_type, data, thumbnail, width, "
            "height, sort_order) "
            "VALUES (:id, :venue, :caption, :type, :data, :thumb, :width, :height, :sort)"),
        { { QStringLiteral(":id"), photo.id }, { QStringLiteral(":venue"), venueId },
            { QStringLiteral(":caption"),
                photo.caption.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(photo.caption) },
            { QStringLiteral(":type"), photo.contentType }, { QStringLiteral(":data"), photo.data },
            { QStringLiteral(":thumb"), photo.thumbnail },
            { QStringLiteral(":width"), photo.width }, { QStringLiteral(":height"), photo.height },
            { QStringLiteral(":sort"), photo.sortOrder } });
    if (!q)
        return q.error();
    qCInfo(lcVenues) << "added photo" << photo.id << "to venue" << venueId << photo.data.size()
                     << "bytes";
    return photo;
}

Result<Photo> PhotoRepository::addPhotoFile(
    const QString &venueId, const QString &path, const QString &caption)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > kMaxBytes)
        return refused(Tr::tr("%1 is %2 MB; photos can be at most 10 MB.")
                           .arg(name,
                               QLocale(QLocale::English)
                                   .toString(double(file.size()) / (1024.0 * 1024.0), 'f', 1)));
    if (!file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, Tr::tr("add the photo"),
            Tr::tr("%1 cannot be read: %2.").arg(name, file.errorString()),
            QStringLiteral("PhotoRepository::addPhotoFile"));
    const QByteArray bytes = file.readAll();
    if (auto check = preparePhoto(bytes, path); !check)
        return check.error();
    return addPhoto(venueId, bytes, caption);
}

Status PhotoRepository::setCaption(const QString &photoId, const QString &caption)
{
    if (auto tooLong
        = tooLongSentence(QStringLiteral("A caption"), caption.trimmed(), TextLimit::kCaption))
        return DbError::make(DbError::Kind::Validation, Tr::tr("save the caption"), *tooLong,
            QStringLiteral("PhotoRepository::setCaption"));
    auto q = m_db.exec(QStringLiteral("PhotoRepository::setCaption"),
        QStringLiteral("UPDATE photos SET caption = :caption WHERE id = :id"),
        { { QStringLiteral(":caption"),
              caption.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(caption.trimmed()) },
            { QStringLiteral(":id"), photoId } });
    if (!q)
        return q.error();
    return {};
}

Status PhotoRepository::reorder(const QString &venueId, const QStringList &photoIds)
{
    TransactionGuard tx(m_db);
    if (auto s = tx.begun(); !s)
        return s;
    for (int i = 0; i < photoIds.size(); ++i) {
        auto q = m_db.exec(QStringLiteral("PhotoRepository::reorder"),
            QStringLiteral(
                "UPDATE photos SET sort_order = :sort WHERE id = :id AND venue_id = :venue"),
            { { QStringLiteral(":sort"), i }, { QStringLiteral(":id"), photoIds.at(i) },
                { QStringLiteral(":venue"), venueId } });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Status PhotoRepository::removePhoto(const QString &photoId)
{
    auto q = m_db.exec(QStringLiteral("PhotoRepository::removePhoto"),
        QStringLiteral("DELETE FROM photos WHERE id = :id"),
        { { QStringLiteral(":id"), photoId } });
    if (!q)
        return q.error();
    return {};
}

} // namespace VenueMap::Core
