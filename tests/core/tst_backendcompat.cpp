// The agency's existing backend (SQLAlchemy on PostgreSQL) reads and writes the same tables
// (DESIGN §3): after issue 14 (holds, quotes, respond-by and decline reasons, currency, language,
// archive, files) its statements — written as its ORM writes them, naming only the columns it
// knows — still work, and the columns it reads stay true. Both backends (the SQLite schema keeps
// the same names).
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/quoterepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_BackendCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ormStatementsStillWork_data() { addBackendRows(); }
    void ormStatementsStillWork();
};

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void tst_BackendCompat::ormStatementsStillWork()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString venue = insertVenue(
        *db, VenueSpec { QStringLiteral("Fábrica 21"), QStringLiteral("Lisbon"), 400, 4.3, {} });
    const QString other = insertVenue(
        *db, VenueSpec { QStringLiteral("Casa do Rio"), QStringLiteral("Lisbon"), 250, 4.8, {} });

    // The app's side: a project with dates, a hold and two quotes on one shortlisted venue.
    Project p;
    p.clientName = QStringLiteral("Acme Pharma");
    p.eventName = QStringLiteral("Spring Summit");
    auto project = ProjectRepository(*db, anna).addProject(p);
    VM_VERIFY_OK(project);
    auto added = OutreachRepository(*db, anna).addVenues(project->id, { venue });
    VM_VERIFY_OK(added);
    const QString row = added->added.first().id;
    HoldRepository holds(*db, anna);
    auto range = holds.addDateRange(project->id, QDate(2027, 5, 10), QDate(2027, 5, 11), true);
    VM_VERIFY_OK(range);
    HoldDraft hold;
    hold.projectVenueId = row;
    hold.dateRangeId = range->id;
    hold.status = HoldStatus::FirstOption;
    hold.expiresOn = QDate(2027, 4, 30);
    VM_VERIFY_OK(holds.placeHold(hold));
    QuoteRepository quotes(*db, anna);
    QuoteDraft q;
    q.projectVenueId = row;
    q.amountCents = 1800000;
    q.currency = QStringLiteral("EUR");
    q.receivedOn = QDate(2027, 1, 5);
    VM_VERIFY_OK(quotes.addQuote(q));
    q.amountCents = 1650000;
    q.receivedOn = QDate(2027, 1, 20);
    VM_VERIFY_OK(quotes.addQuote(q));

    // The backend's reads: the shortlist as its ORM selects it, with the price it knows.
    auto read = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT project_venues.id, project_venues.project_id, "
                       "project_venues.venue_id, project_venues.outreach_status, "
                       "%1, project_venues.decline_reason, "
                       "project_venues.version, projects.client_name, projects.status "
                       "FROM project_venues JOIN projects ON projects.id = "
                       "project_venues.project_id WHERE projects.id = :p")
            .arg(db->dialect().moneySelect(QStringLiteral("project_venues.quoted_price"))),
        { { QStringLiteral(":p"), project->id } });
    VM_VERIFY_OK(read);
    QVERIFY(read->next());
    QCOMPARE(db->dialect().moneyFromDb(read->value(4)), std::optional<qint64>(1650000)); // latest
    QCOMPARE(read->value(7).toString(), QStringLiteral("Acme Pharma"));
    const int version = read->value(6).toInt();

    // Its writes, naming only its columns: a decline with a reason in words (optimistic lock by
    // version, as SQLAlchemy's version_id_col does).
    auto declined = db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                       "decline_reason = 'Rate too high for the budget', version = version + 1 "
                       "WHERE project_venues.id = :id AND project_venues.version = :v"),
        { { QStringLiteral(":id"), row }, { QStringLiteral(":v"), version } });
    VM_VERIFY_OK(declined);
    QCOMPARE(declined->numRowsAffected(), 1);
    auto reason = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT decline_reason FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), row } });
    VM_VERIFY_OK(reason);
    QCOMPARE(reason->toString(), QStringLiteral("Rate too high for the budget")); // kept as written

    // A new project and a shortlisted venue inserted with its columns only: the new ones take
    // their defaults (currency, language, not archived) and the app reads them.
    const QString backendProject = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name, status, event_date, "
                       "attendees, city) VALUES (:id, 'Nordwind', 'Jahrestagung', 'active', "
                       "'2027-09-14', 80, 'Hamburg')"),
        { { QStringLiteral(":id"), backendProject } }));
    const QString backendRow = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, outreach_status, "
                       "quoted_price) VALUES (:id, :p, :v, 'responded', :price)"),
        { { QStringLiteral(":id"), backendRow }, { QStringLiteral(":p"), backendProject },
            { QStringLiteral(":v"), other },
            { QStringLiteral(":price"), db->dialect().moneyToDb(1200000) } }));
    auto defaults = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT currency, language, archived_at FROM projects WHERE id = :id"),
        { { QStringLiteral(":id"), backendProject } });
    VM_VERIFY_OK(defaults);
    QVERIFY(defaults->next());
    QCOMPARE(defaults->value(0).toString(), QStringLiteral("EUR"));
    QCOMPARE(defaults->value(1).toString(), QStringLiteral("en"));
    QVERIFY(defaults->value(2).isNull());
    auto fetched = ProjectRepository(*db, anna).fetchProject(backendProject);
    VM_VERIFY_OK(fetched);
    QCOMPARE(fetched->city, QStringLiteral("Hamburg"));
    auto shortlist = OutreachRepository(*db, anna).fetchShortlist(backendProject);
    VM_VERIFY_OK(shortlist);
    QCOMPARE(shortlist->size(), 1);
    // A venue without quotes keeps the price the backend typed.
    QCOMPARE(shortlist->first().row.quotedPriceCents, std::optional<qint64>(1200000));

    // And it deletes a project of its own (no history yet) with its shortlist.
    VM_VERIFY_OK(
        db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM projects WHERE id = :id"),
            { { QStringLiteral(":id"), backendProject } }));
    QCOMPARE(
        countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues WHERE project_id = :p"),
            { { QStringLiteral(":p"), backendProject } }),
        0);
    // A project with history cannot be deleted by anyone (activity_logs is append-only since
    // 0003): the app archives instead, and the backend's delete is refused, not half done.
    QVERIFY(!db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM projects WHERE id = :id"),
        { { QStringLiteral(":id"), project->id } }));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM holds")), 1);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM quotes")), 2);
}

QTEST_GUILESS_MAIN(tst_BackendCompat)
#include "tst_backendcompat.moc"
