// Holds (issue 14, first part): a project's date ranges and the holds venues place on them
// (project_dates, holds, migration 0012). The database refuses a double booking whoever writes
// (the app, raw SQL, two colleagues at the same moment), and a hold outside its project's date
// ranges; overlapping options compete; releasing a first option promotes the second; the
// expiring list reads the live holds by expiry date. Both backends.
#include "domain/hold.h"
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/spacerepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Book
{
    QString anna;
    QString venue; // Fábrica 21, with a hall that divides into two
    QString hall, partA, partB, terrace;
    QString acme, nordwind; // two projects
    QString acmeRow, nordwindRow; // the venue on each shortlist
    DateRange acmeDays, nordwindDays, nordwindAlternate;
};

VenueSpace space(const QString &name, const QString &parent = {})
{
    VenueSpace s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.name = name;
    s.parentId = parent;
    s.capacities.insert(SpaceLayout::Theatre, 100);
    return s;
}

Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    b.venue = insertVenue(
        db, VenueSpec { QStringLiteral("Fábrica 21"), QStringLiteral("Lisbon"), 400, 4.3, {} });
    VenueSpace hall = space(QStringLiteral("Grand Hall"));
    VenueSpace a = space(QStringLiteral("Hall A"), hall.id);
    VenueSpace bb = space(QStringLiteral("Hall B"), hall.id);
    VenueSpace terrace = space(QStringLiteral("Terrace"));
    (void)SpaceRepository(db).saveSpaces(b.venue, {}, { hall, a, bb, terrace });
    b.hall = hall.id;
    b.partA = a.id;
    b.partB = bb.id;
    b.terrace = terrace.id;
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
    b.acmeRow = outreach.addVenues(b.acme, { b.venue })->added.first().id;
    b.nordwindRow = outreach.addVenues(b.nordwind, { b.venue })->added.first().id;
    HoldRepository holds(db, b.anna);
    b.acmeDays = *holds.addDateRange(b.acme, QDate(2027, 5, 12), QDate(2027, 5, 14), true);
    b.nordwindDays = *holds.addDateRange(b.nordwind, QDate(2027, 5, 14), QDate(2027, 5, 15), true);
    b.nordwindAlternate
        = *holds.addDateRange(b.nordwind, QDate(2027, 6, 1), QDate(2027, 6, 1), false);
    return b;
}

HoldDraft draft(const QString &row, const DateRange &range, const QString &space, HoldStatus status,
    std::optional<QDate> expires = {})
{
    HoldDraft d;
    d.projectVenueId = row;
    d.dateRangeId = range.id;
    d.spaceId = space;
    d.status = status;
    d.expiresOn = expires;
    return d;
}

qint64 confirmedCount(const Database &db)
{
    auto n = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM holds WHERE status = 'confirmed'"));
    return n ? n->toLongLong() : -1;
}

} // namespace

class tst_Holds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusesHaveOneLabelEach();
    void dateRangesAreChecked_data() { addBackendRows(); }
    void dateRangesAreChecked();
    void doubleBookingIsRefused_data() { addBackendRows(); }
    void doubleBookingIsRefused();
    void rawSqlCannotDoubleBook_data() { addBackendRows(); }
    void rawSqlCannotDoubleBook();
    void twoColleaguesConfirmAtOnce_data() { addBackendRows(); }
    void twoColleaguesConfirmAtOnce();
    void releasePromotesTheSecondOption_data() { addBackendRows(); }
    void releasePromotesTheSecondOption();
    void expiringHolds_data() { addBackendRows(); }
    void expiringHolds();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
};

