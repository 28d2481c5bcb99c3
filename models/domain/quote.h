#pragma once

#include "currency.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// What a quote's total covers. Its amount is always the total the venue asked for; catering's
// price per head stands beside it when the venue gave one.
enum class QuoteCovers {
    RoomHire,
    Catering,
    RoomHireAndCatering,
    MinimumSpend,
};

QList<QuoteCovers> allQuoteCovers();
QString quoteCoversKey(QuoteCovers covers); // the database's and the command line's: "room_hire"
QString quoteCoversLabel(QuoteCovers covers); // for people: "Room hire and catering"
// A key or a label, any case, '-' or ' ' for '_' ("minimum spend", "Catering").
std::optional<QuoteCovers> quoteCoversFromText(const QString &text);
bool quoteCoversCatering(QuoteCovers covers);

// ISO 4217: whether `code` is a currency's three-letter code in use ("EUR", "GBP"; not "EU").
bool isCurrencyCode(const QString &code);
// The currency a new quote starts in: the code the proposal settings name, or the code of the
// symbol they show ("€" → EUR, "£" → GBP, "$" → USD), else EUR.
QString defaultCurrencyCode(const QString &symbolOrCode);

// An amount of money as a person types it, in cents: "12500", "12,500.50", "-40" (negative
// amounts are read, so that a rule can refuse them with a sentence). Nothing for an empty text;
// `ok` false for anything that is not a number or is beyond 10 digits before the point.
std::optional<qint64> parseAmount(const QString &text, bool *ok);

// What a quote says as it is entered or edited.
struct QuoteDraft
{
    QString projectVenueId;
    QDate receivedOn = QDate::currentDate();
    qint64 amountCents = 0;
    QString currency = QStringLiteral("EUR");
    QuoteCovers covers = QuoteCovers::RoomHire;
    std::optional<qint64> perHeadCents; // catering's price per head
    std::optional<QDate> validUntil;
    QString note;
};

// The sentence that refuses a draft, naming the field; empty when the draft is fine.
QString quoteProblem(const QuoteDraft &draft);

// A quote as lists show it: the quote and the names around it (its project and client, for a
// venue's rate history).
struct Quote
{
    QString id;
    QString projectVenueId;
    QString projectId;
    QString clientName;
    QString eventName;
    QString venueId;
    QString venueName;
    QDate receivedOn;
    qint64 amountCents = 0;
    QString currency;
    QuoteCovers covers = QuoteCovers::RoomHire;
    std::optional<qint64> perHeadCents;
    std::optional<QDate> validUntil;
    QString note;
    QString createdByName;
    QDateTime updatedAt;
    int version = 0;

    QuoteDraft draft() const;
    bool isExpired(const QDate &today = QDate::currentDate()) const
    {
        return validUntil && *validUntil < today;
    }
    QString projectTitle() const; // "Acme Pharma — Spring Summit"
    QString totalText() const; // "EUR 12,400.50"
    // "Room hire and catering (EUR 85 a head)".
    QString coversText() const;
    // "valid until 30 Jun 2027", "expired on 2 Mar 2026", or empty without a validity date.
    QString validityText(const QDate &today = QDate::currentDate()) const;
    // One line of a rate history: "12 Mar 2026 · Acme Pharma — Spring Summit · EUR 12,400 ·
    // Room hire · expired on 30 Apr 2026".
    QString historyLine(const QDate &today = QDate::currentDate()) const;
};

// Days in lists and sentences: "30 Jun 2027".
QString quoteDay(const QDate &day);

} // namespace VenueMap::Core
