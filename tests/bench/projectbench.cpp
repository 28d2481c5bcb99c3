// Benchmarks of projects and outreach: the workspace of a project with 200 shortlisted
// venues and their thumbnails, the projects list, status and outreach counts, suggestions.
#include "benchrunner.h"

#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/suggestionservice.h"

#include <QSqlQuery>

#include <memory>

namespace VenueMap::Bench {

using namespace Core;

namespace {
const QString kBenchClient = QStringLiteral("Benchmark Client");
const QString kBenchEvent = QStringLiteral("Workspace with 200 venues");

// The bench project: found again on later runs, created with 200 venues that have photos.
QString ensureBenchProject(const Database &db, int venues)
{
    auto found = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT id FROM projects WHERE client_name = :c AND event_name = :e"),
        { { QStringLiteral(":c"), kBenchClient }, { QStringLiteral(":e"), kBenchEvent } });
    if (!found)
        return {};
    QString projectId = found->toString();
    ProjectRepository projects(db, {});
    if (projectId.isEmpty()) {
        Project p;
        p.clientName = kBenchClient;
        p.eventName = kBenchEvent;
        p.attendees = 150;
        p.city = QStringLiteral("Lisbon");
        p.requiredFacilities = { QStringLiteral("wifi"), QStringLiteral("parking") };
        auto created = projects.addProject(p);
        if (!created)
            return {};
        projectId = created->id;
    }
    auto have = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT count(*) FROM project_venues WHERE project_id = :p"),
        { { QStringLiteral(":p"), projectId } });
    if (have && have->toInt() < venues) {
        auto q = db.exec(QStringLiteral("bench"),
            QStringLiteral("SELECT DISTINCT venue_id FROM photos ORDER BY venue_id LIMIT :n"),
            { { QStringLiteral(":n"), venues } });
        QStringList ids;
        while (q && q->next())
            ids << q->value(0).toString();
        // Fill up with photo-less venues when the book has too few photos.
        if (ids.size() < venues) {
            auto more = db.exec(QStringLiteral("bench"),
                QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT :n"),
                { { QStringLiteral(":n"), venues } });
            while (more && more->next() && ids.size() < venues)
                if (!ids.contains(more->value(0).toString()))
                    ids << more->value(0).toString();
        }
        OutreachRepository outreach(db, {});
        (void)outreach.addVenues(projectId, ids);
    }
    return projectId;
}

double timed(const std::function<bool()> &work)
{
    QElapsedTimer t;
    t.start();
    if (!work())
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

void addProjectOperations(BenchRunner &runner, const BenchContext &ctx)
{
    struct State
    {
        QString projectId;
        Project project;
        std::unique_ptr<ProjectRepository> projects;
        std::unique_ptr<OutreachRepository> outreach;
        std::unique_ptr<SuggestionService> suggestions;
    };
    auto state = std::make_shared<State>();
    state->projects = std::make_unique<ProjectRepository>(ctx.db, QString());
    state->outreach = std::make_unique<OutreachRepository>(ctx.db, QString());
    state->suggestions = std::make_unique<SuggestionService>(ctx.db);
    auto prepare = [state, db = ctx.db] {
        if (!state->projectId.isEmpty())
            return;
        state->projectId = ensureBenchProject(db, 200);
        if (auto p = state->projects->fetchProject(state->projectId))
            state->project = *p;
    };

    BenchOperation workspace;
    workspace.name = QStringLiteral("projects: open workspace, 200 venues + thumbnails");
    workspace.budget = 50;
    workspace.prepare = prepare;
    workspace.run = [state] {
        return timed([&] {
            auto p = state->projects->fetchProject(state->projectId);
            auto rows = state->outreach->fetchShortlist(state->projectId);
            return p.ok() && rows.ok() && rows->size() >= 200;
        });
    };
    runner.add(workspace);

    BenchOperation statements;
    statements.name = QStringLiteral("projects: queries to open a 200-venue workspace");
    statements.unit = QStringLiteral("q");
    statements.runs = 3;
    statements.warmUp = 0;
    statements.prepare = prepare;
    statements.run = [state] {
        state->outreach->resetStatementCount();
        if (!state->outreach->fetchShortlist(state->projectId))
            return -1.0;
        return double(state->outreach->statementCount() + 1); // + fetchProject
    };
    runner.add(statements);

    BenchOperation list;
    list.name = QStringLiteral("projects: projects list with shortlist counts");
    list.budget = 10;
    list.run = [state] { return timed([&] { return state->projects->fetchProjects({}).ok(); }); };
    runner.add(list);

    BenchOperation statusCounts;
    statusCounts.name = QStringLiteral("projects: project status counts");
    statusCounts.budget = 10;
    statusCounts.run
        = [state] { return timed([&] { return state->projects->countByStatus().ok(); }); };
    runner.add(statusCounts);

    BenchOperation outreachCounts;
    outreachCounts.name = QStringLiteral("projects: outreach counts of a project");
    outreachCounts.budget = 10;
    outreachCounts.prepare = prepare;
    outreachCounts.run = [state] {
        return timed([&] { return state->outreach->countsByStatus(state->projectId).ok(); });
    };
    runner.add(outreachCounts);

    BenchOperation chase;
    chase.name = QStringLiteral("projects: chase list of every active project");
    chase.run
        = [state] { return timed([&] { return state->outreach->fetchChaseList({}, 7).ok(); }); };
    runner.add(chase);

    BenchOperation suggest;
    suggest.name = QStringLiteral("projects: suggestions for a project");
    suggest.budget = 200;
    suggest.runs = 10;
    suggest.prepare = prepare;
    suggest.run = [state] {
        return timed([&] { return state->suggestions->suggest(state->project, 50).ok(); });
    };
    runner.add(suggest);

    BenchOperation suggestRooms;
    suggestRooms.name
        = QStringLiteral("projects: suggestions, 150 theatre-style + 4 breakouts of 30");
    suggestRooms.budget = 200;
    suggestRooms.runs = 10;
    suggestRooms.prepare = prepare;
    suggestRooms.run = [state] {
        Project asked = state->project; // the layout asked in memory: the bench book is not changed
        asked.mainLayout = SpaceLayout::Theatre;
        asked.breakoutRooms = 4;
        asked.breakoutCapacity = 30;
        asked.breakoutLayout = SpaceLayout::Classroom;
        return timed([&] { return state->suggestions->suggest(asked, 50).ok(); });
    };
    runner.add(suggestRooms);
}

} // namespace VenueMap::Bench
