#include "venuesaver.h"

#include "db/backgroundreader.h"

#include "repositories/countedqueries.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include <QCoreApplication>
#include <QHash>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context VenueSaver.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueSaver)
};

} // namespace

namespace {
bool sameContent(const Venue &a, const Venue &b)
{
    return differingVenueFields(a, b).isEmpty();
}
} // namespace

VenueSaveOutcome VenueSaveOutcome::saved(const Venue &stored, bool added, bool unchanged)
{
    VenueSaveOutcome o;
    o.kind = Kind::Saved;
    o.venue = stored;
    o.added = added;
    o.unchanged = unchanged;
    return o;
}

VenueSaveOutcome VenueSaveOutcome::duplicate(const QList<Venue> &matches)
{
    VenueSaveOutcome o;
    o.kind = Kind::Duplicate;
    o.matches = matches;
    return o;
}

VenueSaveOutcome VenueSaveOutcome::conflict(const Venue &mine, const Venue &theirs)
{
    VenueSaveOutcome o;
    o.kind = Kind::Conflict;
    o.venue = mine;
    o.theirs = theirs;
    return o;
}

VenueSaveOutcome VenueSaveOutcome::failed(const DbError &error)
{
    VenueSaveOutcome o;
    o.kind = Kind::Failed;
    o.error = error;
    // Whether the connection dropped mid-statement or cannot be opened again yet, the person's
    // edit is intact: say so in the words a lost connection always gets.
    if (error.kind == DbError::Kind::Connection)
        o.error.message
            = Tr::tr("The connection to the database was lost; what you entered is still here, "
                     "so try again once the connection is back.");
    return o;
}

VenueSaver::VenueSaver(const Venue &original)
    : m_adding(original.isNew())
    , m_newId(original.isNew() ? Sql::newId() : QString())
{ }

std::optional<Venue> VenueSaver::savedAfterAll(const Database &db, const Venue &mine, bool added)
{
    // The statement may have reached the server before the connection dropped; if the
    // connection is back already, the row says whether it did (a read is safe to repeat).
    auto row = VenueRepository(db).fetchVenue(mine.id);
    if (row && sameContent(*row, mine) && (added || row->version > mine.version))
        return *row;
    return std::nullopt;
}

Result<Venue> VenueSaver::write(const Database &db, const Venue &venue,
    const std::optional<VenueSpacesEdit> &spaces, QList<VenueSpace> *stored, bool *inSpaces)
{
    *inSpaces = false;
    VenueRepository repo(db);
    if (!spaces)
        return m_adding ? repo.addVenue(venue) : repo.updateVenue(venue);
    TransactionGuard tx(db);
    if (auto st = tx.begun(); !st)
        return st.error().withOperation(
            m_adding ? Tr::tr("add the venue") : Tr::tr("save the venue"));
    auto written = m_adding ? repo.addVenue(venue) : repo.updateVenue(venue);
    if (!written)
        return written.error();
    SpaceRepository rooms(db);
    if (auto st = rooms.writeSpaces(written->id, spaces->fetched, spaces->edited); !st) {
        *inSpaces = true;
        return st.error();
    }
    // The row as the database keeps it: its capacity now follows the spaces (triggers).
    auto row = repo.fetchVenue(written->id);
    if (!row)
        return row.error();
    auto fetched = rooms.fetchSpaces(written->id);
    if (!fetched)
        return fetched.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    *stored = *fetched;
    return *row;
}

VenueSaveOutcome VenueSaver::spacesFailed(
    const Database &db, const QString &venueId, const DbError &error)
{
    if (error.kind != DbError::Kind::Conflict)
        return VenueSaveOutcome::failed(error);
    auto theirs = SpaceRepository(db).fetchSpaces(venueId);
    if (!theirs)
        return VenueSaveOutcome::failed(theirs.error());
    m_theirSpaces = *theirs;
    DbError told = error;
    told.operation.clear();
    told.message = Tr::tr(
        "Somebody changed this venue's spaces since you opened it, so nothing was saved; your "
        "changes are still here. Save again to replace their spaces with yours, or Cancel to "
        "keep theirs.");
    return VenueSaveOutcome::failed(told);
}

VenueSpacesEdit VenueSaver::rebased(const VenueSpacesEdit &edit) const
{
    if (!m_theirSpaces)
        return edit;
    // What the person keeps of a space a colleague still has is written over their version; a
    // space they removed in between is added again; their spaces the person never had go.
    VenueSpacesEdit next { *m_theirSpaces, edit.edited };
    QHash<QString, int> theirVersion;
    for (const VenueSpace &s : *m_theirSpaces)
        theirVersion.insert(s.id, s.version);
    for (VenueSpace &s : next.edited)
        s.version = theirVersion.value(s.id, 0);
    return next;
}

