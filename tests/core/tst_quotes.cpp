// Quotes (issue 14): what venues quoted for their place on a shortlist (table quotes, migration
// 0015). project_venues.quoted_price, which the agency's other backend reads, stays equal to the
// latest quote's total whoever writes (the app, raw SQL inserts, updates and deletes); a venue's
// quotes across projects are its rate history; refused quotes leave nothing behind; the proposal
// says how long a quote holds and flags an expired one; venuemapctl quotes. Both backends.
#include "domain/quote.h"
#include "export/proposalcsv.h"
#include "export/proposalpdf.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/proposalrepository.h"
#include "repositories/quoterepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Book
{
    QString anna;
    QString venue; // Fábrica 21: quoted for two projects
    QString other; // Casa do Rio: on one shortlist
    QString acme, nordwind; // two projects of two clients
    QString acmeRow, nordwindRow, acmeOtherRow;
};

Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    b.venue = insertVenue(
        db, VenueSpec { QStringLiteral("Fábrica 21"), QStringLiteral("Lisbon"), 400, 4.3, {} });
    b.other = insertVenue(
        db, VenueSpec { QStringLiteral("Casa do Rio"), QStringLiteral("Lisbon"), 250, 4.8, {} });
    ProjectRepository projects(db, b.anna);
    OutreachRepository outreach(db, b.anna);
    auto project = [&](const QString &client, const QString &event) {
        Project p;
        p.clientName = client;
        p.eventName = event;
        return projects.addProject(p)->id;
    };
    b.acme = project(QStringLiteral("Acme Pharma"), QStringLiteral("Spring Summit"));
    b.nordwind = project(QStringLiteral("Nordwind"), QStringLiteral("Jahrestagung"));
    const auto acmeRows = outreach.addVenues(b.acme, { b.venue, b.other })->added;
    for (const ProjectVenue &r : acmeRows)
        (r.venueId == b.venue ? b.acmeRow : b.acmeOtherRow) = r.id;
    b.nordwindRow = outreach.addVenues(b.nordwind, { b.venue })->added.first().id;
    return b;
}

QuoteDraft draft(const QString &row, qint64 cents, const QDate &received,
    std::optional<QDate> validUntil = {}, const QString &currency = QStringLiteral("EUR"))
{
    QuoteDraft d;
    d.projectVenueId = row;
    d.amountCents = cents;
    d.receivedOn = received;
    d.validUntil = validUntil;
    d.currency = currency;
    return d;
}

// project_venues.quoted_price in cents, nothing for NULL; -1 when it could not be read.
std::optional<qint64> quotedPrice(const Database &db, const QString &row)
{
    auto v = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT %1 FROM project_venues WHERE id = :id")
            .arg(db.dialect().moneySelect(QStringLiteral("quoted_price"))),
        { { QStringLiteral(":id"), row } });
    if (!v)
        return -1;
    return db.dialect().moneyFromDb(*v);
}

int rowVersion(const Database &db, const QString &row)
{
    auto v = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT version FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), row } });
    return v ? v->toInt() : -1;
}

qint64 quoteCount(const Database &db)
{
    auto n = db.scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM quotes"));
    return n ? n->toLongLong() : -1;
}

// A quote written by another program: plain SQL, amounts as each backend stores them.
Status rawInsert(const Database &db, const QString &row, const QString &received,
    const QString &amount, const QString &currency = QStringLiteral("EUR"))
{
    const bool pg = db.dialect().isPostgres();
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO quotes (id, project_venue_id, received_on, amount, "
                       "currency) VALUES (:id, :row, :received, %1, :currency)")
            .arg(pg ? QStringLiteral("CAST(:amount AS numeric)")
                    : QStringLiteral("CAST(:amount AS INTEGER)")),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":row"), row }, { QStringLiteral(":received"), received },
            { QStringLiteral(":amount"),
                pg ? amount : QString::number(qint64(amount.toDouble() * 100)) },
            { QStringLiteral(":currency"), currency } });
    if (!q)
        return q.error();
    return {};
}

} // namespace

