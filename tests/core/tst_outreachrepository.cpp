// OutreachRepository on both backends: adds and their log entries commit together or not at all,
// duplicates are named, status transitions set their dates, declines need a reason, client
// memory, conflicts between two connections, and a fixed number of queries per shortlist.
#include "repositories/cateringrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QJsonObject>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_OutreachRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addLogsAndRefusesDuplicates_data() { addBackendRows(); }
    void addLogsAndRefusesDuplicates();
    void failedAddLeavesNothing_data() { addBackendRows(); }
    void failedAddLeavesNothing();
    void statusTransitionsSetDates_data() { addBackendRows(); }
    void statusTransitionsSetDates();
    void declineNeedsReason_data() { addBackendRows(); }
    void declineNeedsReason();
    void concurrentEditsConflict_data() { addBackendRows(); }
    void concurrentEditsConflict();
    void editRowAndRemove_data() { addBackendRows(); }
    void editRowAndRemove();
    void clientMemory_data() { addBackendRows(); }
    void clientMemory();
    void fixedQueriesPerShortlist_data() { addBackendRows(); }
    void fixedQueriesPerShortlist();
    void countsAndChaseList_data() { addBackendRows(); }
    void countsAndChaseList();
    void reorder_data() { addBackendRows(); }
    void reorder();
};

struct World
{
    QString anna;
    Project project;
};

static World makeWorld(const Database &db, const QString &client = QStringLiteral("Acme"))
{
    World w;
    w.anna = insertUser(db, QStringLiteral("Anna"));
    ProjectRepository projects(db, w.anna);
    Project p;
    p.clientName = client;
    p.eventName = QStringLiteral("Summit");
    p.attendees = 100;
    p.city = QStringLiteral("Lisbon");
    auto r = projects.addProject(p);
    if (r)
        w.project = *r;
    return w;
}

void tst_OutreachRepository::addLogsAndRefusesDuplicates()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"));
    const QString gone = insertVenue(
        *db, VenueSpec { QStringLiteral("Gone Hall"), QStringLiteral("Lisbon"), 50, {}, {}, true });
    OutreachRepository repo(*db, w.anna);

    auto first = repo.addVenues(w.project.id, { loft });
    VM_VERIFY_OK(first);
    QCOMPARE(first->added.size(), 1);
    QVERIFY(first->alreadyShortlisted.isEmpty());

    auto second = repo.addVenues(w.project.id, { loft, mill, mill, gone });
    VM_VERIFY_OK(second);
    QCOMPARE(second->added.size(), 1);
    QCOMPARE(second->added.first().venueId, mill);
    QCOMPARE(second->alreadyShortlisted, QStringList { QStringLiteral("Harbour Loft") });
    QCOMPARE(second->notFound, QStringList { gone });

    auto list = repo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).venueName, QStringLiteral("Harbour Loft")); // in the order added
    QCOMPARE(list->at(1).venueName, QStringLiteral("Old Mill"));
    QCOMPARE(list->at(0).row.status, OutreachStatus::Draft);

    ActivityRepository log(*db, w.anna);
    auto entries = log.fetchForProject(w.project.id, Action::VenueAdded);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).sentence(), QStringLiteral("Anna added Old Mill to the shortlist"));
    QCOMPARE(entries->at(0).userId, w.anna);
    // The sample data and the agency's backend write "shortlisted" for the same event: the
    // "Venue added" filter shows those rows too.
    VM_VERIFY_OK(log.append(w.project.id, Action::Shortlisted,
        QJsonObject { { QStringLiteral("venue_name"), QStringLiteral("Glass House") } }));
    entries = log.fetchForProject(w.project.id, Action::VenueAdded);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 3);
    QStringList sentences;
    for (const ActivityEntry &e : *entries)
        sentences << e.sentence();
    QVERIFY2(sentences.contains(QStringLiteral("Anna added Glass House to the shortlist")),
        qPrintable(sentences.join(QStringLiteral(" | "))));

    // The database refuses a second row for the same venue too.
    auto direct = db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO project_venues (id, project_id, venue_id) VALUES (:id, :p, :v)"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":p"), w.project.id }, { QStringLiteral(":v"), loft } });
    QVERIFY(!direct);
    QCOMPARE(direct.error().kind, DbError::Kind::Duplicate);
}

