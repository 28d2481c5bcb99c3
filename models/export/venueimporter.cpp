#include "venueimporter.h"

#include "domain/language.h"
#include "domain/venuefieldparser.h"
#include "export/spaceimporter.h"
#include "export/venuecsvrecord.h"
#include "repositories/facilitytermrepository.h"
#include "services/venuesaver.h"

#include "auth/session.h"
#include "repositories/activityrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context VenueImporter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueImporter)
};

} // namespace

namespace {

const QString kImportedAction = QStringLiteral("venues_imported");
const QString kUndoneAction = QStringLiteral("venues_import_undone");

bool isBlank(const QStringList &record)
{
    for (const QString &f : record) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

using VenueFieldParser::quoted;

// A parser sentence inside "Row 7, column 3 (capacity): ...".
QString lowerFirst(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

QString thousands(qsizetype n)
{
    return QLocale(QLocale::English).toString(qint64(n));
}

} // namespace

QString ImportIssue::text() const
{
    QString where;
    if (row > 0)
        where = QStringLiteral("Row %1").arg(row);
    if (column > 0) {
        where += (where.isEmpty() ? QStringLiteral("Column %1") : QStringLiteral(", column %1"))
                     .arg(column);
        if (!columnName.isEmpty())
            where += QStringLiteral(" (%1)").arg(columnName);
    }
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

QString ImportDuplicate::text() const
{
    const QString what = city.trimmed().isEmpty()
        ? quoted(name)
        : Tr::tr("%1 in %2", "a venue in a city").arg(quoted(name), city);
    if (of == Of::File)
        return Tr::tr("Row %1: %2 repeats row %3 of the file.").arg(row).arg(what).arg(firstRow);
    return Tr::tr("Row %1: %2 is already in the venue book.").arg(row).arg(what);
}

int ImportPreview::validCount() const
{
    int n = 0;
    for (const ImportRow &r : rows)
        n += r.valid ? 1 : 0;
    return n;
}

int ImportPreview::invalidCount() const
{
    return int(rows.size()) - validCount();
}

QList<Venue> ImportPreview::venuesToImport(bool includeDuplicates) const
{
    QList<Venue> out;
    if (isBlocked())
        return out;
    out.reserve(rows.size());
    for (const ImportRow &r : rows) {
        if (r.valid && (includeDuplicates || !r.duplicate))
            out.append(r.venue);
    }
    return out;
}

QString ImportPreview::summary(bool includeDuplicates) const
{
    if (!fileError.isEmpty())
        return fileError;
    if (!headerIssues.isEmpty())
        return headerIssues.first().text();
    QStringList parts;
    const qsizetype count = venuesToImport(includeDuplicates).size();
    // Counted texts keep their English "(s)" forms without a translator too (venuemapctl).
    const auto counted
        = [](const QString &text, qsizetype n) { return englishPluralForm(text, int(n)); };
    parts << counted(
        Tr::tr("%1 venue(s) to import", nullptr, int(count)).arg(thousands(count)), count);
    if (const int invalid = invalidCount())
        parts << counted(
            Tr::tr("%1 row(s) invalid", nullptr, invalid).arg(thousands(invalid)), invalid);
    if (const qsizetype n = duplicates.size(); n > 0)
        parts << counted(includeDuplicates
                ? Tr::tr("%1 duplicate(s) included", nullptr, int(n)).arg(thousands(n))
                : Tr::tr("%1 duplicate(s) skipped", nullptr, int(n)).arg(thousands(n)),
            n);
    //: the separator between the parts of an import's summary: "2 venues to import; 1 row invalid"
    return parts.join(Tr::tr("; ", "summary separator")) + Tr::tr(".", "summary end");
}

Result<QByteArray> VenueImporter::readFile(const QString &path)
{
    const QString op = Tr::tr("read the file");
    const QString where = QStringLiteral("VenueImporter::readFile");
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return DbError::make(DbError::Kind::Io, op, Tr::tr("%1 does not exist.").arg(name), where);
    if (!info.isFile())
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("%1 is not a regular file (a folder, a pipe or a device): save the "
                   "spreadsheet as a CSV file and import that.")
                .arg(QDir::toNativeSeparators(path)),
            where);
    if (info.size() > kMaxFileBytes)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("%1 is larger than 1 GB: split it into smaller files.").arg(name), where);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, op,
            Tr::tr("%1 cannot be read: %2.").arg(name, file.errorString()), where);
    // read() with a bound: the file may grow while it is read.
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("%1 is larger than 1 GB: split it into smaller files.").arg(name), where);
    if (file.error() != QFileDevice::NoError)
        return DbError::make(DbError::Kind::Io, op,
            Tr::tr("%1 cannot be read: %2.").arg(name, file.errorString()), where);
    return bytes;
}

