#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "repositories/bulkwriter.h"

#include <vector>

class QSqlQuery;

namespace VenueMap::Core {

// The venues table's one row mapping (STYLE 15): its columns, how a row reads into a Venue, how a
// Venue binds, and its bulk insert. VenueRepository (add, update, every read), ImportRepository
// (the importer's bulk insert, both backends) and the sample data all go through it, so a new
// venue column is one line of its column table (venuemapping.cpp).
namespace VenueMapping {

// "id, name, ..., version": every column a whole venue is read from, in read() order (timestamps
// as the dialect's timestampSelect()).
QString selectList(const SqlDialect &dialect);
// The venue in the current row of a query that selected selectList(dialect) from column `first` on.
Venue read(const QSqlQuery &query, const SqlDialect &dialect, int first = 0);

// The written columns' values (":name" -> the trimmed name or NULL, ...), without :id.
Binds binds(const Venue &venue, const SqlDialect &dialect);
// INSERT INTO venues (id, ...) VALUES (:id, ...) RETURNING selectList(): binds() and :id.
QString insertSql(const SqlDialect &dialect);
// UPDATE venues SET ..., updated_at = the database's clock, version = version + 1
// WHERE id = :id AND version = :version RETURNING selectList(): binds(), :id and :version.
// No row back means a colleague saved in between (or the row is gone).
QString updateSql(const SqlDialect &dialect);

// The bulk insert: id and the written columns, in order, for a BulkWriter; a caller may append
// columns of its own (import_batch_id, created_at ...) and add their values after addTo().
std::vector<BulkWriter::Column> bulkColumns();
// Adds the venue's id (a new one when it has none) and written columns to the batch's current row.
void addTo(const BulkWriter &writer, BulkWriter::Batch &batch, const Venue &venue,
    const SqlDialect &dialect);

} // namespace VenueMapping

} // namespace VenueMap::Core
