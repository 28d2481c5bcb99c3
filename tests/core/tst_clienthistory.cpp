// Client history (issue 13 part 5) on both backends: for every client of a generated demo book the
// history lists exactly the venues of the agency backend's get_venues_used_by_client (reference
// SQL below), spelling variants of a client are one client, what was proposed, booked and
// declined, and `venuemapctl clients list|history` (JSON parsed, CSV formula cells neutralised,
// an unknown client one sentence and exit code 1).
#include "demo/demogenerator.h"
#include "repositories/clienthistoryrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

// The agency backend's get_venues_used_by_client ("venues used in past projects for a client"),
// as SQL: the venues on the shortlists of the projects whose client_name equals the name exactly
// (no trimming, case-sensitive, whatever the project's or the outreach's status, deleted venues
// included).
const char *const kReferenceSql = "SELECT DISTINCT v.id FROM venues v "
                                  "JOIN project_venues pv ON pv.venue_id = v.id "
                                  "JOIN projects p ON p.id = pv.project_id "
                                  "WHERE p.client_name = :client";

QSet<QString> referenceVenues(const Database &db, const QString &client)
{
    QSet<QString> out;
    auto q = db.exec(QStringLiteral("reference"), QString::fromLatin1(kReferenceSql),
        { { QStringLiteral(":client"), client } });
    if (!q)
        qWarning("reference: %s", qPrintable(q.error().details()));
    else
        while (q->next())
            out.insert(q->value(0).toString());
    return out;
}

QSet<QString> historyVenues(const ClientVenueHistory &h)
{
    QSet<QString> out;
    for (const ClientVenueUse &u : h.venues)
        out.insert(u.venueId);
    return out;
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run ctl(const QStringList &args, const DatabaseUrl &url)
{
    QProcess p;
    p.start(QStringLiteral(VENUEMAP_CTL_PATH),
        QStringList { QStringLiteral("--db"), url.toFullString() } + args);
    p.waitForFinished(120000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

Project addProject(const Database &db, const QString &user, const QString &client,
    const QString &event, const QDate &date, ProjectStatus status = ProjectStatus::Active)
{
    Project p;
    p.clientName = client;
    p.eventName = event;
    p.eventDate = date;
    p.status = status;
    auto r = ProjectRepository(db, user).addProject(p);
    if (!r) {
        qWarning("addProject: %s", qPrintable(r.error().details()));
        return Project();
    }
    // The app trims the name it saves; the agency's backend writes it as typed ("Acme ").
    auto raw = db.exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE projects SET client_name = :c WHERE id = :id"),
        { { QStringLiteral(":c"), client }, { QStringLiteral(":id"), r->id } });
    if (!raw)
        qWarning("addProject: %s", qPrintable(raw.error().details()));
    return *r;
}

} // namespace

class tst_ClientHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsBackendForEveryDemoClient_data() { addBackendRows(); }
    void equalsBackendForEveryDemoClient();
    void spellingsAreOneClient_data() { addBackendRows(); }
    void spellingsAreOneClient();
    void proposedBookedDeclined_data() { addBackendRows(); }
    void proposedBookedDeclined();
    void ctlListAndHistory_data() { addBackendRows(); }
    void ctlListAndHistory();
};

void tst_ClientHistory::equalsBackendForEveryDemoClient()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 400;
    options.projects = 60;
    options.seed = 13;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));

    ClientHistoryRepository repo(*db);
    auto clients = repo.fetchClients();
    VM_VERIFY_OK(clients);
    QVERIFY(clients->size() >= 5);
    // The demo spells each client one way, so every exact name is one of our clients.
    auto names = db->exec(
        QStringLiteral("test"), QStringLiteral("SELECT DISTINCT client_name FROM projects"));
    VM_VERIFY_OK(names);
    QStringList exact;
    while (names->next())
        exact << names->value(0).toString();
    QCOMPARE(exact.size(), clients->size());
    int projects = 0, withVenues = 0;
    for (const ClientSummary &c : *clients) {
        QVERIFY2(exact.contains(c.name), qPrintable(c.name));
        repo.resetStatementCount();
        auto h = repo.fetchHistory(c.name);
        VM_VERIFY_OK(h);
        QCOMPARE(repo.statementCount(), 1); // one statement, however long the history
        QCOMPARE(h->clientName, c.name);
        QCOMPARE(h->projects, c.projects);
        projects += h->projects;
        const QSet<QString> reference = referenceVenues(*db, c.name);
        QCOMPARE(historyVenues(*h), reference);
        if (!reference.isEmpty())
            ++withVenues;
        // Each row is one shortlist row of one of the client's projects.
        const int rows = countRows(*db,
            QStringLiteral("SELECT count(*) FROM project_venues pv JOIN projects p ON p.id = "
                           "pv.project_id WHERE p.client_name = :c"),
            { { QStringLiteral(":c"), c.name } });
        QCOMPARE(int(h->venues.size()), rows);
    }
    QCOMPARE(projects, options.projects);
    QVERIFY(withVenues >= 3);
}

