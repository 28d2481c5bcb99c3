#include "quote.h"

#include "currency.h"
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context Quote.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Quote)
};

} // namespace

QList<QuoteCovers> allQuoteCovers()
{
    return { QuoteCovers::RoomHire, QuoteCovers::Catering, QuoteCovers::RoomHireAndCatering,
        QuoteCovers::MinimumSpend };
}

QString quoteCoversKey(QuoteCovers covers)
{
    switch (covers) {
    case QuoteCovers::RoomHire:
        return QStringLiteral("room_hire");
    case QuoteCovers::Catering:
        return QStringLiteral("catering");
    case QuoteCovers::RoomHireAndCatering:
        return QStringLiteral("room_hire_and_catering");
    case QuoteCovers::MinimumSpend:
        return QStringLiteral("minimum_spend");
    }
    return {};
}

QString quoteCoversLabel(QuoteCovers covers)
{
    switch (covers) {
    case QuoteCovers::RoomHire:
        return Tr::tr("Room hire");
    case QuoteCovers::Catering:
        return Tr::tr("Catering");
    case QuoteCovers::RoomHireAndCatering:
        return Tr::tr("Room hire and catering");
    case QuoteCovers::MinimumSpend:
        return Tr::tr("Minimum spend");
    }
    return {};
}

std::optional<QuoteCovers> quoteCoversFromText(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (QuoteCovers c : allQuoteCovers())
        if (quoteCoversKey(c) == key)
            return c;
    return std::nullopt;
}

bool quoteCoversCatering(QuoteCovers covers)
{
    return covers == QuoteCovers::Catering || covers == QuoteCovers::RoomHireAndCatering;
}

bool isCurrencyCode(const QString &code)
{
    return isoCurrencyCodes().contains(code); // one list: domain/currency
}

QString defaultCurrencyCode(const QString &symbolOrCode)
{
    const QString s = symbolOrCode.trimmed();
    if (isCurrencyCode(s.toUpper()))
        return s.toUpper();
    if (s == QStringLiteral("€"))
        return QStringLiteral("EUR");
    if (s == QStringLiteral("£"))
        return QStringLiteral("GBP");
    if (s == QStringLiteral("$") || s == QStringLiteral("US$"))
        return QStringLiteral("USD");
    if (s == QStringLiteral("kr"))
        return QStringLiteral("SEK");
    if (s == QStringLiteral("zł"))
        return QStringLiteral("PLN");
    return QStringLiteral("EUR");
}

std::optional<qint64> parseAmount(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    const bool negative = t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212));
    if (negative)
        t = t.mid(1).trimmed();
    t.remove(QLocale().groupSeparator());
    bool parsed = false;
    double v = QLocale().toDouble(t, &parsed);
    if (!parsed)
        v = QLocale::c().toDouble(t.remove(QLatin1Char(',')), &parsed);
    if (!parsed || v < 0 || v >= 1e10) {
        *ok = false;
        return std::nullopt;
    }
    const qint64 cents = qint64(std::llround(v * 100.0));
    return negative ? -cents : cents;
}

QString quoteProblem(const QuoteDraft &d)
{
    if (!d.receivedOn.isValid())
        return Tr::tr("Received: say on which day the quote came.");
    if (d.amountCents < 0)
        return Tr::tr("Amount: a quote cannot be negative; type the total the venue "
                      "asked for, such as 12500.00.");
    if (d.amountCents >= 10'000'000'000'00LL)
        return Tr::tr("Amount: at most 9,999,999,999.99.");
    const QString currency = d.currency.trimmed();
    if (currency.isEmpty())
        return Tr::tr("Currency: choose the currency of the quote, such as EUR.");
    if (!isCurrencyCode(currency))
        return Tr::tr("Currency: “%1” is not a currency code; use a three-letter ISO "
                      "4217 code such as EUR, GBP or USD.")
            .arg(currency);
    if (d.perHeadCents) {
        if (*d.perHeadCents < 0)
            return Tr::tr("Per head: a price per head cannot be negative.");
        if (!quoteCoversCatering(d.covers))
            return Tr::tr("Per head: a price per head is for a quote that covers "
                          "catering; choose what the quote covers first.");
    }
    if (d.validUntil && d.validUntil->isValid() && *d.validUntil < d.receivedOn)
        return Tr::tr("Valid until: %1 is before the day the quote came (%2).")
            .arg(quoteDay(*d.validUntil), quoteDay(d.receivedOn));
    if (d.note.size() > 20000)
        return Tr::tr("Note: at most 20,000 characters.");
    return {};
}

QuoteDraft Quote::draft() const
{
    return { projectVenueId, receivedOn, amountCents, currency, covers, perHeadCents, validUntil,
        note };
}

QString Quote::projectTitle() const
{
    return QStringLiteral("%1 — %2").arg(clientName, eventName);
}

QString Quote::totalText() const
{
    return displayMoney(amountCents, currency);
}

QString Quote::coversText() const
{
    const QString label = quoteCoversLabel(covers);
    if (!perHeadCents)
        return label;
    return QStringLiteral("%1 (%2 a head)").arg(label, displayMoney(*perHeadCents, currency));
}

QString Quote::validityText(const QDate &today) const
{
    if (!validUntil)
        return {};
    return isExpired(today) ? Tr::tr("expired on %1").arg(quoteDay(*validUntil))
                            : Tr::tr("valid until %1").arg(quoteDay(*validUntil));
}

QString Quote::historyLine(const QDate &today) const
{
    QStringList parts { quoteDay(receivedOn), projectTitle(), totalText(), coversText() };
    if (const QString validity = validityText(today); !validity.isEmpty())
        parts << validity;
    return parts.join(QStringLiteral(" · "));
}

QString quoteDay(const QDate &day)
{
    return displayDate(day); // the app's (or a document's) language
}

} // namespace VenueMap::Core
