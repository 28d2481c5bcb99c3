#pragma once

#include "countedqueries.h"
#include "domain/activity.h"

#include <QList>

namespace VenueMap::Core {

// The append-only activity log of projects: written inside the transaction of the change it
// describes, read as plain sentences.
class ActivityRepository
{
public:
    ActivityRepository(Database db, QString actingUserId);

    // Appends one entry on the caller's transaction (the caller commits both or neither).
    Status append(
        const QString &projectId, const QString &action, const QJsonObject &details) const;
    // Newest first; `action` empty means every action.
    Result<QList<ActivityEntry>> fetchForProject(
        const QString &projectId, const QString &action = {}, int limit = 500) const;
    const QString &actingUserId() const { return m_userId; }
    // The database it reads, for a reader on a connection of its own.
    const Database &database() const { return m_q.db(); }
    int statementCount() const { return m_q.count(); }
    void resetStatementCount() const { m_q.resetCount(); }

private:
    CountedQueries m_q;
    QString m_userId;
};

} // namespace VenueMap::Core