void tst_Holds::statusesHaveOneLabelEach()
{
    for (HoldStatus s : allHoldStatuses()) {
        QCOMPARE(holdStatusFromText(holdStatusKey(s)), std::optional<HoldStatus>(s));
        QCOMPARE(holdStatusFromText(holdStatusLabel(s)), std::optional<HoldStatus>(s));
    }
    QCOMPARE(holdStatusFromText(QStringLiteral("first-option")),
        std::optional<HoldStatus>(HoldStatus::FirstOption));
    QVERIFY(!holdStatusFromText(QStringLiteral("maybe")));
    QCOMPARE((DateRange { {}, {}, QDate(2027, 5, 14), QDate(2027, 5, 16), true }.label()),
        QStringLiteral("14–16 May 2027"));
    QCOMPARE((DateRange { {}, {}, QDate(2027, 4, 30), QDate(2027, 5, 2), true }.label()),
        QStringLiteral("30 Apr – 2 May 2027"));
}

void tst_Holds::dateRangesAreChecked()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    HoldRepository holds(*db, b.anna);
    auto ranges = holds.dateRanges(b.nordwind);
    VM_VERIFY_OK(ranges);
    QCOMPARE(ranges->size(), 2);
    QVERIFY(ranges->first().preferred); // the preferred range first, then the alternates
    QCOMPARE(ranges->first().start, QDate(2027, 5, 14));
    // Backwards, too long, twice: a sentence each, nothing written.
    auto backwards = holds.addDateRange(b.acme, QDate(2027, 5, 14), QDate(2027, 5, 12), false);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, DbError::Kind::Validation);
    QVERIFY(backwards.error().sentence().contains(QStringLiteral("before the first day")));
    QVERIFY(!holds.addDateRange(b.acme, QDate(2027, 5, 1), QDate(2027, 8, 1), false));
    auto twice = holds.addDateRange(b.acme, QDate(2027, 5, 12), QDate(2027, 5, 14), false);
    QVERIFY(!twice);
    QVERIFY2(twice.error().sentence().contains(QStringLiteral("already")),
        qPrintable(twice.error().sentence()));
    QCOMPARE(holds.dateRanges(b.acme)->size(), 1);
    // A new preferred range makes the old one an alternate.
    VM_VERIFY_OK(holds.addDateRange(b.acme, QDate(2027, 9, 1), QDate(2027, 9, 2), true));
    ranges = holds.dateRanges(b.acme);
    QCOMPARE(ranges->first().start, QDate(2027, 9, 1));
    QVERIFY(!ranges->at(1).preferred);

    // A hold on another project's dates, or expiring after its first day: refused.
    auto foreign = holds.placeHold(draft(b.acmeRow, b.nordwindDays, {}, HoldStatus::Requested));
    QVERIFY(!foreign);
    QVERIFY(foreign.error().sentence().contains(QStringLiteral("date ranges")));
    auto late = holds.placeHold(
        draft(b.acmeRow, b.acmeDays, {}, HoldStatus::FirstOption, QDate(2027, 5, 13)));
    QVERIFY(!late);
    QVERIFY2(late.error().sentence().contains(QStringLiteral("12 May 2027")),
        qPrintable(late.error().sentence()));
    auto n = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM holds"));
    QCOMPARE(n->toInt(), 0);
    // The database refuses the same for a writer that skips the app.
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO holds (id, project_venue_id, venue_id, project_date_id, "
                       "starts_on, ends_on) VALUES (:id, :row, :venue, :range, '2027-05-14', "
                       "'2027-05-15')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":row"), b.acmeRow }, { QStringLiteral(":venue"), b.venue },
            { QStringLiteral(":range"), b.nordwindDays.id } }));
    n = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM holds"));
    QCOMPARE(n->toInt(), 0);
}

