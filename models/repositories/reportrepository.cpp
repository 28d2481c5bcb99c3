#include "reportrepository.h"

#include "domain/projectvenue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ReportRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)
};

} // namespace

ReportRepository::ReportRepository(Database db)
    : m_q(std::move(db))
{ }

Result<QList<QPair<QString, qint64>>> ReportRepository::venuesByCity(int limit) const
{
    auto q = m_q.exec(
        { QStringLiteral("ReportRepository::venuesByCity"), Tr::tr("count venues by city") },
        QStringLiteral("SELECT coalesce(city, ''), count(*) FROM venues WHERE NOT is_deleted "
                       "GROUP BY coalesce(city, '') ORDER BY count(*) DESC, 1"));
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> out;
    qint64 other = 0;
    while (q->next()) {
        const QString city = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (out.size() < limit)
            out.append({ city.isEmpty() ? Tr::tr("(no city)") : city, n });
        else
            other += n;
    }
    if (other > 0)
        out.append({ Tr::tr("Other"), other });
    return out;
}

Result<QList<QPair<QString, qint64>>> ReportRepository::projectsByStatus() const
{
    auto q = m_q.exec({ QStringLiteral("ReportRepository::projectsByStatus"),
                          Tr::tr("count projects by status") },
        QStringLiteral("SELECT status, count(*) FROM projects GROUP BY status"));
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    QList<QPair<QString, qint64>> out;
    for (ProjectStatus s : allProjectStatuses())
        out.append({ projectStatusLabel(s), counts.value(projectStatusToDb(s)) });
    return out;
}

Result<QList<QPair<QString, qint64>>> ReportRepository::outreachByStatus() const
{
    auto q = m_q.exec({ QStringLiteral("ReportRepository::outreachByStatus"),
                          Tr::tr("count outreach by status") },
        QStringLiteral("SELECT pv.outreach_status, count(*) FROM project_venues pv "
                       "JOIN projects p ON p.id = pv.project_id WHERE p.status = 'active' "
                       "GROUP BY pv.outreach_status"));
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    QList<QPair<QString, qint64>> out;
    for (OutreachStatus s : allOutreachStatuses())
        out.append({ outreachStatusLabel(s), counts.value(outreachStatusToDb(s)) });
    return out;
}

} // namespace VenueMap::Core
