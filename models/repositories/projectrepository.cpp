#include "projectrepository.h"

#include "domain/currency.h"
#include "domain/spacefit.h"
#include "domain/textlimits.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ProjectRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)
};

} // namespace

namespace {

// Columns of projectColumns() before any a caller adds.
constexpr int kProjectColumnCount = 22;

QVariant layoutToDb(std::optional<SpaceLayout> layout)
{
    return layout ? QVariant(spaceLayoutKey(*layout)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

ProjectRepository::ProjectRepository(Database db, QString actingUserId)
    : m_q(db)
    , m_log(db, actingUserId)
    , m_userId(std::move(actingUserId))
{ }

QString ProjectRepository::projectColumns() const
{
    return QStringLiteral(
        "p.id, p.client_name, p.event_name, p.status, p.event_date, p.attendees, p.city, %1, "
        "p.notes, %2, p.created_by, p.created_at, p.updated_at, p.version, "
        "CAST(p.main_layout AS TEXT), p.breakout_rooms, p.breakout_capacity, "
        "CAST(p.breakout_layout AS TEXT), p.currency, p.language, p.archived_at, p.archived_by")
        .arg(m_q.dialect().moneySelect(QStringLiteral("p.budget")),
            m_q.dialect().facilitiesSelect(QStringLiteral("p.required_facilities")));
}

Project ProjectRepository::readProject(const QSqlQuery &q, int o) const
{
    const SqlDialect &d = m_q.dialect();
    Project p;
    p.id = q.value(o + 0).toString();
    p.clientName = q.value(o + 1).toString();
    p.eventName = q.value(o + 2).toString();
    p.status = projectStatusFromDb(q.value(o + 3).toString());
    p.eventDate = Sql::toDate(q.value(o + 4));
    p.attendees = Sql::optionalInt(q.value(o + 5));
    p.city = q.value(o + 6).toString();
    p.budgetCents = d.moneyFromDb(q.value(o + 7));
    p.notes = q.value(o + 8).toString();
    p.requiredFacilities = d.facilitiesFromDb(q.value(o + 9));
    p.createdBy = q.value(o + 10).toString();
    p.createdAt = d.dateTimeFromDb(q.value(o + 11));
    p.updatedAt = d.dateTimeFromDb(q.value(o + 12));
    p.version = q.value(o + 13).toInt();
    p.mainLayout = spaceLayoutFromText(q.value(o + 14).toString());
    p.breakoutRooms = q.value(o + 15).toInt();
    p.breakoutCapacity = q.value(o + 16).toInt();
    p.breakoutLayout = spaceLayoutFromText(q.value(o + 17).toString());
    p.currency = q.value(o + 18).toString();
    p.language = q.value(o + 19).toString();
    if (!q.value(o + 20).isNull())
        p.archivedAt = d.dateTimeFromDb(q.value(o + 20));
    p.archivedBy = q.value(o + 21).toString();
    return p;
}

Status ProjectRepository::validate(const Project &p)
{
    const QString op = Tr::tr("save the project");
    if (p.clientName.trimmed().isEmpty())
        return DbError::make(
            DbError::Kind::Validation, op, Tr::tr("The client's name is required."));
    if (p.eventName.trimmed().isEmpty())
        return DbError::make(
            DbError::Kind::Validation, op, Tr::tr("The event's name is required."));
    if (p.attendees && *p.attendees < 0)
        return DbError::make(
            DbError::Kind::Validation, op, Tr::tr("The number of attendees cannot be negative."));
    if (p.breakoutRooms < 0 || p.breakoutRooms > kMaxBreakoutRooms)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("The number of breakout rooms must be between 0 and %1.")
                .arg(kMaxBreakoutRooms));
    if (p.breakoutCapacity < 0 || p.breakoutCapacity > kMaxLayoutCapacity)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("The seats per breakout room must be between 0 and %1.")
                .arg(QLocale(QLocale::English).toString(kMaxLayoutCapacity)));
    if (const QString problem = currencyProblem(p.currency); !problem.isEmpty())
        return DbError::make(DbError::Kind::Validation, op, problem);
    if (!isDocumentLanguage(p.language))
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("The client language \"%1\" is not one the app writes documents in.")
                .arg(p.language.left(20)));
    if (p.budgetCents && *p.budgetCents < 0)
        return DbError::make(
            DbError::Kind::Validation, op, Tr::tr("The budget cannot be negative."));
    if (p.budgetCents && *p.budgetCents >= 1'000'000'000'000LL)
        return DbError::make(DbError::Kind::Validation, op, Tr::tr("The budget is too large."));
    if (auto tooLong
        = firstTooLong({ { Tr::tr("The client's name"), p.clientName, TextLimit::kProjectName },
            { Tr::tr("The event's name"), p.eventName, TextLimit::kProjectName },
            { Tr::tr("The city"), p.city, TextLimit::kCity },
            { Tr::tr("Notes"), p.notes, TextLimit::kNotes } }))
        return DbError::make(DbError::Kind::Validation, op, *tooLong);
    return {};
}