VenueSaveOutcome VenueSaver::save(const Database &db, const Venue &venue,
    bool duplicatesAcknowledged, const std::optional<VenueSpacesEdit> &spacesEdit)
{
    std::optional<VenueSpacesEdit> spaces;
    if (spacesEdit && (spacesEdit->edited != spacesEdit->fetched || m_theirSpaces))
        spaces = rebased(*spacesEdit);
    VenueRepository repo(db);
    QList<VenueSpace> storedSpaces;
    bool inSpaces = false;
    auto savedWith = [&](const Venue &row, bool added) {
        VenueSaveOutcome o = VenueSaveOutcome::saved(row, added);
        if (spaces) {
            m_theirSpaces.reset();
            o.spacesSaved = true;
            o.spaces = storedSpaces;
        }
        return o;
    };
    if (m_adding) {
        // A retry after a lost connection: the first try may have added it (and its spaces, in
        // the same transaction).
        if (m_newMayExist) {
            if (auto earlier = repo.fetchVenue(m_newId)) {
                if (spaces)
                    if (auto rooms = SpaceRepository(db).fetchSpaces(m_newId))
                        storedSpaces = *rooms;
                return savedWith(*earlier, true);
            }
        }
        if (!duplicatesAcknowledged) {
            auto matches = repo.findDuplicates(venue.name, venue.city);
            if (!matches)
                return VenueSaveOutcome::failed(matches.error());
            if (!matches->isEmpty())
                return VenueSaveOutcome::duplicate(*matches);
        }
        Venue withId = venue;
        withId.id = m_newId;
        auto added = write(db, withId, spaces, &storedSpaces, &inSpaces);
        if (added)
            return savedWith(*added, true);
        if (added.error().kind == DbError::Kind::Connection) {
            if (auto row = savedAfterAll(db, withId, true)) {
                if (spaces)
                    if (auto rooms = SpaceRepository(db).fetchSpaces(m_newId))
                        storedSpaces = *rooms;
                return savedWith(*row, true);
            }
        }
        m_newMayExist = true; // whatever went wrong, the row may be there when asked again
        if (inSpaces)
            return spacesFailed(db, m_newId, added.error());
        return VenueSaveOutcome::failed(added.error());
    }
    auto saved = write(db, venue, spaces, &storedSpaces, &inSpaces);
    if (saved)
        return savedWith(*saved, false);
    if (saved.error().kind == DbError::Kind::Connection) {
        if (auto row = savedAfterAll(db, venue, false)) {
            if (spaces)
                if (auto rooms = SpaceRepository(db).fetchSpaces(venue.id))
                    storedSpaces = *rooms;
            return savedWith(*row, false);
        }
    }
    if (inSpaces)
        return spacesFailed(db, venue.id, saved.error());
    if (saved.error().kind != DbError::Kind::Conflict)
        return VenueSaveOutcome::failed(saved.error());
    auto theirs = repo.fetchVenue(venue.id);
    if (!theirs)
        return VenueSaveOutcome::failed(theirs.error());
    // The row already holds exactly this (an earlier try whose answer was lost): saved, unless
    // spaces were to go with it (they were not written; the person saves again over the merge).
    if (sameContent(*theirs, venue) && !spaces)
        return VenueSaveOutcome::saved(*theirs, false);
    return VenueSaveOutcome::conflict(venue, *theirs);
}

VenueSaveOutcome VenueSaver::resolve(const Database &db, const Venue &merged, const Venue &theirs,
    const std::optional<VenueSpacesEdit> &spaces)
{
    const bool spacesChanged = spaces && (spaces->edited != spaces->fetched || m_theirSpaces);
    if (sameContent(merged, theirs) && !spacesChanged)
        return VenueSaveOutcome::saved(
            theirs, false, true); // taking theirs entirely: nothing to save
    Venue next = merged;
    next.version = theirs.version;
    return save(db, next, true, spaces);
}

Status VenueSaver::addImported(const Database &db, QList<Venue> venues, const ImportBatch &batch,
    const std::function<void(int)> &progress)
{
    for (Venue &v : venues)
        v.id = Sql::newId();
    return ImportRepository(db).insertBatch(batch, venues, progress);
}

BackgroundVenueSaver::BackgroundVenueSaver(const Database &db, QObject *parent)
    : QObject(parent)
    , m_worker(
          new BackgroundReader(db, uniqueConnectionName(db, QStringLiteral("venue-saves")), this))
{ }

BackgroundVenueSaver::~BackgroundVenueSaver() = default;

void BackgroundVenueSaver::begin(const Venue &original)
{
    m_worker->cancel();
    m_busy = false;
    m_saver = std::make_shared<VenueSaver>(original);
    // Open the worker's connection while the person types, so Save starts at once and a
    // connection lost meanwhile is told as such (the connection is kept for the next edits).
    m_worker->read<bool>(
        [](const Database &) -> Result<bool> { return true; }, [](const Result<bool> &) {});
}

void BackgroundVenueSaver::save(
    const Venue &venue, bool duplicatesAcknowledged, const std::optional<VenueSpacesEdit> &spaces)
{
    run([venue, duplicatesAcknowledged, spaces](VenueSaver &saver, const Database &db) {
        return saver.save(db, venue, duplicatesAcknowledged, spaces);
    });
}

void BackgroundVenueSaver::resolve(
    const Venue &merged, const Venue &theirs, const std::optional<VenueSpacesEdit> &spaces)
{
    run([merged, theirs, spaces](VenueSaver &saver, const Database &db) {
        return saver.resolve(db, merged, theirs, spaces);
    });
}

void BackgroundVenueSaver::run(std::function<VenueSaveOutcome(VenueSaver &, const Database &)> job)
{
    if (!m_saver || m_busy)
        return; // one save of an edit at a time: the editor waits for the answer
    m_busy = true;
    // The worker holds the saver until it is done, even if a new edit begins meanwhile.
    std::shared_ptr<VenueSaver> saver = m_saver;
    m_worker->read<VenueSaveOutcome>(
        [saver, job = std::move(job)](
            const Database &db) -> Result<VenueSaveOutcome> { return job(*saver, db); },
        [this, adding = saver->isNew()](const Result<VenueSaveOutcome> &outcome) {
            m_busy = false;
            if (outcome) {
                Q_EMIT finished(*outcome);
                return;
            }
            // The worker could not open its connection: a save that failed, like any other.
            const QString op = adding ? Tr::tr("add the venue") : Tr::tr("save the venue");
            Q_EMIT finished(VenueSaveOutcome::failed(outcome.error().withOperation(op)));
        });
}

} // namespace VenueMap::Core