ImportMapping VenueImporter::guessMapping(const QStringList &headers)
{
    ImportMapping mapping;
    QSet<VenueField> taken;
    for (const QString &h : headers) {
        auto field = VenueCsvRecord::fieldForHeader(h);
        // A second column naming the same field is left for the person to decide.
        if (field && taken.contains(*field))
            field.reset();
        if (field)
            taken.insert(*field);
        mapping.append(field);
    }
    return mapping;
}

QString VenueImporter::duplicateKey(const QString &name, const QString &city)
{
    return name.trimmed().toCaseFolded() + QChar(0x1f) + city.trimmed().toCaseFolded();
}

ImportPreview VenueImporter::analyze(
    QByteArrayView bytes, const QString &fileName, const std::optional<ImportMapping> &mapping)
{
    CsvParseResult parsed = CsvReader::parse(bytes);
    if (!parsed.ok()) {
        ImportPreview p;
        p.fileName = fileName;
        p.fileError = parsed.error().message();
        return p;
    }
    auto document = std::make_shared<const CsvDocument>(parsed.takeDocument());
    const QStringList headers
        = document->records.isEmpty() ? QStringList() : document->records.first();
    return validate(document, fileName, mapping ? *mapping : guessMapping(headers));
}

ImportPreview VenueImporter::validate(std::shared_ptr<const CsvDocument> document,
    const QString &fileName, const ImportMapping &givenMapping)
{
    ImportPreview p;
    p.fileName = fileName;
    p.document = document;
    if (document->records.isEmpty() || isBlank(document->records.first())) {
        p.headerIssues.append({ 0, 0, {},
            Tr::tr("The file is empty: the first row must name the columns "
                   "(name, city, capacity, ...).") });
        return p;
    }
    p.headers = document->records.first();
    p.mapping = givenMapping;
    p.mapping.resize(p.headers.size());

    // The header: a name column, and no field taken twice.
    QHash<VenueField, int> columnOf;
    for (int c = 0; c < p.mapping.size(); ++c) {
        const auto &field = p.mapping.at(c);
        if (!field) {
            if (!p.headers.at(c).trimmed().isEmpty())
                p.ignoredColumns << p.headers.at(c).trimmed();
            continue;
        }
        if (columnOf.contains(*field)) {
            p.headerIssues.append({ 1, c + 1, p.headers.at(c),
                Tr::tr("columns %1 and %2 both hold the %3; choose one.")
                    .arg(columnOf.value(*field) + 1)
                    .arg(c + 1)
                    .arg(venueFieldLabel(*field).toLower()) });
            continue;
        }
        columnOf.insert(*field, c);
    }
    if (!columnOf.contains(VenueField::Name)) {
        QStringList found;
        for (const QString &h : p.headers)
            found << quoted(h);
        p.headerIssues.append({ 0, 0, {},
            Tr::tr("No column holds the venue name: the first row must name the columns, "
                   "one of them \"name\" (found %1).")
                .arg(found.join(QStringLiteral(", "))) });
    }
    if (!p.headerIssues.isEmpty())
        return p;

    const int width = int(p.headers.size());
    QHash<QString, int> firstRowOfKey;
    p.rows.reserve(document->records.size() - 1);
    for (qsizetype r = 1; r < document->records.size(); ++r) {
        const QStringList &record = document->records.at(r);
        const int rowNumber = int(r) + 1;
        if (isBlank(record)) {
            ++p.blankRows;
            continue;
        }
        ImportRow row;
        row.row = rowNumber;
        auto problem = [&](int column, const QString &reason) {
            row.valid = false;
            p.issues.append({ rowNumber, column,
                column > 0 ? p.headers.value(column - 1) : QString(), reason });
        };
        if (record.size() != width) {
            problem(0,
                Tr::tr("the row has %1 fields but the header has %2; a value may hold an unquoted "
                       "\"%3\".")
                    .arg(record.size())
                    .arg(width)
                    .arg(QLatin1Char(document->delimiter)));
            p.rows.append(row);
            continue;
        }
        Venue &v = row.venue;
        for (int c = 0; c < width; ++c) {
            const auto &field = p.mapping.at(c);
            if (!field)
                continue;
            if (auto reason = VenueFieldParser::parse(*field, record.at(c), v))
                problem(c + 1, lowerFirst(*reason));
            else if (*field == VenueField::Name && v.name.isEmpty())
                problem(c + 1, Tr::tr("the venue name is empty."));
        }
        // What the book itself refuses (email and website shapes), in the book's own words.
        for (const VenueFieldProblem &vp : validateVenue(v)) {
            // Lengths: the editor's own sentence, so that the dry run refuses what the database
            // would.
            const bool tooLong = vp.tooLong;
            if (tooLong && columnOf.contains(vp.field)) {
                problem(columnOf.value(vp.field) + 1, vp.message);
            } else if (!tooLong
                && (vp.field == VenueField::ContactEmail || vp.field == VenueField::Website)) {
                const int column = columnOf.value(vp.field) + 1;
                const QString reason = lowerFirst(vp.message);
                problem(column,
                    reason.left(reason.size() - 1)
                        + QStringLiteral(": %1.").arg(quoted(record.at(column - 1).trimmed())));
            }
        }
        if (row.valid) {
            const QString key = duplicateKey(v.name, v.city);
            const auto first = firstRowOfKey.constFind(key);
            if (first != firstRowOfKey.cend()) {
                row.duplicate = true;
                p.duplicates.append(
                    { rowNumber, ImportDuplicate::Of::File, *first, {}, v.name, v.city });
            } else {
                firstRowOfKey.insert(key, rowNumber);
            }
        }
        p.rows.append(std::move(row));
    }
    if (p.rows.isEmpty())
        p.headerIssues.append({ 0, 0, {}, Tr::tr("The file has a header row but no venues.") });
    return p;
}

