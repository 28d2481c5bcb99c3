#pragma once

#include "db/database.h"
#include "domain/venue.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace VenueMap::Core {

// One CSV import: its venues carry venues.import_batch_id so that it can be undone as a whole.
struct ImportBatch
{
    QString id;
    QString fileName;
    int venueCount = 0;
    int skippedCount = 0;
    QString createdBy; // users.id, empty for scripts
    QString createdByName;
    QDateTime createdAt;
    QDateTime undoneAt; // invalid while the batch stands
    int liveCount = 0; // its venues not deleted since

    bool isUndone() const { return undoneAt.isValid(); }
};

// A live venue of the book that an imported row may duplicate.
struct ExistingVenueKey
{
    QString id;
    QString name;
    QString city;
};

// All SQL of venue imports (STYLE 2): duplicate look-up, the bulk insert, batches and their undo.
class ImportRepository
{
public:
    explicit ImportRepository(const Database &db)
        : m_db(db)
    { }

    // Live venues whose trimmed, lower-cased name is one of `lowerNames` (looked up in slices,
    // through the normalized-name index). The caller compares cities and case-folds further.
    Result<QList<ExistingVenueKey>> findByNames(const QStringList &lowerNames) const;

    // Inserts the batch row and its venues, on the caller's transaction. Venues get new ids.
    // `progress` is called after each slice with the number of venues written so far.
    Status insertBatch(const ImportBatch &batch, const QList<Venue> &venues,
        const std::function<void(int)> &progress = {}) const;

    // Newest first.
    Result<QList<ImportBatch>> fetchBatches(int limit = 100) const;
    Result<ImportBatch> fetchBatch(const QString &id) const;
    // The batch's venues: id, name and city (the rooms of an import find their new venues by them).
    Result<QList<ExistingVenueKey>> batchVenues(const QString &batchId) const;
    // Ids of the batch's venues that are still live, by name.
    Result<QStringList> liveVenueIds(const QString &batchId) const;

    // Marks the batch's live venues deleted and the batch undone, on the caller's transaction.
    // Returns how many venues it removed. A batch undone already is a Validation error.
    Result<int> undoBatch(const QString &batchId, const QVariant &userId) const;

private:
    ImportBatch readBatch(const QSqlQuery &q) const;

    Database m_db;
};

} // namespace VenueMap::Core
