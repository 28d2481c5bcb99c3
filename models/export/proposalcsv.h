#pragma once

#include "db/result.h"
#include "domain/proposaldata.h"
#include "export/csvwriter.h"

class QIODevice;

namespace VenueMap::Core {

// The proposal as a spreadsheet for the client: the same venues in the same order, one row
// each, under column titles a person reads ("Quoted price (€)"), amounts as plain numbers a
// spreadsheet can add up, and nothing internal (no ids, no keys, no agency notes).
class ProposalCsv
{
public:
    // A price as a spreadsheet reads it: 1234.50, no grouping, empty when there is none.
    static QString plainMoney(const std::optional<qint64> &cents);
    // currencySymbol names the price column's currency (ProposalOptions::currencySymbol).
    static QStringList header(const QString &currencySymbol);
    static QStringList record(const ProposalData &data, int position, const ProposalVenue &venue);
    // Refuses an empty proposal with the same sentence as the PDF. Column titles and the
    // domain's texts are in `language` (a code of documentLanguages()), else the project's.
    static Status write(const ProposalData &data, QIODevice *out, const QString &currencySymbol,
        CsvWriter::Options options = {}, const QString &language = {});
    static Status writeFile(const ProposalData &data, const QString &path,
        const QString &currencySymbol, CsvWriter::Options options = {},
        const QString &language = {});
};

} // namespace VenueMap::Core
