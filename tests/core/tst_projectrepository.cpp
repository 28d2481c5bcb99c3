// ProjectRepository on both backends: validation, create with its log entry, list with search,
// status filter and counts, optimistic locking between two connections.
#include "domain/spacefit.h"
#include "repositories/activityrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_ProjectRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndRead_data() { addBackendRows(); }
    void createAndRead();
    void validation_data() { addBackendRows(); }
    void validation();
    void listSearchFilterSort_data() { addBackendRows(); }
    void listSearchFilterSort();
    void concurrentEditsConflict_data() { addBackendRows(); }
    void concurrentEditsConflict();
    void statusCounts_data() { addBackendRows(); }
    void statusCounts();
    void roomNeedsAreKept_data() { addBackendRows(); }
    void roomNeedsAreKept();
};

static Project sample(const QString &client, const QString &event)
{
    Project p;
    p.clientName = client;
    p.eventName = event;
    p.eventDate = QDate(2027, 5, 14);
    p.attendees = 120;
    p.city = QStringLiteral("Lisbon");
    p.budgetCents = 2'500'000'00LL; // 2.5 million: must survive as exact money
    p.notes = QStringLiteral("Rooftop preferred");
    p.requiredFacilities = { QStringLiteral("stage"), QStringLiteral("parking") };
    return p;
}

void tst_ProjectRepository::createAndRead()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    ProjectRepository repo(*db, anna);
    auto created = repo.addProject(sample(QStringLiteral("  Acme  "), QStringLiteral("Summit")));
    VM_VERIFY_OK(created);
    QCOMPARE(created->clientName, QStringLiteral("Acme"));
    QCOMPARE(created->version, 1);

    auto read = repo.fetchProject(created->id);
    VM_VERIFY_OK(read);
    QCOMPARE(read->clientName, QStringLiteral("Acme"));
    QCOMPARE(read->eventDate, QDate(2027, 5, 14));
    QCOMPARE(read->attendees, std::optional<int>(120));
    QCOMPARE(read->budgetCents, std::optional<qint64>(2'500'000'00LL));
    QCOMPARE(read->requiredFacilities,
        (QStringList { QStringLiteral("stage"), QStringLiteral("parking") }));
    QCOMPARE(read->createdBy, anna);
    QCOMPARE(read->status, ProjectStatus::Active);

    // The creation is in the log, by the person who did it.
    ActivityRepository log(*db, anna);
    auto entries = log.fetchForProject(created->id);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, Action::ProjectCreated);
    QCOMPARE(entries->first().sentence(), QStringLiteral("Anna created the project"));

    auto missing = repo.fetchProject(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, DbError::Kind::NotFound);
}

void tst_ProjectRepository::validation()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    ProjectRepository repo(*db, insertUser(*db, QStringLiteral("Anna")));
    struct Case
    {
        QString client, event;
        std::optional<int> attendees;
        std::optional<qint64> budget;
    };
    const QList<Case> bad {
        { QStringLiteral(" "), QStringLiteral("Gala"), 10, 0 },
        { QStringLiteral("Acme"), QString(), 10, 0 },
        { QStringLiteral("Acme"), QStringLiteral("Gala"), -1, 0 },
        { QStringLiteral("Acme"), QStringLiteral("Gala"), 10, -100 },
    };
    for (const Case &c : bad) {
        Project p = sample(c.client, c.event);
        p.attendees = c.attendees;
        p.budgetCents = c.budget;
        auto r = repo.addProject(p);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, DbError::Kind::Validation);
        QVERIFY(!r.error().sentence().isEmpty());
    }
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM projects")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM activity_logs")), 0);
    // Zero attendees and no budget are fine.
    Project ok = sample(QStringLiteral("Acme"), QStringLiteral("Gala"));
    ok.attendees = 0;
    ok.budgetCents.reset();
    VM_VERIFY_OK(repo.addProject(ok));
}