void tst_OutreachRepository::failedAddLeavesNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"));
    // Somebody whose log entries cannot be written (no such person): the second statement of
    // each add fails, so the row it follows must not stay either.
    OutreachRepository ghost(*db, QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto r = ghost.addVenues(w.project.id, { loft, mill });
    QVERIFY(!r);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 0);
    QCOMPARE(countRows(*db,
                 QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'venue_added'")),
        0);

    // The same for a status change: the row keeps its status when the log cannot be written.
    OutreachRepository anna(*db, w.anna);
    auto added = anna.addVenues(w.project.id, { loft });
    VM_VERIFY_OK(added);
    auto moved = ghost.setStatus(added->added.first().id, 1, OutreachStatus::Sent);
    QVERIFY(!moved);
    auto list = anna.fetchShortlist(w.project.id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->first().row.status, OutreachStatus::Draft);
    QCOMPARE(list->first().row.version, 1);
    QVERIFY(!list->first().row.sentAt.isValid());

    // And a removal.
    QVERIFY(!ghost.removeVenue(added->added.first().id, 1));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 1);
}

void tst_OutreachRepository::statusTransitionsSetDates()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    OutreachRepository repo(*db, w.anna);
    auto added = repo.addVenues(w.project.id, { insertVenue(*db, QStringLiteral("Harbour Loft")) });
    VM_VERIFY_OK(added);
    const QString id = added->added.first().id;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    auto sent = repo.setStatus(id, 1, OutreachStatus::Sent);
    VM_VERIFY_OK(sent);
    QVERIFY(sent->sentAt.isValid());
    QVERIFY(sent->sentAt >= before);
    QVERIFY(!sent->respondedAt.isValid());
    QCOMPARE(sent->version, 2);

    auto awaiting = repo.setStatus(id, 2, OutreachStatus::Awaiting);
    VM_VERIFY_OK(awaiting);
    QCOMPARE(awaiting->sentAt, sent->sentAt); // still the first time it was sent

    auto responded = repo.setStatus(id, 3, OutreachStatus::Responded);
    VM_VERIFY_OK(responded);
    QVERIFY(responded->respondedAt.isValid());
    QCOMPARE(responded->sentAt, sent->sentAt);

    // What the database holds is what the repository said.
    auto stored = repo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(stored);
    const ProjectVenue &row = stored->first().row;
    QCOMPARE(row.status, OutreachStatus::Responded);
    QCOMPARE(row.sentAt.toMSecsSinceEpoch(), sent->sentAt.toMSecsSinceEpoch());
    QCOMPARE(row.respondedAt.toMSecsSinceEpoch(), responded->respondedAt.toMSecsSinceEpoch());
    QCOMPARE(row.version, 4);

    // Back to draft clears both dates.
    auto draft = repo.setStatus(id, 4, OutreachStatus::Draft);
    VM_VERIFY_OK(draft);
    QVERIFY(!draft->sentAt.isValid());
    QVERIFY(!draft->respondedAt.isValid());

    // Straight to declined (a phone call): both dates, and the reason.
    auto declined
        = repo.setStatus(id, 5, OutreachStatus::Declined, QStringLiteral("Booked that week"));
    VM_VERIFY_OK(declined);
    QVERIFY(declined->sentAt.isValid());
    QVERIFY(declined->respondedAt.isValid());
    QCOMPARE(declined->declineReason, QStringLiteral("Booked that week"));

    ActivityRepository log(*db, w.anna);
    auto entries = log.fetchForProject(w.project.id, Action::StatusChanged);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 5);
    QCOMPARE(entries->at(0).sentence(),
        QStringLiteral("Anna moved Harbour Loft to Declined (“Booked that week”)"));
    QCOMPARE(entries->at(2).sentence(), QStringLiteral("Anna moved Harbour Loft to Responded"));
}

void tst_OutreachRepository::declineNeedsReason()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    OutreachRepository repo(*db, w.anna);
    auto added = repo.addVenues(w.project.id, { insertVenue(*db, QStringLiteral("Harbour Loft")) });
    VM_VERIFY_OK(added);
    const QString id = added->added.first().id;
    auto r = repo.setStatus(id, 1, OutreachStatus::Declined, QStringLiteral("   "));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, DbError::Kind::Validation);
    QCOMPARE(
        countRows(*db,
            QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'status_changed'")),
        0);
    // The database refuses it too, whoever writes.
    auto direct = db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE project_venues SET outreach_status = 'declined' WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!direct);
    QCOMPARE(direct.error().kind, DbError::Kind::Validation);
    // Leaving declined clears the reason.
    auto declined = repo.setStatus(id, 1, OutreachStatus::Declined, QStringLiteral("Too small"));
    VM_VERIFY_OK(declined);
    auto back = repo.setStatus(id, 2, OutreachStatus::Awaiting);
    VM_VERIFY_OK(back);
    QVERIFY(back->declineReason.isEmpty());
    QVERIFY(!back->respondedAt.isValid());
}