void tst_ClientHistory::spellingsAreOneClient()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"), QStringLiteral("Porto"));
    const QString rio = insertVenue(*db, QStringLiteral("Casa do Rio"));
    OutreachRepository outreach(*db, anna);
    const Project a = addProject(*db, anna, QStringLiteral("ACME"), QStringLiteral("Gala 2024"),
        QDate(2024, 5, 1), ProjectStatus::Completed);
    const Project b = addProject(*db, anna, QStringLiteral("Acme "), QStringLiteral("Summit 2025"),
        QDate(2025, 3, 1), ProjectStatus::Completed);
    const Project c = addProject(
        *db, anna, QStringLiteral("  acme"), QStringLiteral("Party 2026"), QDate(2026, 9, 1));
    addProject(
        *db, anna, QStringLiteral("Acme Pharma"), QStringLiteral("Other"), QDate(2026, 1, 1));
    QVERIFY(outreach.addVenues(a.id, { loft })->added.size() == 1);
    QVERIFY(outreach.addVenues(b.id, { mill, loft })->added.size() == 2);
    QVERIFY(outreach.addVenues(c.id, { rio })->added.size() == 1);

    ClientHistoryRepository repo(*db);
    auto clients = repo.fetchClients();
    VM_VERIFY_OK(clients);
    QCOMPARE(clients->size(), 2);
    // The most recent project spells the name, trimmed.
    QCOMPARE(clients->at(0).name, QStringLiteral("acme"));
    QCOMPARE(clients->at(0).projects, 3);
    QCOMPARE(clients->at(0).lastEventDate, QDate(2026, 9, 1));
    QCOMPARE(clients->at(1).name, QStringLiteral("Acme Pharma"));

    // Every spelling, and any other case or spaces, reads the same history...
    for (const QString &spelling : { QStringLiteral("ACME"), QStringLiteral("Acme "),
             QStringLiteral("  acme"), QStringLiteral("aCmE"), QStringLiteral(" ACME ") }) {
        auto h = repo.fetchHistory(spelling);
        VM_VERIFY_OK(h);
        QCOMPARE(h->clientName, QStringLiteral("acme"));
        QCOMPARE(h->projects, 3);
        QCOMPARE(h->venues.size(), 4);
        // ... the union of what the backend gives for each exact spelling.
        QSet<QString> reference;
        for (const QString &exact :
            { QStringLiteral("ACME"), QStringLiteral("Acme "), QStringLiteral("  acme") })
            reference += referenceVenues(*db, exact);
        QCOMPARE(historyVenues(*h), reference);
        QCOMPARE(reference, (QSet<QString> { loft, mill, rio }));
        // Most recent project first, each row with its project's own spelling.
        QCOMPARE(h->venues.at(0).eventName, QStringLiteral("Party 2026"));
        QCOMPARE(h->venues.at(0).projectClientName, QStringLiteral("acme"));
        QCOMPARE(h->venues.at(1).venueName, QStringLiteral("Harbour Loft")); // by name in 2025
        QCOMPARE(h->venues.at(2).venueName, QStringLiteral("Old Mill"));
        QCOMPARE(h->venues.at(3).projectClientName, QStringLiteral("ACME"));
    }
    // A prefix is another client, not a spelling.
    auto pharma = repo.fetchHistory(QStringLiteral("acme pharma"));
    VM_VERIFY_OK(pharma);
    QCOMPARE(pharma->projects, 1);
    QVERIFY(pharma->venues.isEmpty());
    auto unknown = repo.fetchHistory(QStringLiteral("Acm"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, DbError::Kind::NotFound);
}