class tst_Quotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsAndCodes();
    void quotedPriceFollowsTheLatestQuote_data() { addBackendRows(); }
    void quotedPriceFollowsTheLatestQuote();
    void rawSqlKeepsQuotedPriceTrue_data() { addBackendRows(); }
    void rawSqlKeepsQuotedPriceTrue();
    void refusedQuotesLeaveNothing_data() { addBackendRows(); }
    void refusedQuotesLeaveNothing();
    void rateHistoryAcrossProjects_data() { addBackendRows(); }
    void rateHistoryAcrossProjects();
    void editingIsOptimistic_data() { addBackendRows(); }
    void editingIsOptimistic();
    void proposalSaysHowLongAQuoteHolds_data() { addBackendRows(); }
    void proposalSaysHowLongAQuoteHolds();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
};

void tst_Quotes::wordsAndCodes()
{
    for (QuoteCovers c : allQuoteCovers()) {
        QCOMPARE(quoteCoversFromText(quoteCoversKey(c)), std::optional<QuoteCovers>(c));
        QCOMPARE(quoteCoversFromText(quoteCoversLabel(c)), std::optional<QuoteCovers>(c));
    }
    QVERIFY(!quoteCoversFromText(QStringLiteral("everything")));
    QVERIFY(isCurrencyCode(QStringLiteral("EUR")));
    QVERIFY(isCurrencyCode(QStringLiteral("CHF")));
    QVERIFY(!isCurrencyCode(QStringLiteral("EU")));
    QVERIFY(!isCurrencyCode(QStringLiteral("XYZ")));
    QVERIFY(!isCurrencyCode(QStringLiteral("eur")));
    QCOMPARE(defaultCurrencyCode(QStringLiteral("€")), QStringLiteral("EUR"));
    QCOMPARE(defaultCurrencyCode(QStringLiteral("£")), QStringLiteral("GBP"));
    QCOMPARE(defaultCurrencyCode(QStringLiteral("chf")), QStringLiteral("CHF"));
    QCOMPARE(defaultCurrencyCode(QString()), QStringLiteral("EUR"));
    bool ok = false;
    QCOMPARE(parseAmount(QStringLiteral("-40"), &ok), std::optional<qint64>(-4000));
    QVERIFY(ok);
    QCOMPARE(parseAmount(QStringLiteral("12,400.50"), &ok), std::optional<qint64>(1'240'050));
    QVERIFY(!parseAmount(QStringLiteral("lots"), &ok));
    QVERIFY(!ok);

    Quote q;
    q.amountCents = 1'240'000;
    q.currency = QStringLiteral("EUR");
    q.covers = QuoteCovers::RoomHireAndCatering;
    q.perHeadCents = 8'500;
    q.receivedOn = QDate(2026, 3, 2);
    q.validUntil = QDate(2026, 4, 30);
    q.clientName = QStringLiteral("Acme Pharma");
    q.eventName = QStringLiteral("Spring Summit");
    QVERIFY(q.coversText().startsWith(QStringLiteral("Room hire and catering (EUR")));
    QVERIFY(q.coversText().endsWith(QStringLiteral(" a head)")));
    QCOMPARE(q.validityText(QDate(2026, 4, 30)), QStringLiteral("valid until 30 Apr 2026"));
    QCOMPARE(q.validityText(QDate(2026, 5, 1)), QStringLiteral("expired on 30 Apr 2026"));
    QVERIFY(q.historyLine(QDate(2026, 5, 1))
                .startsWith(QStringLiteral("2 Mar 2026 · Acme Pharma — Spring Summit · EUR")));
}

