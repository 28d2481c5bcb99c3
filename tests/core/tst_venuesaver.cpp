// The venue save workflow without widgets, on both backends: a new venue with the duplicate
// check and one id across retries, an edit at its version, a colleague's save in between (their
// version back, or saved when they hold exactly this), the merge, and the worker-thread saver.
#include "testdatabase.h"
#include "venuetestdata.h"

#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "services/venuesaver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;

using Kind = VenueSaveOutcome::Kind;

namespace {
qint64 venueCount(const Database &db)
{
    auto n = db.scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM venues"));
    return n ? n->toLongLong() : -1;
}
} // namespace

class TestVenueSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsANewVenue_data() { addBackendRows(); }
    void addsANewVenue();
    void duplicateUntilAcknowledged_data() { addBackendRows(); }
    void duplicateUntilAcknowledged();
    void retryFindsTheRowAnEarlierTryAdded_data() { addBackendRows(); }
    void retryFindsTheRowAnEarlierTryAdded();
    void editSavesAtItsVersion_data() { addBackendRows(); }
    void editSavesAtItsVersion();
    void conflictThenMerge_data() { addBackendRows(); }
    void conflictThenMerge();
    void takingTheirsWritesNothing_data() { addBackendRows(); }
    void takingTheirsWritesNothing();
    void colleagueHoldingTheSameIsSaved_data() { addBackendRows(); }
    void colleagueHoldingTheSameIsSaved();
    void invalidIsFailedWithTheSentence_data() { addBackendRows(); }
    void invalidIsFailedWithTheSentence();
    void backgroundSaverAnswersOnTheCallersThread_data() { addBackendRows(); }
    void backgroundSaverAnswersOnTheCallersThread();
    void newVenueWithSpacesInOneSave_data() { addBackendRows(); }
    void newVenueWithSpacesInOneSave();
    void editOfSpacesWithTheVenue_data() { addBackendRows(); }
    void editOfSpacesWithTheVenue();
    void invalidSpacesWriteNothing_data() { addBackendRows(); }
    void invalidSpacesWriteNothing();
    void colleaguesSpacesChangeIsToldAndNothingWritten_data() { addBackendRows(); }
    void colleaguesSpacesChangeIsToldAndNothingWritten();
    void venueConflictMergedWithTheSpaces_data() { addBackendRows(); }
    void venueConflictMergedWithTheSpaces();
};

namespace {
VenueSpace space(
    const QString &name, QMap<SpaceLayout, int> capacities = {}, const QString &parentId = {})
{
    VenueSpace s;
    s.id = Sql::newId();
    s.name = name;
    s.parentId = parentId;
    s.capacities = capacities;
    return s;
}

QStringList namesOf(const QList<VenueSpace> &spaces)
{
    QStringList out;
    for (const VenueSpace &s : spaces)
        out << s.name;
    return out;
}
} // namespace

// A new venue and its rooms go in together; the venue's capacity is what the database derived.
void TestVenueSaver::newVenueWithSpacesInOneSave()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueSaver saver { Venue() };
    VenueSpace hall = space(QStringLiteral("Grand Hall"),
        { { SpaceLayout::Theatre, 1200 }, { SpaceLayout::Banquet, 700 } });
    VenueSpace partA = space(QStringLiteral("Hall A"), { { SpaceLayout::Theatre, 400 } }, hall.id);
    VenueSpace board = space(QStringLiteral("Board Room"), { { SpaceLayout::Boardroom, 24 } });
    const VenueSaveOutcome o = saver.save(*db,
        makeVenue(QStringLiteral("Square"), QStringLiteral("Brussels"), std::nullopt, 4.5), false,
        VenueSpacesEdit { {}, { hall, partA, board } });
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.added);
    QVERIFY(o.spacesSaved);
    QCOMPARE(o.venue.capacity, std::optional<int>(1200));
    QCOMPARE(namesOf(o.spaces),
        (QStringList { QStringLiteral("Grand Hall"), QStringLiteral("Hall A"),
            QStringLiteral("Board Room") }));
    auto stored = SpaceRepository(*db).fetchSpaces(o.venue.id);
    VM_VERIFY_OK(stored);
    QCOMPARE(*stored, o.spaces);
    QCOMPARE(stored->at(1).parentId, hall.id);
    QCOMPARE(stored->at(0).capacity(SpaceLayout::Banquet), std::optional<int>(700));
    auto venue = VenueRepository(*db).fetchVenue(o.venue.id);
    VM_VERIFY_OK(venue);
    QCOMPARE(venue->capacity, std::optional<int>(1200));
}

