// SuggestionService on both backends, on a small hand-made book whose right answers are known.
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/suggestionservice.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_Suggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreParts_data();
    void scoreParts();
    void ranking_data() { addBackendRows(); }
    void ranking();
    void projectCityFirst_data() { addBackendRows(); }
    void projectCityFirst();
};

void tst_Suggestions::scoreParts_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QStringList>("facilities");
    QTest::addColumn<double>("rating");
    QTest::addColumn<int>("contacted");
    QTest::addColumn<int>("responded");
    QTest::addColumn<int>("declined");
    QTest::addColumn<int>("proposed");
    QTest::addColumn<double>("expected");
    const QStringList both { QStringLiteral("stage"), QStringLiteral("parking") };
    // attendees 100, Lisbon, needs stage + parking
    QTest::newRow("perfect") << 150 << "Lisbon" << both << 5.0 << 0 << 0 << 0 << 0 << 80.0;
    QTest::newRow("too small") << 99 << "Lisbon" << both << 5.0 << 0 << 0 << 0 << 0 << 50.0;
    QTest::newRow("far too big") << 400 << "lisbon" << both << 0.0 << 0 << 0 << 0 << 0 << 55.0;
    QTest::newRow("other city, half facilities")
        << 100 << "Porto" << QStringList { QStringLiteral("Stage") } << 2.5 << 0 << 0 << 0 << 0
        << 45.0;
    QTest::newRow("history") << 0 << "" << QStringList {} << 0.0 << 4 << 1 << 2 << 1
                             << (10.0 + 2.5 - 5.0);
}

void tst_Suggestions::scoreParts()
{
    QFETCH(int, capacity);
    QFETCH(QString, city);
    QFETCH(QStringList, facilities);
    QFETCH(double, rating);
    QFETCH(int, contacted);
    QFETCH(int, responded);
    QFETCH(int, declined);
    QFETCH(int, proposed);
    QFETCH(double, expected);
    Project p;
    p.attendees = 100;
    p.city = QStringLiteral("Lisbon");
    p.requiredFacilities = { QStringLiteral("stage"), QStringLiteral("parking") };
    Suggestion s;
    s.capacity = capacity;
    s.city = city;
    s.facilities = facilities;
    s.rating = rating;
    s.contacted = contacted;
    s.responded = responded;
    s.declined = declined;
    s.proposedToClient = proposed;
    QCOMPARE(SuggestionService::score(p, s).total(), expected);
}