void tst_Quotes::quotedPriceFollowsTheLatestQuote()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QuoteRepository quotes(*db, b.anna);
    const int before = rowVersion(*db, b.acmeRow);
    auto first = quotes.addQuote(draft(b.acmeRow, 1'240'000, QDate(2026, 3, 2)));
    VM_VERIFY_OK(first);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    // The shortlist row moved on: a colleague's open copy of it is out of date.
    QCOMPARE(rowVersion(*db, b.acmeRow), before + 1);
    // A later quote is the price; an earlier one received afterwards is history only.
    auto second = quotes.addQuote(draft(b.acmeRow, 1'180'000, QDate(2026, 3, 20)));
    VM_VERIFY_OK(second);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'180'000));
    VM_VERIFY_OK(quotes.addQuote(draft(b.acmeRow, 1'500'000, QDate(2026, 2, 1))));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'180'000));
    // Changing the latest moves the price; removing it falls back to the one before.
    auto changed = quotes.updateQuote(
        second->id, second->version, draft(b.acmeRow, 1'150'050, QDate(2026, 3, 20)));
    VM_VERIFY_OK(changed);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'150'050));
    VM_VERIFY_OK(quotes.removeQuote(changed->id, changed->version));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    QCOMPARE(quotes.latestQuote(b.acmeRow)->value().id, first->id);
    // The other shortlist rows are untouched.
    QCOMPARE(quotedPrice(*db, b.nordwindRow), std::optional<qint64>());
    QCOMPARE(quotedPrice(*db, b.acmeOtherRow), std::optional<qint64>());

    // The app's own shortlist edit of the price is refused while there are quotes (the workspace
    // turns that edit into a new quote); the same price, with any other change, goes through.
    OutreachRepository outreach(*db, b.anna);
    auto row = outreach.fetchEntry(b.acmeRow);
    VM_VERIFY_OK(row);
    ProjectVenue edited = row->row;
    edited.quotedPriceCents = 990'000;
    QVERIFY(!outreach.updateEntry(edited));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    edited.quotedPriceCents = 1'240'000;
    edited.notes = QStringLiteral("Terrace for the welcome drinks");
    VM_VERIFY_OK(outreach.updateEntry(edited));
    // Without quotes the price is typed as before (the other backend's way).
    auto plain = outreach.fetchEntry(b.nordwindRow);
    VM_VERIFY_OK(plain);
    edited = plain->row;
    edited.quotedPriceCents = 700'000;
    VM_VERIFY_OK(outreach.updateEntry(edited));
    QCOMPARE(quotedPrice(*db, b.nordwindRow), std::optional<qint64>(700'000));
}

void tst_Quotes::rawSqlKeepsQuotedPriceTrue()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    VM_VERIFY_OK(
        rawInsert(*db, b.acmeRow, QStringLiteral("2026-03-02"), QStringLiteral("12400.00")));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    VM_VERIFY_OK(
        rawInsert(*db, b.acmeRow, QStringLiteral("2026-03-20"), QStringLiteral("11800.50")));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'180'050));
    VM_VERIFY_OK(rawInsert(*db, b.acmeRow, QStringLiteral("2026-01-10"), QStringLiteral("99.00")));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'180'050));
    // An update that makes an old quote the latest one.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE quotes SET received_on = '2026-04-01' WHERE received_on = "
                       "'2026-01-10'")));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(9'900));
    // A quote moved to another shortlist row: both rows follow.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE quotes SET project_venue_id = :to WHERE received_on = '2026-04-01'"),
        { { QStringLiteral(":to"), b.nordwindRow } }));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'180'050));
    QCOMPARE(quotedPrice(*db, b.nordwindRow), std::optional<qint64>(9'900));
    // Deleting the latest: the one before; deleting all: no quoted price.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM quotes WHERE received_on = '2026-03-20'")));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM quotes WHERE project_venue_id = :row"),
        { { QStringLiteral(":row"), b.acmeRow } }));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>());
    // Setting quoted_price directly while quotes exist is refused; to the latest total it is not.
    const QString set = db->dialect().isPostgres()
        ? QStringLiteral("UPDATE project_venues SET quoted_price = CAST(:p AS numeric) WHERE id = "
                         ":id")
        : QStringLiteral("UPDATE project_venues SET quoted_price = CAST(:p AS INTEGER) WHERE id = "
                         ":id");
    const bool pg = db->dialect().isPostgres();
    QVERIFY(!db->exec(QStringLiteral("test"), set,
        { { QStringLiteral(":p"), pg ? QStringLiteral("5.00") : QStringLiteral("500") },
            { QStringLiteral(":id"), b.nordwindRow } }));
    QCOMPARE(quotedPrice(*db, b.nordwindRow), std::optional<qint64>(9'900));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"), set,
        { { QStringLiteral(":p"), pg ? QStringLiteral("99.00") : QStringLiteral("9900") },
            { QStringLiteral(":id"), b.nordwindRow } }));
    // A row without quotes takes any price, as before.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"), set,
        { { QStringLiteral(":p"), pg ? QStringLiteral("5.00") : QStringLiteral("500") },
            { QStringLiteral(":id"), b.acmeRow } }));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(500));
    // The shortlist row's removal takes its quotes.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), b.nordwindRow } }));
    QCOMPARE(quoteCount(*db), 0);
}

