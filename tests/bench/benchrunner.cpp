#include "benchrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <thread>

namespace VenueMap::Bench {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    // Sleeps in the event loop until something happens (a tick at least every 2 ms). Not
    // processEvents(flags, maxtime): that overload never waits, it spins, and a spinning GUI
    // thread takes a whole core from the worker threads and the server being measured.
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

EventLoopWatchdog::EventLoopWatchdog()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    // 4 ms: fine enough to see a 16 ms frame missed, coarse enough not to keep a core busy
    // polling (a 1 ms timer cost the measured operations a tenth of a core).
    m_timer.setInterval(kIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        // The timer fires about every interval; anything beyond that was the loop being busy.
        m_longestNs = std::max(m_longestNs, now - m_last - kIntervalMs * 1000000LL);
        m_last = now;
    });
}

void EventLoopWatchdog::start()
{
    m_clock.start();
    m_last = 0;
    m_longestNs = 0;
    m_timer.start();
}

namespace {
double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression re(QStringLiteral("%1:\\s+(\\d+)\\s+kB").arg(QLatin1String(field)));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0;
}
double systemMemoryGib()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression re(QStringLiteral("MemTotal:\\s+(\\d+)\\s+kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 / 1024.0 : 0;
}
} // namespace

double residentMb()
{
    return statusMb("VmRSS");
}
double peakResidentMb()
{
    return statusMb("VmHWM");
}

void BenchRunner::printHeader(QTextStream &out)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("operation"), -58)
               .arg(QStringLiteral("backend"), -32)
               .arg(QStringLiteral("runs"), 4)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("p95"), 9)
               .arg(QStringLiteral("budget"), 9)
               .arg(QStringLiteral("verdict"), -7)
               .arg(QStringLiteral("process cpu (median)"));
    out.flush();
}

void BenchRunner::print(const BenchResult &r)
{
    if (r.failed) {
        m_out << QStringLiteral("%1  %2  FAILED\n").arg(r.operation, -58).arg(r.label, -32);
        m_out.flush();
        return;
    }
    auto fmt = [&r](double v) {
        return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 2 : 1).arg(r.unit);
    };
    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                 .arg(r.operation, -58)
                 .arg(r.label, -32)
                 .arg(r.runs, 4)
                 .arg(fmt(r.median), 9)
                 .arg(r.runs > 1 ? fmt(r.p95) : QStringLiteral("-"), 9)
                 .arg(r.budget > 0 ? fmt(r.budget) : QStringLiteral("-"), 9)
                 .arg(r.verdict(), -7)
                 .arg((r.cpuMedianMs >= 0 ? QStringLiteral("%1 ms").arg(r.cpuMedianMs, 0, 'f', 2)
                                          : QString())
                     + (r.guiStallMs >= 0
                             ? QStringLiteral("  (GUI stall %1 ms)").arg(r.guiStallMs, 0, 'f', 1)
                             : QString())
                     + (r.roundTrips >= 0 ? QStringLiteral("  [%1 round trips, %2 kB]")
                                                .arg(r.roundTrips, 0, 'f', 1)
                                                .arg(r.kBFromServer, 0, 'f', 1)
                                          : QString()));
    m_out.flush();
}

void BenchRunner::record(const BenchResult &result)
{
    m_results.append(result);
    print(result);
}