Result<QList<ProjectSummary>> ProjectRepository::fetchProjects(const ProjectFilter &filter) const
{
    QString sql
        = QStringLiteral("SELECT %1, "
                         "(SELECT count(*) FROM project_venues pv WHERE pv.project_id = p.id), "
                         "(SELECT count(*) FROM project_venues pv WHERE pv.project_id = p.id "
                         "AND pv.outreach_status IN ('responded', 'declined')) "
                         "FROM projects p WHERE 1 = 1 ")
              .arg(projectColumns());
    Binds binds { { QStringLiteral(":limit"), filter.limit } };
    if (!filter.search.trimmed().isEmpty()) {
        const QString like = m_q.dialect().ilike();
        sql += QStringLiteral("AND (p.client_name %1 :pattern%2 OR p.event_name %1 :pattern%2) ")
                   .arg(like, m_q.dialect().likeEscape());
        binds.append(
            { QStringLiteral(":pattern"), SqlDialect::containsPattern(filter.search.trimmed()) });
    }
    if (filter.onlyArchived)
        sql += QStringLiteral("AND p.archived_at IS NOT NULL ");
    else if (!filter.includeArchived)
        sql += QStringLiteral("AND p.archived_at IS NULL ");
    if (filter.status) {
        sql += QStringLiteral("AND p.status = :status ");
        binds.append({ QStringLiteral(":status"), projectStatusToDb(*filter.status) });
    }
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.sort) {
    case ProjectFilter::Sort::EventDate:
        order = QStringLiteral("(p.event_date IS NULL), p.event_date%1, p.client_name, p.id")
                    .arg(dir);
        break;
    case ProjectFilter::Sort::ClientName:
        order = QStringLiteral("lower(p.client_name)%1, p.event_name%1, p.id").arg(dir);
        break;
    case ProjectFilter::Sort::EventName:
        order = QStringLiteral("lower(p.event_name)%1, p.id").arg(dir);
        break;
    case ProjectFilter::Sort::Status:
        order = QStringLiteral("p.status%1, (p.event_date IS NULL), p.event_date, p.id").arg(dir);
        break;
    case ProjectFilter::Sort::Attendees:
        order = QStringLiteral("(p.attendees IS NULL), p.attendees%1, p.id").arg(dir);
        break;
    case ProjectFilter::Sort::City:
        order = QStringLiteral("(p.city IS NULL), lower(p.city)%1, p.id").arg(dir);
        break;
    case ProjectFilter::Sort::Updated:
        order = QStringLiteral("p.updated_at%1, p.id").arg(dir);
        break;
    }
    sql += QStringLiteral("ORDER BY ") + order + QStringLiteral(" LIMIT :limit");
    auto q = m_q.exec(
        { QStringLiteral("ProjectRepository::fetchProjects"), Tr::tr("list the projects") }, sql,
        binds);
    if (!q)
        return q.error();
    QList<ProjectSummary> out;
    while (q->next()) {
        ProjectSummary s;
        s.project = readProject(*q);
        s.shortlisted = q->value(kProjectColumnCount).toInt();
        s.responded = q->value(kProjectColumnCount + 1).toInt();
        out << s;
    }
    return out;
}

