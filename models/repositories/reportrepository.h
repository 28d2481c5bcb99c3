#pragma once

#include "countedqueries.h"
#include "domain/project.h"

#include <QList>
#include <QPair>

namespace VenueMap::Core {

// The figures of the Reports page: venues by city, projects by status, outreach overall.
class ReportRepository
{
public:
    explicit ReportRepository(Database db);

    // The `limit` cities with most live venues, most first, and the rest summed as "Other".
    Result<QList<QPair<QString, qint64>>> venuesByCity(int limit = 12) const;
    Result<QList<QPair<QString, qint64>>> projectsByStatus() const;
    Result<QList<QPair<QString, qint64>>> outreachByStatus() const;

private:
    CountedQueries m_q;
};

} // namespace VenueMap::Core
