#pragma once

#include "db/database.h"
#include "domain/venuespace.h"
#include "export/venueimporter.h"
#include "export/venuespacecsv.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// One data row of a rooms file read into a space of the venue it names.
struct SpaceImportRow
{
    int row = 0;
    QString venueName;
    QString city;
    QString parentName; // "Part of": another space of the same venue, by name
    VenueSpace space;
    bool valid = true;
};

// A rooms file (venue_spaces.csv, VenueSpaceCsv) read and checked, before anything is written.
struct SpaceImportPreview
{
    QString fileName;
    QString fileError; // the file cannot be read at all (encoding, quotes)
    QStringList headers;
    QList<std::optional<VenueSpaceCsv::Column>> mapping;
    QList<ImportIssue> headerIssues; // no Venue or Space column, a column twice, no rows
    QStringList ignoredColumns;
    QList<ImportIssue> issues; // per row and field, in file order
    QList<SpaceImportRow> rows; // every non-blank data row
    int blankRows = 0;
    // Live venues of the book by VenueImporter::duplicateKey() of the venues the file names, with
    // their ids (filled by SpaceImporter::preview()).
    QHash<QString, QStringList> bookVenues;

    bool isBlocked() const { return !fileError.isEmpty() || !headerIssues.isEmpty(); }
    int invalidCount() const;
};

// Where one venue's rooms go: a venue this import creates (from the venues file) or one already in
// the book, whose rooms they replace.
struct SpaceImportTarget
{
    QString key; // VenueImporter::duplicateKey()
    QString venueName; // as the rooms file spells it first
    QString city;
    QString bookVenueId; // empty: the venue of the venues file that this import creates
    QList<int> rows; // indexes into SpaceImportPreview::rows, in file order
};

// The rooms of a file matched to their venues, for the venues an import writes (the options
// decide which).
struct SpaceImportPlan
{
    QList<SpaceImportTarget> targets; // in the order the rooms file first names them
    QList<ImportIssue> issues; // rows whose venue is in neither the venues file nor the book
    int skippedRows = 0; // rooms of venue rows skipped as invalid
    int spaceCount = 0;
    bool alone = false; // planned without a venues file: not an import batch, no undo

    int newVenueCount() const;
    int bookVenueCount() const;
    bool isEmpty() const { return targets.isEmpty(); }
    // "42 rooms for 10 new venues; the rooms of 3 venues already in the book are replaced."
    QString summary() const;
};

struct SpaceImportOutcome
{
    int spaces = 0;
    int newVenues = 0;
    int bookVenues = 0; // venues already in the book whose rooms were replaced
};

// Brings a rooms file into the book, alone or with the venues file it belongs to. Every row is
// checked first (capacities with parseSpaceCapacity(), names, "Part of", the rules of
// validateSpaces()), each problem a sentence naming the row and the column; a rooms file with any
// problem imports nothing. The rooms of a venue already in the book are replaced by the file's: a
// space of the same name (case-insensitive) keeps its identity, one the file does not name is
// removed, and an unchanged one is not written. Holds no state between calls.
class SpaceImporter
{
public:
    explicit SpaceImporter(const Database &db)
        : m_db(db)
    { }

    static std::optional<VenueSpaceCsv::Column> columnForHeader(const QString &header)
    {
        return VenueSpaceCsv::columnForHeader(header);
    }
    // Reads and checks only (no database).
    static SpaceImportPreview analyze(QByteArrayView bytes, const QString &fileName);
    // analyze() and the look-up of the venues it names in the book.
    Result<SpaceImportPreview> preview(QByteArrayView bytes, const QString &fileName) const;

    // Matches the rows to their venues: one of the venues file (`venues`, may be null) that the
    // options import, else a live venue of the book. A name and city that two venues share (in the
    // file or the book) is refused, as is one found nowhere.
    static SpaceImportPlan plan(const SpaceImportPreview &spaces, const ImportPreview *venues,
        const ImportOptions &options);
    // Refuses (Validation, the sentences) a blocked or invalid file or plan; nothing is written.
    static Status check(const SpaceImportPreview &spaces, const SpaceImportPlan &plan);

    // The largest layout capacity of each new venue's planned rooms, by key: what the database
    // will keep in venues.capacity, so that the venues can be written with it at once.
    static QHash<QString, int> largestCapacities(
        const SpaceImportPreview &spaces, const SpaceImportPlan &plan);
    // Writes the planned rooms on the caller's transaction. `newVenueIds`: the ids of the venues
    // this import created, by key.
    Result<SpaceImportOutcome> write(const SpaceImportPreview &spaces, const SpaceImportPlan &plan,
        const QHash<QString, QString> &newVenueIds) const;

    // A rooms file alone, into venues already in the book: one transaction, logged. It is not an
    // import batch, so it cannot be undone from the import history.
    // `planned`: plan() already made (with the venues file); by default planned against the book.
    Result<SpaceImportOutcome> commit(
        const SpaceImportPreview &spaces, const SpaceImportPlan *planned = nullptr) const;

private:
    Database m_db;
};

} // namespace VenueMap::Core
