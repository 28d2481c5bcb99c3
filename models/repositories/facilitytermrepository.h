#pragma once

#include "countedqueries.h"
#include "domain/facilityterms.h"

namespace VenueMap::Core {

// The facility vocabulary (table facility_terms, migration 0009). Everyone reads it; only admins
// add terms: the app offers adding to admins only, and on PostgreSQL the database refuses anybody
// else too (a SQLite file has no roles to tell them apart).
class FacilityTermRepository
{
public:
    explicit FacilityTermRepository(Database db);

    // The vocabulary of this book.
    Result<FacilityVocabulary> load() const;
    // Adds a term (label and aliases as FacilityVocabulary::checkNewTerm() gives them back);
    // a Validation error with its sentence when the vocabulary already has that name.
    Result<FacilityTerm> add(const QString &label, const QStringList &aliases);

private:
    CountedQueries m_q;
};

} // namespace VenueMap::Core
