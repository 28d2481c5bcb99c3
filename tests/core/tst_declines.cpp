// Outreach deadlines and decline reasons on both backends: decline_reason stays filled for the
// agency's other backend whoever writes the row (the app with a code and a note, or raw SQL with
// text only), the chase list puts overdue venues first, and declines are counted by reason per
// venue and per city.
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_Declines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appDeclineWritesLabel_data() { addBackendRows(); }
    void appDeclineWritesLabel();
    void otherBackendWritesKeepTheirText_data() { addBackendRows(); }
    void otherBackendWritesKeepTheirText();
    void respondByDefaultsAndChaseOrder_data() { addBackendRows(); }
    void respondByDefaultsAndChaseOrder();
    void declineReport_data() { addBackendRows(); }
    void declineReport();
};

namespace {

struct Row
{
    QString status, code, note, reason;
};

Row readRow(const Database &db, const QString &id)
{
    Row r;
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT outreach_status, decline_code, decline_note, decline_reason "
                       "FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    if (q && q->next())
        r = { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString() };
    return r;
}

QString addProject(const Database &db, const QString &user, const QString &event)
{
    ProjectRepository projects(db, user);
    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = event;
    p.attendees = 80;
    p.city = QStringLiteral("Lisbon");
    auto r = projects.addProject(p);
    return r ? r->id : QString();
}

} // namespace

void tst_Declines::appDeclineWritesLabel()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString project = addProject(*db, anna, QStringLiteral("Summit"));
    OutreachRepository repo(*db, anna);
    auto added = repo.addVenues(project,
        { insertVenue(*db, QStringLiteral("Harbour Loft")),
            insertVenue(*db, QStringLiteral("Old Mill")) });
    VM_VERIFY_OK(added);
    const auto rows = added->added;

    // A reason without a note: the label alone.
    auto plain = repo.decline(rows[0].id, 1, DeclineCode::RateTooHigh, QStringLiteral("  "));
    VM_VERIFY_OK(plain);
    QCOMPARE(plain->declineReason, QStringLiteral("Rate too high"));
    Row r = readRow(*db, rows[0].id);
    QCOMPARE(r.code, QStringLiteral("rate_too_high"));
    QVERIFY(r.note.isEmpty());
    QCOMPARE(r.reason, QStringLiteral("Rate too high"));

    // With a note: "label: note"; changing the note alone rewrites the text.
    auto noted = repo.decline(
        rows[1].id, 1, DeclineCode::DatesUnavailable, QStringLiteral(" Booked for a wedding "));
    VM_VERIFY_OK(noted);
    QCOMPARE(noted->declineReason, QStringLiteral("Dates unavailable: Booked for a wedding"));
    auto changed = repo.decline(rows[1].id, noted->version, DeclineCode::DatesUnavailable,
        QStringLiteral("Booked for a wedding, free in June"));
    VM_VERIFY_OK(changed);
    r = readRow(*db, rows[1].id);
    QCOMPARE(r.reason, QStringLiteral("Dates unavailable: Booked for a wedding, free in June"));
    QCOMPARE(r.note, QStringLiteral("Booked for a wedding, free in June"));

    // The app's own label list and the database's agree.
    for (DeclineCode c : allDeclineCodes()) {
        auto again = repo.decline(rows[0].id, plain->version, c, {});
        VM_VERIFY_OK(again);
        plain = again;
        QCOMPARE(readRow(*db, rows[0].id).reason, declineCodeLabel(c));
    }

    // Answering after all: no code, no note; the app clears the text.
    auto responded = repo.setStatus(rows[0].id, plain->version, OutreachStatus::Responded);
    VM_VERIFY_OK(responded);
    r = readRow(*db, rows[0].id);
    QVERIFY(r.code.isEmpty());
    QVERIFY(r.note.isEmpty());
    QVERIFY(r.reason.isEmpty());
}

