#include "venuecsvexport.h"

#include "repositories/venuerepository.h"

#include <QIODevice>
#include <QLocale>

namespace VenueMap::Core {

namespace {
constexpr int kPage = 5000;

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}
} // namespace

QStringList VenueCsvExport::header()
{
    QStringList h{QStringLiteral("id")};
    for (VenueField f : allVenueFields())
        h << venueFieldColumn(f);
    return h;
}

QStringList VenueCsvExport::record(const Venue &v)
{
    return {v.id,
            v.name,
            v.address,
            v.city,
            v.country,
            v.capacity ? QString::number(*v.capacity) : QString(),
            v.facilities.join(QStringLiteral("; ")),
            v.rating ? QString::number(*v.rating, 'f', 1) : QString(),
            v.contactName,
            v.contactEmail,
            v.contactPhone,
            v.website,
            v.notes,
            number(v.latitude),
            number(v.longitude)};
}

Result<qint64> VenueCsvExport::write(const Database &db, const VenueFilter &filter, QIODevice *device,
                                     CsvWriter::Options options, const std::function<bool(qint64)> &progress)
{
    const QString op = QStringLiteral("export the venues");
    CsvWriter writer(device, options);
    writer.writeRecord(header());
    VenueRepository repo(db);
    std::optional<VenueKey> after;
    qint64 written = 0;
    while (true) {
        auto page = repo.fetchAfter(filter, after, kPage);
        if (!page) {
            DbError e = page.error();
            e.operation = op;
            return e;
        }
        for (const Venue &v : std::as_const(*page))
            writer.writeRecord(record(v));
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