void tst_Holds::doubleBookingIsRefused()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    HoldRepository holds(*db, b.anna);
    // Acme has Hall A confirmed on 12–14 May; Nordwind wants 14–15 May (one day overlaps).
    auto acme = holds.placeHold(draft(b.acmeRow, b.acmeDays, b.partA, HoldStatus::Confirmed));
    VM_VERIFY_OK(acme);
    QCOMPARE(acme->start, QDate(2027, 5, 12));
    QCOMPARE(acme->spaceName, QStringLiteral("Hall A"));
    QCOMPARE(acme->projectTitle, QStringLiteral("Acme Pharma — Spring Summit"));
    // Options on the same room compete; they are allowed.
    auto option
        = holds.placeHold(draft(b.nordwindRow, b.nordwindDays, b.partA, HoldStatus::FirstOption));
    VM_VERIFY_OK(option);
    // Confirming it would double-book: refused, naming the other project; nothing changed.
    auto confirmed = holds.setStatus(option->id, option->version, HoldStatus::Confirmed);
    QVERIFY(!confirmed);
    QCOMPARE(confirmed.error().kind, DbError::Kind::Conflict);
    QVERIFY2(confirmed.error().sentence().contains(QStringLiteral("Acme Pharma — Spring Summit")),
        qPrintable(confirmed.error().sentence()));
    QCOMPARE(holds.fetchHold(option->id)->status, HoldStatus::FirstOption);
    // The hall that Hall A is part of, and the whole venue: refused too.
    for (const QString &spaceId : { b.hall, QString() }) {
        auto other
            = holds.placeHold(draft(b.nordwindRow, b.nordwindDays, spaceId, HoldStatus::Confirmed));
        QVERIFY2(!other, qPrintable(spaceId));
        QCOMPARE(other.error().kind, DbError::Kind::Conflict);
    }
    // Hall B (the other part), the terrace, and Hall A on other dates: fine.
    VM_VERIFY_OK(
        holds.placeHold(draft(b.nordwindRow, b.nordwindDays, b.partB, HoldStatus::Confirmed)));
    VM_VERIFY_OK(
        holds.placeHold(draft(b.nordwindRow, b.nordwindDays, b.terrace, HoldStatus::Confirmed)));
    VM_VERIFY_OK(
        holds.placeHold(draft(b.nordwindRow, b.nordwindAlternate, b.partA, HoldStatus::Confirmed)));
    QCOMPARE(confirmedCount(*db), 4);
    // Releasing Acme's hold frees Hall A: the option can now be confirmed.
    VM_VERIFY_OK(holds.setStatus(acme->id, acme->version, HoldStatus::Released));
    VM_VERIFY_OK(holds.setStatus(option->id, option->version, HoldStatus::Confirmed));
    // A stale version is a conflict, not a silent overwrite.
    auto stale = holds.setStatus(option->id, option->version, HoldStatus::Released);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, DbError::Kind::Conflict);
}

void tst_Holds::rawSqlCannotDoubleBook()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    HoldRepository holds(*db, b.anna);
    VM_VERIFY_OK(holds.placeHold(draft(b.acmeRow, b.acmeDays, {}, HoldStatus::Confirmed)));
    auto second
        = holds.placeHold(draft(b.nordwindRow, b.nordwindDays, b.terrace, HoldStatus::Tentative));
    VM_VERIFY_OK(second);
    // The existing backend (or anyone with SQL) confirming the terrace while the whole venue is
    // booked, or inserting a confirmed hold of the whole venue: refused by the database.
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE holds SET status = 'confirmed' WHERE id = :id"),
        { { QStringLiteral(":id"), second->id } }));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO holds (id, project_venue_id, venue_id, project_date_id, "
                       "starts_on, ends_on, status) VALUES (:id, :row, :venue, :range, "
                       "'2027-05-14', '2027-05-15', 'confirmed')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":row"), b.nordwindRow }, { QStringLiteral(":venue"), b.venue },
            { QStringLiteral(":range"), b.nordwindDays.id } }));
    QCOMPARE(confirmedCount(*db), 1);
    // Moving Nordwind's dates away from Acme's lets it through; moving them back is refused.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE project_dates SET starts_on = '2027-05-20', ends_on = '2027-05-21' "
                       "WHERE id = :id"),
        { { QStringLiteral(":id"), b.nordwindDays.id } }));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE holds SET status = 'confirmed' WHERE id = :id"),
        { { QStringLiteral(":id"), second->id } }));
    QCOMPARE(holds.fetchHold(second->id)->start, QDate(2027, 5, 20));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE project_dates SET starts_on = '2027-05-14', ends_on = '2027-05-15' "
                       "WHERE id = :id"),
        { { QStringLiteral(":id"), b.nordwindDays.id } }));
    QCOMPARE(confirmedCount(*db), 2);
}

