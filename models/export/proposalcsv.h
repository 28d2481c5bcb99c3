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
    // A price as a spreadsheet reads it: 1234.50, no grouping, empty when there is none.
    static QString plainMoney(const std::optional<qint64> &cents);
    static QStringList header();
    static QStringList record(int position, const ProposalVenue &venue);
    // Refuses an empty proposal with the same sentence as the PDF.
    static Status write(const ProposalData &data, QIODevice *out, CsvWriter::Options options = {});
    static Status writeFile(
        const ProposalData &data, const QString &path, CsvWriter::Options options = {});
};

} // namespace VenueMap::Core
