// venuemapctl projects: the projects list, and archive / restore (issue 14), through the same
// ProjectRepository as the app. An archived project is read-only in the database until restored.
#include "ctl.h"
#include "domain/currency.h"
#include "repositories/projectrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VenueMap::Core::Cli {

namespace {

const char *kProjectsUsage
    = "Usage: venuemapctl projects list [--archived | --all] [--format json|csv|table]\n"
      "       venuemapctl projects archive PROJECT_ID\n"
      "       venuemapctl projects restore PROJECT_ID\n"
      "  list shows the projects that are not archived; --archived only the archived ones,\n"
      "  --all both. An archived project keeps its status and cannot be changed until restored.\n";

QJsonObject projectJson(const Project &p)
{
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("client"), p.clientName },
        { QStringLiteral("event"), p.eventName },
        { QStringLiteral("status"), projectStatusToDb(p.status) },
        { QStringLiteral("event_date"),
            p.eventDate.isValid() ? QJsonValue(p.eventDate.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("currency"), p.currency }, { QStringLiteral("language"), p.language },
        { QStringLiteral("archived_at"),
            p.isArchived() ? QJsonValue(p.archivedAt.toUTC().toString(Qt::ISODate))
                           : QJsonValue() },
        { QStringLiteral("version"), p.version } };
}

int writeProjects(Context &ctx, const QList<Project> &projects, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Project &p : projects)
            array.append(projectJson(p));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    QList<QStringList> rows;
    for (const Project &p : projects)
        rows.append({ p.clientName, p.eventName, projectStatusToDb(p.status),
            p.eventDate.isValid() ? p.eventDate.toString(Qt::ISODate) : QString(), p.currency,
            p.language, p.isArchived() ? p.archivedAt.toUTC().toString(Qt::ISODate) : QString(),
            p.id });
    const QStringList head { QStringLiteral("client"), QStringLiteral("event"),
        QStringLiteral("status"), QStringLiteral("event_date"), QStringLiteral("currency"),
        QStringLiteral("language"), QStringLiteral("archived_at"), QStringLiteral("id") };
    if (format == QLatin1String("csv"))
        writeCsv(ctx.out, head, rows);
    else
        writeTable(ctx.out, head, rows, {});
    return Done;
}

} // namespace

int projectsCommand(Context &ctx)
{
    const QString verb = ctx.args.value(0);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("help")) {
        (verb.isEmpty() ? ctx.err : ctx.out) << kProjectsUsage;
        return verb.isEmpty() ? BadUsage : Done;
    }
    QStringList rest = ctx.args.mid(1);
    if (verb == QLatin1String("list")) {
        QString format = QStringLiteral("json");
        ProjectFilter filter;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QString &a = rest.at(i);
            if (a == QLatin1String("--archived")) {
                filter.onlyArchived = true;
            } else if (a == QLatin1String("--all")) {
                filter.includeArchived = true;
            } else if (a == QLatin1String("--format") && i + 1 < rest.size()) {
                format = rest.at(++i);
            } else if (a.startsWith(QLatin1String("--format="))) {
                format = a.mid(9);
            } else {
                ctx.err << "Unknown option " << a << ".\n" << kProjectsUsage;
                return BadUsage;
            }
        }
        if (format != QLatin1String("json") && format != QLatin1String("csv")
            && format != QLatin1String("table")) {
            ctx.err << "--format is json, csv or table, not \"" << format << "\".\n";
            return BadUsage;
        }
        auto db = openForCommand(ctx);
        if (!db)
            return Failed;
        filter.limit = 100000;
        auto list = ProjectRepository(*db, {}).fetchProjects(filter);
        if (!list)
            return reportError(ctx, list.error());
        QList<Project> projects;
        for (const ProjectSummary &s : *list)
            projects << s.project;
        return writeProjects(ctx, projects, format);
    }
    if (verb == QLatin1String("archive") || verb == QLatin1String("restore")) {
        if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--"))) {
            ctx.err << "projects " << verb << " takes one project id.\n" << kProjectsUsage;
            return BadUsage;
        }
        auto db = openForCommand(ctx);
        if (!db)
            return Failed;
        ProjectRepository repo(*db, {});
        auto project = repo.fetchProject(rest.first());
        if (!project)
            return reportError(ctx, project.error());
        const bool archive = verb == QLatin1String("archive");
        if (project->isArchived() == archive) {
            ctx.err << "The project \"" << project->title() << "\" is "
                    << (archive ? "already archived" : "not archived") << ".\n";
            return Failed;
        }
        auto saved = archive ? repo.archiveProject(*project) : repo.restoreProject(*project);
        if (!saved)
            return reportError(ctx, saved.error());
        return writeProjects(ctx, { *saved }, QStringLiteral("json"));
    }
    ctx.err << "Unknown projects command \"" << verb << "\".\n" << kProjectsUsage;
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