Status VenueImporter::findBookDuplicates(ImportPreview &p) const
{
    QStringList names;
    QSet<QString> seen;
    for (const ImportRow &r : std::as_const(p.rows)) {
        if (!r.valid)
            continue;
        const QString n = r.venue.name.trimmed();
        // Both spellings of lower(): SQLite's folds ASCII only, PostgreSQL's follows its locale.
        for (const QString &variant : { asciiLower(n), n.toLower() }) {
            if (!seen.contains(variant)) {
                seen.insert(variant);
                names << variant;
            }
        }
    }
    auto existing = ImportRepository(m_db).findByNames(names);
    if (!existing)
        return existing.error();
    QHash<QString, ExistingVenueKey> book;
    for (const ExistingVenueKey &k : std::as_const(*existing))
        book.insert(duplicateKey(k.name, k.city), k);
    if (book.isEmpty())
        return {};
    for (ImportRow &r : p.rows) {
        if (!r.valid)
            continue;
        const auto it = book.constFind(duplicateKey(r.venue.name, r.venue.city));
        if (it == book.cend())
            continue;
        if (r.duplicate) {
            // Already a repeat within the file: say it is in the book too, in the same entry.
            continue;
        }
        r.duplicate = true;
        p.duplicates.append(
            { r.row, ImportDuplicate::Of::Book, 0, it->id, r.venue.name, r.venue.city });
    }
    std::sort(p.duplicates.begin(), p.duplicates.end(),
        [](const ImportDuplicate &a, const ImportDuplicate &b) { return a.row < b.row; });
    return {};
}

Result<ImportPreview> VenueImporter::preview(QByteArrayView bytes, const QString &fileName,
    const std::optional<ImportMapping> &mapping) const
{
    ImportPreview p = analyze(bytes, fileName, mapping);
    if (p.isBlocked())
        return p;
    if (Status s = findBookDuplicates(p); !s)
        return s.error();
    return p;
}

Result<ImportPreview> VenueImporter::remap(
    const ImportPreview &previous, const ImportMapping &mapping) const
{
    if (!previous.document)
        return previous;
    ImportPreview p = validate(previous.document, previous.fileName, mapping);
    p.spaces = previous.spaces;
    if (p.isBlocked())
        return p;
    if (Status s = findBookDuplicates(p); !s)
        return s.error();
    return p;
}

