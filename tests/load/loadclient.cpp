// venuemap-loadclient: one headless planner for the load test (issue 18, "many clients"). It uses
// the core objects the window uses — VenueRepository's list windows and search, ProjectRepository,
// the shortlist through OutreachRepository and ShortlistEditor::apply, venue edits with their
// version (optimistic locking), holds — on one connection, for a bounded time, with 2–5 s of
// think time between operations, and prints one JSON line per operation:
//   {"client":3,"op":"edit_venue","ms":4.1,"outcome":"ok","venue":"…","version":7}
// outcome is ok, conflict (a colleague saved first: the editor re-reads and applies again, as
// the GUI's "reload and apply"), refused (the database said no to a hold, with a sentence), or
// error (anything else: the load test expects none). Every successful write names the row and
// the version it wrote, so venuemap-loaddriver can prove no update was lost or made twice.
//   venuemap-loadclient --db URL --client N --seconds S [--think-ms MIN,MAX] [--hot N]
// Not a test of its own and never installed.
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "services/shortlisteditor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace VenueMap::Core;

namespace {

class Planner
{
public:
    Planner(Database db, int client, quint64 seed, int hot)
        : m_db(std::move(db))
        , m_client(client)
        , m_random(seed)
        , m_hot(hot)
        , m_venues(m_db)
    { }

    void print(QJsonObject line)
    {
        line.insert(QStringLiteral("client"), m_client);
        m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
    }

    // Runs `work` as operation `op`, timing it and printing its line; `work` returns the outcome
    // and fills in what it wrote.
    template <typename Work> void run(const QString &op, Work work)
    {
        QJsonObject line { { QStringLiteral("op"), op } };
        QElapsedTimer timer;
        timer.start();
        Status s = work(line);
        line.insert(QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6);
        if (!s) {
            const DbError &e = s.error();
            const bool conflict = e.kind == DbError::Kind::Conflict;
            const bool refused = op == QLatin1String("hold")
                && (e.kind == DbError::Kind::Validation || e.kind == DbError::Kind::Duplicate);
            line.insert(QStringLiteral("outcome"),
                conflict      ? QStringLiteral("conflict")
                    : refused ? QStringLiteral("refused")
                              : QStringLiteral("error"));
            if (!conflict) {
                line.insert(QStringLiteral("sentence"), e.sentence());
                line.insert(QStringLiteral("details"), e.details());
            }
        } else if (!line.contains(QStringLiteral("outcome"))) {
            line.insert(QStringLiteral("outcome"), QStringLiteral("ok"));
        }
        print(line);
    }

    Status start()
    {
        UserRepository users(m_db);
        auto all = users.fetchAll();
        if (!all)
            return all.error();
        if (all->isEmpty())
            return DbError::make(DbError::Kind::NotFound, QStringLiteral("start"),
                QStringLiteral("The book has no users; fill it with venuemapctl demo."));
        m_userId = all->at(m_random.bounded(int(all->size()))).id;
        m_projects = std::make_unique<ProjectRepository>(m_db, m_userId);
        auto projects = m_projects->fetchProjects();
        if (!projects)
            return projects.error();
        for (const auto &p : *projects)
            m_projectIds << p.project.id;
        if (m_projectIds.isEmpty())
            return DbError::make(DbError::Kind::NotFound, QStringLiteral("start"),
                QStringLiteral("The book has no projects; fill it with venuemapctl demo."));
        m_outreach = std::make_unique<OutreachRepository>(m_db, m_userId);
        m_holds = std::make_unique<HoldRepository>(m_db, m_userId);
        return {};
    }

    // The venue list, a window of 100 further down each time (from the top after the end).
    Status browse(QJsonObject &line)
    {
        auto window = m_venues.fetchAfter(m_filter, m_after, 100);
        if (!window)
            return window.error();
        line.insert(QStringLiteral("rows"), int(window->size()));
        if (window->isEmpty()) {
            m_after.reset();
        } else {
            m_after = VenueRepository::keyOf(window->last(), m_filter.sort);
            m_seen = *window;
        }
        return {};
    }

    // A search for a few letters of a venue's name, as typed in the filter box.
    Status search(QJsonObject &line)
    {
        VenueFilter filter;
        if (!m_seen.isEmpty()) {
            const QString name = m_seen.at(m_random.bounded(int(m_seen.size()))).name;
            const int from = name.size() > 4 ? m_random.bounded(int(name.size()) - 3) : 0;
            filter.text = name.mid(from, 3);
        }
        auto found = m_venues.search(filter, 50);
        if (!found)
            return found.error();
        line.insert(QStringLiteral("rows"), int(found->size()));
        return {};
    }