void TestVenueSaver::editOfSpacesWithTheVenue()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Square"), QStringLiteral("Brussels"), 100, 4.5));
    VM_VERIFY_OK(opened);
    auto fetched = SpaceRepository(*db).saveSpaces(opened->id, {},
        { space(QStringLiteral("Hall A"), { { SpaceLayout::Theatre, 400 } }),
            space(QStringLiteral("Hall B"), { { SpaceLayout::Theatre, 300 } }),
            space(QStringLiteral("Terrace"), { { SpaceLayout::Reception, 250 } }) });
    VM_VERIFY_OK(fetched);
    auto current = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(current);
    QCOMPARE(current->capacity, std::optional<int>(400));

    // Terrace up, Hall B gone, Hall A bigger; the venue's notes in the same save.
    QList<VenueSpace> edited = { fetched->at(2), fetched->at(0) };
    edited[1].capacities[SpaceLayout::Theatre] = 450;
    Venue mine = *current;
    mine.notes = QStringLiteral("Rooms redone");
    VenueSaver saver(*current);
    const VenueSaveOutcome o = saver.save(*db, mine, false, VenueSpacesEdit { *fetched, edited });
    QCOMPARE(o.kind, Kind::Saved);
    QCOMPARE(o.venue.capacity, std::optional<int>(450));
    QCOMPARE(o.venue.notes, QStringLiteral("Rooms redone"));
    auto stored = SpaceRepository(*db).fetchSpaces(opened->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(
        namesOf(*stored), (QStringList { QStringLiteral("Terrace"), QStringLiteral("Hall A") }));
    QCOMPARE(stored->at(1).capacity(SpaceLayout::Theatre), std::optional<int>(450));

    // Unchanged spaces are not a reason to write them (nor to be stopped by a colleague's rooms).
    VenueSaver again(o.venue);
    Venue next = o.venue;
    next.notes = QStringLiteral("Only the notes");
    const VenueSaveOutcome o2 = again.save(*db, next, false, VenueSpacesEdit { *stored, *stored });
    QCOMPARE(o2.kind, Kind::Saved);
    QVERIFY(!o2.spacesSaved);
}

// A space typed wrong (checked again here, whatever the editor did) fails the whole save:
// neither the venue's change nor any space is written.
void TestVenueSaver::invalidSpacesWriteNothing()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Square"), QStringLiteral("Brussels"), 100, 4.5));
    VM_VERIFY_OK(opened);
    Venue mine = *opened;
    mine.notes = QStringLiteral("Should not be stored");
    VenueSaver saver(*opened);
    VenueSpace a = space(QStringLiteral("Hall"));
    VenueSpace b = space(QStringLiteral("hall"));
    VenueSaveOutcome o = saver.save(*db, mine, false, VenueSpacesEdit { {}, { a, b } });
    QCOMPARE(o.kind, Kind::Failed);
    QVERIFY2(o.error.message.contains(QStringLiteral("Two spaces of this venue are named")),
        qPrintable(o.error.message));
    auto stored = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->version, opened->version);
    QVERIFY(stored->notes.isEmpty());
    auto rooms = SpaceRepository(*db).fetchSpaces(opened->id);
    VM_VERIFY_OK(rooms);
    QVERIFY(rooms->isEmpty());

    // A new venue whose spaces are refused is not added either.
    VenueSaver adding { Venue() };
    VenueSpace x = space(QStringLiteral("X"));
    VenueSpace y = space(QStringLiteral("Y"), {}, x.id);
    x.parentId = y.id;
    o = adding.save(*db, makeVenue(QStringLiteral("Loop"), QStringLiteral("Gent"), 5, std::nullopt),
        false, VenueSpacesEdit { {}, { x, y } });
    QCOMPARE(o.kind, Kind::Failed);
    QVERIFY2(o.error.message.contains(QStringLiteral("parent cycle")), qPrintable(o.error.message));
    QCOMPARE(venueCount(*db), 1);
}