void tst_Quotes::refusedQuotesLeaveNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QuoteRepository quotes(*db, b.anna);
    VM_VERIFY_OK(quotes.addQuote(draft(b.acmeRow, 1'240'000, QDate(2026, 3, 2))));
    struct Case
    {
        QuoteDraft draft;
        QString field;
    };
    QList<Case> cases;
    cases.append({ draft(b.acmeRow, -100, QDate(2026, 4, 1)), QStringLiteral("Amount:") });
    cases.append({ draft(b.acmeRow, 100, QDate(2026, 4, 1), {}, QStringLiteral("XYZ")),
        QStringLiteral("Currency: “XYZ” is not a currency code") });
    cases.append({ draft(b.acmeRow, 100, QDate(2026, 4, 1), {}, QStringLiteral("Euro")),
        QStringLiteral("Currency:") });
    cases.append({ draft(b.acmeRow, 100, QDate(2026, 4, 1), QDate(2026, 3, 31)),
        QStringLiteral("Valid until: 31 Mar 2026 is before the day the quote came (1 Apr 2026)") });
    QuoteDraft perHead = draft(b.acmeRow, 100, QDate(2026, 4, 1));
    perHead.perHeadCents = 8'500; // room hire only
    cases.append({ perHead, QStringLiteral("Per head:") });
    for (const Case &c : std::as_const(cases)) {
        auto r = quotes.addQuote(c.draft);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, DbError::Kind::Validation);
        QVERIFY2(r.error().message.startsWith(c.field), qPrintable(r.error().message));
    }
    QCOMPARE(quoteCount(*db), 1);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    // Lower-case codes are taken as the code.
    auto gbp = quotes.addQuote(draft(b.acmeRow, 100, QDate(2026, 1, 1), {}, QStringLiteral("gbp")));
    VM_VERIFY_OK(gbp);
    QCOMPARE(gbp->currency, QStringLiteral("GBP"));
    // The database refuses the same whoever writes.
    QVERIFY(!rawInsert(*db, b.acmeRow, QStringLiteral("2026-05-01"), QStringLiteral("-1.00")));
    QVERIFY(!rawInsert(*db, b.acmeRow, QStringLiteral("2026-05-01"), QStringLiteral("1.00"),
        QStringLiteral("eur")));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO quotes (id, project_venue_id, received_on, amount, currency, "
                       "valid_until) VALUES (:id, :row, '2026-05-01', 1, 'EUR', '2026-04-01')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":row"), b.acmeRow } }));
    QCOMPARE(quoteCount(*db), 2);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'000));
    // A shortlist row that is gone.
    auto gone = quotes.addQuote(
        draft(QUuid::createUuid().toString(QUuid::WithoutBraces), 100, QDate(2026, 4, 1)));
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, DbError::Kind::NotFound);
}