// Two colleagues, each on their own connection, confirm competing holds at the same moment:
// exactly one succeeds and the other is told which project has the dates.
void tst_Holds::twoColleaguesConfirmAtOnce()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    for (int round = 0; round < 5; ++round) {
        HoldRepository holds(*db, b.anna);
        auto one = holds.placeHold(draft(b.acmeRow, b.acmeDays, b.partA, HoldStatus::FirstOption));
        auto two = holds.placeHold(
            draft(b.nordwindRow, b.nordwindDays, b.hall, HoldStatus::SecondOption));
        VM_VERIFY_OK(one);
        VM_VERIFY_OK(two);
        std::atomic<int> ready { 0 };
        QList<QString> outcome(2);
        auto confirm = [&](int who, const Hold &hold) {
            auto mine = db->openAnother(QStringLiteral("colleague-%1-%2").arg(round).arg(who));
            if (!mine) {
                outcome[who] = QStringLiteral("no connection");
                return;
            }
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            auto r = HoldRepository(*mine, b.anna)
                         .setStatus(hold.id, hold.version, HoldStatus::Confirmed);
            outcome[who] = r ? QStringLiteral("confirmed") : r.error().sentence();
        };
        std::thread a(confirm, 0, *one);
        std::thread c(confirm, 1, *two);
        a.join();
        c.join();
        QCOMPARE(outcome.count(QStringLiteral("confirmed")), 1);
        const QString refused
            = outcome.at(0) == QLatin1String("confirmed") ? outcome.at(1) : outcome.at(0);
        QVERIFY2(refused.contains(QStringLiteral("cannot be booked twice")), qPrintable(refused));
        QCOMPARE(confirmedCount(*db), 1);
        VM_VERIFY_OK(db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM holds")));
    }
}

void tst_Holds::releasePromotesTheSecondOption()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    HoldRepository holds(*db, b.anna);
    auto first = holds.placeHold(draft(b.acmeRow, b.acmeDays, b.terrace, HoldStatus::FirstOption));
    auto second = holds.placeHold(
        draft(b.nordwindRow, b.nordwindDays, b.terrace, HoldStatus::SecondOption));
    auto elsewhere
        = holds.placeHold(draft(b.nordwindRow, b.nordwindDays, b.partB, HoldStatus::SecondOption));
    VM_VERIFY_OK(first);
    VM_VERIFY_OK(second);
    VM_VERIFY_OK(elsewhere);
    auto promoted = holds.releaseAndPromote(first->id, first->version);
    VM_VERIFY_OK(promoted);
    QVERIFY(promoted->has_value());
    QCOMPARE((*promoted)->id, second->id);
    QCOMPARE((*promoted)->status, HoldStatus::FirstOption);
    QCOMPARE(holds.fetchHold(first->id)->status, HoldStatus::Released);
    QCOMPARE(holds.fetchHold(elsewhere->id)->status, HoldStatus::SecondOption); // another room
    // A stale release changes nothing, the promotion included.
    auto stale = holds.releaseAndPromote(first->id, first->version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, DbError::Kind::Conflict);
}