bool BenchRunner::writeJson(const QString &path, const QList<BenchResult> &results, QString *error)
{
    QJsonArray rows;
    for (const BenchResult &r : results) {
        QJsonObject o;
        o[QStringLiteral("operation")] = r.operation;
        o[QStringLiteral("backend")] = r.backend;
        o[QStringLiteral("data")] = r.label;
        o[QStringLiteral("runs")] = r.runs;
        o[QStringLiteral("unit")] = r.unit;
        o[QStringLiteral("median")] = r.failed ? QJsonValue() : QJsonValue(r.median);
        o[QStringLiteral("p95")] = r.failed || r.runs < 2 ? QJsonValue() : QJsonValue(r.p95);
        o[QStringLiteral("budget")] = r.budget > 0 ? QJsonValue(r.budget) : QJsonValue();
        o[QStringLiteral("verdict")] = r.verdict();
        if (r.cpuMedianMs >= 0)
            o[QStringLiteral("process_cpu_median_ms")] = r.cpuMedianMs;
        if (r.guiStallMs >= 0)
            o[QStringLiteral("gui_longest_stall_ms")] = r.guiStallMs;
        if (r.roundTrips >= 0)
            o[QStringLiteral("round_trips_per_run")] = r.roundTrips;
        if (r.kBFromServer >= 0)
            o[QStringLiteral("kb_from_server_per_run")] = r.kBFromServer;
        rows.append(o);
    }
    QJsonObject machine;
    machine[QStringLiteral("cores")] = int(std::thread::hardware_concurrency());
    machine[QStringLiteral("memory_gib")] = std::round(systemMemoryGib() * 10) / 10;
    machine[QStringLiteral("os")] = QSysInfo::prettyProductName();
    machine[QStringLiteral("qt")] = QString::fromLatin1(qVersion());
    QJsonObject root;
    root[QStringLiteral("machine")] = machine;
    root[QStringLiteral("when")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    root[QStringLiteral("results")] = rows;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

int BenchRunner::run(const BenchContext &ctx, const QString &only)
{
    int missed = 0;
    double guiLongest = -1;
    int guiRuns = 0;
    for (const BenchOperation &op : std::as_const(m_ops)) {
        if (!only.isEmpty() && !op.name.contains(only, Qt::CaseInsensitive))
            continue;
        if (op.prepare)
            op.prepare();
        bool failed = false;
        for (int i = 0; i < op.warmUp && !failed; ++i)
            failed = op.run() < 0;
        QList<double> values;
        QList<double> cpu;
        EventLoopWatchdog watchdog;
        double opStall = -1;
        if (ctx.resetRoundTrips)
            ctx.resetRoundTrips();
        for (int i = 0; i < op.runs && !failed; ++i) {
            timespec a {}, b {};
            if (op.gui)
                watchdog.start();
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
            const double v = op.run();
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
            if (op.gui) {
                watchdog.stop();
                guiLongest = std::max(guiLongest, watchdog.longestStallMs());
                opStall = std::max(opStall, watchdog.longestStallMs());
                ++guiRuns;
            }
            cpu << (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
            if (v < 0)
                failed = true;
            else
                values << v;
        }
        BenchResult r;
        r.operation = op.name;
        r.backend = ctx.backend;
        r.label = ctx.label;
        r.unit = op.unit;
        r.budget = op.budget;
        r.failed = failed || values.isEmpty();
        r.guiStallMs = opStall;
        if (ctx.roundTrips && !values.isEmpty()) {
            r.roundTrips = double(ctx.roundTrips()) / double(values.size());
            r.kBFromServer = double(ctx.bytesFromServer()) / 1024.0 / double(values.size());
            // A distant server: the local budget plus the wire's time for each round trip, the
            // physical limit (issue 17: at 10 ms a one-statement operation within 12 ms).
            if (r.budget > 0 && op.unit == QLatin1String("ms"))
                r.budget += r.roundTrips * ctx.rttMs;
        }
        if (!r.failed) {
            std::sort(values.begin(), values.end());
            std::sort(cpu.begin(), cpu.end());
            r.runs = int(values.size());
            r.median = values.size() % 2
                ? values.at(values.size() / 2)
                : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
            r.p95 = values.at(std::min<qsizetype>(
                values.size() - 1, qsizetype(std::ceil(values.size() * 0.95)) - 1));
            if (op.unit == QLatin1String("ms"))
                r.cpuMedianMs = cpu.at(cpu.size() / 2);
        }
        if (!r.withinBudget())
            ++missed;
        record(r);
    }
    if (guiRuns > 0) {
        BenchResult r;
        r.operation = QStringLiteral("GUI thread: longest busy stretch in the GUI operations");
        r.backend = ctx.backend;
        r.label = ctx.label;
        r.unit = QStringLiteral("ms");
        r.budget = 16;
        r.runs = 1;
        r.median = r.p95 = guiLongest;
        if (!r.withinBudget())
            ++missed;
        record(r);
    }
    return missed;
}

} // namespace VenueMap::Bench
