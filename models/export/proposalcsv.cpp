#include "proposalcsv.h"

#include "domain/language.h"

#include <QCoreApplication>
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

QStringList ProposalCsv::header(const QString &currencySymbol)
{
    const QString symbol = currencySymbol.trimmed();
    // In the document's language inside a DocumentLanguageScope (write() opens one).
    auto title = [](const char *text) { return QCoreApplication::translate("Proposal", text); };
    return { title(QT_TRANSLATE_NOOP("Proposal", "No.")),
        title(QT_TRANSLATE_NOOP("Proposal", "Venue")),
        title(QT_TRANSLATE_NOOP("Proposal", "Address")),
        title(QT_TRANSLATE_NOOP("Proposal", "City")),
        title(QT_TRANSLATE_NOOP("Proposal", "Country")),
        title(QT_TRANSLATE_NOOP("Proposal", "Capacity")),
        title(QT_TRANSLATE_NOOP("Proposal", "Rating (of 5)")),
        title(QT_TRANSLATE_NOOP("Proposal", "Facilities")),
        title(QT_TRANSLATE_NOOP("Proposal", "Caterer")),
        symbol.isEmpty() ? title(QT_TRANSLATE_NOOP("Proposal", "Quoted price"))
                         : QCoreApplication::translate("Proposal", "Quoted price (%1)").arg(symbol),
        title(QT_TRANSLATE_NOOP("Proposal", "Why we suggest it")),
        title(QT_TRANSLATE_NOOP("Proposal", "Website")),
        title(QT_TRANSLATE_NOOP("Proposal", "Best room")),
        title(QT_TRANSLATE_NOOP("Proposal", "Quote")) };
}

QStringList ProposalCsv::record(const ProposalData &data, int position, const ProposalVenue &pv)
{
    const Venue &v = pv.venue;
    // "Best room: Grand Hall, 450 theatre-style": the cell holds the room and its seats.
    const QString best = data.bestRoomLine(pv).section(QStringLiteral(": "), 1);
    // "EUR, valid until 30 Jun 2027": the quote's currency and how long it holds.
    QString quote;
    if (pv.quote) {
        quote = pv.quote->currency;
        if (const QString validity = ProposalData::quoteValidity(pv, QDate::currentDate());
            !validity.isEmpty())
            quote += QStringLiteral(", ") + validity;
    }
    return { QString::number(position), v.name, v.address, v.city, v.country,
        v.capacity ? QString::number(*v.capacity) : QString(),
        v.rating ? QString::number(*v.rating, 'f', 1) : QString(), facilitiesLabel(v.facilities),
        pv.catererName, plainMoney(pv.quotedPriceCents), pv.proposalNotes, v.website, best, quote };
}

Status ProposalCsv::write(const ProposalData &data, QIODevice *out, const QString &currencySymbol,
    CsvWriter::Options options, const QString &language)
{
    const DocumentLanguageScope scope(
        DocumentText(language.isEmpty() ? data.project.language : language));
    if (data.isEmpty())
        return DbError::make(DbError::Kind::Validation, QStringLiteral("export the proposal"),
            data.emptySentence(), QStringLiteral("ProposalCsv::write"));
    CsvWriter writer(out, options);
    writer.writeRecord(header(currencySymbol));
    for (qsizetype i = 0; i < data.venues.size(); ++i)
        writer.writeRecord(record(data, int(i) + 1, data.venues.at(i)));
    if (!writer.flush())
        return DbError::make(DbError::Kind::Io, QStringLiteral("export the proposal"),
            QStringLiteral("The file could not be written: %1.").arg(writer.errorString()),
            QStringLiteral("ProposalCsv::write"));
    return {};
}

Status ProposalCsv::writeFile(const ProposalData &data, const QString &path,
    const QString &currencySymbol, CsvWriter::Options options, const QString &language)
{
    if (data.isEmpty())
        return write(data, nullptr, currencySymbol, options, language);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return DbError::make(DbError::Kind::Io, QStringLiteral("export the proposal"),
            QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString()),
            QStringLiteral("ProposalCsv::writeFile"));
    if (Status s = write(data, &file, currencySymbol, options, language); !s) {
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
