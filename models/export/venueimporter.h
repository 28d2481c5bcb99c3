#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "export/csvreader.h"
#include "repositories/importrepository.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace VenueMap::Core {

struct SpaceImportPreview;

// Which venue field each CSV column fills (none: the column is ignored).
using ImportMapping = QList<std::optional<VenueField>>;

// A problem with the file, a row or one field of a row. Rows are numbered as a spreadsheet
// shows them: the header is row 1, the first venue row 2.
struct ImportIssue
{
    int row = 0; // 0: the file or its header as a whole
    int column = 0; // 1-based; 0: the whole row
    QString columnName; // the header's text for that column
    QString reason; // one sentence

    // "Row 7, column 5 (Capacity): ..."; stable, scripts read it.
    QString text() const;
};

// A valid row that repeats another row of the file or a live venue of the book: same name and
// city once trimmed and case-folded.
struct ImportDuplicate
{
    enum class Of { File, Book };
    int row = 0;
    Of of = Of::File;
    int firstRow = 0; // Of::File: the earlier row it repeats
    QString existingId; // Of::Book: the venue it repeats
    QString name;
    QString city;

    QString text() const;
};

// One data row of the file read into a venue.
struct ImportRow
{
    int row = 0;
    Venue venue;
    bool valid = true;
    bool duplicate = false;
};

// What an import would do, shown before anything is written.
struct ImportPreview
{
    QString fileName;
    QString fileError; // the file cannot be read at all (encoding, quotes)
    QStringList headers;
    ImportMapping mapping;
    QList<ImportIssue> headerIssues; // the columns cannot be understood: nothing can be imported
    QStringList ignoredColumns; // header names no field takes
    QList<ImportIssue> issues; // per row and field, in file order
    QList<ImportRow> rows; // every non-blank data row
    QList<ImportDuplicate> duplicates; // in file order
    int blankRows = 0;
    std::shared_ptr<const CsvDocument> document; // kept so that a new mapping needs no re-read
    // The rooms file imported with these venues (SpaceImporter::preview()), if any: its rooms are
    // written in the same transaction.
    std::shared_ptr<const SpaceImportPreview> spaces;

    bool isBlocked() const { return !fileError.isEmpty() || !headerIssues.isEmpty(); }
    int validCount() const;
    int invalidCount() const;
    int duplicateCount() const { return int(duplicates.size()); }
    // The venues an import would write.
    QList<Venue> venuesToImport(bool includeDuplicates) const;
    // One sentence summing up: "1,234 venues to import; 3 rows invalid; 2 duplicates skipped."
    QString summary(bool includeDuplicates = false) const;
};

struct ImportOptions
{
    bool includeDuplicates = false; // import rows that repeat the file or the book
    bool skipInvalid = false; // import the valid rows when some are invalid
    // Called with the number of venues written so far (from the importing thread).
    std::function<void(int done, int total)> progress;
};

struct ImportOutcome
{
    ImportBatch batch;
    int imported = 0;
    int skippedInvalid = 0;
    int skippedDuplicates = 0;
    int spaces = 0; // rooms written, for new venues and venues already in the book
    int spacesReplacedVenues = 0; // venues already in the book whose rooms the file replaced
};

// Brings a spreadsheet of venues into the book: reads and validates every row, finds
// duplicates within the file and against the book, and writes the chosen rows in one
// transaction as one batch that can be undone later. Holds no state between calls.
class VenueImporter
{
public:
    explicit VenueImporter(const Database &db)
        : m_db(db)
    { }

    // A file bigger than this is refused before it is read, so that no file can fill the memory.
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;
    // Reads a CSV file for preview(): refuses (Validation, one sentence) what is not a regular
    // file (a FIFO, a device such as /dev/zero, a folder) and a file over kMaxFileBytes.
    static Result<QByteArray> readFile(const QString &path);

    // Each header's field (VenueCsvRecord::fieldForHeader), a field taken once.
    static ImportMapping guessMapping(const QStringList &headers);
    // Name and city as duplicates compare them.
    static QString duplicateKey(const QString &name, const QString &city);

    // Reads `bytes` and validates every row with `mapping` (guessed from the header without
    // one), then looks for duplicates in the book. Problems of the file land in the preview;
    // the Result fails only when the database does.
    Result<ImportPreview> preview(QByteArrayView bytes, const QString &fileName,
        const std::optional<ImportMapping> &mapping = {}) const;
    // The same file under another mapping (the preview dialog's column choices).
    Result<ImportPreview> remap(const ImportPreview &preview, const ImportMapping &mapping) const;
    // Reads and validates only (no database): what preview() does before the duplicate look-up.
    static ImportPreview analyze(QByteArrayView bytes, const QString &fileName,
        const std::optional<ImportMapping> &mapping = {});

    // Writes the rows the options select, in one transaction, as one batch, logged once, with the
    // rooms of preview.spaces (SpaceImporter::plan()). Refuses (Validation) a blocked file, invalid
    // rows without skipInvalid, a rooms file with any problem, or nothing to write. When every
    // venue row is a skipped duplicate but the rooms file names venues of the book, only their
    // rooms are written, without a batch (outcome.batch.id is empty).
    Result<ImportOutcome> commit(
        const ImportPreview &preview, const ImportOptions &options = {}) const;

    Result<QList<ImportBatch>> batches(int limit = 100) const;
    // Removes exactly the batch's venues from the book (soft delete, like any removal), logged.
    Result<int> undo(const QString &batchId) const;

private:
    static ImportPreview validate(std::shared_ptr<const CsvDocument> document,
        const QString &fileName, const ImportMapping &mapping);
    Status findBookDuplicates(ImportPreview &preview) const;

    Database m_db;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::ImportOutcome)
