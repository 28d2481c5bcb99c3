#include "clienthistoryrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ClientHistoryRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistoryRepository)
};

} // namespace

namespace {
// The one client key (see the class comment); `column` is a client_name expression.
QString clientKey(const QString &column)
{
    return QStringLiteral("lower(trim(%1))").arg(column);
}
// Most recent first: by event date (projects without a date last), then newest created.
const char *const kRecentFirst = "(%1event_date IS NULL), %1event_date DESC, %1created_at DESC, "
                                 "%1id DESC";
QString recentFirst(const QString &alias)
{
    return QString::fromLatin1(kRecentFirst).arg(alias);
}
} // namespace

ClientHistoryRepository::ClientHistoryRepository(Database db)
    : m_q(std::move(db))
{ }

Result<QList<ClientSummary>> ClientHistoryRepository::fetchClients() const
{
    auto q = m_q.exec(
        { QStringLiteral("ClientHistoryRepository::fetchClients"), Tr::tr("list the clients") },
        QStringLiteral("SELECT name, projects, last_date FROM ("
                       "SELECT %1 AS client_key, trim(client_name) AS name, "
                       "count(*) OVER (PARTITION BY %1) AS projects, "
                       "max(event_date) OVER (PARTITION BY %1) AS last_date, "
                       "row_number() OVER (PARTITION BY %1 ORDER BY %2) AS rn "
                       "FROM projects) c WHERE rn = 1 ORDER BY client_key, name")
            .arg(clientKey(QStringLiteral("client_name")), recentFirst(QString())));
    if (!q)
        return q.error();
    QList<ClientSummary> out;
    while (q->next()) {
        ClientSummary c;
        c.name = q->value(0).toString();
        c.projects = q->value(1).toInt();
        c.lastEventDate = Sql::toDate(q->value(2));
        out << c;
    }
    return out;
}

Result<ClientVenueHistory> ClientHistoryRepository::fetchHistory(const QString &client) const
{
    const QString op = Tr::tr("read the client's history");
    // Projects without venues still come (LEFT JOIN): they count as the client's projects and
    // tell an unknown client from one whose projects have no venue yet.
    auto q = m_q.exec({ QStringLiteral("ClientHistoryRepository::fetchHistory"), op },
        QStringLiteral("SELECT p.id, trim(p.client_name), p.event_name, p.status, p.event_date, "
                       "pv.id, v.id, v.name, v.city, v.is_deleted, pv.outreach_status, "
                       "pv.include_in_proposal, pv.decline_reason, %1 "
                       "FROM projects p "
                       "LEFT JOIN project_venues pv ON pv.project_id = p.id "
                       "LEFT JOIN venues v ON v.id = pv.venue_id "
                       "WHERE %2 = %3 "
                       "ORDER BY %4, lower(v.name), v.id")
            .arg(m_q.dialect().moneySelect(QStringLiteral("pv.quoted_price")),
                clientKey(QStringLiteral("p.client_name")), clientKey(QStringLiteral(":client")),
                recentFirst(QStringLiteral("p."))),
        { { QStringLiteral(":client"), client } });
    if (!q)
        return q.error();
    ClientVenueHistory h;
    QString lastProject;
    while (q->next()) {
        const QString projectId = q->value(0).toString();
        if (projectId != lastProject) {
            if (h.projects == 0)
                h.clientName = q->value(1).toString();
            ++h.projects;
            lastProject = projectId;
        }
        if (q->value(5).isNull())
            continue; // a project with no venue
        ClientVenueUse u;
        u.projectId = projectId;
        u.projectClientName = q->value(1).toString();
        u.eventName = q->value(2).toString();
        u.projectStatus = projectStatusFromDb(q->value(3).toString());
        u.eventDate = Sql::toDate(q->value(4));
        u.projectVenueId = q->value(5).toString();
        u.venueId = q->value(6).toString();
        u.venueName = q->value(7).toString();
        u.venueCity = q->value(8).toString();
        u.venueDeleted = q->value(9).toBool();
        u.outreachStatus
            = outreachStatusFromDb(q->value(10).toString()).value_or(OutreachStatus::Draft);
        u.proposed = q->value(11).toBool();
        u.declineReason = q->value(12).toString();
        u.quotedPriceCents = m_q.dialect().moneyFromDb(q->value(13));
        h.venues << u;
    }
    if (h.projects == 0)
        return DbError::make(DbError::Kind::NotFound, op,
            Tr::tr("No project has the client \"%1\".").arg(client.trimmed()));
    return h;
}

} // namespace VenueMap::Core
