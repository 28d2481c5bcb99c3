#include "venuecsvexport.h"

#include "export/venuecsvrecord.h"
#include "export/venuespacecsv.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <optional>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context VenueCsvExport.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueCsvExport)
};

} // namespace

namespace {
constexpr int kPage = 5000;
} // namespace

Result<qint64> VenueCsvExport::write(const Database &db, const VenueFilter &filter,
    QIODevice *device, CsvWriter::Options options, const std::function<bool(qint64)> &progress)
{
    auto counts = writeWithSpaces(db, filter, device, nullptr, options, progress);
    if (!counts)
        return counts.error();
    return counts->venues;
}

Result<VenueCsvExport::Counts> VenueCsvExport::writeWithSpaces(const Database &db,
    const VenueFilter &filter, QIODevice *device, QIODevice *spacesDevice,
    CsvWriter::Options options, const std::function<bool(qint64)> &progress)
{
    const QString op = Tr::tr("export the venues");
    CsvWriter writer(device, options);
    writer.writeRecord(VenueCsvRecord::header(VenueCsvRecord::Columns::Book));
    std::optional<CsvWriter> spacesWriter;
    if (spacesDevice) {
        spacesWriter.emplace(spacesDevice, options);
        spacesWriter->writeRecord(VenueSpaceCsv::header());
    }
    VenueRepository repo(db);
    SpaceRepository spaceRepo(db);
    std::optional<VenueKey> after;
    Counts counts;
    while (true) {
        auto page = repo.fetchAfter(filter, after, kPage);
        if (!page)
            return page.error().withOperation(op);
        for (const Venue &v : std::as_const(*page))
            writer.writeRecord(VenueCsvRecord::record(v, VenueCsvRecord::Columns::Book));
        if (spacesWriter) {
            QStringList ids;
            ids.reserve(page->size());
            for (const Venue &v : std::as_const(*page))
                ids << v.id;
            auto spaces = spaceRepo.fetchSpacesOfVenues(ids);
            if (!spaces)
                return spaces.error().withOperation(op);
            for (const Venue &v : std::as_const(*page)) {
                const QList<VenueSpace> list = spaces->value(v.id);
                QHash<QString, QString> names;
                for (const VenueSpace &s : list)
                    names.insert(s.id, s.name);
                for (const VenueSpace &s : list)
                    spacesWriter->writeRecord(
                        VenueSpaceCsv::record(v.name, v.city, s, names.value(s.parentId)));
                counts.spaces += list.size();
            }
        }
        counts.venues += page->size();
        if (writer.hasError() || (spacesWriter && spacesWriter->hasError()))
            break;
        if (progress && !progress(counts.venues))
            break;
        if (page->size() < kPage)
            break;
        after = VenueRepository::keyOf(page->last(), filter.sort);
    }
    if (!writer.flush() || writer.hasError())
        return DbError::make(DbError::Kind::Io, op,
            Tr::tr("The file could not be written: %1.").arg(writer.errorString()),
            QStringLiteral("VenueCsvExport::write"));
    if (spacesWriter && (!spacesWriter->flush() || spacesWriter->hasError()))
        return DbError::make(DbError::Kind::Io, op,
            Tr::tr("The rooms file could not be written: %1.").arg(spacesWriter->errorString()),
            QStringLiteral("VenueCsvExport::write"));
    return counts;
}

} // namespace VenueMap::Core