void tst_Suggestions::ranking()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    ProjectRepository projects(*db, anna);
    OutreachRepository outreach(*db, anna);
    const QStringList both { QStringLiteral("stage"), QStringLiteral("parking") };

    const QString perfect = insertVenue(*db,
        VenueSpec { QStringLiteral("Perfect Place"), QStringLiteral("Lisbon"), 150, 5.0, both });
    const QString small = insertVenue(
        *db, VenueSpec { QStringLiteral("Too Small"), QStringLiteral("Lisbon"), 50, 4.0, both });
    const QString porto = insertVenue(*db,
        VenueSpec { QStringLiteral("Porto Hall"), QStringLiteral("Porto"), 100, 3.0,
            { QStringLiteral("stage") } });
    const QString favourite = insertVenue(
        *db, VenueSpec { QStringLiteral("Acme Favourite"), QStringLiteral("Porto"), 400, 4.0, {} });
    const QString flaky = insertVenue(
        *db, VenueSpec { QStringLiteral("Flaky Fort"), QStringLiteral("Lisbon"), 200, 5.0, both });
    const QString shortlisted = insertVenue(*db,
        VenueSpec { QStringLiteral("Already There"), QStringLiteral("Lisbon"), 120, 5.0, both });
    insertVenue(*db,
        VenueSpec {
            QStringLiteral("Deleted Dome"), QStringLiteral("Lisbon"), 120, 5.0, both, true });

    auto addProject = [&](const QString &client, const QString &event) {
        Project p;
        p.clientName = client;
        p.eventName = event;
        return projects.addProject(p);
    };
    // History: Acme (any spelling) had the Favourite in a proposal and it answered; Flaky declined
    // Acme and another client.
    auto past = addProject(QStringLiteral("ACME"), QStringLiteral("Winter Party"));
    auto other = addProject(QStringLiteral("Borealis"), QStringLiteral("Launch"));
    VM_VERIFY_OK(past);
    VM_VERIFY_OK(other);
    auto pastRows = outreach.addVenues(past->id, { favourite, flaky });
    auto otherRows = outreach.addVenues(other->id, { favourite, flaky });
    VM_VERIFY_OK(pastRows);
    VM_VERIFY_OK(otherRows);
    ProjectVenue fav = pastRows->added.at(0);
    fav.includeInProposal = true;
    VM_VERIFY_OK(outreach.updateEntry(fav));
    VM_VERIFY_OK(outreach.setStatus(fav.id, 2, OutreachStatus::Responded));
    VM_VERIFY_OK(outreach.setStatus(otherRows->added.at(0).id, 1, OutreachStatus::Responded));
    VM_VERIFY_OK(outreach.setStatus(
        pastRows->added.at(1).id, 1, OutreachStatus::Declined, QStringLiteral("Full")));
    VM_VERIFY_OK(outreach.setStatus(
        otherRows->added.at(1).id, 1, OutreachStatus::Declined, QStringLiteral("Full")));

    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = QStringLiteral("Summit");
    p.attendees = 100;
    p.city = QStringLiteral("Lisbon");
    p.requiredFacilities = both;
    auto project = projects.addProject(p);
    VM_VERIFY_OK(project);
    VM_VERIFY_OK(outreach.addVenues(project->id, { shortlisted }));

    SuggestionService service(*db);
    auto ranked = service.suggest(*project, 10);
    VM_VERIFY_OK(ranked);
    QStringList names;
    for (const auto &s : *ranked)
        names << QStringLiteral("%1=%2").arg(s.name).arg(s.score.total());
    // Perfect 30+20+20+10 = 80; Flaky 30+20+20+10-10 = 70; Too Small 0+20+20+8 = 48;
    // Porto 30+0+10+6 = 46; Favourite 15+0+0+8+10 (proposed to Acme)+10 (answered 2 of 2) = 43.
    QCOMPARE(names,
        (QStringList { QStringLiteral("Perfect Place=80"), QStringLiteral("Flaky Fort=70"),
            QStringLiteral("Too Small=48"), QStringLiteral("Porto Hall=46"),
            QStringLiteral("Acme Favourite=43") }));
    const Suggestion &f = ranked->last();
    QCOMPARE(f.proposedToClient, 1);
    QCOMPARE(f.contacted, 2);
    QCOMPARE(f.responded, 2);
    QCOMPARE(f.score.pastProposals, 10.0);
    QCOMPARE(f.score.replyRate, 10.0);
    QCOMPARE(f.score.capacity, 15.0);
    QCOMPARE(ranked->at(1).score.declineRate, -10.0);
    Q_UNUSED(perfect);
    Q_UNUSED(small);
    Q_UNUSED(porto);
}

// Issue 19: a Berlin project's top suggestion was in London. The city's venues come first, and
// the city's one room big enough is found even when the city has hundreds of better-rated small
// ones and other cities have hundreds of rooms that fit.
void tst_Suggestions::projectCityFirst()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QStringList needs { QStringLiteral("stage"), QStringLiteral("parking") };
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN")));
    for (int i = 0; i < 310; ++i) {
        insertVenue(*db,
            VenueSpec { QStringLiteral("Berlin Salon %1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("Berlin"), 16, 5.0, needs });
        insertVenue(*db,
            VenueSpec { QStringLiteral("London Arena %1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("London"), 1269 + i % 200, 5.0, needs });
    }
    const QString hall = insertVenue(*db,
        VenueSpec { QStringLiteral("Berlin Messehalle"), QStringLiteral("Berlin"), 1500, 3.0, {} });
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), QStringLiteral("COMMIT")));

    ProjectRepository projects(*db, anna);
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Jahrestagung");
    p.attendees = 1269;
    p.city = QStringLiteral("Berlin");
    p.requiredFacilities = needs;
    auto project = projects.addProject(p);
    VM_VERIFY_OK(project);
    auto ranked = SuggestionService(*db).suggest(*project, 50);
    VM_VERIFY_OK(ranked);
    QVERIFY(!ranked->isEmpty());
    QCOMPARE(ranked->first().venueId, hall);
    // Every Berlin venue among the candidates comes before any venue elsewhere.
    bool elsewhere = false;
    for (const Suggestion &s : *ranked) {
        if (s.city != QLatin1String("Berlin"))
            elsewhere = true;
        else
            QVERIFY2(!elsewhere, qPrintable(s.name));
    }
    QCOMPARE(ranked->size(), 50);
}

QTEST_GUILESS_MAIN(tst_Suggestions)
#include "tst_suggestions.moc"