Result<Project> ProjectRepository::fetchProject(const QString &id) const
{
    auto q = m_q.exec(
        { QStringLiteral("ProjectRepository::fetchProject"), Tr::tr("open the project") },
        QStringLiteral("SELECT %1 FROM projects p WHERE p.id = :id").arg(projectColumns()),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the project"),
            Tr::tr("The project no longer exists; someone may have removed it."),
            QStringLiteral("ProjectRepository::fetchProject"));
    return readProject(*q);
}

Result<Project> ProjectRepository::addProject(Project p)
{
    if (auto s = validate(p); !s)
        return s.error();
    const SqlDialect &d = m_q.dialect();
    p.id = Sql::newId();
    p.createdBy = m_userId;
    p.version = 1;
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    auto at = m_q.scalar(
        { QStringLiteral("ProjectRepository::addProject"), Tr::tr("create the project") },
        QStringLiteral(
            "INSERT INTO projects (id, client_name, event_name, status, event_date, attendees, "
            "city, budget, notes, required_facilities, created_by, created_at, updated_at, "
            "version, main_layout, breakout_rooms, breakout_capacity, breakout_layout, currency, "
            "language) "
            "VALUES (:id, :client, :event, :status, :date, :attendees, :city, :budget, :notes, "
            "%1, :by, %2, %2, 1, %3, :brooms, :bcap, %4, :currency, :language) "
            "RETURNING created_at")
            .arg(d.facilitiesParam(QStringLiteral(":facilities")), d.now(),
                d.spaceLayoutParam(QStringLiteral(":mlayout")),
                d.spaceLayoutParam(QStringLiteral(":blayout"))),
        { { QStringLiteral(":id"), p.id }, { QStringLiteral(":client"), p.clientName.trimmed() },
            { QStringLiteral(":event"), p.eventName.trimmed() },
            { QStringLiteral(":status"), projectStatusToDb(p.status) },
            { QStringLiteral(":date"), Sql::date(p.eventDate) },
            { QStringLiteral(":attendees"), Sql::integer(p.attendees) },
            { QStringLiteral(":city"), Sql::text(p.city) },
            { QStringLiteral(":budget"), d.moneyToDb(p.budgetCents) },
            { QStringLiteral(":notes"), Sql::text(p.notes) },
            { QStringLiteral(":facilities"), d.facilitiesToDb(p.requiredFacilities) },
            { QStringLiteral(":by"), Sql::text(m_userId) },
            { QStringLiteral(":mlayout"), layoutToDb(p.mainLayout) },
            { QStringLiteral(":brooms"), p.breakoutRooms },
            { QStringLiteral(":bcap"), p.breakoutCapacity },
            { QStringLiteral(":blayout"), layoutToDb(p.breakoutLayout) },
            { QStringLiteral(":currency"), *parseCurrencyCode(p.currency) },
            { QStringLiteral(":language"), p.language } });
    if (!at)
        return at.error();
    p.currency = *parseCurrencyCode(p.currency);
    p.createdAt = p.updatedAt = d.dateTimeFromDb(*at);
    if (auto s = m_log.append(p.id, Action::ProjectCreated,
            { { QStringLiteral("client"), p.clientName.trimmed() },
                { QStringLiteral("event"), p.eventName.trimmed() } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    p.clientName = p.clientName.trimmed();
    p.eventName = p.eventName.trimmed();
    p.city = p.city.trimmed();
    qCInfo(lcProjects) << "created project" << p.id;
    return p;
}

static QStringList changedFields(const Project &a, const Project &b)
{
    QStringList f;
    if (a.clientName != b.clientName)
        f << QStringLiteral("client");
    if (a.eventName != b.eventName)
        f << QStringLiteral("event name");
    if (a.status != b.status)
        f << QStringLiteral("status");
    if (a.eventDate != b.eventDate)
        f << QStringLiteral("event date");
    if (a.attendees != b.attendees)
        f << QStringLiteral("attendees");
    if (a.city != b.city)
        f << QStringLiteral("city");
    if (a.budgetCents != b.budgetCents)
        f << QStringLiteral("budget");
    if (a.notes != b.notes)
        f << QStringLiteral("notes");
    if (a.requiredFacilities != b.requiredFacilities)
        f << QStringLiteral("facilities");
    if (a.mainLayout != b.mainLayout)
        f << QStringLiteral("layout");
    if (a.breakoutRooms != b.breakoutRooms || a.breakoutCapacity != b.breakoutCapacity
        || a.breakoutLayout != b.breakoutLayout)
        f << QStringLiteral("breakouts");
    if (a.currency != b.currency)
        f << QStringLiteral("currency");
    if (a.language != b.language)
        f << QStringLiteral("client language");
    return f;
}

Result<Project> ProjectRepository::updateProject(const Project &edited)
{
    if (auto s = validate(edited); !s)
        return s.error();
    const SqlDialect &d = m_q.dialect();
    const QString op = Tr::tr("save the project");
    Project p = edited;
    p.clientName = p.clientName.trimmed();
    p.eventName = p.eventName.trimmed();
    p.city = p.city.trimmed();
    p.notes = p.notes.trimmed();
    p.currency = *parseCurrencyCode(p.currency);
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    auto before = fetchProject(p.id);
    if (!before)
        return before.error();
    if (before->isArchived())
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("This project is archived. Restore it to change it."),
            QStringLiteral("ProjectRepository::updateProject"));
    if (before->version != edited.version)
        return DbError::make(DbError::Kind::Conflict, op,
            Tr::tr("Someone else changed this project after you opened it; "
                   "their version is shown, nothing of yours was saved."),
            QStringLiteral("ProjectRepository::updateProject"));
    auto at = m_q.scalar({ QStringLiteral("ProjectRepository::updateProject"), op },
        QStringLiteral(
            "UPDATE projects SET client_name = :client, event_name = :event, status = :status, "
            "event_date = :date, attendees = :attendees, city = :city, budget = :budget, "
            "notes = :notes, required_facilities = %1, updated_at = %2, version = version + 1, "
            "main_layout = %3, breakout_rooms = :brooms, breakout_capacity = :bcap, "
            "breakout_layout = %4, currency = :currency, language = :language "
            "WHERE id = :id AND version = :version RETURNING updated_at")
            .arg(d.facilitiesParam(QStringLiteral(":facilities")), d.now(),
                d.spaceLayoutParam(QStringLiteral(":mlayout")),
                d.spaceLayoutParam(QStringLiteral(":blayout"))),
        { { QStringLiteral(":id"), p.id }, { QStringLiteral(":version"), edited.version },
            { QStringLiteral(":client"), p.clientName }, { QStringLiteral(":event"), p.eventName },
            { QStringLiteral(":status"), projectStatusToDb(p.status) },
            { QStringLiteral(":date"), Sql::date(p.eventDate) },
            { QStringLiteral(":attendees"), Sql::integer(p.attendees) },
            { QStringLiteral(":city"), Sql::text(p.city) },
            { QStringLiteral(":budget"), d.moneyToDb(p.budgetCents) },
            { QStringLiteral(":notes"), Sql::text(p.notes) },
            { QStringLiteral(":facilities"), d.facilitiesToDb(p.requiredFacilities) },
            { QStringLiteral(":mlayout"), layoutToDb(p.mainLayout) },
            { QStringLiteral(":brooms"), p.breakoutRooms },
            { QStringLiteral(":bcap"), p.breakoutCapacity },
            { QStringLiteral(":blayout"), layoutToDb(p.breakoutLayout) },
            { QStringLiteral(":currency"), *parseCurrencyCode(p.currency) },
            { QStringLiteral(":language"), p.language } });
    if (!at)
        return at.error();
    if (at->isNull()) // no row came back: the version moved on
        return DbError::make(DbError::Kind::Conflict, op,
            Tr::tr("Someone else changed this project after you opened it; "
                   "their version is shown, nothing of yours was saved."),
            QStringLiteral("ProjectRepository::updateProject"));
    p.updatedAt = d.dateTimeFromDb(*at);
    const QStringList fields = changedFields(*before, p);
    if (auto s = m_log.append(p.id, Action::ProjectUpdated,
            { { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    p.version = edited.version + 1;
    return p;
}

Result<Project> ProjectRepository::setArchived(const Project &project, bool archived)
{
    const QString op = archived ? Tr::tr("archive the project") : Tr::tr("restore the project");
    const QString where = QStringLiteral("ProjectRepository::setArchived");
    const SqlDialect &d = m_q.dialect();
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    auto at = m_q.scalar({ where, op },
        archived ? QStringLiteral("UPDATE projects SET archived_at = %1, archived_by = :by, "
                                  "updated_at = %1, version = version + 1 "
                                  "WHERE id = :id AND version = :version AND archived_at IS NULL "
                                  "RETURNING archived_at")
                       .arg(d.now())
                 : QStringLiteral("UPDATE projects SET archived_at = NULL, archived_by = NULL, "
                                  "updated_at = %1, version = version + 1 "
                                  "WHERE id = :id AND version = :version "
                                  "AND archived_at IS NOT NULL RETURNING updated_at")
                       .arg(d.now()),
        archived ? Binds { { QStringLiteral(":id"), project.id },
            { QStringLiteral(":version"), project.version },
            { QStringLiteral(":by"), Sql::text(m_userId) } }
                 : Binds { { QStringLiteral(":id"), project.id },
                     { QStringLiteral(":version"), project.version } });
    if (!at)
        return at.error();
    if (at->isNull())
        return DbError::make(DbError::Kind::Conflict, op,
            archived ? Tr::tr("Someone else changed this project after you opened it; "
                              "nothing was archived.")
                     : Tr::tr("Someone else changed this project after you opened it; "
                              "nothing was restored."),
            where);
    if (auto s = m_log.append(
            project.id, archived ? Action::ProjectArchived : Action::ProjectRestored, {});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Project p = project;
    p.version = project.version + 1;
    if (archived) {
        p.archivedAt = d.dateTimeFromDb(*at);
        p.archivedBy = m_userId;
    } else {
        p.archivedAt = {};
        p.archivedBy.clear();
        p.updatedAt = d.dateTimeFromDb(*at);
    }
    qCInfo(lcProjects) << (archived ? "archived project" : "restored project") << project.id;
    return p;
}

Result<Project> ProjectRepository::archiveProject(const Project &project)
{
    return setArchived(project, true);
}

Result<Project> ProjectRepository::restoreProject(const Project &project)
{
    return setArchived(project, false);
}

Result<QMap<ProjectStatus, int>> ProjectRepository::countByStatus() const
{
    auto q = m_q.exec(
        { QStringLiteral("ProjectRepository::countByStatus"), Tr::tr("count the projects") },
        QStringLiteral(
            "SELECT status, count(*) FROM projects WHERE archived_at IS NULL GROUP BY status"));
    if (!q)
        return q.error();
    QMap<ProjectStatus, int> out;
    for (ProjectStatus s : allProjectStatuses())
        out[s] = 0;
    while (q->next())
        out[projectStatusFromDb(q->value(0).toString())] = q->value(1).toInt();
    return out;
}

Result<QStringList> ProjectRepository::fetchClientNames() const
{
    auto q = m_q.exec(QStringLiteral("ProjectRepository::fetchClientNames"),
        QStringLiteral(
            "SELECT DISTINCT client_name FROM projects ORDER BY client_name LIMIT 2000"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace VenueMap::Core