    // Opens a project's workspace: its shortlist.
    Status openProject(QJsonObject &line)
    {
        const QString id = m_projectIds.at(m_random.bounded(int(m_projectIds.size())));
        auto project = m_projects->fetchProject(id);
        if (!project)
            return project.error();
        auto shortlist = m_outreach->fetchShortlist(id);
        if (!shortlist)
            return shortlist.error();
        m_projectId = id;
        m_project = *project;
        m_shortlist = *shortlist;
        line.insert(QStringLiteral("rows"), int(m_shortlist.size()));
        return {};
    }

    // Moves a shortlisted venue to another outreach status, through the workspace's use case with
    // the row as the workspace shows it (maybe stale: then a Conflict, and the shortlist as read
    // again).
    Status changeStatus(QJsonObject &line)
    {
        if (m_shortlist.isEmpty())
            if (auto s = openProject(line); !s)
                return s;
        if (m_shortlist.isEmpty()) {
            line.insert(QStringLiteral("outcome"), QStringLiteral("skipped"));
            return {};
        }
        const int index = m_random.bounded(int(m_shortlist.size()));
        const ProjectVenue base = m_shortlist.at(index).row;
        const auto &statuses = allOutreachStatuses();
        OutreachStatus to = base.status;
        while (to == base.status)
            to = statuses.at(m_random.bounded(int(statuses.size())));
        const auto outcome = ShortlistEditor::apply(*m_outreach, m_projectId, base,
            ShortlistChange::moveTo(to,
                to == OutreachStatus::Declined ? QStringLiteral("Load test: dates taken")
                                               : QString()));
        if (outcome.shortlist)
            m_shortlist = *outcome.shortlist;
        switch (outcome.kind) {
        case ShortlistOutcome::Kind::Saved:
            m_shortlist[index].row = outcome.stored;
            line.insert(QStringLiteral("row"), outcome.stored.id);
            line.insert(QStringLiteral("version"), outcome.stored.version);
            return {};
        case ShortlistOutcome::Kind::Conflict:
            return DbError::make(DbError::Kind::Conflict, QStringLiteral("change the status"),
                QStringLiteral("A colleague changed the row first."));
        default:
            return outcome.error;
        }
    }

    // Edits a venue near the top of the list (where everybody looks, so colleagues collide) from
    // the copy the list showed; on a conflict, reads it again and applies the edit again, as the
    // editor's "reload and apply" does. Each save prints the version it wrote.
    Status editVenue(QJsonObject &line)
    {
        if (m_top.isEmpty()) {
            auto top = m_venues.fetchAfter(m_filter, std::nullopt, m_hot);
            if (!top)
                return top.error();
            m_top = *top;
            if (m_top.isEmpty()) {
                line.insert(QStringLiteral("outcome"), QStringLiteral("skipped"));
                return {};
            }
        }
        const int index = m_random.bounded(int(m_top.size()));
        Venue edited = m_top.at(index);
        const QString token = QStringLiteral("c%1o%2").arg(m_client).arg(++m_writes);
        edited.notes = QStringLiteral("Load test: last edit %1").arg(token);
        auto saved = m_venues.updateVenue(edited);
        if (!saved && saved.error().kind == DbError::Kind::Conflict) {
            line.insert(QStringLiteral("conflicts"), 1);
            auto fresh = m_venues.fetchVenue(edited.id);
            if (!fresh)
                return fresh.error();
            edited = *fresh;
            edited.notes = QStringLiteral("Load test: last edit %1").arg(token);
            saved = m_venues.updateVenue(edited);
        }
        if (!saved) {
            if (saved.error().kind == DbError::Kind::Conflict) // still a stale copy next time
                m_top.clear();
            return saved.error();
        }
        m_top[index] = *saved;
        line.insert(QStringLiteral("venue"), saved->id);
        line.insert(QStringLiteral("version"), saved->version);
        return {};
    }

    // Places a hold on a shortlisted venue for one of the project's dates (adding the event's
    // date as a range when the project has none yet).
    Status placeHold(QJsonObject &line)
    {
        if (m_shortlist.isEmpty())
            if (auto s = openProject(line); !s)
                return s;
        if (m_shortlist.isEmpty()) {
            line.insert(QStringLiteral("outcome"), QStringLiteral("skipped"));
            return {};
        }
        auto ranges = m_holds->dateRanges(m_projectId);
        if (!ranges)
            return ranges.error();
        DateRange range;
        if (ranges->isEmpty()) {
            const QDate start = m_project.eventDate.isValid() ? m_project.eventDate
                                                              : QDate::currentDate().addDays(60);
            auto added = m_holds->addDateRange(m_projectId, start, start.addDays(1), true);
            if (!added)
                return added.error();
            range = *added;
        } else {
            range = ranges->at(m_random.bounded(int(ranges->size())));
        }
        HoldDraft draft;
        draft.projectVenueId = m_shortlist.at(m_random.bounded(int(m_shortlist.size()))).row.id;
        draft.dateRangeId = range.id;
        draft.status = HoldStatus::Requested;
        // An option expires in two weeks, and before the event's first day (the rule).
        const QDate expires = qMin(QDate::currentDate().addDays(14), range.start.addDays(-1));
        if (expires >= QDate::currentDate())
            draft.expiresOn = expires;
        auto hold = m_holds->placeHold(draft);
        if (!hold)
            return hold.error();
        line.insert(QStringLiteral("hold"), hold->id);
        return {};
    }