void tst_Quotes::rateHistoryAcrossProjects()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QuoteRepository quotes(*db, b.anna);
    VM_VERIFY_OK(quotes.addQuote(draft(
        b.nordwindRow, 980'000, QDate(2025, 5, 2), QDate(2025, 6, 1), QStringLiteral("EUR"))));
    VM_VERIFY_OK(quotes.addQuote(draft(b.nordwindRow, 1'020'000, QDate(2025, 5, 20))));
    VM_VERIFY_OK(quotes.addQuote(draft(b.acmeRow, 1'240'000, QDate(2026, 3, 2))));
    VM_VERIFY_OK(quotes.addQuote(draft(b.acmeOtherRow, 500'000, QDate(2026, 3, 3))));
    auto all = quotes.rateHistory(b.venue);
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).clientName, QStringLiteral("Acme Pharma"));
    QCOMPARE(all->at(1).clientName, QStringLiteral("Nordwind"));
    QCOMPARE(all->at(1).eventName, QStringLiteral("Jahrestagung"));
    QCOMPARE(all->at(1).amountCents, 1'020'000);
    QCOMPARE(all->at(2).receivedOn, QDate(2025, 5, 2));
    QVERIFY(all->at(2).isExpired());
    QCOMPARE(all->at(2).venueName, QStringLiteral("Fábrica 21"));
    // While working on Acme's project: the other projects' quotes only.
    auto others = quotes.rateHistory(b.venue, b.acme);
    VM_VERIFY_OK(others);
    QCOMPARE(others->size(), 2);
    for (const Quote &q : *others)
        QCOMPARE(q.projectId, b.nordwind);
    // The latest valid quote skips an expired later one.
    VM_VERIFY_OK(quotes.addQuote(
        draft(b.acmeRow, 1'300'000, QDate(2026, 3, 5), QDate::currentDate().addDays(-1))));
    QCOMPARE(quotes.latestQuote(b.acmeRow)->value().amountCents, 1'300'000);
    QCOMPARE(quotes.latestValidQuote(b.acmeRow)->value().amountCents, 1'240'000);
    auto latest = quotes.latestQuotesOfProject(b.acme);
    VM_VERIFY_OK(latest);
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->value(b.acmeOtherRow).amountCents, 500'000);
    // One statement per list, however long the history.
    quotes.rateHistory(b.venue).value();
    const int before = quotes.statementCount();
    VM_VERIFY_OK(quotes.rateHistory(b.venue));
    QCOMPARE(quotes.statementCount() - before, 1);
}

void tst_Quotes::editingIsOptimistic()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QuoteRepository mine(*db, b.anna);
    auto q = mine.addQuote(draft(b.acmeRow, 1'240'000, QDate(2026, 3, 2)));
    VM_VERIFY_OK(q);
    auto theirs
        = mine.updateQuote(q->id, q->version, draft(b.acmeRow, 1'100'000, QDate(2026, 3, 2)));
    VM_VERIFY_OK(theirs);
    QCOMPARE(theirs->version, q->version + 1);
    auto stale
        = mine.updateQuote(q->id, q->version, draft(b.acmeRow, 1'000'000, QDate(2026, 3, 2)));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, DbError::Kind::Conflict);
    auto staleRemove = mine.removeQuote(q->id, q->version);
    QVERIFY(!staleRemove);
    QCOMPARE(staleRemove.error().kind, DbError::Kind::Conflict);
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'100'000));
}

