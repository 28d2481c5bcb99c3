#include "proposalcsv.h"

#include <QSaveFile>

namespace VenueMap::Core {

QString ProposalCsv::plainMoney(const std::optional<qint64> &cents)
{
    if (!cents)
        return {};
    return QStringLiteral("%1%2.%3")
        .arg(*cents < 0 ? QStringLiteral("-") : QString())
        .arg(std::llabs(*cents) / 100)
        .arg(std::llabs(*cents) % 100, 2, 10, QLatin1Char('0'));
}

QStringList ProposalCsv::header()
{
    return { QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("address"),
        QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("capacity"),
        QStringLiteral("rating"), QStringLiteral("facilities"), QStringLiteral("caterer"),
        QStringLiteral("quoted_price"), QStringLiteral("notes"), QStringLiteral("website"),
        QStringLiteral("venue_id") };
}

QStringList ProposalCsv::record(int position, const ProposalVenue &pv)
{
    const Venue &v = pv.venue;
    return { QString::number(position), v.name, v.address, v.city, v.country,
        v.capacity ? QString::number(*v.capacity) : QString(),
        v.rating ? QString::number(*v.rating, 'f', 1) : QString(),
        v.facilities.join(QStringLiteral("; ")), pv.catererName, plainMoney(pv.quotedPriceCents),
        pv.proposalNotes, v.website, v.id };
}

Status ProposalCsv::write(const ProposalData &data, QIODevice *out, CsvWriter::Options options)
{
    if (data.isEmpty())
        return DbError::make(DbError::Kind::Validation, QStringLiteral("export the proposal"),
            data.emptySentence(), QStringLiteral("ProposalCsv::write"));
    CsvWriter writer(out, options);
    writer.writeRecord(header());
    for (qsizetype i = 0; i < data.venues.size(); ++i)
        writer.writeRecord(record(int(i) + 1, data.venues.at(i)));
    if (!writer.flush())
        return DbError::make(DbError::Kind::Io, QStringLiteral("export the proposal"),
            QStringLiteral("The file could not be written: %1.").arg(writer.errorString()),
            QStringLiteral("ProposalCsv::write"));
    return {};
}

Status ProposalCsv::writeFile(
    const ProposalData &data, const QString &path, CsvWriter::Options options)
{
    if (data.isEmpty())
        return write(data, nullptr, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return DbError::make(DbError::Kind::Io, QStringLiteral("export the proposal"),
            QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString()),
            QStringLiteral("ProposalCsv::writeFile"));
    if (Status s = write(data, &file, options); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return DbError::make(DbError::Kind::Io, QStringLiteral("export the proposal"),
            QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString()),
            QStringLiteral("ProposalCsv::writeFile"));
    return {};
}

} // namespace VenueMap::Core