    void session(QDeadlineTimer deadline, int thinkMin, int thinkMax)
    {
        while (true) {
            const int think = thinkMin + m_random.bounded(thinkMax - thinkMin + 1);
            if (deadline.remainingTime() < think)
                break;
            QThread::msleep(think);
            const int pick = m_random.bounded(100);
            if (pick < 35)
                run(QStringLiteral("browse"), [&](QJsonObject &l) { return browse(l); });
            else if (pick < 50)
                run(QStringLiteral("search"), [&](QJsonObject &l) { return search(l); });
            else if (pick < 65)
                run(QStringLiteral("open_project"), [&](QJsonObject &l) { return openProject(l); });
            else if (pick < 80)
                run(QStringLiteral("status"), [&](QJsonObject &l) { return changeStatus(l); });
            else if (pick < 95)
                run(QStringLiteral("edit_venue"), [&](QJsonObject &l) { return editVenue(l); });
            else
                run(QStringLiteral("hold"), [&](QJsonObject &l) { return placeHold(l); });
        }
    }

private:
    Database m_db;
    int m_client;
    QRandomGenerator m_random;
    int m_hot;
    QTextStream m_out { stdout };
    VenueRepository m_venues;
    std::unique_ptr<ProjectRepository> m_projects;
    std::unique_ptr<OutreachRepository> m_outreach;
    std::unique_ptr<HoldRepository> m_holds;
    QString m_userId;
    QStringList m_projectIds;
    VenueFilter m_filter;
    std::optional<VenueKey> m_after;
    QList<Venue> m_seen;
    QList<Venue> m_top;
    QString m_projectId;
    Project m_project;
    QList<ShortlistEntry> m_shortlist;
    int m_writes = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database URL."), QStringLiteral("url"));
    QCommandLineOption clientOption(QStringLiteral("client"),
        QStringLiteral("This client's number (seeds its choices)."), QStringLiteral("n"),
        QStringLiteral("0"));
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to work."),
        QStringLiteral("s"), QStringLiteral("15"));
    QCommandLineOption thinkOption(QStringLiteral("think-ms"),
        QStringLiteral("Think time between operations, MIN,MAX milliseconds."),
        QStringLiteral("min,max"), QStringLiteral("2000,5000"));
    QCommandLineOption hotOption(QStringLiteral("hot"),
        QStringLiteral("How many venues at the top of the list the edits go to."),
        QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({ dbOption, clientOption, secondsOption, thinkOption, hotOption });
    parser.process(app);
    const int client = parser.value(clientOption).toInt();
    const QStringList think = parser.value(thinkOption).split(QLatin1Char(','));
    const int thinkMin = think.value(0).toInt(), thinkMax = qMax(thinkMin, think.value(1).toInt());

    QTextStream out(stdout);
    const auto fail = [&](const QString &op, const DbError &e, double ms) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("client"), client },
                                 { QStringLiteral("op"), op }, { QStringLiteral("ms"), ms },
                                 { QStringLiteral("outcome"), QStringLiteral("error") },
                                 { QStringLiteral("sentence"), e.sentence() },
                                 { QStringLiteral("details"), e.details() } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 1;
    };
    const QDeadlineTimer deadline(qint64(parser.value(secondsOption).toDouble() * 1000));
    QElapsedTimer timer;
    timer.start();
    auto url = DatabaseUrl::resolve(parser.value(dbOption));
    if (!url)
        return fail(QStringLiteral("connect"), url.error(), 0);
    auto db = Database::open(*url, QStringLiteral("load"));
    if (!db)
        return fail(QStringLiteral("connect"), db.error(), double(timer.nsecsElapsed()) / 1e6);
    Planner planner(*db, client, quint64(client) * 7919u + 17u, parser.value(hotOption).toInt());
    planner.print({ { QStringLiteral("op"), QStringLiteral("connect") },
        { QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6 },
        { QStringLiteral("outcome"), QStringLiteral("ok") } });
    bool started = false;
    planner.run(QStringLiteral("start"), [&](QJsonObject &) {
        Status s = planner.start();
        started = s.ok();
        return s;
    });
    if (!started)
        return 1;
    planner.session(deadline, thinkMin, thinkMax);
    planner.print({ { QStringLiteral("done"), true } });
    return 0;
}