void tst_Holds::expiringHolds()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    HoldRepository holds(*db, b.anna);
    const QDate today(2027, 5, 1);
    VM_VERIFY_OK(holds.placeHold(
        draft(b.acmeRow, b.acmeDays, b.terrace, HoldStatus::FirstOption, QDate(2027, 5, 4))));
    VM_VERIFY_OK(holds.placeHold(
        draft(b.nordwindRow, b.nordwindDays, b.partB, HoldStatus::Tentative, QDate(2027, 5, 2))));
    VM_VERIFY_OK(holds.placeHold(draft(b.nordwindRow, b.nordwindAlternate, b.partA,
        HoldStatus::SecondOption, QDate(2027, 5, 20))));
    auto done = holds.placeHold(
        draft(b.acmeRow, b.acmeDays, b.partA, HoldStatus::Confirmed, QDate(2027, 5, 3)));
    VM_VERIFY_OK(done); // confirmed: no longer expires
    HoldQuery q;
    q.today = today;
    q.expiringWithinDays = 7;
    auto expiring = holds.holds(q);
    VM_VERIFY_OK(expiring);
    QCOMPARE(expiring->size(), 2);
    QCOMPARE(expiring->at(0).expiresOn, std::optional<QDate>(QDate(2027, 5, 2))); // soonest first
    QCOMPARE(expiring->at(0).venueName, QStringLiteral("Fábrica 21"));
    QCOMPARE(expiring->at(0).spaceName, QStringLiteral("Hall B"));
    QCOMPARE(expiring->at(1).projectTitle, QStringLiteral("Acme Pharma — Spring Summit"));
    // A venue's month: every hold across projects overlapping May.
    HoldQuery month;
    month.venueId = b.venue;
    month.from = QDate(2027, 5, 1);
    month.to = QDate(2027, 5, 31);
    auto may = holds.holds(month);
    VM_VERIFY_OK(may);
    QCOMPARE(may->size(), 3);
    QCOMPARE(may->first().start, QDate(2027, 5, 12));
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

// venuemapctl holds: dates, add, confirm (refused on a double booking, with the sentence),
// release with the promotion, and the expiring list as JSON and CSV.
void tst_Holds::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    const DatabaseUrl url = tmp.url();
    Ctl r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("add"), QStringLiteral("--project"), b.acme,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--from"),
            QStringLiteral("2027-05-12"), QStringLiteral("--to"), QStringLiteral("2027-05-14"),
            QStringLiteral("--space"), QStringLiteral("hall a"), QStringLiteral("--status"),
            QStringLiteral("confirmed") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("space"))
                 .toString(),
        QStringLiteral("Hall A"));
    // Nordwind's dates are not there yet: the sentence says how to add them.
    r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("add"), QStringLiteral("--project"), b.nordwind,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--from"),
            QStringLiteral("2027-05-13") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("holds dates --project")), qPrintable(r.err));
    r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("dates"), QStringLiteral("--project"), b.nordwind,
            QStringLiteral("--add"), QStringLiteral("--from"), QStringLiteral("2027-05-13") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
    r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("add"), QStringLiteral("--project"), b.nordwind,
            QStringLiteral("--venue"), b.venue, QStringLiteral("--from"),
            QStringLiteral("2027-05-13"), QStringLiteral("--space"), QStringLiteral("Grand Hall"),
            QStringLiteral("--status"), QStringLiteral("first_option"), QStringLiteral("--expires"),
            QStringLiteral("2027-05-01") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString option = QJsonDocument::fromJson(r.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    r = runCtl(url, { QStringLiteral("holds"), QStringLiteral("confirm"), option });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Acme Pharma — Spring Summit")), qPrintable(r.err));
    r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("list"), QStringLiteral("--venue"), b.venue,
            QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 3); // a header and two holds
    QVERIFY(r.out.contains(QStringLiteral("first_option")));
    // Releasing the first option leaves nothing to promote here; it is released.
    r = runCtl(url, { QStringLiteral("holds"), QStringLiteral("release"), option });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(HoldRepository(*db, {}).fetchHold(option)->status, HoldStatus::Released);
    r = runCtl(url,
        { QStringLiteral("holds"), QStringLiteral("list"), QStringLiteral("--expiring"),
            QStringLiteral("many") });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_Holds)
#include "tst_holds.moc"
