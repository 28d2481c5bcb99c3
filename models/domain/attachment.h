#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// What a file kept with a venue is (attachments.kind).
enum class AttachmentKind { Contract, FloorPlan, InsuranceCertificate, VenueBrochure, Other };

QList<AttachmentKind> allAttachmentKinds();
// The database key ("floor_plan") and the one label ("Floor plan").
QString attachmentKindKey(AttachmentKind kind);
QString attachmentKindLabel(AttachmentKind kind);
// A key or a label (English or in the app's language), any case; nullopt for anything else.
std::optional<AttachmentKind> attachmentKindFromText(const QString &text);
// What a file's name suggests it is ("Contract_signed.pdf" -> Contract), Other when it says
// nothing: a first guess the person can change.
AttachmentKind guessAttachmentKind(const QString &fileName);

// A file kept in the database with a venue (venueId) or with a venue on a project's shortlist
// (projectVenueId); exactly one of the two is set. Lists carry no content.
struct Attachment
{
    QString id;
    QString venueId;
    QString projectVenueId;
    QString fileName;
    QString mimeType;
    qint64 byteSize = 0;
    AttachmentKind kind = AttachmentKind::Other;
    QString note;
    QString createdBy;
    QString createdByName;
    QDateTime createdAt;
    bool isDeleted = false;
    QDateTime deletedAt;
    QByteArray content; // only from AttachmentRepository::fetchContent

    // "contract.pdf (contract)".
    QString title() const;
};

// The rules a file meets before it is kept: at most 25 MB, a type decided by its content (never
// by its name) among PDF, PNG/JPEG/WebP/GIF images, plain text and Office or OpenDocument
// documents. No database involved.
namespace AttachmentRules {
constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

// A file name as it is stored and shown: the last part of a path, control characters dropped,
// at most 255 characters.
QString storedFileName(const QString &pathOrName);
// "3.4 MB", "820 KB", "12 bytes".
QString sizeText(qint64 bytes);
// The sentence for a file over the limit, naming it.
QString tooLargeSentence(const QString &fileName, qint64 bytes);

struct ContentType
{
    QString mimeType; // empty when refused
    QString refusal; // one sentence naming the file, when refused
    bool ok() const { return refusal.isEmpty(); }
};
// The type of `bytes` by their content; `fileName` names the file in a refusal and tells an
// Office document's flavour apart where the content alone cannot (an old .doc, .xls or .ppt).
ContentType contentType(const QByteArray &bytes, const QString &fileName);
// The suffix a copy of a file of `mimeType` is given when the desktop opens it ("pdf"): from the
// type the content was found to be, never from the name it came with.
QString suffixFor(const QString &mimeType);
} // namespace AttachmentRules

} // namespace VenueMap::Core
