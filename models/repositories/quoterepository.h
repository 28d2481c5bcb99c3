#pragma once

#include "countedqueries.h"
#include "domain/quote.h"

#include <QHash>

namespace VenueMap::Core {

// The quotes venues sent for their place on a shortlist (table quotes, migration 0015), and a
// venue's rate history: its quotes across every project. The database keeps
// project_venues.quoted_price equal to each shortlisted venue's latest quote; this repository
// only writes quotes.
class QuoteRepository
{
public:
    QuoteRepository(Database db, QString actingUserId);

    // Refused with a sentence naming the field (negative amount, unknown currency, valid until
    // before the day received); nothing is written then.
    Result<Quote> addQuote(const QuoteDraft &draft);
    // At the version the quote was read at (Conflict when a colleague changed it meanwhile).
    Result<Quote> updateQuote(const QString &quoteId, int version, const QuoteDraft &draft);
    Status removeQuote(const QString &quoteId, int version);

    Result<Quote> fetchQuote(const QString &quoteId) const;
    // A shortlisted venue's quotes, latest first.
    Result<QList<Quote>> quotesOf(const QString &projectVenueId) const;
    // A venue's quotes across all projects, latest first, with their projects and clients; the
    // quotes of `exceptProjectId` left out when given (the project the person is working on).
    Result<QList<Quote>> rateHistory(
        const QString &venueId, const QString &exceptProjectId = {}) const;
    // The latest quote (the one quoted_price shows), and the latest one still valid on `today`.
    Result<std::optional<Quote>> latestQuote(const QString &projectVenueId) const;
    Result<std::optional<Quote>> latestValidQuote(
        const QString &projectVenueId, const QDate &today = QDate::currentDate()) const;
    // Each shortlisted venue's latest quote in a project, by shortlist row id.
    Result<QHash<QString, Quote>> latestQuotesOfProject(const QString &projectId) const;

    int statementCount() const { return m_q.count(); }

private:
    Result<QList<Quote>> select(
        const DbCall &call, const QString &where, const QString &order, const Binds &binds) const;
    // The draft as it is stored (currency upper-case, note trimmed), or the sentence refusing it.
    Result<QuoteDraft> checked(const QuoteDraft &draft, const QString &op) const;

    CountedQueries m_q;
    QString m_userId;
};

} // namespace VenueMap::Core