void tst_OutreachRepository::concurrentEditsConflict()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto db2 = tmp.open(uniqueConnectionName(QStringLiteral("second")));
    VM_VERIFY_OK(db2);
    World w = makeWorld(*db);
    const QString ben = insertUser(*db, QStringLiteral("Ben"));
    OutreachRepository anna(*db, w.anna);
    OutreachRepository benRepo(*db2, ben);
    auto added = anna.addVenues(w.project.id, { insertVenue(*db, QStringLiteral("Harbour Loft")) });
    VM_VERIFY_OK(added);

    auto annaView = anna.fetchShortlist(w.project.id);
    auto benView = benRepo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(annaView);
    VM_VERIFY_OK(benView);

    ProjectVenue benRow = benView->first().row;
    benRow.quotedPriceCents = 12'345'67;
    VM_VERIFY_OK(benRepo.updateEntry(benRow));

    // Anna's copy is stale: her price and her status change are both refused.
    ProjectVenue annaRow = annaView->first().row;
    annaRow.quotedPriceCents = 99'00;
    auto saved = anna.updateEntry(annaRow);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, DbError::Kind::Conflict);
    auto moved = anna.setStatus(annaRow.id, annaRow.version, OutreachStatus::Sent);
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, DbError::Kind::Conflict);
    QVERIFY(!anna.removeVenue(annaRow.id, annaRow.version));

    auto now = anna.fetchShortlist(w.project.id);
    VM_VERIFY_OK(now);
    QCOMPARE(now->first().row.quotedPriceCents, std::optional<qint64>(12'345'67));
    QCOMPARE(now->first().row.status, OutreachStatus::Draft);
    QCOMPARE(now->first().row.version, 2);
}

void tst_OutreachRepository::editRowAndRemove()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    CateringRepository caterers(*db);
    CateringProvider feast;
    feast.name = QStringLiteral("Feast & Co");
    auto caterer = caterers.addProvider(feast);
    VM_VERIFY_OK(caterer);
    OutreachRepository repo(*db, w.anna);
    auto added = repo.addVenues(w.project.id, { insertVenue(*db, QStringLiteral("Harbour Loft")) });
    VM_VERIFY_OK(added);
    ProjectVenue row = added->added.first();
    row.includeInProposal = true;
    row.cateringProviderId = caterer->id;
    row.quotedPriceCents = 1'500'000'00LL;
    row.notes = QStringLiteral("Terrace included");
    auto saved = repo.updateEntry(row);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->version, 2);

    auto list = repo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(list);
    const ShortlistEntry &e = list->first();
    QVERIFY(e.row.includeInProposal);
    QCOMPARE(e.cateringName, QStringLiteral("Feast & Co"));
    QCOMPARE(e.row.quotedPriceCents, std::optional<qint64>(1'500'000'00LL));
    QCOMPARE(e.row.notes, QStringLiteral("Terrace included"));

    auto negative = row;
    negative.version = 2;
    negative.quotedPriceCents = -1;
    auto refused = repo.updateEntry(negative);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);

    VM_VERIFY_OK(repo.removeVenue(row.id, 2));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 0);
    ActivityRepository log(*db, w.anna);
    auto entries = log.fetchForProject(w.project.id);
    VM_VERIFY_OK(entries);
    QCOMPARE(
        entries->at(0).sentence(), QStringLiteral("Anna removed Harbour Loft from the shortlist"));
    QCOMPARE(entries->at(1).sentence(),
        QStringLiteral(
            "Anna changed the proposal inclusion, caterer, quoted price, notes of Harbour Loft"));
    // The log keeps its entries: neither UPDATE nor DELETE gets through.
    QVERIFY(!db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM activity_logs")));
    QVERIFY(
        !db->exec(QStringLiteral("test"), QStringLiteral("UPDATE activity_logs SET action = 'x'")));
}