Result<ImportOutcome> VenueImporter::commit(
    const ImportPreview &p, const ImportOptions &options) const
{
    const QString op = Tr::tr("import the venues");
    const QString where = QStringLiteral("VenueImporter::commit");
    if (p.isBlocked())
        return DbError::make(DbError::Kind::Validation, op, p.summary(), where);
    const int invalid = p.invalidCount();
    if (invalid > 0 && !options.skipInvalid) {
        return DbError::make(DbError::Kind::Validation, op,
            invalid == 1
                ? Tr::tr("1 row of the file is invalid: nothing was imported. Fix it or choose to "
                         "skip invalid rows.")
                : Tr::tr("%1 rows of the file are invalid: nothing was imported. Fix them or "
                         "choose to skip invalid rows.")
                      .arg(thousands(invalid)),
            where);
    }
    QList<Venue> venues = p.venuesToImport(options.includeDuplicates);
    // "wifi", "WLAN" and "Wi-Fi" are stored as the one label "Wi-Fi" (the book's vocabulary).
    if (auto terms = FacilityTermRepository(m_db).load(); !terms)
        return terms.error();
    else
        for (Venue &v : venues)
            v.facilities = terms->resolve(v.facilities);
    std::optional<SpaceImportPlan> spacePlan;
    if (p.spaces) {
        spacePlan = SpaceImporter::plan(*p.spaces, &p, options);
        if (Status s = SpaceImporter::check(*p.spaces, *spacePlan); !s)
            return s.error();
    }
    if (venues.isEmpty() && spacePlan && !spacePlan->isEmpty()) {
        // Only rooms for venues of the book: no batch, the rooms alone.
        auto rooms = SpaceImporter(m_db).commit(*p.spaces, &*spacePlan);
        if (!rooms)
            return rooms.error();
        ImportOutcome outcome;
        outcome.skippedInvalid = invalid;
        outcome.skippedDuplicates = options.includeDuplicates ? 0 : p.duplicateCount();
        outcome.spaces = rooms->spaces;
        outcome.spacesReplacedVenues = rooms->bookVenues;
        return outcome;
    }
    if (venues.isEmpty()) {
        return DbError::make(DbError::Kind::Validation, op,
            p.duplicateCount() > 0
                ? Tr::tr("Every valid row is a duplicate: nothing to import unless duplicates "
                         "are included.")
                : Tr::tr("The file holds no valid venue: nothing to import."),
            where);
    }
    if (spacePlan && !spacePlan->isEmpty()) {
        // The database keeps a venue's capacity at the largest of its rooms: written so at once,
        // the rooms need not rewrite thousands of venues.
        const QHash<QString, int> largest = SpaceImporter::largestCapacities(*p.spaces, *spacePlan);
        for (Venue &v : venues)
            if (const auto it = largest.constFind(duplicateKey(v.name, v.city));
                it != largest.cend())
                v.capacity = *it;
    }
    TransactionGuard guard(m_db);
    if (Status s = guard.begun(); !s)
        return s.error();
    ImportOutcome outcome;
    outcome.skippedInvalid = invalid;
    outcome.skippedDuplicates = options.includeDuplicates ? 0 : p.duplicateCount();
    outcome.imported = int(venues.size());
    ImportBatch &batch = outcome.batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.fileName = p.fileName;
    batch.venueCount = outcome.imported;
    batch.skippedCount = outcome.skippedInvalid + outcome.skippedDuplicates;
    batch.createdBy = Session::userId().toString();
    const int total = outcome.imported;
    std::function<void(int)> progress;
    if (options.progress)
        progress = [&options, total](int done) { options.progress(done, total); };
    // Venues are saved by VenueSaver, here as one batch with ids it makes.
    if (Status s = VenueSaver::addImported(m_db, venues, batch, progress); !s)
        return s.error();
    QJsonObject details { { QStringLiteral("batch_id"), batch.id },
        { QStringLiteral("file"), batch.fileName }, { QStringLiteral("venues"), batch.venueCount },
        { QStringLiteral("skipped_invalid"), outcome.skippedInvalid },
        { QStringLiteral("skipped_duplicates"), outcome.skippedDuplicates } };
    if (spacePlan && !spacePlan->isEmpty()) {
        // The new venues' ids, by the key their rooms name them with (plan() refused a key that
        // two imported venues share).
        auto written = ImportRepository(m_db).batchVenues(batch.id);
        if (!written)
            return written.error();
        QHash<QString, QString> ids;
        for (const ExistingVenueKey &k : std::as_const(*written))
            ids.insert(duplicateKey(k.name, k.city), k.id);
        auto rooms = SpaceImporter(m_db).write(*p.spaces, *spacePlan, ids);
        if (!rooms)
            return rooms.error();
        outcome.spaces = rooms->spaces;
        outcome.spacesReplacedVenues = rooms->bookVenues;
        details.insert(QStringLiteral("spaces_file"), p.spaces->fileName);
        details.insert(QStringLiteral("spaces"), rooms->spaces);
        details.insert(QStringLiteral("venues_with_replaced_spaces"), rooms->bookVenues);
    }
    ActivityRepository activity(m_db, batch.createdBy);
    if (Status s = activity.append({}, kImportedAction, details); !s)
        return s.error();
    if (Status s = guard.commit(); !s)
        return s.error();
    auto stored = ImportRepository(m_db).fetchBatch(batch.id);
    if (stored)
        batch = *stored;
    return outcome;
}

Result<QList<ImportBatch>> VenueImporter::batches(int limit) const
{
    return ImportRepository(m_db).fetchBatches(limit);
}

Result<int> VenueImporter::undo(const QString &batchId) const
{
    TransactionGuard guard(m_db);
    if (Status s = guard.begun(); !s)
        return s.error();
    ImportRepository repo(m_db);
    auto removed = repo.undoBatch(batchId, Session::userId());
    if (!removed)
        return removed.error();
    ActivityRepository activity(m_db, Session::userId().toString());
    if (Status s = activity.append({}, kUndoneAction,
            { { QStringLiteral("batch_id"), batchId }, { QStringLiteral("venues"), *removed } });
        !s)
        return s.error();
    if (Status s = guard.commit(); !s)
        return s.error();
    return *removed;
}

} // namespace VenueMap::Core