// A colleague changed the rooms after the person opened them: nothing of the person's save is
// written, the sentence says so, and saving the same edit again puts the person's rooms in.
void TestVenueSaver::colleaguesSpacesChangeIsToldAndNothingWritten()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto colleagueDb = temp.open(uniqueConnectionName());
    VM_VERIFY_OK(colleagueDb);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Square"), QStringLiteral("Brussels"), 100, 4.5));
    VM_VERIFY_OK(opened);
    auto fetched = SpaceRepository(*db).saveSpaces(
        opened->id, {}, { space(QStringLiteral("Hall A"), { { SpaceLayout::Theatre, 400 } }) });
    VM_VERIFY_OK(fetched);
    auto current = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(current);

    QList<VenueSpace> theirs = *fetched;
    theirs[0].capacities[SpaceLayout::Theatre] = 420;
    VM_VERIFY_OK(SpaceRepository(*colleagueDb).saveSpaces(opened->id, *fetched, theirs));

    QList<VenueSpace> mine = *fetched;
    mine[0].capacities[SpaceLayout::Theatre] = 380;
    mine << space(QStringLiteral("Boardroom"), { { SpaceLayout::Boardroom, 16 } });
    Venue venue = *current;
    venue.notes = QStringLiteral("Mine");
    VenueSaver saver(*current);
    VenueSaveOutcome o = saver.save(*db, venue, false, VenueSpacesEdit { *fetched, mine });
    QCOMPARE(o.kind, Kind::Failed);
    QCOMPARE(o.error.kind, DbError::Kind::Conflict);
    QCOMPARE(o.error.sentence(),
        QStringLiteral("Somebody changed this venue's spaces since you opened it, so nothing "
                       "was saved; your changes are still here. Save again to replace their "
                       "spaces with yours, or Cancel to keep theirs."));
    auto stored = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->version, current->version); // the venue was not saved alone
    QVERIFY(stored->notes.isEmpty());
    auto rooms = SpaceRepository(*db).fetchSpaces(opened->id);
    VM_VERIFY_OK(rooms);
    QCOMPARE(rooms->size(), 1);
    QCOMPARE(rooms->at(0).capacity(SpaceLayout::Theatre), std::optional<int>(420));

    // Saving again, knowingly: the person's rooms replace the colleague's.
    o = saver.save(*db, venue, false, VenueSpacesEdit { *fetched, mine });
    QCOMPARE(o.kind, Kind::Saved);
    QCOMPARE(
        namesOf(o.spaces), (QStringList { QStringLiteral("Hall A"), QStringLiteral("Boardroom") }));
    QCOMPARE(o.spaces.at(0).capacity(SpaceLayout::Theatre), std::optional<int>(380));
    QCOMPARE(o.venue.capacity, std::optional<int>(380));
    QCOMPARE(o.venue.notes, QStringLiteral("Mine"));
}

void TestVenueSaver::addsANewVenue()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueSaver saver { Venue() };
    QVERIFY(saver.isNew());
    QVERIFY(!saver.newVenueId().isEmpty());
    const VenueSaveOutcome o = saver.save(
        *db, makeVenue(QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180, 4.5), false);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.added);
    QCOMPARE(o.venue.id, saver.newVenueId());
    QCOMPARE(o.venue.name, QStringLiteral("Harbour Loft"));
    QCOMPARE(o.venue.version, 1);
    QVERIFY(o.venue.createdAt.isValid());
    auto stored = VenueRepository(*db).fetchVenue(o.venue.id);
    VM_VERIFY_OK(stored);
    QVERIFY(differingVenueFields(*stored, o.venue).isEmpty());
    QCOMPARE(stored->updatedAt, o.venue.updatedAt); // RETURNING gives what a re-read gives
}

void TestVenueSaver::duplicateUntilAcknowledged()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    auto loft
        = repo.addVenue(makeVenue(QStringLiteral("The Loft"), QStringLiteral("Berlin"), 120, 4.0));
    VM_VERIFY_OK(loft);
    VenueSaver saver { Venue() };
    const Venue again
        = makeVenue(QStringLiteral(" the loft"), QStringLiteral("BERLIN"), 90, std::nullopt);
    VenueSaveOutcome o = saver.save(*db, again, false);
    QCOMPARE(o.kind, Kind::Duplicate);
    QCOMPARE(o.matches.size(), 1);
    QCOMPARE(o.matches.first().id, loft->id);
    QCOMPARE(venueCount(*db), 1);
    o = saver.save(*db, again, true); // Save Anyway
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.added);
    QCOMPARE(venueCount(*db), 2);
}

