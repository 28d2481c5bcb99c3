#include "proposalrepository.h"

#include "spacerepository.h"

#include "projectrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ProposalRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProposalRepository)
};

} // namespace

Result<Project> ProposalRepository::findProject(const QString &idOrEventName) const
{
    const QString op = QStringLiteral("find the project");
    const QString where = QStringLiteral("ProposalRepository::findProject");
    const DbCall call { where, op };
    const QString wanted = idOrEventName.trimmed();
    QString id;
    if (!QUuid::fromString(wanted).isNull()) {
        id = QUuid::fromString(wanted).toString(QUuid::WithoutBraces);
    } else {
        auto q = m_q.exec(call,
            QStringLiteral("SELECT id, client_name FROM projects WHERE event_name = :name ORDER BY "
                           "id LIMIT 6"),
            { { QStringLiteral(":name"), wanted } });
        if (!q)
            return q.error();
        QStringList found;
        while (q->next())
            found << QStringLiteral("%1 (%2)").arg(q->value(0).toString(), q->value(1).toString());
        if (found.isEmpty())
            return DbError::make(DbError::Kind::NotFound, op,
                QStringLiteral("No project has the id or event name \"%1\".").arg(wanted), where);
        if (found.size() > 1)
            return DbError::make(DbError::Kind::Validation, op,
                QStringLiteral("%1 projects are named \"%2\": give the id of one: %3.")
                    .arg(found.size() > 5 ? QStringLiteral("Several")
                                          : QString::number(found.size()),
                        wanted, found.mid(0, 5).join(QStringLiteral(", "))),
                where);
        id = found.first().section(QLatin1Char(' '), 0, 0);
    }
    ProjectRepository projects(m_q.db(), {});
    auto project = projects.fetchProject(id);
    ++m_extra;
    if (!project && project.error().kind == DbError::Kind::NotFound)
        return DbError::make(DbError::Kind::NotFound, op,
            QStringLiteral("No project has the id or event name \"%1\".").arg(wanted), where);
    return project;
}

