#include "shortlisteditor.h"

#include "db/connectionpool.h"
#include "repositories/outreachrepository.h"

namespace VenueMap::Core {

ShortlistChange ShortlistChange::includeInProposal(bool include)
{
    ShortlistChange c;
    c.kind = Kind::Include;
    c.include = include;
    return c;
}

ShortlistChange ShortlistChange::caterer(const QString &cateringProviderId)
{
    ShortlistChange c;
    c.kind = Kind::Caterer;
    c.cateringProviderId = cateringProviderId;
    return c;
}

ShortlistChange ShortlistChange::price(std::optional<qint64> cents)
{
    ShortlistChange c;
    c.kind = Kind::Price;
    c.priceCents = cents;
    return c;
}

ShortlistChange ShortlistChange::notesText(const QString &notes)
{
    ShortlistChange c;
    c.kind = Kind::Notes;
    c.notes = notes;
    return c;
}

ShortlistChange ShortlistChange::moveTo(OutreachStatus status, const QString &declineReason)
{
    ShortlistChange c;
    c.kind = Kind::Status;
    c.status = status;
    c.declineReason = declineReason;
    return c;
}

ShortlistChange ShortlistChange::remove()
{
    ShortlistChange c;
    c.kind = Kind::Remove;
    return c;
}

ShortlistChange ShortlistChange::addVenues(const QStringList &venueIds)
{
    ShortlistChange c;
    c.kind = Kind::Add;
    c.ids = venueIds;
    return c;
}

ShortlistChange ShortlistChange::reorder(const QStringList &projectVenueIds)
{
    ShortlistChange c;
    c.kind = Kind::Reorder;
    c.ids = projectVenueIds;
    return c;
}

ShortlistChange ShortlistChange::reinstate()
{
    ShortlistChange c;
    c.kind = Kind::Reinstate;
    return c;
}

ShortlistChange ShortlistChange::reverting(const ProjectVenue &before) const
{
    switch (kind) {
    case Kind::Include:
        return includeInProposal(before.includeInProposal);
    case Kind::Caterer:
        return caterer(before.cateringProviderId);
    case Kind::Price:
        return price(before.quotedPriceCents);
    case Kind::Notes:
        return notesText(before.notes);
    case Kind::Status:
        return moveTo(before.status, before.declineReason);
    case Kind::Remove:
        return reinstate();
    case Kind::Reinstate:
        return remove();
    case Kind::Add:
    case Kind::Reorder:
        break;
    }
    return *this;
}

ProjectVenue ShortlistChange::appliedTo(ProjectVenue row) const
{
    switch (kind) {
    case Kind::Include:
        row.includeInProposal = include;
        break;
    case Kind::Caterer:
        row.cateringProviderId = cateringProviderId;
        break;
    case Kind::Price:
        row.quotedPriceCents = priceCents;
        break;
    case Kind::Notes:
        row.notes = notes;
        break;
    case Kind::Status:
    case Kind::Remove:
    case Kind::Add:
    case Kind::Reorder:
    case Kind::Reinstate:
        break;
    }
    return row;
}

ShortlistOutcome ShortlistEditor::apply(OutreachRepository &repository, const QString &projectId,
    const ProjectVenue &base, const ShortlistChange &change)
{
    ShortlistOutcome outcome;
    outcome.projectId = projectId;
    outcome.projectVenueId = base.id;
    outcome.change = change;
    outcome.before = base;
    std::optional<DbError> error;
    switch (change.kind) {
    case ShortlistChange::Kind::Add:
        if (auto added = repository.addVenues(projectId, change.ids); added) {
            outcome.kind = ShortlistOutcome::Kind::Added;
            outcome.added = std::move(*added);
        } else {
            error = added.error();
        }
        break;
    case ShortlistChange::Kind::Reorder:
        if (auto reordered = repository.reorder(projectId, change.ids); reordered)
            outcome.kind = ShortlistOutcome::Kind::Saved;
        else
            error = reordered.error();
        break;
    case ShortlistChange::Kind::Remove:
        if (auto removed = repository.removeVenue(base.id, base.version); removed)
            outcome.kind = ShortlistOutcome::Kind::Removed;
        else
            error = removed.error();
        break;
    case ShortlistChange::Kind::Reinstate:
        if (auto back = repository.reinstateEntry(base); back) {
            outcome.kind = ShortlistOutcome::Kind::Saved;
            outcome.stored = *back;
        } else {
            error = back.error();
        }
        break;
    case ShortlistChange::Kind::Status:
        if (auto moved
            = repository.setStatus(base.id, base.version, change.status, change.declineReason);
            moved) {
            outcome.kind = ShortlistOutcome::Kind::Saved;
            outcome.stored = *moved;
        } else {
            error = moved.error();
        }
        break;
    default:
        if (auto stored = repository.updateEntry(change.appliedTo(base)); stored) {
            outcome.kind = ShortlistOutcome::Kind::Saved;
            outcome.stored = *stored;
        } else {
            error = stored.error();
        }
        break;
    }
    if (!error) {
        // The shortlist as it now stands, where the change was to more than one row.
        if (change.kind == ShortlistChange::Kind::Add
            || change.kind == ShortlistChange::Kind::Reorder) {
            if (auto now = repository.fetchShortlist(projectId))
                outcome.shortlist = std::move(*now);
        }
        return outcome;
    }
    outcome.error = *error;
    // A colleague changed or removed the row: show theirs, never keep ours on screen as if saved.
    if (error->kind == DbError::Kind::Conflict || error->kind == DbError::Kind::NotFound) {
        outcome.kind = ShortlistOutcome::Kind::Conflict;
        if (auto theirs = repository.fetchShortlist(projectId))
            outcome.shortlist = std::move(*theirs);
        return outcome;
    }
    outcome.kind = ShortlistOutcome::Kind::Failed;
    return outcome;
}

ShortlistEditor::ShortlistEditor(const Database &db, const QString &actingUserId, QObject *parent)
    : QObject(parent)
    , m_tasks(std::make_unique<PoolTasks>(db))
    , m_actingUserId(actingUserId)
{ }

ShortlistEditor::~ShortlistEditor()
{
    m_queue.clear();
    m_tasks->close(); // the change in progress ends first
}

quint64 ShortlistEditor::submit(
    const QString &projectId, const ProjectVenue &base, const ShortlistChange &change)
{
    m_queue.append({ ++m_lastTicket, projectId, base, change });
    if (!m_running)
        runNext();
    return m_lastTicket;
}

void ShortlistEditor::runNext()
{
    if (m_queue.isEmpty())
        return;
    Pending next = m_queue.takeFirst();
    // A row this editor saved since the caller's copy was taken is the newer one.
    const auto newest = m_newest.constFind(next.base.id);
    if (newest != m_newest.constEnd() && newest->version > next.base.version)
        next.base = *newest;
    m_running = true;
    m_tasks->post([this, next, actingUserId = m_actingUserId](const Result<Database> &db) {
        ShortlistOutcome outcome;
        if (db) {
            OutreachRepository repository(*db, actingUserId);
            outcome = ShortlistEditor::apply(repository, next.projectId, next.base, next.change);
        } else { // tried again with the next change
            outcome.kind = ShortlistOutcome::Kind::Failed;
            outcome.projectId = next.projectId;
            outcome.projectVenueId = next.base.id;
            outcome.change = next.change;
            outcome.error = db.error();
        }
        outcome.ticket = next.ticket;
        // Queued to the editor: dropped by Qt if the editor is gone by then.
        QMetaObject::invokeMethod(
            this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
    });
}

void ShortlistEditor::deliver(const ShortlistOutcome &outcome)
{
    m_running = false;
    const bool ofOneRow = outcome.change.kind != ShortlistChange::Kind::Add
        && outcome.change.kind != ShortlistChange::Kind::Reorder;
    if (ofOneRow && outcome.kind == ShortlistOutcome::Kind::Saved)
        m_newest.insert(outcome.projectVenueId, outcome.stored);
    else if (ofOneRow)
        m_newest.remove(outcome.projectVenueId); // removed, or theirs is the newest now
    Q_EMIT finished(outcome);
    runNext();
}

} // namespace VenueMap::Core
