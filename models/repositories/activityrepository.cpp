#include "activityrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ActivityRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)
};

} // namespace

ActivityRepository::ActivityRepository(Database db, QString actingUserId)
    : m_q(std::move(db))
    , m_userId(std::move(actingUserId))
{ }

Status ActivityRepository::append(
    const QString &projectId, const QString &action, const QJsonObject &details) const
{
    // The database's clock, and never earlier than the project's latest entry, so that the panel's
    // order is the order things happened even within one clock tick.
    const QString at = m_q.dialect().nowAfter(
        QStringLiteral("SELECT max(created_at) FROM activity_logs WHERE project_id = :project"));
    const QString sql = QStringLiteral(
        "INSERT INTO activity_logs (id, project_id, user_id, action, details, created_at) "
        "VALUES (:id, :project, :user, :action, %1, %2)")
                            .arg(m_q.dialect().jsonParam(QStringLiteral(":details")), at);
    auto q = m_q.exec(
        { QStringLiteral("ActivityRepository::append"), Tr::tr("record the activity") }, sql,
        { { QStringLiteral(":id"), Sql::newId() },
            { QStringLiteral(":project"), Sql::text(projectId) },
            { QStringLiteral(":user"), Sql::text(m_userId) }, { QStringLiteral(":action"), action },
            { QStringLiteral(":details"),
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) } });
    if (!q)
        return q.error();
    return {};
}

Result<QList<ActivityEntry>> ActivityRepository::fetchForProject(
    const QString &projectId, const QString &action, int limit) const
{
    const QString details = m_q.dialect().jsonSelect(QStringLiteral("a.details"));
    QString sql
        = QStringLiteral("SELECT a.id, a.project_id, a.user_id, u.name, a.action, %1, a.created_at "
                         "FROM activity_logs a LEFT JOIN users u ON u.id = a.user_id "
                         "WHERE a.project_id = :project ")
              .arg(details);
    Binds binds { { QStringLiteral(":project"), projectId }, { QStringLiteral(":limit"), limit } };
    if (!action.isEmpty()) {
        QStringList placeholders;
        for (const QString &key : Action::keysFor(action)) {
            placeholders << QStringLiteral(":action%1").arg(placeholders.size());
            binds.append({ placeholders.constLast(), key });
        }
        sql += QStringLiteral("AND a.action IN (%1) ").arg(placeholders.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral("ORDER BY a.created_at DESC, a.id DESC LIMIT :limit");
    auto q = m_q.exec(
        { QStringLiteral("ActivityRepository::fetchForProject"), Tr::tr("read the activity") }, sql,
        binds);
    if (!q)
        return q.error();
    QList<ActivityEntry> out;
    while (q->next()) {
        ActivityEntry a;
        a.id = q->value(0).toString();
        a.projectId = q->value(1).toString();
        a.userId = q->value(2).toString();
        a.userName = q->value(3).toString();
        a.action = q->value(4).toString();
        a.details = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        a.createdAt = m_q.dialect().dateTimeFromDb(q->value(6));
        out << a;
    }
    return out;
}

} // namespace VenueMap::Core