Result<ProposalData> ProposalRepository::load(const QString &projectId) const
{
    const QString op = Tr::tr("prepare the proposal");
    const DbCall call { QStringLiteral("ProposalRepository::load"), op };
    const SqlDialect &d = m_q.dialect();
    ProposalData data;
    {
        ProjectRepository projects(m_q.db(), {});
        auto project = projects.fetchProject(projectId);
        ++m_extra;
        if (!project)
            return project.error().withOperation(op);
        data.project = *project;
    }
    QHash<QString, qsizetype> byVenue;
    {
        // The same order as the shortlist the person arranged.
        auto q = m_q.exec(call,
            QStringLiteral("SELECT pv.id, pv.outreach_status, %1, pv.notes, v.id, v.name, "
                           "v.address, v.city, v.country, "
                           "v.capacity, %2, v.rating, v.contact_name, v.contact_email, "
                           "v.contact_phone, v.website, "
                           "v.latitude, v.longitude, c.name, c.website, v.is_deleted, "
                           "qu.received_on, %3, qu.currency, CAST(qu.covers AS TEXT), %4, "
                           "qu.valid_until, qu.id "
                           "FROM project_venues pv JOIN venues v ON v.id = pv.venue_id "
                           "LEFT JOIN catering_providers c ON c.id = pv.catering_provider_id "
                           // The latest quote still valid today, else the latest one.
                           "LEFT JOIN quotes qu ON qu.id = (SELECT x.id FROM quotes x "
                           "WHERE x.project_venue_id = pv.id ORDER BY CASE WHEN x.valid_until "
                           "IS NULL OR x.valid_until >= :today THEN 0 ELSE 1 END, "
                           "x.received_on DESC, x.created_at DESC, x.id DESC LIMIT 1) "
                           "WHERE pv.project_id = :p AND pv.include_in_proposal = true "
                           "ORDER BY pv.sort_order, lower(v.name), pv.id")
                .arg(d.moneySelect(QStringLiteral("pv.quoted_price")),
                    d.facilitiesSelect(QStringLiteral("v.facilities")),
                    d.moneySelect(QStringLiteral("qu.amount")),
                    d.moneySelect(QStringLiteral("qu.per_head"))),
            { { QStringLiteral(":p"), data.project.id },
                { QStringLiteral(":today"), Sql::date(QDate::currentDate()) } });
        if (!q)
            return q.error();
        while (q->next()) {
            ProposalVenue pv;
            pv.projectVenueId = q->value(0).toString();
            pv.status
                = outreachStatusFromDb(q->value(1).toString()).value_or(OutreachStatus::Draft);
            pv.quotedPriceCents = d.moneyFromDb(q->value(2));
            pv.proposalNotes = q->value(3).toString();
            Venue &v = pv.venue;
            v.id = q->value(4).toString();
            v.name = q->value(5).toString();
            v.address = q->value(6).toString();
            v.city = q->value(7).toString();
            v.country = q->value(8).toString();
            v.capacity = Sql::optionalInt(q->value(9));
            v.facilities = d.facilitiesFromDb(q->value(10));
            v.rating = d.ratingFromDb(q->value(11));
            v.contactName = q->value(12).toString();
            v.contactEmail = q->value(13).toString();
            v.contactPhone = q->value(14).toString();
            v.website = q->value(15).toString();
            // venues.notes are the agency's own: never read into a client document.
            if (!q->value(16).isNull())
                v.latitude = q->value(16).toDouble();
            if (!q->value(17).isNull())
                v.longitude = q->value(17).toDouble();
            pv.catererName = q->value(18).toString();
            pv.catererWebsite = q->value(19).toString();
            if (!q->value(27).isNull()) {
                Quote quote;
                quote.id = q->value(27).toString();
                quote.projectVenueId = pv.projectVenueId;
                quote.venueId = v.id;
                quote.venueName = v.name;
                quote.receivedOn = Sql::toDate(q->value(21));
                quote.amountCents = d.moneyFromDb(q->value(22)).value_or(0);
                quote.currency = q->value(23).toString().trimmed();
                quote.covers
                    = quoteCoversFromText(q->value(24).toString()).value_or(QuoteCovers::RoomHire);
                quote.perHeadCents = d.moneyFromDb(q->value(25));
                if (!q->value(26).isNull())
                    quote.validUntil = Sql::toDate(q->value(26));
                pv.quotedPriceCents = quote.amountCents;
                pv.quote = quote;
            }
            if (q->value(20).toBool()) {
                data.deletedVenues.append({ v.name, v.city });
                continue;
            }
            byVenue.insert(v.id, data.venues.size());
            data.venues.append(std::move(pv));
        }
    }
    if (data.venues.isEmpty())
        return data;
    {
        // The first photos of every included venue, in one query.
        auto q = m_q.exec(call,
            QStringLiteral(
                "SELECT ph.venue_id, ph.caption, ph.data, ph.width, ph.height FROM photos ph "
                "JOIN (SELECT id, row_number() OVER (PARTITION BY venue_id ORDER BY sort_order, "
                "created_at, id) AS rn FROM photos WHERE venue_id IN (SELECT venue_id FROM "
                "project_venues pv JOIN venues v ON v.id = pv.venue_id WHERE pv.project_id = :p "
                "AND pv.include_in_proposal = true AND %1)) r "
                "ON r.id = ph.id WHERE r.rn <= :max ORDER BY ph.venue_id, r.rn")
                .arg(d.flagIs(QStringLiteral("v.is_deleted"), false)),
            { { QStringLiteral(":p"), data.project.id },
                { QStringLiteral(":max"), ProposalData::kMaxPhotos } });
        if (!q)
            return q.error();
        while (q->next()) {
            const qsizetype i = byVenue.value(q->value(0).toString(), -1);
            if (i < 0)
                continue;
            data.venues[i].photos.append({ q->value(1).toString(), q->value(2).toByteArray(),
                q->value(3).toInt(), q->value(4).toInt() });
        }
    }
    {
        // The rooms, for the spaces that fit the event and the best room per venue.
        QStringList ids;
        for (const ProposalVenue &pv : std::as_const(data.venues))
            ids << pv.venue.id;
        auto spaces = SpaceRepository(m_q.db()).fetchSpacesOfVenues(ids);
        ++m_extra;
        if (!spaces)
            return spaces.error().withOperation(op);
        for (ProposalVenue &pv : data.venues)
            pv.spaces = spaces->value(pv.venue.id);
    }
    return data;
}

} // namespace VenueMap::Core
