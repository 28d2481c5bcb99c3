// The shortlist's use case without widgets, on both backends: each kind of change saved with the
// row's version, a colleague's change first coming back as a conflict with their rows, a refusal
// as a failure, and submit() running the changes in order off the calling thread.
#include "repositories/cateringrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "services/shortlisteditor.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_ShortlistEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applySavesEachChange_data() { addBackendRows(); }
    void applySavesEachChange();
    void applyAddsAndReorders_data() { addBackendRows(); }
    void applyAddsAndReorders();
    void applyConflictReturnsTheirs_data() { addBackendRows(); }
    void applyConflictReturnsTheirs();
    void applyRefusalFails_data() { addBackendRows(); }
    void applyRefusalFails();
    void submitRunsInOrderOffTheCallingThread_data() { addBackendRows(); }
    void submitRunsInOrderOffTheCallingThread();
    void submitReportsAColleaguesChange_data() { addBackendRows(); }
    void submitReportsAColleaguesChange();
    void destroyedWhileBusy_data() { addBackendRows(); }
    void destroyedWhileBusy();
};

namespace {
struct Book
{
    QString anna;
    Project project;
    QList<ProjectVenue> rows;
    CateringProvider caterer;
};

Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = QStringLiteral("Summit");
    b.project = *ProjectRepository(db, b.anna).addProject(p);
    CateringProvider c;
    c.name = QStringLiteral("Feast & Co");
    b.caterer = *CateringRepository(db).addProvider(c);
    QStringList ids;
    for (const char *n : { "Harbour Loft", "Old Mill", "Red Barn" })
        ids << insertVenue(db, QString::fromLatin1(n));
    b.rows = OutreachRepository(db, b.anna).addVenues(b.project.id, ids)->added;
    return b;
}

ProjectVenue rowIn(const Database &db, const Book &b, int index)
{
    auto rows = OutreachRepository(db, b.anna).fetchShortlist(b.project.id);
    return rows && index < rows->size() ? rows->at(index).row : ProjectVenue();
}
} // namespace

void tst_ShortlistEditor::applySavesEachChange()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    OutreachRepository repo(*db, b.anna);

    ProjectVenue row = b.rows.first();
    const QList<ShortlistChange> changes { ShortlistChange::includeInProposal(true),
        ShortlistChange::caterer(b.caterer.id), ShortlistChange::price(1'250'050),
        ShortlistChange::notesText(QStringLiteral("Terrace")),
        ShortlistChange::moveTo(OutreachStatus::Sent) };
    for (const ShortlistChange &change : changes) {
        const ShortlistOutcome outcome = ShortlistEditor::apply(repo, b.project.id, row, change);
        QCOMPARE(outcome.kind, ShortlistOutcome::Kind::Saved);
        QCOMPARE(outcome.projectId, b.project.id);
        QCOMPARE(outcome.projectVenueId, row.id);
        QCOMPARE(outcome.stored.version, row.version + 1);
        row = outcome.stored;
    }
    const ProjectVenue stored = rowIn(*db, b, 0);
    QVERIFY(stored.includeInProposal);
    QCOMPARE(stored.cateringProviderId, b.caterer.id);
    QCOMPARE(stored.quotedPriceCents, std::optional<qint64>(1'250'050));
    QCOMPARE(stored.notes, QStringLiteral("Terrace"));
    QCOMPARE(stored.status, OutreachStatus::Sent);
    QCOMPARE(stored.version, row.version);

    const ShortlistOutcome declined = ShortlistEditor::apply(repo, b.project.id, b.rows.at(1),
        ShortlistChange::moveTo(OutreachStatus::Declined, QStringLiteral("Closed")));
    QCOMPARE(declined.kind, ShortlistOutcome::Kind::Saved);
    QCOMPARE(declined.stored.declineReason, QStringLiteral("Closed"));

    const ShortlistOutcome removed
        = ShortlistEditor::apply(repo, b.project.id, b.rows.at(2), ShortlistChange::remove());
    QCOMPARE(removed.kind, ShortlistOutcome::Kind::Removed);
    QCOMPARE(repo.fetchShortlist(b.project.id)->size(), 2);
}

