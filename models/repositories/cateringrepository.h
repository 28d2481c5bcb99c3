#pragma once

#include "countedqueries.h"
#include "domain/cateringprovider.h"

#include <QList>

namespace VenueMap::Core {

// Caterers: create, edit, soft delete and restore. Deleted caterers stay on the rows that chose
// them but are no longer offered.
class CateringRepository
{
public:
    explicit CateringRepository(Database db);

    Result<QList<CateringProvider>> fetchProviders(
        bool includeDeleted = false, const QString &search = {}) const;
    Result<CateringProvider> fetchProvider(const QString &id) const;
    Result<CateringProvider> addProvider(CateringProvider provider);
    Result<CateringProvider> updateProvider(const CateringProvider &provider);
    Status removeProvider(const QString &id);
    Status restoreProvider(const QString &id);

    static Status validate(const CateringProvider &provider);

private:
    Status setDeleted(const QString &id, bool deleted);

    CountedQueries m_q;
};

} // namespace VenueMap::Core