void tst_Declines::otherBackendWritesKeepTheirText()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString project = addProject(*db, anna, QStringLiteral("Summit"));
    OutreachRepository repo(*db, anna);
    auto added = repo.addVenues(project,
        { insertVenue(*db, QStringLiteral("Harbour Loft")),
            insertVenue(*db, QStringLiteral("Old Mill")),
            insertVenue(*db, QStringLiteral("Sea Fort")) });
    VM_VERIFY_OK(added);
    const auto rows = added->added;
    auto raw = [&](const QString &sql, const QString &id) {
        return db->exec(QStringLiteral("test"), sql, { { QStringLiteral(":id"), id } });
    };

    // The other backend declines with text only: code 'other', the text kept as written.
    VM_VERIFY_OK(raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                                    "decline_reason = 'Closed for works' WHERE id = :id"),
        rows[0].id));
    Row r = readRow(*db, rows[0].id);
    QCOMPARE(r.code, QStringLiteral("other"));
    QCOMPARE(r.note, QStringLiteral("Closed for works"));
    QCOMPARE(r.reason, QStringLiteral("Closed for works"));

    // ...and a decline without any text is still refused by the database.
    QVERIFY(!raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                                "decline_reason = '  ' WHERE id = :id"),
        rows[1].id));
    QCOMPARE(readRow(*db, rows[1].id).status, QStringLiteral("draft"));

    // The app declines with a code; the other backend then rewrites the text alone: its text
    // stands and the code becomes 'other'.
    auto declined = repo.decline(rows[1].id, 1, DeclineCode::CapacityTooSmall, {});
    VM_VERIFY_OK(declined);
    VM_VERIFY_OK(raw(QStringLiteral("UPDATE project_venues SET decline_reason = 'Only 40 seats' "
                                    "WHERE id = :id"),
        rows[1].id));
    r = readRow(*db, rows[1].id);
    QCOMPARE(r.code, QStringLiteral("other"));
    QCOMPARE(r.reason, QStringLiteral("Only 40 seats"));

    // A write in the app's style from SQL: code and note make the text.
    VM_VERIFY_OK(
        raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                           "decline_code = 'too_short_notice', decline_note = 'Needs 8 weeks', "
                           "decline_reason = 'x' WHERE id = :id"),
            rows[2].id));
    r = readRow(*db, rows[2].id);
    QCOMPARE(r.code, QStringLiteral("too_short_notice"));
    QCOMPARE(r.reason, QStringLiteral("Too short notice: Needs 8 weeks"));

    // The other backend moves it back: code and note go.
    VM_VERIFY_OK(raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'responded', "
                                    "decline_reason = NULL WHERE id = :id"),
        rows[2].id));
    r = readRow(*db, rows[2].id);
    QVERIFY(r.code.isEmpty());
    QVERIFY(r.note.isEmpty());

    // An unknown code is refused.
    QVERIFY(
        !raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                            "decline_code = 'too_expensive', decline_reason = 'x' WHERE id = :id"),
            rows[2].id));

    // Text that is a reason's label, or "label: note", is that reason.
    VM_VERIFY_OK(raw(QStringLiteral("UPDATE project_venues SET outreach_status = 'declined', "
                                    "decline_reason = 'Rate too high: asked 9k' WHERE id = :id"),
        rows[2].id));
    r = readRow(*db, rows[2].id);
    QCOMPARE(r.code, QStringLiteral("rate_too_high"));
    QCOMPARE(r.note, QStringLiteral("asked 9k"));
    QCOMPARE(r.reason, QStringLiteral("Rate too high: asked 9k"));
    VM_VERIFY_OK(raw(QStringLiteral("UPDATE project_venues SET decline_reason = 'No response' "
                                    "WHERE id = :id"),
        rows[2].id));
    r = readRow(*db, rows[2].id);
    QCOMPARE(r.code, QStringLiteral("no_response"));
    QVERIFY(r.note.isEmpty());

    // A declined row inserted by the other backend with text only.
    const QString venue = insertVenue(*db, QStringLiteral("Mill House"));
    const QString id = QStringLiteral("6f1c2a52-8d1e-4c3b-9a57-0b5c1d2e3f40");
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, outreach_status, "
                       "decline_reason) VALUES (:id, :p, :v, 'declined', 'No reply in time')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":p"), project },
            { QStringLiteral(":v"), venue } }));
    r = readRow(*db, id);
    QCOMPARE(r.code, QStringLiteral("other"));
    QCOMPARE(r.reason, QStringLiteral("No reply in time"));
}