// The first try fails as far as the person can tell, but its row is there (an answer lost on
// the way back): the next try finds the row by the id the saver made, and adds no second one.
void TestVenueSaver::retryFindsTheRowAnEarlierTryAdded()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueSaver saver { Venue() };
    Venue bad
        = makeVenue(QString(201, QLatin1Char('N')), QStringLiteral("Sintra"), 60, std::nullopt);
    VenueSaveOutcome o = saver.save(*db, bad, false);
    QCOMPARE(o.kind, Kind::Failed);
    QCOMPARE(o.error.kind, DbError::Kind::Validation);
    Venue landed
        = makeVenue(QStringLiteral("Quinta Nova"), QStringLiteral("Sintra"), 60, std::nullopt);
    landed.id = saver.newVenueId();
    VM_VERIFY_OK(VenueRepository(*db).addVenue(landed));
    o = saver.save(*db,
        makeVenue(QStringLiteral("Quinta Nova"), QStringLiteral("Sintra"), 60, std::nullopt),
        false);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.added);
    QCOMPARE(o.venue.id, saver.newVenueId());
    QCOMPARE(venueCount(*db), 1);
}

void TestVenueSaver::editSavesAtItsVersion()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180, 4.0));
    VM_VERIFY_OK(opened);
    VenueSaver saver(*opened);
    QVERIFY(!saver.isNew());
    Venue mine = *opened;
    mine.capacity = 220;
    mine.notes = QStringLiteral("Terrace closes at 23:00.");
    const VenueSaveOutcome o = saver.save(*db, mine, false);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(!o.added);
    QCOMPARE(o.venue.version, opened->version + 1);
    QCOMPARE(o.venue.capacity, std::optional<int>(220));
    QVERIFY(o.venue.updatedAt >= opened->updatedAt); // the database's clock
    auto stored = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->version, o.venue.version);
    QCOMPARE(stored->updatedAt, o.venue.updatedAt);
}

void TestVenueSaver::conflictThenMerge()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto colleagueDb = temp.open(uniqueConnectionName());
    VM_VERIFY_OK(colleagueDb);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180, 4.0));
    VM_VERIFY_OK(opened);
    VenueSaver saver(*opened);
    Venue theirs = *opened;
    theirs.capacity = 777;
    theirs.notes = QStringLiteral("their notes");
    VM_VERIFY_OK(VenueRepository(*colleagueDb).updateVenue(theirs));

    Venue mine = *opened;
    mine.capacity = 555;
    mine.contactName = QStringLiteral("My Contact");
    VenueSaveOutcome o = saver.save(*db, mine, false);
    QCOMPARE(o.kind, Kind::Conflict);
    QCOMPARE(o.venue.capacity, std::optional<int>(555));
    QCOMPARE(o.theirs.capacity, std::optional<int>(777));
    QCOMPARE(o.theirs.version, opened->version + 1);

    Venue merged = o.theirs; // their notes, my capacity and contact
    copyVenueField(mine, merged, VenueField::Capacity);
    copyVenueField(mine, merged, VenueField::ContactName);
    o = saver.resolve(*db, merged, o.theirs);
    QCOMPARE(o.kind, Kind::Saved);
    auto stored = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->capacity, std::optional<int>(555));
    QCOMPARE(stored->notes, QStringLiteral("their notes"));
    QCOMPARE(stored->contactName, QStringLiteral("My Contact"));
    QCOMPARE(stored->version, opened->version + 2);
}

void TestVenueSaver::takingTheirsWritesNothing()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180, 4.0));
    VM_VERIFY_OK(opened);
    Venue theirs = *opened;
    theirs.capacity = 777;
    auto stored = VenueRepository(*db).updateVenue(theirs);
    VM_VERIFY_OK(stored);
    VenueSaver saver(*opened);
    const VenueSaveOutcome o = saver.resolve(*db, *stored, *stored);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.unchanged);
    auto now = VenueRepository(*db).fetchVenue(opened->id);
    VM_VERIFY_OK(now);
    QCOMPARE(now->version, stored->version);
}

// A save whose answer was lost, tried again: the row holds exactly this already (at a newer
// version than the form's), which is no conflict but the save the person asked for.
void TestVenueSaver::colleagueHoldingTheSameIsSaved()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Harbour Loft"), QStringLiteral("Lisbon"), 180, 4.0));
    VM_VERIFY_OK(opened);
    Venue mine = *opened;
    mine.notes = QStringLiteral("Answer lost on the way back");
    VM_VERIFY_OK(VenueRepository(*db).updateVenue(mine)); // the first try, whose answer was lost
    VenueSaver saver(*opened);
    const VenueSaveOutcome o = saver.save(*db, mine, false);
    QCOMPARE(o.kind, Kind::Saved);
    QCOMPARE(o.venue.version, opened->version + 1);
}

