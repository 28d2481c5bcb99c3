#include "cateringrepository.h"

#include "domain/emailaddress.h"
#include "domain/textlimits.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context CateringRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CateringRepository)
};

} // namespace

namespace {
const QString columns = QStringLiteral(
    "id, name, contact_name, email, phone, website, notes, is_deleted, created_at, updated_at");
}

CateringRepository::CateringRepository(Database db)
    : m_q(std::move(db))
{ }

Status CateringRepository::validate(const CateringProvider &p)
{
    if (p.name.trimmed().isEmpty())
        return DbError::make(DbError::Kind::Validation, Tr::tr("save the caterer"),
            Tr::tr("The caterer's name is required."));
    if (auto problem = emailAddressProblem(p.email))
        return DbError::make(DbError::Kind::Validation, Tr::tr("save the caterer"), *problem);
    if (auto tooLong
        = firstTooLong({ { Tr::tr("The caterer's name"), p.name, TextLimit::kPersonName },
            { Tr::tr("The contact's name"), p.contactName, TextLimit::kPersonName },
            { Tr::tr("The email address"), p.email, TextLimit::kEmail },
            { Tr::tr("The phone number"), p.phone, TextLimit::kPhone },
            { Tr::tr("The website"), p.website, TextLimit::kWebsite },
            { Tr::tr("Notes"), p.notes, TextLimit::kNotes } }))
        return DbError::make(DbError::Kind::Validation, Tr::tr("save the caterer"), *tooLong);
    return {};
}

static CateringProvider readProvider(const QSqlQuery &q, const SqlDialect &d)
{
    CateringProvider p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.contactName = q.value(2).toString();
    p.email = q.value(3).toString();
    p.phone = q.value(4).toString();
    p.website = q.value(5).toString();
    p.notes = q.value(6).toString();
    p.isDeleted = q.value(7).toBool();
    p.createdAt = d.dateTimeFromDb(q.value(8));
    p.updatedAt = d.dateTimeFromDb(q.value(9));
    return p;
}

Result<QList<CateringProvider>> CateringRepository::fetchProviders(
    bool includeDeleted, const QString &search) const
{
    QString sql = QStringLiteral("SELECT %1 FROM catering_providers WHERE 1 = 1 ").arg(columns);
    Binds binds;
    if (!includeDeleted)
        sql += QStringLiteral("AND NOT is_deleted ");
    if (!search.trimmed().isEmpty()) {
        sql += QStringLiteral("AND (name %1 :pattern%2 OR contact_name %1 :pattern%2) ")
                   .arg(m_q.dialect().ilike(), m_q.dialect().likeEscape());
        binds.append({ QStringLiteral(":pattern"), SqlDialect::containsPattern(search.trimmed()) });
    }
    sql += QStringLiteral("ORDER BY name, id LIMIT 5000");
    auto q = m_q.exec(
        { QStringLiteral("CateringRepository::fetchProviders"), Tr::tr("list the caterers") }, sql,
        binds);
    if (!q)
        return q.error();
    QList<CateringProvider> out;
    while (q->next())
        out << readProvider(*q, m_q.dialect());
    return out;
}

Result<CateringProvider> CateringRepository::fetchProvider(const QString &id) const
{
    auto q = m_q.exec(
        { QStringLiteral("CateringRepository::fetchProvider"), Tr::tr("open the caterer") },
        QStringLiteral("SELECT %1 FROM catering_providers WHERE id = :id").arg(columns),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the caterer"),
            Tr::tr("The caterer no longer exists."),
            QStringLiteral("CateringRepository::fetchProvider"));
    return readProvider(*q, m_q.dialect());
}

Result<CateringProvider> CateringRepository::addProvider(CateringProvider p)
{
    if (auto s = validate(p); !s)
        return s.error();
    p.id = Sql::newId();
    p.name = p.name.trimmed();
    p.isDeleted = false;
    auto at = m_q.scalar(
        { QStringLiteral("CateringRepository::addProvider"), Tr::tr("add the caterer") },
        QStringLiteral(
            "INSERT INTO catering_providers (id, name, contact_name, email, phone, website, notes, "
            "created_at, updated_at) VALUES (:id, :name, :contact, :email, :phone, :web, :notes, "
            "%1, %1) "
            "RETURNING created_at")
            .arg(m_q.dialect().now()),
        { { QStringLiteral(":id"), p.id }, { QStringLiteral(":name"), p.name },
            { QStringLiteral(":contact"), Sql::text(p.contactName) },
            { QStringLiteral(":email"), Sql::text(p.email) },
            { QStringLiteral(":phone"), Sql::text(p.phone) },
            { QStringLiteral(":web"), Sql::text(p.website) },
            { QStringLiteral(":notes"), Sql::text(p.notes) } });
    if (!at)
        return at.error();
    p.createdAt = p.updatedAt = m_q.dialect().dateTimeFromDb(*at);
    return p;
}

Result<CateringProvider> CateringRepository::updateProvider(const CateringProvider &edited)
{
    if (auto s = validate(edited); !s)
        return s.error();
    const DbCall call { QStringLiteral("CateringRepository::updateProvider"),
        Tr::tr("save the caterer") };
    CateringProvider p = edited;
    p.name = p.name.trimmed();
    auto at = m_q.scalar(call,
        QStringLiteral(
            "UPDATE catering_providers SET name = :name, contact_name = :contact, email = :email, "
            "phone = :phone, website = :web, notes = :notes, updated_at = %1 WHERE id = :id "
            "RETURNING updated_at")
            .arg(m_q.dialect().now()),
        { { QStringLiteral(":id"), p.id }, { QStringLiteral(":name"), p.name },
            { QStringLiteral(":contact"), Sql::text(p.contactName) },
            { QStringLiteral(":email"), Sql::text(p.email) },
            { QStringLiteral(":phone"), Sql::text(p.phone) },
            { QStringLiteral(":web"), Sql::text(p.website) },
            { QStringLiteral(":notes"), Sql::text(p.notes) } });
    if (!at)
        return at.error();
    if (at->isNull()) // no row came back
        return DbError::make(DbError::Kind::NotFound, call.operation,
            Tr::tr("The caterer no longer exists."), call.where);
    p.updatedAt = m_q.dialect().dateTimeFromDb(*at);
    return p;
}

Status CateringRepository::setDeleted(const QString &id, bool deleted)
{
    const DbCall call { QStringLiteral("CateringRepository::setDeleted"),
        deleted ? Tr::tr("delete the caterer") : Tr::tr("restore the caterer") };
    auto q = m_q.exec(call,
        QStringLiteral(
            "UPDATE catering_providers SET is_deleted = :deleted, updated_at = %1 WHERE id = :id")
            .arg(m_q.dialect().now()),
        { { QStringLiteral(":deleted"), deleted }, { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return DbError::make(DbError::Kind::NotFound, call.operation,
            Tr::tr("The caterer no longer exists."), call.where);
    return {};
}

Status CateringRepository::removeProvider(const QString &id)
{
    return setDeleted(id, true);
}
Status CateringRepository::restoreProvider(const QString &id)
{
    return setDeleted(id, false);
}

} // namespace VenueMap::Core