void tst_Declines::respondByDefaultsAndChaseOrder()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString project = addProject(*db, anna, QStringLiteral("Summit"));
    OutreachRepository repo(*db, anna);
    repo.setRespondDays(5);
    QStringList venues;
    for (const char *name :
        { "Alpha Hall", "Beta Barn", "Gamma Garden", "Delta Dock", "Echo Estate" })
        venues << insertVenue(*db, QString::fromLatin1(name));
    auto added = repo.addVenues(project, venues);
    VM_VERIFY_OK(added);
    const auto rows = added->added;
    QList<int> versions;
    for (const auto &row : rows) {
        auto sent = repo.setStatus(row.id, 1, OutreachStatus::Sent);
        VM_VERIFY_OK(sent);
        versions << sent->version;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto all = repo.fetchChaseList(project, 0);
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 5);
    for (const ChaseItem &c : *all) {
        QCOMPARE(c.respondBy, today.addDays(5)); // sent today + outreach/respondDays
        QCOMPARE(c.daysOverdue, 0);
    }

    // Alpha 3 days overdue, Beta 1 day, Gamma due in 2 days but asked 10 days ago, Delta has no
    // date and was asked 20 days ago, Echo due in 4 days and asked today.
    const SqlDialect &d = db->dialect();
    auto asked = [&](int i, int sentDaysAgo) {
        return db->exec(QStringLiteral("test"),
            QStringLiteral("UPDATE project_venues SET sent_at = :at WHERE id = :id"),
            { { QStringLiteral(":at"),
                  d.toDb(QDateTime::currentDateTimeUtc().addDays(-sentDaysAgo)) },
                { QStringLiteral(":id"), rows[i].id } });
    };
    VM_VERIFY_OK(asked(0, 2));
    VM_VERIFY_OK(asked(1, 12));
    VM_VERIFY_OK(asked(2, 10));
    VM_VERIFY_OK(asked(3, 20));
    VM_VERIFY_OK(asked(4, 0));
    auto due = [&](int i, std::optional<int> dueIn) {
        auto v
            = repo.setRespondBy(rows[i].id, versions[i], dueIn ? today.addDays(*dueIn) : QDate());
        if (v)
            versions[i] = *v;
        return v;
    };
    VM_VERIFY_OK(due(0, -3));
    VM_VERIFY_OK(due(1, -1));
    VM_VERIFY_OK(due(2, 2));
    VM_VERIFY_OK(due(3, std::nullopt));
    VM_VERIFY_OK(due(4, 4));
    // A stale version is a conflict, not an overwrite.
    QVERIFY(!repo.setRespondBy(rows[4].id, 1, today));

    auto chase = repo.fetchChaseList(project, 7);
    VM_VERIFY_OK(chase);
    QStringList order;
    for (const ChaseItem &c : *chase)
        order << c.venueName;
    QCOMPARE(order,
        QStringList({ QStringLiteral("Alpha Hall"), QStringLiteral("Beta Barn"),
            QStringLiteral("Gamma Garden"), QStringLiteral("Delta Dock") }));
    QCOMPARE(chase->at(0).daysOverdue, 3);
    QCOMPARE(chase->at(1).daysOverdue, 1);
    QCOMPARE(chase->at(2).daysOverdue, 0);
    QVERIFY(!chase->at(3).respondBy.isValid());

    // Sending again keeps the date the person chose.
    auto back = repo.setStatus(rows[0].id, versions[0], OutreachStatus::Draft);
    VM_VERIFY_OK(back);
    VM_VERIFY_OK(repo.setStatus(rows[0].id, back->version, OutreachStatus::Sent));
    chase = repo.fetchChaseList(project, 0);
    VM_VERIFY_OK(chase);
    QCOMPARE(chase->at(0).venueName, QStringLiteral("Alpha Hall"));
    QCOMPARE(chase->at(0).respondBy, today.addDays(-3));
}