void tst_ProjectRepository::listSearchFilterSort()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    ProjectRepository repo(*db, anna);
    Project a = sample(QStringLiteral("Acme"), QStringLiteral("Summer Gala"));
    a.eventDate = QDate(2027, 7, 1);
    Project b = sample(QStringLiteral("Borealis"), QStringLiteral("Kick-off 100%"));
    b.eventDate = QDate(2027, 1, 10);
    Project c = sample(QStringLiteral("Cobalt"), QStringLiteral("Retreat"));
    c.eventDate = {};
    c.status = ProjectStatus::Completed;
    auto pa = repo.addProject(a);
    auto pb = repo.addProject(b);
    auto pc = repo.addProject(c);
    VM_VERIFY_OK(pa);
    VM_VERIFY_OK(pb);
    VM_VERIFY_OK(pc);

    // Shortlist counts: two venues on Acme, one responded.
    OutreachRepository outreach(*db, anna);
    const QString v1 = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString v2 = insertVenue(*db, QStringLiteral("Old Mill"));
    auto added = outreach.addVenues(pa->id, { v1, v2 });
    VM_VERIFY_OK(added);
    VM_VERIFY_OK(outreach.setStatus(added->added.at(0).id, 1, OutreachStatus::Responded));

    auto all = repo.fetchProjects({});
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    // By event date, undated last.
    QCOMPARE(all->at(0).project.clientName, QStringLiteral("Borealis"));
    QCOMPARE(all->at(1).project.clientName, QStringLiteral("Acme"));
    QCOMPARE(all->at(2).project.clientName, QStringLiteral("Cobalt"));
    QCOMPARE(all->at(1).shortlisted, 2);
    QCOMPARE(all->at(1).responded, 1);
    QCOMPARE(all->at(0).shortlisted, 0);
    // A decline is an answer too (the list's "Answered" column; a walkthrough found 0 shown for
    // a project whose venues had all declined).
    VM_VERIFY_OK(outreach.setStatus(
        added->added.at(1).id, 1, OutreachStatus::Declined, QStringLiteral("Fully booked")));
    auto answered = repo.fetchProjects({});
    VM_VERIFY_OK(answered);
    QCOMPARE(answered->at(1).responded, 2);

    ProjectFilter f;
    f.search = QStringLiteral("gala"); // event name, case-insensitive
    auto found = repo.fetchProjects(f);
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().project.id, pa->id);

    f.search = QStringLiteral("100%"); // wildcards are literal
    found = repo.fetchProjects(f);
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().project.id, pb->id);

    f.search = QStringLiteral("bal"); // client name: Cobalt
    found = repo.fetchProjects(f);
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().project.id, pc->id);

    ProjectFilter byStatus;
    byStatus.status = ProjectStatus::Completed;
    found = repo.fetchProjects(byStatus);
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().project.clientName, QStringLiteral("Cobalt"));

    ProjectFilter byClientDesc;
    byClientDesc.sort = ProjectFilter::Sort::ClientName;
    byClientDesc.descending = true;
    found = repo.fetchProjects(byClientDesc);
    VM_VERIFY_OK(found);
    QCOMPARE(found->first().project.clientName, QStringLiteral("Cobalt"));
    QCOMPARE(found->last().project.clientName, QStringLiteral("Acme"));
}

void tst_ProjectRepository::concurrentEditsConflict()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto db2 = tmp.open(uniqueConnectionName(QStringLiteral("second")));
    VM_VERIFY_OK(db2);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString ben = insertUser(*db, QStringLiteral("Ben"));
    ProjectRepository annaRepo(*db, anna);
    ProjectRepository benRepo(*db2, ben);
    auto created = annaRepo.addProject(sample(QStringLiteral("Acme"), QStringLiteral("Summit")));
    VM_VERIFY_OK(created);

    auto annaCopy = annaRepo.fetchProject(created->id);
    auto benCopy = benRepo.fetchProject(created->id);
    VM_VERIFY_OK(annaCopy);
    VM_VERIFY_OK(benCopy);

    benCopy->attendees = 300;
    auto benSaved = benRepo.updateProject(*benCopy);
    VM_VERIFY_OK(benSaved);
    QCOMPARE(benSaved->version, 2);

    annaCopy->attendees = 80;
    annaCopy->city = QStringLiteral("Porto");
    auto annaSaved = annaRepo.updateProject(*annaCopy);
    QVERIFY(!annaSaved);
    QCOMPARE(annaSaved.error().kind, DbError::Kind::Conflict);

    // Ben's change stands; nothing of Anna's was written, not even a log entry.
    auto now = annaRepo.fetchProject(created->id);
    VM_VERIFY_OK(now);
    QCOMPARE(now->attendees, std::optional<int>(300));
    QCOMPARE(now->city, QStringLiteral("Lisbon"));
    QCOMPARE(now->version, 2);
    ActivityRepository log(*db, anna);
    auto entries = log.fetchForProject(created->id, Action::ProjectUpdated);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().sentence(), QStringLiteral("Ben changed the project's attendees"));

    // Anna reloads and saves on top of the new version.
    now->city = QStringLiteral("Porto");
    VM_VERIFY_OK(annaRepo.updateProject(*now));
}