void tst_Quotes::proposalSaysHowLongAQuoteHolds()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    OutreachRepository outreach(*db, b.anna);
    for (const QString &row : { b.acmeRow, b.acmeOtherRow }) {
        ProjectVenue r = outreach.fetchEntry(row)->row;
        r.includeInProposal = true;
        VM_VERIFY_OK(outreach.updateEntry(r));
    }
    QuoteRepository quotes(*db, b.anna);
    const QDate today = QDate::currentDate();
    QuoteDraft valid = draft(b.acmeRow, 1'240'000, today.addDays(-10), today.addDays(20));
    VM_VERIFY_OK(quotes.addQuote(valid));
    VM_VERIFY_OK(quotes.addQuote(draft(
        b.acmeOtherRow, 500'000, today.addDays(-40), today.addDays(-5), QStringLiteral("GBP"))));
    auto data = ProposalRepository(*db).load(b.acme);
    VM_VERIFY_OK(data);
    QCOMPARE(data->venues.size(), 2);
    const ProposalVenue *fabrica = nullptr;
    const ProposalVenue *casa = nullptr;
    for (const ProposalVenue &pv : data->venues)
        (pv.venue.id == b.venue ? fabrica : casa) = &pv;
    QVERIFY(fabrica && casa);
    QCOMPARE(fabrica->quotedPriceCents, std::optional<qint64>(1'240'000));
    QCOMPARE(ProposalData::quoteValidity(*fabrica, today),
        QStringLiteral("valid until %1").arg(quoteDay(today.addDays(20))));
    QCOMPARE(ProposalData::quoteValidity(*casa, today),
        QStringLiteral("quote expired on %1").arg(quoteDay(today.addDays(-5))));
    // The proposal's currency, or the quote's own code when it differs.
    QCOMPARE(ProposalPdf::priceText(*fabrica, QStringLiteral("€")),
        ProposalPdf::formatMoney(1'240'000, QStringLiteral("€")));
    QCOMPARE(ProposalPdf::priceText(*casa, QStringLiteral("€")),
        ProposalPdf::formatMoney(500'000, QStringLiteral("GBP")));
    const QStringList head = ProposalCsv::header(QStringLiteral("€"));
    const QStringList record = ProposalCsv::record(*data, 1, *fabrica);
    QCOMPARE(head.last(), QStringLiteral("Quote"));
    QCOMPARE(record.last(), QStringLiteral("EUR, valid until %1").arg(quoteDay(today.addDays(20))));
    QCOMPARE(ProposalCsv::record(*data, 2, *casa).last(),
        QStringLiteral("GBP, quote expired on %1").arg(quoteDay(today.addDays(-5))));
    // A later quote that has expired: the proposal keeps the latest one still valid.
    VM_VERIFY_OK(
        quotes.addQuote(draft(b.acmeRow, 1'400'000, today.addDays(-3), today.addDays(-1))));
    data = ProposalRepository(*db).load(b.acme);
    VM_VERIFY_OK(data);
    for (const ProposalVenue &pv : data->venues)
        if (pv.venue.id == b.venue)
            QCOMPARE(pv.quotedPriceCents, std::optional<qint64>(1'240'000));
    // The PDF renders with both.
    QByteArray pdf;
    QBuffer out(&pdf);
    out.open(QIODevice::WriteOnly);
    VM_VERIFY_OK(ProposalPdf::write(*data, ProposalOptions {}, &out));
    QVERIFY(pdf.startsWith("%PDF"));
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty()) {
        QFile file(QDir(shots).filePath(QStringLiteral("quote-proposal.pdf")));
        if (file.open(QIODevice::WriteOnly))
            file.write(pdf);
    }
}

namespace {

struct Ctl
{
    int exitCode = -1;
    QString out, err;
};

Ctl runCtl(const DatabaseUrl &url, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
    Ctl r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

// venuemapctl quotes add and list: the venue's quotes in one project, its rate history across
// projects, as JSON, CSV and a table; a refused quote is said and writes nothing.
void tst_Quotes::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    const DatabaseUrl url = tmp.url();
    Ctl r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("add"), QStringLiteral("--project"), b.nordwind,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--amount"), QStringLiteral("9800"),
            QStringLiteral("--received"), QStringLiteral("2025-05-02"),
            QStringLiteral("--valid-until"), QStringLiteral("2025-06-01") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("add"), QStringLiteral("--project"), b.acme,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--amount"),
            QStringLiteral("12400.50"), QStringLiteral("--currency"), QStringLiteral("eur"),
            QStringLiteral("--covers"), QStringLiteral("room hire and catering"),
            QStringLiteral("--per-head"), QStringLiteral("85"), QStringLiteral("--received"),
            QStringLiteral("2026-03-02"), QStringLiteral("--note"),
            QStringLiteral("AV included") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(added.value(QStringLiteral("amount")).toString(), QStringLiteral("12400.50"));
    QCOMPARE(added.value(QStringLiteral("per_head")).toString(), QStringLiteral("85.00"));
    QCOMPARE(
        added.value(QStringLiteral("covers")).toString(), QStringLiteral("room_hire_and_catering"));
    QCOMPARE(quotedPrice(*db, b.acmeRow), std::optional<qint64>(1'240'050));
    // Refused: a negative amount, an unknown currency; nothing written.
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("add"), QStringLiteral("--project"), b.acme,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--amount"), QStringLiteral("-5") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be negative")), qPrintable(r.err));
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("add"), QStringLiteral("--project"), b.acme,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--amount"), QStringLiteral("5"),
            QStringLiteral("--currency"), QStringLiteral("EUX") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("“EUX” is not a currency code")), qPrintable(r.err));
    QCOMPARE(quoteCount(*db), 2);
    // The rate history, latest first.
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--venue"), b.venue });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("client")).toString(),
        QStringLiteral("Acme Pharma"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("project")).toString(),
        QStringLiteral("Jahrestagung"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("expired")).toBool(), true);
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--venue"), b.venue,
            QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 3); // a header and two quotes
    QVERIFY(r.out.startsWith(QStringLiteral("received,venue,project,client,amount,currency")));
    QVERIFY(r.out.contains(QStringLiteral("12400.50,EUR,room_hire_and_catering,85.00")));
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--venue"), b.venue,
            QStringLiteral("--project"), b.nordwind, QStringLiteral("--format"),
            QStringLiteral("table") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("RECEIVED")));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY(r.out.contains(QStringLiteral("9800.00")));
    r = runCtl(url, { QStringLiteral("quotes"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 2);
    r = runCtl(url,
        { QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--venue"), b.other,
            QStringLiteral("--project"), b.nordwind });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not on the project's shortlist")), qPrintable(r.err));
}

QTEST_MAIN(tst_Quotes)
#include "tst_quotes.moc"
