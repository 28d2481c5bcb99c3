#pragma once

#include "db/database.h"
#include "db/dberror.h"
#include "domain/projectvenue.h"
#include "repositories/outreachrepository.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <optional>

namespace VenueMap::Core {

class PoolTasks;

// One change a person makes to a project's shortlist: a field of a shortlisted venue's row, its
// outreach status, taking it off the shortlist (these are applied to the newest version of the
// row the editor knows), adding venues, or a new proposal order.
struct ShortlistChange
{
    enum class Kind { Include, Caterer, Price, Notes, Status, Remove, Add, Reorder, Reinstate };
    Kind kind = Kind::Notes;
    bool include = false;
    QString cateringProviderId;
    std::optional<qint64> priceCents;
    QString notes;
    OutreachStatus status = OutreachStatus::Draft;
    QString declineReason; // a decline needs one (the repository refuses a blank reason)
    QStringList ids; // Add: venues.id; Reorder: project_venues.id in the new order

    static ShortlistChange includeInProposal(bool include);
    static ShortlistChange caterer(const QString &cateringProviderId);
    static ShortlistChange price(std::optional<qint64> cents);
    static ShortlistChange notesText(const QString &notes);
    static ShortlistChange moveTo(OutreachStatus status, const QString &declineReason = {});
    static ShortlistChange remove();
    static ShortlistChange addVenues(const QStringList &venueIds);
    static ShortlistChange reorder(const QStringList &projectVenueIds);
    // Puts the removed row (the base) back as it was: Undo of a Remove.
    static ShortlistChange reinstate();

    // The change that takes this one back, made to a row that was `before` (Undo of an edit made
    // in place or of a status change); Remove is taken back by reinstate(), Add and Reorder are
    // not taken back this way.
    ShortlistChange reverting(const ProjectVenue &before) const;

    // `row` with this change's field set (Status and Remove leave it as it is).
    ProjectVenue appliedTo(ProjectVenue row) const;
};

// What became of a change.
struct ShortlistOutcome
{
    enum class Kind {
        Saved, // `stored` is the row as the database now has it; after a Reorder, `shortlist`
               // is the shortlist in its new order
        Removed, // the venue is off the shortlist
        Added, // `added` says which venues were added and which were not; `shortlist` is the
               // shortlist with them
        Conflict, // a colleague changed or removed the row first: nothing of ours was saved, and
                  // `shortlist` is theirs, read again (when that read worked)
        Failed, // refused or not reached; `error` says why
    };
    Kind kind = Kind::Failed;
    quint64 ticket = 0;
    QString projectId;
    QString projectVenueId;
    ShortlistChange change;
    ProjectVenue before; // the row the change was applied to (of one row's change)
    ProjectVenue stored;
    OutreachRepository::AddResult added;
    std::optional<QList<ShortlistEntry>> shortlist;
    DbError error;
};

// The shortlist's use case (STYLE 16): saves a person's changes to a project's shortlist with
// the row's version, and says what came of each. submit() runs the changes in order on a thread
// of its own with its own connection (DESIGN §4: the GUI thread runs no statement) and reports
// each through finished(); apply() is the same workflow on the calling thread, for the CLI and
// tests.
class ShortlistEditor final : public QObject
{
    Q_OBJECT
public:
    // The workflow itself: applies `change` to `base` through `repository`, re-reading the
    // project's shortlist after a conflict.
    static ShortlistOutcome apply(OutreachRepository &repository, const QString &projectId,
        const ProjectVenue &base, const ShortlistChange &change);

    // `actingUserId` is recorded in the activity log of each change.
    ShortlistEditor(const Database &db, const QString &actingUserId, QObject *parent = nullptr);
    ~ShortlistEditor() override;

    // Queues `change` of `base` (the row as the caller shows it) and returns its ticket. Changes
    // run one at a time in the order submitted; each is applied to the newest version of its row
    // (one this editor saved since the caller's copy was taken, if any), so two quick edits of a
    // row do not conflict with each other.
    quint64 submit(
        const QString &projectId, const ProjectVenue &base, const ShortlistChange &change);
    // The same for a change of the whole shortlist (Add, Reorder).
    quint64 submit(const QString &projectId, const ShortlistChange &change)
    {
        return submit(projectId, {}, change);
    }
    // Whether a change is queued or running.
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

Q_SIGNALS:
    void finished(const VenueMap::Core::ShortlistOutcome &outcome);

private:
    struct Pending
    {
        quint64 ticket;
        QString projectId;
        ProjectVenue base;
        ShortlistChange change;
    };
    void runNext();
    void deliver(const ShortlistOutcome &outcome);

    std::unique_ptr<PoolTasks> m_tasks; // the window's shared worker connections
    QString m_actingUserId;
    QList<Pending> m_queue;
    QHash<QString, ProjectVenue> m_newest; // rows this editor saved, by project_venues.id
    quint64 m_lastTicket = 0;
    bool m_running = false;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::ShortlistOutcome)