void tst_ProjectRepository::statusCounts()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    ProjectRepository repo(*db, insertUser(*db, QStringLiteral("Anna")));
    for (int i = 0; i < 3; ++i)
        VM_VERIFY_OK(
            repo.addProject(sample(QStringLiteral("Acme"), QStringLiteral("Event %1").arg(i))));
    Project done = sample(QStringLiteral("Acme"), QStringLiteral("Done"));
    done.status = ProjectStatus::Completed;
    VM_VERIFY_OK(repo.addProject(done));
    auto counts = repo.countByStatus();
    VM_VERIFY_OK(counts);
    QCOMPARE(counts->value(ProjectStatus::Active), 3);
    QCOMPARE(counts->value(ProjectStatus::Completed), 1);
    QCOMPARE(counts->value(ProjectStatus::Cancelled), 0);
}

QTEST_GUILESS_MAIN(tst_ProjectRepository)
// A project's layout and breakouts (issue 13) are stored, read back, logged as changed, refused
// out of range with a sentence, and refused by the database itself for a writer that skips the
// app (the agency's existing backend).
void tst_ProjectRepository::roomNeedsAreKept()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    ProjectRepository repo(*db, anna);
    Project p = sample(QStringLiteral("Acme"), QStringLiteral("Kick-off"));
    p.mainLayout = SpaceLayout::Theatre;
    p.breakoutRooms = 4;
    p.breakoutCapacity = 30;
    p.breakoutLayout = SpaceLayout::UShape;
    auto created = repo.addProject(p);
    VM_VERIFY_OK(created);
    auto read = repo.fetchProject(created->id);
    VM_VERIFY_OK(read);
    QCOMPARE(read->mainLayout, std::optional<SpaceLayout>(SpaceLayout::Theatre));
    QCOMPARE(read->breakoutRooms, 4);
    QCOMPARE(read->breakoutCapacity, 30);
    QCOMPARE(read->breakoutLayout, std::optional<SpaceLayout>(SpaceLayout::UShape));
    QCOMPARE(roomNeedsOf(*read).describe(),
        QStringLiteral("120 theatre-style · 4 breakout rooms of 30 in a U-shape"));

    // Cleared again: no layout asked.
    Project cleared = *read;
    cleared.mainLayout.reset();
    cleared.breakoutRooms = 0;
    cleared.breakoutCapacity = 0;
    cleared.breakoutLayout.reset();
    VM_VERIFY_OK(repo.updateProject(cleared));
    read = repo.fetchProject(created->id);
    VM_VERIFY_OK(read);
    QVERIFY(!read->mainLayout);
    QVERIFY(!roomNeedsOf(*read).any());
    auto entries = ActivityRepository(*db, anna).fetchForProject(created->id);
    VM_VERIFY_OK(entries);
    QStringList said;
    for (const auto &e : std::as_const(*entries))
        said << e.sentence();
    QVERIFY2(said.contains(QStringLiteral("Anna changed the project's layout, breakouts")),
        qPrintable(said.join(QLatin1Char('|'))));

    // Out of range: a sentence, nothing written.
    Project tooMany = *read;
    tooMany.breakoutRooms = 51;
    tooMany.breakoutLayout = SpaceLayout::Classroom;
    tooMany.breakoutCapacity = 20;
    auto refused = repo.updateProject(tooMany);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);
    QVERIFY2(refused.error().sentence().contains(QStringLiteral("breakout rooms")),
        qPrintable(refused.error().sentence()));
    QCOMPARE(repo.fetchProject(created->id)->version, read->version);

    // The database refuses what the app would: a layout it does not know, a negative count.
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE projects SET main_layout = 'circus' WHERE id = :id"),
        { { QStringLiteral(":id"), created->id } }));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE projects SET breakout_rooms = -1 WHERE id = :id"),
        { { QStringLiteral(":id"), created->id } }));
}

#include "tst_projectrepository.moc"