void TestVenueSaver::invalidIsFailedWithTheSentence()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueSaver saver { Venue() };
    Venue v = makeVenue(QStringLiteral("Hall"), QStringLiteral("Porto"), -5, std::nullopt);
    const VenueSaveOutcome o = saver.save(*db, v, true);
    QCOMPARE(o.kind, Kind::Failed);
    QCOMPARE(o.error.sentence(),
        QStringLiteral("Could not add the venue: The capacity cannot be negative (-5)."));
    QCOMPARE(venueCount(*db), 0);
}

void TestVenueSaver::backgroundSaverAnswersOnTheCallersThread()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    BackgroundVenueSaver saver(*db);
    QSignalSpy finished(&saver, &BackgroundVenueSaver::finished);
    QThread *caller = QThread::currentThread();
    QThread *answeredOn = nullptr;
    connect(&saver, &BackgroundVenueSaver::finished, this,
        [&] { answeredOn = QThread::currentThread(); });

    saver.save(makeVenue(QStringLiteral("Nowhere"), QString(), 1, std::nullopt),
        false); // no edit begun: ignored
    saver.begin(Venue());
    saver.save(makeVenue(QStringLiteral("Quinta Nova"), QStringLiteral("Sintra"), 60, std::nullopt),
        false);
    QVERIFY(saver.isBusy());
    saver.save(makeVenue(QStringLiteral("Twice"), QStringLiteral("Sintra"), 60, std::nullopt),
        false); // busy: ignored
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!saver.isBusy());
    QCOMPARE(answeredOn, caller);
    const auto o = finished.first().first().value<VenueSaveOutcome>();
    QCOMPARE(o.kind, Kind::Saved);
    QCOMPARE(o.venue.id, saver.saver()->newVenueId());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(venueCount(*db), 1);

    // A duplicate: the same edit asked again gets the warning, then saves when acknowledged.
    saver.begin(Venue());
    saver.save(makeVenue(QStringLiteral("quinta nova"), QStringLiteral("SINTRA"), 80, std::nullopt),
        false);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().value<VenueSaveOutcome>().kind, Kind::Duplicate);
    saver.save(
        makeVenue(QStringLiteral("quinta nova"), QStringLiteral("SINTRA"), 80, std::nullopt), true);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.last().first().value<VenueSaveOutcome>().kind, Kind::Saved);
    QCOMPARE(venueCount(*db), 2);
}

// A colleague saved the venue (not its rooms) in between: the usual conflict, and the merge
// saves the person's rooms with it.
void TestVenueSaver::venueConflictMergedWithTheSpaces()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    auto opened = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Square"), QStringLiteral("Brussels"), 100, 4.5));
    VM_VERIFY_OK(opened);
    Venue theirs = *opened;
    theirs.notes = QStringLiteral("their notes");
    VM_VERIFY_OK(VenueRepository(*db).updateVenue(theirs));

    VenueSaver saver(*opened);
    Venue mine = *opened;
    mine.contactName = QStringLiteral("Mine");
    const VenueSpacesEdit rooms { {},
        { space(QStringLiteral("Hall A"), { { SpaceLayout::Theatre, 400 } }) } };
    VenueSaveOutcome o = saver.save(*db, mine, false, rooms);
    QCOMPARE(o.kind, Kind::Conflict);
    auto none = SpaceRepository(*db).fetchSpaces(opened->id);
    VM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    Venue merged = o.theirs;
    copyVenueField(mine, merged, VenueField::ContactName);
    o = saver.resolve(*db, merged, o.theirs, rooms);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(o.spacesSaved);
    QCOMPARE(o.venue.notes, QStringLiteral("their notes"));
    QCOMPARE(o.venue.contactName, QStringLiteral("Mine"));
    QCOMPARE(o.venue.capacity, std::optional<int>(400));
    QCOMPARE(namesOf(o.spaces), QStringList { QStringLiteral("Hall A") });

    // Taking their venue entirely still saves the person's rooms.
    VenueSaver next(o.venue);
    const VenueSpacesEdit more { o.spaces,
        o.spaces + QList<VenueSpace> { space(QStringLiteral("Terrace")) } };
    o = next.resolve(*db, o.venue, o.venue, more);
    QCOMPARE(o.kind, Kind::Saved);
    QVERIFY(!o.unchanged);
    QCOMPARE(
        namesOf(o.spaces), (QStringList { QStringLiteral("Hall A"), QStringLiteral("Terrace") }));
}

QTEST_MAIN(TestVenueSaver)
#include "tst_venuesaver.moc"
