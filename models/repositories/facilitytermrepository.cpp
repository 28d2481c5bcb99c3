#include "facilitytermrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context FacilityTermRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FacilityTermRepository)
};

} // namespace

FacilityTermRepository::FacilityTermRepository(Database db)
    : m_q(std::move(db))
{ }

Result<FacilityVocabulary> FacilityTermRepository::load() const
{
    const SqlDialect &d = m_q.dialect();
    auto q = m_q.exec(
        { QStringLiteral("FacilityTermRepository::load"), Tr::tr("read the facility list") },
        QStringLiteral("SELECT label, %1 FROM facility_terms ORDER BY label")
            .arg(d.facilitiesSelect(QStringLiteral("aliases"))));
    if (!q)
        return q.error();
    QList<FacilityTerm> terms;
    while (q->next())
        terms.append({ q->value(0).toString(), d.facilitiesFromDb(q->value(1)) });
    return FacilityVocabulary(std::move(terms));
}

Result<FacilityTerm> FacilityTermRepository::add(const QString &label, const QStringList &aliases)
{
    const QString operation = Tr::tr("add the facility");
    TransactionGuard tx(m_q.db());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto vocabulary = load();
    if (!vocabulary)
        return vocabulary.error();
    const FacilityVocabulary::Checked checked = vocabulary->checkNewTerm(label, aliases);
    if (!checked.problem.isEmpty())
        return DbError::make(DbError::Kind::Validation, operation, checked.problem);
    const SqlDialect &d = m_q.dialect();
    auto q = m_q.exec({ QStringLiteral("FacilityTermRepository::add"), operation },
        QStringLiteral("INSERT INTO facility_terms (label, aliases) VALUES (:label, %1)")
            .arg(d.facilitiesParam(QStringLiteral(":aliases"))),
        { { QStringLiteral(":label"), checked.term.label },
            { QStringLiteral(":aliases"), d.facilitiesToDb(checked.term.aliases) } });
    if (!q)
        return q.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return checked.term;
}

} // namespace VenueMap::Core
