#include "attachment.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Attachment.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)
};

} // namespace

QList<AttachmentKind> allAttachmentKinds()
{
    return { AttachmentKind::Contract, AttachmentKind::FloorPlan,
        AttachmentKind::InsuranceCertificate, AttachmentKind::VenueBrochure,
        AttachmentKind::Other };
}

QString attachmentKindKey(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Contract:
        return QStringLiteral("contract");
    case AttachmentKind::FloorPlan:
        return QStringLiteral("floor_plan");
    case AttachmentKind::InsuranceCertificate:
        return QStringLiteral("insurance_certificate");
    case AttachmentKind::VenueBrochure:
        return QStringLiteral("venue_brochure");
    case AttachmentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {

// The English source of attachmentKindLabel(), in the translation context AttachmentKind.
const char *attachmentKindLabelSource(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Contract:
        return QT_TRANSLATE_NOOP("AttachmentKind", "Contract");
    case AttachmentKind::FloorPlan:
        return QT_TRANSLATE_NOOP("AttachmentKind", "Floor plan");
    case AttachmentKind::InsuranceCertificate:
        return QT_TRANSLATE_NOOP("AttachmentKind", "Insurance certificate");
    case AttachmentKind::VenueBrochure:
        return QT_TRANSLATE_NOOP("AttachmentKind", "Venue brochure");
    case AttachmentKind::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("AttachmentKind", "Other");
}

} // namespace

QString attachmentKindLabel(AttachmentKind kind)
{
    return QCoreApplication::translate("AttachmentKind", attachmentKindLabelSource(kind));
}

std::optional<AttachmentKind> attachmentKindFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (AttachmentKind k : allAttachmentKinds())
        if (t.compare(attachmentKindKey(k), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(attachmentKindLabelSource(k)), Qt::CaseInsensitive) == 0
            || t.compare(attachmentKindLabel(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

AttachmentKind guessAttachmentKind(const QString &fileName)
{
    const QString name = QFileInfo(fileName).completeBaseName().toLower();
    const auto says = [&name](const char *pattern) {
        return name.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    if (says("contract|agreement|terms|vertrag|contrat|overeenkomst"))
        return AttachmentKind::Contract;
    if (says("insurance|certificate|liability|\\bcoi\\b|versicherung|assurance|verzekering"))
        return AttachmentKind::InsuranceCertificate;
    if (says("floor.?plan|floorplan|layout|grundriss|\\bplan\\b|plattegrond"))
        return AttachmentKind::FloorPlan;
    if (says("brochure|fact.?sheet|factsheet|venue.?pack|prospekt|plaquette"))
        return AttachmentKind::VenueBrochure;
    return AttachmentKind::Other;
}

QString Attachment::title() const
{
    return QStringLiteral("%1 (%2)").arg(fileName, attachmentKindLabel(kind).toLower());
}

namespace AttachmentRules {

QString storedFileName(const QString &pathOrName)
{
    QString name = QFileInfo(pathOrName).fileName();
    QString clean;
    clean.reserve(name.size());
    for (QChar c : name)
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    clean = clean.trimmed();
    if (clean.size() > 255)
        clean = clean.left(255);
    return clean;
}

QString sizeText(qint64 bytes)
{
    const QLocale english(QLocale::English);
    if (bytes < 1024)
        return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 512) / 1024);
    return QStringLiteral("%1 MB").arg(english.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString tooLargeSentence(const QString &fileName, qint64 bytes)
{
    return Tr::tr("%1 is %2; a file can be at most 25 MB.")
        .arg(storedFileName(fileName), sizeText(bytes));
}

namespace {

bool startsWith(const QByteArray &bytes, const char *magic, int length, int offset = 0)
{
    return bytes.size() >= offset + length
        && bytes.mid(offset, length) == QByteArray::fromRawData(magic, length);
}

bool isProgramType(const QMimeType &type)
{
    for (const char *program : { "application/x-executable", "application/x-sharedlib",
             "application/x-msdownload", "application/x-ms-dos-executable",
             "application/x-shellscript", "application/x-desktop" })
        if (type.inherits(QString::fromLatin1(program)))
            return true;
    return false;
}

// What kind of program `bytes` are, or empty when they are not one.
QString programKind(const QByteArray &bytes)
{
    if (startsWith(bytes,
            "\x7f"
            "ELF",
            4))
        return Tr::tr("an ELF executable");
    if (startsWith(bytes, "MZ", 2))
        return Tr::tr("a Windows executable");
    for (const char *macho : { "\xfe\xed\xfa\xce", "\xfe\xed\xfa\xcf", "\xce\xfa\xed\xfe",
             "\xcf\xfa\xed\xfe", "\xca\xfe\xba\xbe" })
        if (startsWith(bytes, macho, 4))
            return Tr::tr("a macOS or Java program");
    if (startsWith(bytes, "#!", 2))
        return Tr::tr("a script");
    if (startsWith(bytes, "\x4c\x00\x00\x00\x01\x14\x02\x00", 8))
        return Tr::tr("a Windows shortcut");
    const QMimeType byData = QMimeDatabase().mimeTypeForData(bytes);
    if (isProgramType(byData))
        return Tr::tr("a program (%1)").arg(byData.comment());
    return {};
}

QByteArray utf16(const char *latin1)
{
    const QString s = QString::fromLatin1(latin1);
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

// The Office or OpenDocument type of a ZIP or an OLE compound file, or empty.
QString officeType(const QByteArray &bytes)
{
    if (startsWith(bytes, "PK\x03\x04", 4)) {
        // OpenDocument: its first member is "mimetype", stored, holding the type.
        if (bytes.mid(30, 8) == "mimetype") {
            QByteArray type = bytes.mid(38, 100);
            const int end = type.indexOf("PK\x03\x04");
            if (end >= 0)
                type.truncate(end);
            if (type.startsWith("application/vnd.oasis.opendocument.")) {
                const QString t = QString::fromLatin1(type).trimmed();
                if (QMimeDatabase().mimeTypeForName(t).isValid())
                    return t;
            }
            return {};
        }
        // Office Open XML: [Content_Types].xml and the part folder of its application.
        if (!bytes.contains("[Content_Types].xml"))
            return {};
        if (bytes.contains("word/"))
            return QStringLiteral(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        if (bytes.contains("xl/"))
            return QStringLiteral(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (bytes.contains("ppt/"))
            return QStringLiteral(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        return {};
    }
    if (startsWith(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)) {
        // An old Office file: its streams' names (UTF-16) say which application wrote it.
        if (bytes.contains(utf16("WordDocument")))
            return QStringLiteral("application/msword");
        if (bytes.contains(utf16("Workbook")) || bytes.contains(utf16("Book")))
            return QStringLiteral("application/vnd.ms-excel");
        if (bytes.contains(utf16("PowerPoint Document")))
            return QStringLiteral("application/vnd.ms-powerpoint");
    }
    return {};
}

} // namespace

ContentType contentType(const QByteArray &bytes, const QString &fileName)
{
    const QString name
        = storedFileName(fileName).isEmpty() ? Tr::tr("The file") : storedFileName(fileName);
    if (bytes.isEmpty())
        return { {}, Tr::tr("%1 is empty; there is nothing to keep.").arg(name) };
    if (bytes.size() > kMaxBytes)
        return { {}, tooLargeSentence(name, bytes.size()) };
    if (const QString program = programKind(bytes); !program.isEmpty()) {
        // A program dressed as a document ("invoice.pdf") is said as such.
        const QMimeType byName = QMimeDatabase().mimeTypeForFile(
            QFileInfo(fileName).fileName(), QMimeDatabase::MatchExtension);
        if (!QFileInfo(fileName).suffix().isEmpty() && !byName.isDefault()
            && !isProgramType(byName))
            return { {},
                Tr::tr("%1 is named like a %2 but its content is %3; it was not added.")
                    .arg(name, QFileInfo(fileName).suffix().toUpper(), program) };
        return { {}, Tr::tr("%1 is %2, not a document; it was not added.").arg(name, program) };
    }
    if (startsWith(bytes, "%PDF-", 5))
        return { QStringLiteral("application/pdf"), {} };
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8))
        return { QStringLiteral("image/png"), {} };
    if (startsWith(bytes, "\xff\xd8\xff", 3))
        return { QStringLiteral("image/jpeg"), {} };
    if (startsWith(bytes, "GIF87a", 6) || startsWith(bytes, "GIF89a", 6))
        return { QStringLiteral("image/gif"), {} };
    if (startsWith(bytes, "RIFF", 4) && startsWith(bytes, "WEBP", 4, 8))
        return { QStringLiteral("image/webp"), {} };
    if (const QString office = officeType(bytes); !office.isEmpty())
        return { office, {} };
    const QMimeType byData = QMimeDatabase().mimeTypeForData(bytes);
    if (byData.name() == QLatin1String("text/plain") && !bytes.contains('\0'))
        return { QStringLiteral("text/plain"), {} };
    if (byData.isDefault())
        return { {},
            Tr::tr("%1 is of no type VenueMap recognises (judged by its content); VenueMap keeps "
                   "PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument "
                   "documents.")
                .arg(name) };
    return { {},
        Tr::tr("%1 is a file of type “%2” (judged by its content); VenueMap keeps PDFs, images "
               "(PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.")
            .arg(name, byData.comment()) };
}

QString suffixFor(const QString &mimeType)
{
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    return suffix.isEmpty() ? QStringLiteral("bin") : suffix;
}

} // namespace AttachmentRules

} // namespace VenueMap::Core
