#include "venuecsvexport.h"

#include "export/venuecsvrecord.h"
#include "repositories/venuerepository.h"

#include <QIODevice>

namespace VenueMap::Core {

namespace {
constexpr int kPage = 5000;
} // namespace

Result<qint64> VenueCsvExport::write(const Database &db, const VenueFilter &filter,
    QIODevice *device, CsvWriter::Options options, const std::function<bool(qint64)> &progress)
{
    const QString op = QStringLiteral("export the venues");
    CsvWriter writer(device, options);
    writer.writeRecord(VenueCsvRecord::header(VenueCsvRecord::Columns::Book));
    VenueRepository repo(db);
    std::optional<VenueKey> after;
    qint64 written = 0;
    while (true) {
        auto page = repo.fetchAfter(filter, after, kPage);
        if (!page)
            return page.error().withOperation(op);
        for (const Venue &v : std::as_const(*page))
            writer.writeRecord(VenueCsvRecord::record(v, VenueCsvRecord::Columns::Book));
        written += page->size();
        if (writer.hasError())
            break;
        if (progress && !progress(written))
            break;
        if (page->size() < kPage)
            break;
        after = VenueRepository::keyOf(page->last(), filter.sort);
    }
    if (!writer.flush() || writer.hasError())
        return DbError::make(DbError::Kind::Io, op,
            QStringLiteral("The file could not be written: %1.").arg(writer.errorString()),
            QStringLiteral("VenueCsvExport::write"));
    return written;
}

} // namespace VenueMap::Core
