#pragma once

#include "countedqueries.h"
#include "domain/proposaldata.h"

namespace VenueMap::Core {

// Reads what a proposal shows in a fixed number of queries, whatever its size:
// the project, its included venues with caterers, and their first photos.
class ProposalRepository
{
public:
    explicit ProposalRepository(const Database &db)
        : m_q(db)
    { }

    // A project by id, or by its exact event name (case-sensitive, trimmed); a name that two
    // projects share is refused with their ids so the person can choose.
    Result<Project> findProject(const QString &idOrEventName) const;
    // The project's venues marked include-in-proposal, in the shortlist's order, with up to
    // ProposalData::kMaxPhotos photos each.
    Result<ProposalData> load(const QString &projectId) const;

    // Statements run so far (the project read through ProjectRepository counts as one).
    int statementCount() const { return m_q.count() + m_extra; }

private:
    CountedQueries m_q;
    mutable int m_extra = 0;
};

} // namespace VenueMap::Core