void tst_Declines::declineReport()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString first = addProject(*db, anna, QStringLiteral("Summit"));
    const QString second = addProject(*db, anna, QStringLiteral("Gala"));
    OutreachRepository repo(*db, anna);
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"), QStringLiteral("Lisbon"));
    const QString fort = insertVenue(*db, QStringLiteral("Sea Fort"), QStringLiteral("Porto"));
    auto a = repo.addVenues(first, { loft, mill, fort });
    auto b = repo.addVenues(second, { loft, mill });
    VM_VERIFY_OK(a);
    VM_VERIFY_OK(b);
    VM_VERIFY_OK(repo.decline(a->added[0].id, 1, DeclineCode::RateTooHigh, {}));
    VM_VERIFY_OK(repo.decline(b->added[0].id, 1, DeclineCode::RateTooHigh, QStringLiteral("12k")));
    VM_VERIFY_OK(repo.decline(a->added[1].id, 1, DeclineCode::DatesUnavailable, {}));
    VM_VERIFY_OK(
        repo.setStatus(a->added[2].id, 1, OutreachStatus::Declined, QStringLiteral("Closed")));
    VM_VERIFY_OK(repo.setStatus(b->added[1].id, 1, OutreachStatus::Responded));

    auto venues = repo.fetchDeclineReport(OutreachRepository::DeclineGrouping::Venue);
    VM_VERIFY_OK(venues);
    QCOMPARE(venues->size(), 3);
    QCOMPARE(venues->at(0).label, QStringLiteral("Harbour Loft"));
    QCOMPARE(venues->at(0).total, 2);
    QCOMPARE(venues->at(0).counts.value(DeclineCode::RateTooHigh), 2);
    QCOMPARE(venues->at(1).label, QStringLiteral("Old Mill"));
    QCOMPARE(venues->at(1).counts.value(DeclineCode::DatesUnavailable), 1);
    QCOMPARE(venues->at(2).label, QStringLiteral("Sea Fort"));
    QCOMPARE(venues->at(2).city, QStringLiteral("Porto"));
    QCOMPARE(venues->at(2).counts.value(DeclineCode::Other), 1);

    auto cities = repo.fetchDeclineReport(OutreachRepository::DeclineGrouping::City);
    VM_VERIFY_OK(cities);
    QCOMPARE(cities->size(), 2);
    QCOMPARE(cities->at(0).label, QStringLiteral("Lisbon"));
    QCOMPARE(cities->at(0).total, 3);
    QCOMPARE(cities->at(0).counts.value(DeclineCode::RateTooHigh), 2);
    QCOMPARE(cities->at(0).counts.value(DeclineCode::DatesUnavailable), 1);
    QCOMPARE(cities->at(1).label, QStringLiteral("Porto"));
    QCOMPARE(cities->at(1).total, 1);

    auto one = repo.fetchDeclineReport(OutreachRepository::DeclineGrouping::Venue, second);
    VM_VERIFY_OK(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->at(0).total, 1);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto none = repo.fetchDeclineReport(
        OutreachRepository::DeclineGrouping::City, {}, today.addDays(1), today.addDays(9));
    VM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    auto range = repo.fetchDeclineReport(
        OutreachRepository::DeclineGrouping::City, {}, today.addDays(-1), today.addDays(1));
    VM_VERIFY_OK(range);
    QCOMPARE(range->size(), 2);
}

QTEST_GUILESS_MAIN(tst_Declines)
#include "tst_declines.moc"
