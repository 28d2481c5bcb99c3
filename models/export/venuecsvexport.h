#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"
#include "export/csvwriter.h"

#include <functional>

class QIODevice;

namespace VenueMap::Core {

// The venue book as CSV: the filter's venues in its order, one row each, as VenueCsvRecord's
// Book columns (what the importer reads back), so an export imports into another book unchanged;
// with their rooms as a second CSV on request.
class VenueCsvExport
{
public:
    // Writes the header and every venue `filter` matches, paging by key (never the whole list
    // in memory). `progress` gets the count so far and may return false to stop. Returns how
    // many venues were written.
    static Result<qint64> write(const Database &db, const VenueFilter &filter, QIODevice *device,
        CsvWriter::Options options = {}, const std::function<bool(qint64)> &progress = {});

    struct Counts
    {
        qint64 venues = 0;
        qint64 spaces = 0;
    };
    // write(), and the rooms of the same venues into `spacesDevice` (VenueSpaceCsv: one row per
    // space, keyed by venue name and city, venues in the same order, each venue's spaces in
    // theirs), what SpaceImporter reads back.
    static Result<Counts> writeWithSpaces(const Database &db, const VenueFilter &filter,
        QIODevice *device, QIODevice *spacesDevice, CsvWriter::Options options = {},
        const std::function<bool(qint64)> &progress = {});
};

} // namespace VenueMap::Core