void tst_OutreachRepository::clientMemory()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db, QStringLiteral("Acme"));
    ProjectRepository projects(*db, w.anna);
    OutreachRepository repo(*db, w.anna);
    const QString loft = insertVenue(*db, QStringLiteral("Harbour Loft"));
    const QString mill = insertVenue(*db, QStringLiteral("Old Mill"));
    const QString barn = insertVenue(*db, QStringLiteral("Red Barn"));
    const QString dock = insertVenue(*db, QStringLiteral("Dry Dock"));

    auto makeProject = [&](const QString &client, const QString &event, QDate date) {
        Project p;
        p.clientName = client;
        p.eventName = event;
        p.eventDate = date;
        return projects.addProject(p);
    };
    // Last year, the same client (spelled differently): Loft proposed, Mill declined.
    auto past
        = makeProject(QStringLiteral("ACME"), QStringLiteral("Winter Party"), QDate(2025, 12, 5));
    VM_VERIFY_OK(past);
    auto pastAdd = repo.addVenues(past->id, { loft, mill, dock });
    VM_VERIFY_OK(pastAdd);
    ProjectVenue proposed = pastAdd->added.at(0);
    proposed.includeInProposal = true;
    VM_VERIFY_OK(repo.updateEntry(proposed));
    VM_VERIFY_OK(repo.setStatus(pastAdd->added.at(1).id, 1, OutreachStatus::Declined,
        QStringLiteral("No catering allowed")));
    // Dock was only on the shortlist, neither proposed nor declined: nothing to remember.
    // Another client: Barn declined there, which says nothing about Acme.
    auto other
        = makeProject(QStringLiteral("Borealis"), QStringLiteral("Launch"), QDate(2026, 3, 1));
    VM_VERIFY_OK(other);
    auto otherAdd = repo.addVenues(other->id, { barn });
    VM_VERIFY_OK(otherAdd);
    VM_VERIFY_OK(repo.setStatus(
        otherAdd->added.first().id, 1, OutreachStatus::Declined, QStringLiteral("Closed")));

    VM_VERIFY_OK(repo.addVenues(w.project.id, { loft, mill, barn, dock }));
    auto list = repo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->size(), 4);
    QHash<QString, ShortlistEntry> byName;
    for (const auto &e : *list)
        byName.insert(e.venueName, e);
    QVERIFY(byName[QStringLiteral("Harbour Loft")].proposedToClientBefore());
    QCOMPARE(byName[QStringLiteral("Harbour Loft")].history.first().eventName,
        QStringLiteral("Winter Party"));
    QCOMPARE(byName[QStringLiteral("Harbour Loft")].history.first().projectId, past->id);
    QVERIFY(!byName[QStringLiteral("Harbour Loft")].declinedForClientBefore());
    QVERIFY(!byName[QStringLiteral("Old Mill")].proposedToClientBefore());
    QVERIFY(byName[QStringLiteral("Old Mill")].declinedForClientBefore());
    QCOMPARE(byName[QStringLiteral("Old Mill")].declinedForClientBefore()->declineReason,
        QStringLiteral("No catering allowed"));
    QVERIFY(byName[QStringLiteral("Red Barn")].history.isEmpty());
    QVERIFY(byName[QStringLiteral("Dry Dock")].history.isEmpty());
}

