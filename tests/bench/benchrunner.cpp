#include "benchrunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace VenueMap::Bench {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

EventLoopWatchdog::EventLoopWatchdog()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        // A 1 ms timer fires about every millisecond; anything beyond that was the loop being busy.
        m_longestNs = std::max(m_longestNs, now - m_last - 1000000);
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

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression re(QStringLiteral("VmRSS:\\s+(\\d+)\\s+kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0;
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

int BenchRunner::run(const BenchContext &ctx, const QString &only)
{
    int missed = 0;
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
        for (int i = 0; i < op.runs && !failed; ++i) {
            timespec a{}, b{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
            const double v = op.run();
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
            cpu << (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
            if (v < 0)
                failed = true;
            else
                values << v;
        }
        if (failed || values.isEmpty()) {
            m_out << QStringLiteral("%1  %2  FAILED\n").arg(op.name, -58).arg(ctx.label, -32);
            m_out.flush();
            ++missed;
            continue;
        }
        std::sort(values.begin(), values.end());
        std::sort(cpu.begin(), cpu.end());
        const double median = values.size() % 2 ? values.at(values.size() / 2)
                                                : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
        const double p95 = values.at(std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(values.size() * 0.95)) - 1));
        const bool ok = op.budget <= 0 || median <= op.budget;
        if (!ok)
            ++missed;
        auto fmt = [&op](double v) { return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 2 : 1).arg(op.unit); };
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                     .arg(op.name, -58)
                     .arg(ctx.label, -32)
                     .arg(values.size(), 4)
                     .arg(fmt(median), 9)
                     .arg(fmt(p95), 9)
                     .arg(op.budget > 0 ? fmt(op.budget) : QStringLiteral("-"), 9)
                     .arg(op.budget <= 0 ? QStringLiteral("info") : ok ? QStringLiteral("ok") : QStringLiteral("OVER"), -7)
                     .arg(op.unit == QLatin1String("ms") ? QStringLiteral("%1 ms").arg(cpu.at(cpu.size() / 2), 0, 'f', 2) : QString());
        m_out.flush();
    }
    return missed;
}

} // namespace VenueMap::Bench
