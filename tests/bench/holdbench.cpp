// Benchmarks of holds (issue 14): a venue's calendar month when it has 500 holds, and the list of
// holds expiring soon over 10,000 holds. The bench holds are made once (a project with 500 date
// ranges and 20 shortlisted venues, each holding every range) and found again on later runs.
#include "benchrunner.h"

#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <memory>

namespace VenueMap::Bench {

using namespace Core;

namespace {

const QString kClient = QStringLiteral("Benchmark Client");
const QString kEvent = QStringLiteral("Holds on 500 dates");
constexpr int kRanges = 500;
constexpr int kVenues = 20;
const QDate kFirstDay(2031, 1, 1);

struct HoldBook
{
    QString projectId;
    QString venueId; // one of the 20, with 500 holds
};

HoldBook ensureHoldBook(const Database &db)
{
    HoldBook book;
    auto found = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT id FROM projects WHERE client_name = :c AND event_name = :e"),
        { { QStringLiteral(":c"), kClient }, { QStringLiteral(":e"), kEvent } });
    if (!found)
        return book;
    book.projectId = found->toString();
    if (book.projectId.isEmpty()) {
        Project p;
        p.clientName = kClient;
        p.eventName = kEvent;
        auto created = ProjectRepository(db, {}).addProject(p);
        if (!created)
            return book;
        book.projectId = created->id;
    }
    auto count = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT count(*) FROM holds h JOIN project_venues pv ON pv.id = "
                       "h.project_venue_id WHERE pv.project_id = :p"),
        { { QStringLiteral(":p"), book.projectId } });
    HoldRepository holds(db, {});
    if (count && count->toInt() < kRanges * kVenues) {
        QTextStream(stderr) << "making 10,000 bench holds (once)…\n";
        auto venues = db.exec(QStringLiteral("bench"),
            QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT :n"),
            { { QStringLiteral(":n"), kVenues } });
        QStringList ids;
        while (venues && venues->next())
            ids << venues->value(0).toString();
        (void)OutreachRepository(db, {}).addVenues(book.projectId, ids);
        auto rows = OutreachRepository(db, {}).fetchShortlist(book.projectId);
        auto ranges = holds.dateRanges(book.projectId);
        if (!rows || !ranges)
            return book;
        for (int i = int(ranges->size()); i < kRanges; ++i)
            (void)holds.addDateRange(
                book.projectId, kFirstDay.addDays(i), kFirstDay.addDays(i), i == 0);
        ranges = holds.dateRanges(book.projectId);
        (void)db.execDirect(QStringLiteral("bench"), QStringLiteral("BEGIN"));
        int n = 0;
        for (const ShortlistEntry &e : *rows)
            for (const DateRange &r : *ranges) {
                HoldDraft d;
                d.projectVenueId = e.row.id;
                d.dateRangeId = r.id;
                d.status = (n % 3 == 0) ? HoldStatus::FirstOption : HoldStatus::Tentative;
                d.expiresOn = r.start.addDays(-14);
                (void)holds.placeHold(d);
                ++n;
            }
        (void)db.execDirect(QStringLiteral("bench"), QStringLiteral("COMMIT"));
        if (db.isPostgres())
            (void)db.execDirect(QStringLiteral("bench"), QStringLiteral("ANALYZE holds"));
    }
    auto venue = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT venue_id FROM project_venues WHERE project_id = :p ORDER BY "
                       "venue_id LIMIT 1"),
        { { QStringLiteral(":p"), book.projectId } });
    if (venue)
        book.venueId = venue->toString();
    return book;
}

double timed(const std::function<bool()> &work)
{
    QElapsedTimer t;
    t.start();
    const bool ok = work();
    return ok ? double(t.nsecsElapsed()) / 1e6 : -1.0;
}

} // namespace

void addHoldOperations(BenchRunner &runner, const BenchContext &ctx)
{
    struct State
    {
        HoldBook book;
        std::unique_ptr<HoldRepository> holds;
    };
    auto state = std::make_shared<State>();
    state->holds = std::make_unique<HoldRepository>(ctx.db, QString());
    auto prepare = [state, db = ctx.db] {
        if (state->book.projectId.isEmpty())
            state->book = ensureHoldBook(db);
    };

    BenchOperation month;
    month.name = QStringLiteral("holds: a venue's calendar month (500 holds)");
    month.budget = 20;
    month.prepare = prepare;
    month.run = [state] {
        return timed([&] {
            HoldQuery q;
            q.venueId = state->book.venueId;
            q.from = kFirstDay.addMonths(6);
            q.to = q.from.addMonths(1).addDays(-1);
            auto r = state->holds->holds(q);
            return r.ok() && r->size() >= 28;
        });
    };
    runner.add(month);

    BenchOperation expiring;
    expiring.name = QStringLiteral("holds: expiring within 7 days, over 10,000 holds");
    expiring.budget = 20;
    expiring.prepare = prepare;
    expiring.run = [state] {
        return timed([&] {
            HoldQuery q;
            q.expiringWithinDays = 7;
            q.today = kFirstDay.addDays(100); // a day within the bench holds' options
            auto r = state->holds->holds(q);
            return r.ok() && !r->isEmpty();
        });
    };
    runner.add(expiring);
}

} // namespace VenueMap::Bench