void tst_OutreachRepository::fixedQueriesPerShortlist()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World small = makeWorld(*db, QStringLiteral("Acme"));
    ProjectRepository projects(*db, small.anna);
    Project bigProject;
    bigProject.clientName = QStringLiteral("Acme");
    bigProject.eventName = QStringLiteral("Expo");
    auto big = projects.addProject(bigProject);
    VM_VERIFY_OK(big);
    QStringList few, many;
    for (int i = 0; i < 60; ++i) {
        const QString v
            = insertVenue(*db, QStringLiteral("Venue %1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(insertPhoto(*db, v, QByteArray("thumb-") + QByteArray::number(i), 1));
        QVERIFY(insertPhoto(*db, v, QByteArray("second-") + QByteArray::number(i), 2));
        (i < 3 ? few : many) << v;
        many << v;
    }
    OutreachRepository repo(*db, small.anna);
    VM_VERIFY_OK(repo.addVenues(small.project.id, few));
    VM_VERIFY_OK(repo.addVenues(big->id, many));

    repo.resetStatementCount();
    auto a = repo.fetchShortlist(small.project.id);
    VM_VERIFY_OK(a);
    const int forSmall = repo.statementCount();
    repo.resetStatementCount();
    auto b = repo.fetchShortlist(big->id);
    VM_VERIFY_OK(b);
    const int forBig = repo.statementCount();
    QCOMPARE(a->size(), 3);
    QCOMPARE(b->size(), 60);
    QCOMPARE(forSmall, forBig);
    // The shortlist with its thumbnails, and the client's history: two round trips to a distant
    // server (issue 17), however long the shortlist.
    QCOMPARE(forBig, 2);
    // Every row got its first photo's thumbnail; nothing was proposed before, so no memory.
    for (const auto &e : *b) {
        QVERIFY(e.thumbnail.startsWith("thumb-"));
        QVERIFY(e.history.isEmpty());
    }
}

void tst_OutreachRepository::countsAndChaseList()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    OutreachRepository repo(*db, w.anna);
    QStringList venues;
    for (const char *name :
        { "Alpha Hall", "Beta Barn", "Gamma Garden", "Delta Dock", "Echo Estate" })
        venues << insertVenue(*db, QString::fromLatin1(name));
    auto added = repo.addVenues(w.project.id, venues);
    VM_VERIFY_OK(added);
    const auto &rows = added->added;
    VM_VERIFY_OK(repo.setStatus(rows[0].id, 1, OutreachStatus::Sent));
    VM_VERIFY_OK(repo.setStatus(rows[1].id, 1, OutreachStatus::Awaiting));
    VM_VERIFY_OK(repo.setStatus(rows[2].id, 1, OutreachStatus::Awaiting));
    VM_VERIFY_OK(repo.setStatus(rows[3].id, 1, OutreachStatus::Declined, QStringLiteral("Full")));

    auto counts = repo.countsByStatus(w.project.id);
    VM_VERIFY_OK(counts);
    QCOMPARE(counts->value(OutreachStatus::Draft), 1);
    QCOMPARE(counts->value(OutreachStatus::Sent), 1);
    QCOMPARE(counts->value(OutreachStatus::Awaiting), 2);
    QCOMPARE(counts->value(OutreachStatus::Declined), 1);
    QCOMPARE(counts->value(OutreachStatus::Responded), 0);

    // Age the outreach: Alpha sent 10 days ago, Beta 4 days ago, Gamma today; Delta declined long
    // ago.
    const SqlDialect &d = db->dialect();
    auto age = [&](const QString &id, int days) {
        return db->exec(QStringLiteral("test"),
            QStringLiteral("UPDATE project_venues SET sent_at = :at WHERE id = :id"),
            { { QStringLiteral(":at"), d.toDb(QDateTime::currentDateTimeUtc().addDays(-days)) },
                { QStringLiteral(":id"), id } });
    };
    VM_VERIFY_OK(age(rows[0].id, 10));
    VM_VERIFY_OK(age(rows[1].id, 4));
    VM_VERIFY_OK(age(rows[3].id, 30));

    auto chase = repo.fetchChaseList(w.project.id, 3);
    VM_VERIFY_OK(chase);
    QCOMPARE(chase->size(), 2);
    QCOMPARE(chase->at(0).venueName, QStringLiteral("Alpha Hall")); // longest waiting first
    QCOMPARE(chase->at(0).daysWaiting, 10);
    QCOMPARE(chase->at(1).venueName, QStringLiteral("Beta Barn"));
    QCOMPARE(chase->at(1).contactEmail, QStringLiteral("dana@venue.example"));

    chase = repo.fetchChaseList(w.project.id, 7);
    VM_VERIFY_OK(chase);
    QCOMPARE(chase->size(), 1);
    // Across every active project.
    chase = repo.fetchChaseList({}, 0);
    VM_VERIFY_OK(chase);
    QCOMPARE(chase->size(), 3);
}

void tst_OutreachRepository::reorder()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    World w = makeWorld(*db);
    OutreachRepository repo(*db, w.anna);
    auto added = repo.addVenues(w.project.id,
        { insertVenue(*db, QStringLiteral("Alpha")), insertVenue(*db, QStringLiteral("Beta")),
            insertVenue(*db, QStringLiteral("Gamma")) });
    VM_VERIFY_OK(added);
    const auto &r = added->added;
    VM_VERIFY_OK(repo.reorder(w.project.id, { r[2].id, r[0].id, r[1].id }));
    auto list = repo.fetchShortlist(w.project.id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->at(0).venueName, QStringLiteral("Gamma"));
    QCOMPARE(list->at(1).venueName, QStringLiteral("Alpha"));
    QCOMPARE(list->at(2).venueName, QStringLiteral("Beta"));
    QCOMPARE(list->at(0).row.sortOrder, 0);
}

QTEST_GUILESS_MAIN(tst_OutreachRepository)
#include "tst_outreachrepository.moc"
