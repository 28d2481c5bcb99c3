#pragma once

#include "db/database.h"

#include <QElapsedTimer>
#include <QList>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace VenueMap::Bench {

// What an operation runs against: one open database and the name of its backend.
struct BenchContext
{
    Core::Database db;
    QString backend; // "postgresql" or "sqlite"
    QString label; // e.g. "postgresql 1,000,000 venues"
    // Through the delaying proxy (a distant server): the requests it counted since the last reset.
    std::function<int()> roundTrips;
    std::function<qint64()> bytesFromServer;
    std::function<void()> resetRoundTrips;
    int rttMs = 0; // the proxy's added round trip; a budget grows by it per round trip
};

// One named operation: `run` does it once and returns the measured value (milliseconds unless
// `unit` says otherwise), or a negative number when it failed. Run `runs` times after `warmUp`.
struct BenchOperation
{
    QString name;
    double budget = 0; // the limit, in `unit`
    std::function<double()> run;
    int runs = 20;
    int warmUp = 3;
    QString unit = QStringLiteral("ms");
    std::function<void()> prepare; // once, before the warm-up
    bool gui = false; // driven through the GUI's event loop: the runner watches that loop's longest
                      // stall
};

// One line of the table (and one object of the JSON).
struct BenchResult
{
    QString operation;
    QString backend;
    QString label;
    int runs = 0;
    double median = -1;
    double p95 = -1;
    double budget = 0;
    QString unit;
    double cpuMedianMs = -1;
    double guiStallMs = -1; // GUI operations: the event loop's longest stall over their runs
    double roundTrips = -1; // through the proxy: requests to the server per run
    double kBFromServer = -1; // through the proxy: what the server sent per run
    bool failed = false;
    bool withinBudget() const { return !failed && (budget <= 0 || median <= budget); }
    QString verdict() const
    {
        return failed        ? QStringLiteral("FAILED")
            : budget <= 0    ? QStringLiteral("info")
            : withinBudget() ? QStringLiteral("ok")
                             : QStringLiteral("OVER");
    }
};

inline BenchOperation operation(const QString &name, double budget, std::function<double()> run,
    int runs = 20, int warmUp = 3, const QString &unit = QStringLiteral("ms"),
    std::function<void()> prepare = {})
{
    BenchOperation op;
    op.name = name;
    op.budget = budget;
    op.run = std::move(run);
    op.runs = runs;
    op.warmUp = warmUp;
    op.unit = unit;
    op.prepare = std::move(prepare);
    return op;
}

inline BenchOperation guiOperation(BenchOperation op)
{
    op.gui = true;
    return op;
}

// Runs registered operations and prints operation, backend, median, p95 and budget per line.
// After the GUI operations of a database it adds one line: the GUI thread's longest busy stretch
// while they ran (DESIGN §4: 16 ms, one frame).
class BenchRunner
{
public:
    explicit BenchRunner(QTextStream &out)
        : m_out(out)
    { }
    void add(const BenchOperation &op) { m_ops.append(op); }
    void clear() { m_ops.clear(); }
    // Runs the operations whose name contains `only` (all when empty); returns how many missed
    // their budget.
    int run(const BenchContext &ctx, const QString &only = {});
    // A figure measured elsewhere (scripts/bench times migrations and demo books), in the same
    // table.
    void record(const BenchResult &result);
    const QList<BenchResult> &results() const { return m_results; }
    static void printHeader(QTextStream &out);
    // Every result so far, as a JSON array of objects, with the machine it ran on.
    static bool writeJson(const QString &path, const QList<BenchResult> &results, QString *error);

private:
    void print(const BenchResult &r);

    QTextStream &m_out;
    QList<BenchOperation> m_ops;
    QList<BenchResult> m_results;
};

// Spins the event loop until `done` is true or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

// Measures how long the GUI thread goes without running its event loop (DESIGN §4: a frame is 16
// ms).
class EventLoopWatchdog : public QObject
{
public:
    EventLoopWatchdog();
    void start();
    void stop() { m_timer.stop(); }
    double longestStallMs() const { return m_longestNs / 1e6; }

private:
    static constexpr int kIntervalMs = 4;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

// Resident memory of this process in MB, now and at its peak (Linux /proc VmRSS, VmHWM).
double residentMb();
double peakResidentMb();

} // namespace VenueMap::Bench