void tst_ShortlistEditor::applyAddsAndReorders()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    OutreachRepository repo(*db, b.anna);
    const QString spare = insertVenue(*db, QStringLiteral("Spare Hall"));

    const ShortlistOutcome added = ShortlistEditor::apply(
        repo, b.project.id, {}, ShortlistChange::addVenues({ b.rows.first().venueId, spare }));
    QCOMPARE(added.kind, ShortlistOutcome::Kind::Added);
    QCOMPARE(added.added.added.size(), 1);
    QCOMPARE(added.added.added.first().venueId, spare);
    QCOMPARE(added.added.alreadyShortlisted, QStringList { QStringLiteral("Harbour Loft") });
    QVERIFY(added.shortlist);
    QCOMPARE(added.shortlist->size(), 4);
    QCOMPARE(added.shortlist->last().venueName, QStringLiteral("Spare Hall"));

    QStringList order;
    for (const ShortlistEntry &e : *added.shortlist)
        order << e.row.id;
    order.move(3, 0);
    const ShortlistOutcome reordered
        = ShortlistEditor::apply(repo, b.project.id, {}, ShortlistChange::reorder(order));
    QCOMPARE(reordered.kind, ShortlistOutcome::Kind::Saved);
    QVERIFY(reordered.shortlist);
    QCOMPARE(reordered.shortlist->first().venueName, QStringLiteral("Spare Hall"));
    QCOMPARE(repo.fetchShortlist(b.project.id)->first().venueName, QStringLiteral("Spare Hall"));
}

void tst_ShortlistEditor::applyConflictReturnsTheirs()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto db2 = tmp.open(uniqueConnectionName(QStringLiteral("ben")));
    VM_VERIFY_OK(db2);
    const Book b = makeBook(*db);
    OutreachRepository anna(*db, b.anna);
    OutreachRepository ben(*db2, insertUser(*db, QStringLiteral("Ben")));

    // Ben moves the row first: Anna's note, made on the row as she saw it, is not saved.
    VM_VERIFY_OK(ben.setStatus(b.rows.first().id, 1, OutreachStatus::Responded));
    const ShortlistOutcome note = ShortlistEditor::apply(
        anna, b.project.id, b.rows.first(), ShortlistChange::notesText(QStringLiteral("Mine")));
    QCOMPARE(note.kind, ShortlistOutcome::Kind::Conflict);
    QCOMPARE(note.error.kind, DbError::Kind::Conflict);
    QVERIFY(note.shortlist);
    QCOMPARE(note.shortlist->size(), 3);
    QCOMPARE(note.shortlist->first().row.status, OutreachStatus::Responded);
    QVERIFY(note.shortlist->first().row.notes.isEmpty());
    QVERIFY(rowIn(*db, b, 0).notes.isEmpty());

    // Ben takes a venue off the shortlist: Anna's status change finds it gone.
    VM_VERIFY_OK(ben.removeVenue(b.rows.at(1).id, 1));
    const ShortlistOutcome gone = ShortlistEditor::apply(
        anna, b.project.id, b.rows.at(1), ShortlistChange::moveTo(OutreachStatus::Sent));
    QCOMPARE(gone.kind, ShortlistOutcome::Kind::Conflict);
    QVERIFY(
        gone.error.kind == DbError::Kind::NotFound || gone.error.kind == DbError::Kind::Conflict);
    QVERIFY(gone.shortlist);
    QCOMPARE(gone.shortlist->size(), 2);
}

void tst_ShortlistEditor::applyRefusalFails()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    OutreachRepository repo(*db, b.anna);
    const ShortlistOutcome outcome = ShortlistEditor::apply(repo, b.project.id, b.rows.first(),
        ShortlistChange::moveTo(OutreachStatus::Declined, QStringLiteral("   ")));
    QCOMPARE(outcome.kind, ShortlistOutcome::Kind::Failed);
    QCOMPARE(outcome.error.kind, DbError::Kind::Validation);
    QVERIFY(!outcome.shortlist);
    QCOMPARE(rowIn(*db, b, 0).status, OutreachStatus::Draft);
}