void tst_ClientHistory::proposedBookedDeclined()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"));
    const QString gone = insertVenue(*db,
        VenueSpec { QStringLiteral("Gone Hall"), QStringLiteral("Lisbon"), 50, {}, {}, false });
    OutreachRepository outreach(*db, anna);
    const Project done = addProject(*db, anna, QStringLiteral("Borealis"),
        QStringLiteral("Kick-off"), QDate(2025, 2, 5), ProjectStatus::Completed);
    const Project open = addProject(
        *db, anna, QStringLiteral("borealis"), QStringLiteral("Retreat"), QDate(2026, 6, 1));
    auto past = outreach.addVenues(done.id, { loft, mill, gone })->added;
    QCOMPARE(past.size(), 3);
    ProjectVenue booked = past[0];
    booked.includeInProposal = true;
    booked.quotedPriceCents = 1'234'550;
    VM_VERIFY_OK(outreach.updateEntry(booked));
    VM_VERIFY_OK(outreach.setStatus(
        past[1].id, 1, OutreachStatus::Declined, QStringLiteral("No music after 22:00")));
    auto now = outreach.addVenues(open.id, { loft })->added;
    ProjectVenue proposed = now[0];
    proposed.includeInProposal = true;
    VM_VERIFY_OK(outreach.updateEntry(proposed));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET is_deleted = :d WHERE id = :id"),
        { { QStringLiteral(":d"), true }, { QStringLiteral(":id"), gone } }));

    auto h = ClientHistoryRepository(*db).fetchHistory(QStringLiteral("BOREALIS"));
    VM_VERIFY_OK(h);
    QCOMPARE(h->venues.size(), 4);
    const ClientVenueUse &retreat = h->venues.at(0);
    QCOMPARE(retreat.venueId, loft);
    QVERIFY(retreat.proposed);
    QVERIFY(!retreat.booked()); // the project is still active
    const ClientVenueUse &gala = h->venues.at(2);
    QCOMPARE(gala.venueName, QStringLiteral("Harbour Loft"));
    QVERIFY(gala.proposed);
    QVERIFY(gala.booked());
    QCOMPARE(gala.quotedPriceCents, std::optional<qint64>(1'234'550));
    QCOMPARE(gala.eventDate, QDate(2025, 2, 5));
    const ClientVenueUse &declined = h->venues.at(3);
    QCOMPARE(declined.venueName, QStringLiteral("Old Mill"));
    QVERIFY(declined.declined());
    QVERIFY(!declined.booked());
    QCOMPARE(declined.declineReason, QStringLiteral("No music after 22:00"));
    const ClientVenueUse &deleted = h->venues.at(1);
    QCOMPARE(deleted.venueName, QStringLiteral("Gone Hall"));
    QVERIFY(deleted.venueDeleted);
    QVERIFY(!deleted.quotedPriceCents);
}

