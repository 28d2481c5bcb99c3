#pragma once

#include "db/result.h"
#include "domain/proposaldata.h"
#include "export/csvwriter.h"

class QIODevice;

namespace VenueMap::Core {

// The proposal as a spreadsheet: the same venues in the same order, one row each.
class ProposalCsv
{
public:
    static QStringList header();
    static QStringList record(int position, const ProposalVenue &venue);
    // Refuses an empty proposal with the same sentence as the PDF.
    static Status write(const ProposalData &data, QIODevice *out, CsvWriter::Options options = {});
    static Status writeFile(
        const ProposalData &data, const QString &path, CsvWriter::Options options = {});
};

} // namespace VenueMap::Core