void tst_ShortlistEditor::submitRunsInOrderOffTheCallingThread()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    ShortlistEditor editor(*db, b.anna);
    QSignalSpy finished(&editor, &ShortlistEditor::finished);

    // Four quick changes of one row, each from the row as the caller first saw it.
    const ProjectVenue seen = b.rows.first();
    QList<quint64> tickets;
    tickets << editor.submit(b.project.id, seen, ShortlistChange::includeInProposal(true));
    tickets << editor.submit(
        b.project.id, seen, ShortlistChange::notesText(QStringLiteral("Terrace")));
    tickets << editor.submit(b.project.id, seen, ShortlistChange::price(900'000));
    tickets << editor.submit(b.project.id, seen, ShortlistChange::moveTo(OutreachStatus::Sent));
    QVERIFY(editor.isBusy());
    QCOMPARE(finished.size(), 0); // the caller's thread ran nothing: the outcomes arrive as events
    QTRY_COMPARE(finished.size(), 4);
    QVERIFY(!editor.isBusy());
    for (int i = 0; i < finished.size(); ++i) {
        const auto outcome = finished.at(i).first().value<ShortlistOutcome>();
        QCOMPARE(outcome.ticket, tickets.at(i));
        QCOMPARE(outcome.kind, ShortlistOutcome::Kind::Saved);
        QCOMPARE(outcome.stored.version, seen.version + i + 1);
    }
    // Each change was applied to the row the one before saved: none undid another.
    const ProjectVenue stored = rowIn(*db, b, 0);
    QVERIFY(stored.includeInProposal);
    QCOMPARE(stored.notes, QStringLiteral("Terrace"));
    QCOMPARE(stored.quotedPriceCents, std::optional<qint64>(900'000));
    QCOMPARE(stored.status, OutreachStatus::Sent);
}

void tst_ShortlistEditor::submitReportsAColleaguesChange()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto db2 = tmp.open(uniqueConnectionName(QStringLiteral("ben")));
    VM_VERIFY_OK(db2);
    const Book b = makeBook(*db);
    OutreachRepository ben(*db2, insertUser(*db, QStringLiteral("Ben")));
    VM_VERIFY_OK(ben.updateEntry([&] {
        ProjectVenue theirs = b.rows.first();
        theirs.notes = QStringLiteral("Ben's");
        return theirs;
    }()));

    ShortlistEditor editor(*db, b.anna);
    QSignalSpy finished(&editor, &ShortlistEditor::finished);
    editor.submit(
        b.project.id, b.rows.first(), ShortlistChange::notesText(QStringLiteral("Anna's")));
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ShortlistOutcome>();
    QCOMPARE(outcome.kind, ShortlistOutcome::Kind::Conflict);
    QVERIFY(outcome.shortlist);
    QCOMPARE(outcome.shortlist->first().row.notes, QStringLiteral("Ben's"));
    QCOMPARE(rowIn(*db, b, 0).notes, QStringLiteral("Ben's"));

    // From their row, Anna's change saves.
    editor.submit(b.project.id, outcome.shortlist->first().row,
        ShortlistChange::notesText(QStringLiteral("Anna's")));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().value<ShortlistOutcome>().kind, ShortlistOutcome::Kind::Saved);
    QCOMPARE(rowIn(*db, b, 0).notes, QStringLiteral("Anna's"));
}

void tst_ShortlistEditor::destroyedWhileBusy()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    {
        ShortlistEditor editor(*db, b.anna);
        for (int i = 0; i < 5; ++i)
            editor.submit(
                b.project.id, b.rows.first(), ShortlistChange::notesText(QString::number(i)));
    } // the change in progress ends, the rest are dropped, the connection closes on its own thread
    QTest::qWait(20); // no outcome is delivered to the editor that is gone
    const ProjectVenue stored = rowIn(*db, b, 0);
    QVERIFY(stored.version <= b.rows.first().version + 1);
}

QTEST_GUILESS_MAIN(tst_ShortlistEditor)
#include "tst_shortlisteditor.moc"