void tst_ClientHistory::ctlListAndHistory()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    // Names a spreadsheet would run as formulas, to prove the CSV neutralises them.
    const QString formula = insertVenue(*db, QStringLiteral("=HYPERLINK(\"http://x\")"));
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    OutreachRepository outreach(*db, anna);
    const Project p = addProject(*db, anna, QStringLiteral("+Acme"), QStringLiteral("@Gala"),
        QDate(2025, 5, 1), ProjectStatus::Completed);
    addProject(*db, anna, QStringLiteral("+ACME "), QStringLiteral("Later"), QDate(2026, 5, 1));
    auto rows = outreach.addVenues(p.id, { formula, loft })->added;
    QCOMPARE(rows.size(), 2);
    ProjectVenue r = rows[1];
    r.includeInProposal = true;
    r.quotedPriceCents = 99'000;
    VM_VERIFY_OK(outreach.updateEntry(r));
    VM_VERIFY_OK(outreach.setStatus(
        rows[0].id, 1, OutreachStatus::Declined, QStringLiteral("-closed for works")));
    db->close();

    Run list = ctl({ QStringLiteral("clients"), QStringLiteral("list") }, tmp.url());
    QCOMPARE(list.code, 0);
    const QJsonArray clients = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0)[QStringLiteral("client")].toString(), QStringLiteral("+ACME"));
    QCOMPARE(clients.at(0)[QStringLiteral("projects")].toInt(), 2);
    QCOMPARE(clients.at(0)[QStringLiteral("last_event")].toString(), QStringLiteral("2026-05-01"));

    Run json = ctl({ QStringLiteral("clients"), QStringLiteral("history"), QStringLiteral("+acme"),
                       QStringLiteral("--format"), QStringLiteral("json") },
        tmp.url());
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc[QStringLiteral("client")].toString(), QStringLiteral("+ACME"));
    QCOMPARE(doc[QStringLiteral("projects")].toInt(), 2);
    const QJsonArray venues = doc[QStringLiteral("venues")].toArray();
    QCOMPARE(venues.size(), 2);
    const QJsonObject first = venues.at(0).toObject(); // "=HYPERLINK" sorts before "Harbour"
    QCOMPARE(first[QStringLiteral("venue")].toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
    QVERIFY(first[QStringLiteral("declined")].toBool());
    QCOMPARE(
        first[QStringLiteral("decline_reason")].toString(), QStringLiteral("-closed for works"));
    const QJsonObject second = venues.at(1).toObject();
    QCOMPARE(second[QStringLiteral("venue_id")].toString(), loft);
    QVERIFY(second[QStringLiteral("proposed")].toBool());
    QVERIFY(second[QStringLiteral("booked")].toBool());
    QCOMPARE(second[QStringLiteral("quoted_price")].toString(), QStringLiteral("990.00"));
    QCOMPARE(second[QStringLiteral("event_date")].toString(), QStringLiteral("2025-05-01"));
    QCOMPARE(second[QStringLiteral("client_spelling")].toString(), QStringLiteral("+Acme"));

    Run csv = ctl({ QStringLiteral("clients"), QStringLiteral("history"), QStringLiteral("+ACME"),
                      QStringLiteral("--format"), QStringLiteral("csv") },
        tmp.url());
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("venue,city,project,event_date")),
        qPrintable(lines.at(0)));
    // Every cell a spreadsheet would run starts with a quote: the venue, the project, the
    // reason and the client's spelling.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",'@Gala,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",'-closed for works,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",'+Acme,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(",990.00,")), qPrintable(lines.at(2)));
    for (const QString &line : lines.mid(1))
        QVERIFY2(!line.contains(QStringLiteral(",=")) && !line.contains(QStringLiteral(",+"))
                && !line.contains(QStringLiteral(",@")) && !line.contains(QStringLiteral(",-")),
            qPrintable(line));

    Run listCsv = ctl({ QStringLiteral("clients"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("csv") },
        tmp.url());
    QCOMPARE(listCsv.code, 0);
    QVERIFY2(listCsv.out.contains(QStringLiteral("\r\n'+ACME,2,2026-05-01\r\n")),
        qPrintable(listCsv.out));

    Run table = ctl({ QStringLiteral("clients"), QStringLiteral("history"), QStringLiteral("+acme"),
                        QStringLiteral("--format"), QStringLiteral("table") },
        tmp.url());
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains(QStringLiteral("VENUE")), qPrintable(table.out));
    QVERIFY2(table.out.contains(QStringLiteral("-closed for works")), qPrintable(table.out));

    Run unknown
        = ctl({ QStringLiteral("clients"), QStringLiteral("history"), QStringLiteral("Nobody") },
            tmp.url());
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(unknown.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("No project has the client \"Nobody\"")),
        qPrintable(unknown.err));

    Run usage = ctl({ QStringLiteral("clients"), QStringLiteral("history") }, tmp.url());
    QCOMPARE(usage.code, 2);
    Run badFormat = ctl({ QStringLiteral("clients"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("xml") },
        tmp.url());
    QCOMPARE(badFormat.code, 2);
}

QTEST_GUILESS_MAIN(tst_ClientHistory)
#include "tst_clienthistory.moc"
