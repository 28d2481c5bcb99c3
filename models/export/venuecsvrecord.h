#pragma once

#include "domain/venue.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// A venue as a record of text (STYLE 15), the one definition behind the venue CSV export, the
// command line's CSV and JSON output and the importer's reading of headers: the DESIGN §3 column
// names, each field's cell text, and the header aliases a spreadsheet may use instead.
namespace VenueCsvRecord {

enum class Columns {
    Book, // id and every editable field: what the export writes and the importer reads back
    Full, // Book plus is_deleted, created_at, updated_at and version (`venues search`)
};

QStringList header(Columns columns);
QStringList record(const Venue &venue, Columns columns);
// The Full record with typed values (numbers, null, the facilities as an array).
QJsonObject json(const Venue &venue);

// A field's cell: capacity "1200", facilities "wifi; stage", rating "4.5", coordinates as short
// as they read back exactly ("52.52"); "" when unset.
QString cell(const Venue &venue, VenueField field);

// The field a header names: its column name or an alias ("Venue name", "E-mail", "Seats"...),
// compared by letters and digits only, case-folded; none for anything else.
std::optional<VenueField> fieldForHeader(const QString &header);

} // namespace VenueCsvRecord

} // namespace VenueMap::Core
