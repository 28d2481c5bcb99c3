#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuespace.h"
#include "repositories/importrepository.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace VenueMap::Core {

class BackgroundReader;

// The venue's spaces as the editor fetched them and as the person left them; saved with the venue.
struct VenueSpacesEdit
{
    QList<VenueSpace> fetched;
    QList<VenueSpace> edited;
};

// What a save of a venue came to (STYLE 16); the page and the editor only show it.
struct VenueSaveOutcome
{
    enum class Kind {
        Saved, // `venue` is the row as stored (`added`: it is new; `unchanged`: nothing was
               // written)
        Duplicate, // a new venue has the name and city of the live venues in `matches`: save
                   // anyway?
        Conflict, // a colleague saved `theirs` after `venue` (the person's version) was opened
        Failed, // `error` says why; nothing is lost, saving again is safe
    };
    Kind kind = Kind::Failed;
    Venue venue;
    bool added = false;
    bool unchanged = false;
    QList<Venue> matches;
    Venue theirs;
    DbError error;
    // Saved with spaces: the venue's spaces as stored (and `venue.capacity` as the database
    // derived it from them).
    bool spacesSaved = false;
    QList<VenueSpace> spaces;

    static VenueSaveOutcome saved(const Venue &stored, bool added, bool unchanged = false);
    static VenueSaveOutcome duplicate(const QList<Venue> &matches);
    static VenueSaveOutcome conflict(const Venue &mine, const Venue &theirs);
    static VenueSaveOutcome failed(const DbError &error);
};

// Saves one person's edit of one venue, from the form's first Save to a stored row (DESIGN §3):
// a new venue is checked for live venues of the same name and city and added with an id made
// here once, so a retry after a lost answer finds the row instead of adding a second one; an
// existing one is saved at the version it was opened at, and a colleague's save in between is a
// Conflict unless their row already holds exactly this (an earlier try whose answer was lost).
// Edited spaces go in the same transaction as the venue: both are stored or neither. A colleague's
// change to the spaces in between fails the save with a sentence saying so; the next save of the
// same edit then replaces their spaces with the person's (told, never silent).
// Runs on whatever thread owns `db`; BackgroundVenueSaver runs it off the GUI thread.
class VenueSaver
{
public:
    // `original`: the venue as the form opened it (an empty id: a new venue).
    explicit VenueSaver(const Venue &original);

    bool isNew() const { return m_adding; }
    // The id a new venue is added with, the same for every try.
    QString newVenueId() const { return m_newId; }

    // Saves the form's `venue`, and `spaces` with it when given and changed; a new venue's
    // duplicates are looked for unless acknowledged.
    VenueSaveOutcome save(const Database &db, const Venue &venue, bool duplicatesAcknowledged,
        const std::optional<VenueSpacesEdit> &spaces = std::nullopt);
    // After a Conflict: saves the person's `merged` choice (at the colleague's version), or
    // nothing when it is `theirs` entirely.
    VenueSaveOutcome resolve(const Database &db, const Venue &merged, const Venue &theirs,
        const std::optional<VenueSpacesEdit> &spaces = std::nullopt);

    // The importer's save: every venue gets an id made here and the rows go in as one batch, on the
    // caller's transaction (the rows were checked by the import preview).
    static Status addImported(const Database &db, QList<Venue> venues, const ImportBatch &batch,
        const std::function<void(int)> &progress = {});

private:
    // After a save failed with a lost connection: whether it reached the database after all.
    static std::optional<Venue> savedAfterAll(const Database &db, const Venue &mine, bool added);
    // Writes the venue, and the spaces in the same transaction; `inSpaces` tells whether an
    // error came from the spaces.
    Result<Venue> write(const Database &db, const Venue &venue,
        const std::optional<VenueSpacesEdit> &spaces, QList<VenueSpace> *stored, bool *inSpaces);
    // A failed save of the spaces: a conflict fetches the colleague's spaces to save over next.
    VenueSaveOutcome spacesFailed(const Database &db, const QString &venueId, const DbError &error);
    // The edit with the colleague's spaces as what it replaces (after a spaces conflict).
    VenueSpacesEdit rebased(const VenueSpacesEdit &edit) const;

    bool m_adding;
    QString m_newId;
    bool m_newMayExist = false; // a try to add it failed: look before adding again
    std::optional<QList<VenueSpace>> m_theirSpaces; // after a spaces conflict
};

// VenueSaver on a worker thread with its own connection (DESIGN §4, STYLE 9): a widget asks,
// the outcome comes back on the widget's thread through finished(). One edit at a time.
class BackgroundVenueSaver final : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundVenueSaver(const Database &db, QObject *parent = nullptr);
    ~BackgroundVenueSaver() override;

    // Starts the edit of `original`; drops the previous edit and any answer still due for it.
    void begin(const Venue &original);
    void save(const Venue &venue, bool duplicatesAcknowledged,
        const std::optional<VenueSpacesEdit> &spaces = std::nullopt);
    void resolve(const Venue &merged, const Venue &theirs,
        const std::optional<VenueSpacesEdit> &spaces = std::nullopt);
    bool isBusy() const { return m_busy; }
    // The edit being saved (none before begin()).
    const VenueSaver *saver() const { return m_saver.get(); }

Q_SIGNALS:
    void finished(const VenueMap::Core::VenueSaveOutcome &outcome);

private:
    void run(std::function<VenueSaveOutcome(VenueSaver &, const Database &)> job);

    BackgroundReader *m_worker;
    std::shared_ptr<VenueSaver> m_saver;
    bool m_busy = false;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::VenueSaveOutcome)
