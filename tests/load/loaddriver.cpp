// venuemap-loaddriver: many planners on one server (issue 18). Creates a fresh database on the
// PostgreSQL server given (a superuser URL; VENUEMAP_TEST_PG_URL by default), fills it with
// `venuemapctl demo`, optionally starts PgBouncer in front of it, starts N venuemap-loadclient
// processes for S seconds, polls pg_stat_activity for the server connections they hold, and
// reports: errors, lost or doubled updates, p50/p95/p99 per operation, server connections at
// peak. The update check: every client prints each (row, version) it wrote; afterwards each
// venue's and each shortlist row's final version must equal its version before the run plus the
// number of writes recorded for it, and no (row, version) may be recorded twice.
//   venuemap-loaddriver [--server URL] --clients N --seconds S [--venues V] [--projects P]
//                       [--pgbouncer session|transaction] [--json FILE] [--keep]
// Exit 0 when the run is clean; 1 when it is not (the report says why); 77 when no server is
// given and VENUEMAP_TEST_REQUIRE_PG is not set (ctest counts that as skipped).
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unistd.h>

using namespace VenueMap::Core;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

// id -> version of every row of `table`.
Result<QHash<QString, int>> versions(const Database &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("loaddriver"),
        QStringLiteral("SELECT id, version FROM %1").arg(table)); // a fixed table name
    if (!q)
        return q.error();
    QHash<QString, int> v;
    while (q->next())
        v.insert(q->value(0).toString(), q->value(1).toInt());
    return v;
}

struct UpdateCheck
{
    int rowsWritten = 0;
    int writes = 0;
    int lost = 0; // rows whose final version is more than their recorded writes say
    int doubled = 0; // (row, version) pairs recorded twice, or versions the row never had
    QStringList examples;
};

UpdateCheck checkUpdates(const QString &what, const QHash<QString, int> &before,
    const QHash<QString, int> &after, const QHash<QString, QList<int>> &written)
{
    UpdateCheck c;
    QSet<QString> ids(written.keyBegin(), written.keyEnd());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (it.value() != before.value(it.key(), it.value()))
            ids.insert(it.key());
    for (const QString &id : ids) {
        const QList<int> mine = written.value(id);
        c.writes += int(mine.size());
        ++c.rowsWritten;
        const int from = before.value(id, -1), to = after.value(id, -1);
        QSet<int> seen;
        for (int v : mine) {
            if (seen.contains(v) || v <= from || v > to) {
                ++c.doubled;
                c.examples << QStringLiteral("%1 %2 version %3 recorded twice or out of %4..%5")
                                  .arg(what, id)
                                  .arg(v)
                                  .arg(from)
                                  .arg(to);
            }
            seen.insert(v);
        }
        if (to - from != mine.size()) {
            ++c.lost;
            c.examples << QStringLiteral("%1 %2 went from version %3 to %4 with %5 writes recorded")
                              .arg(what, id)
                              .arg(from)
                              .arg(to)
                              .arg(mine.size());
        }
    }
    return c;
}

int freePort()
{
    for (int i = 0; i < 50; ++i) {
        const quint16 port = quint16(20000 + (getpid() * 7 + i * 131) % 20000);
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!probe.waitForConnected(200))
            return port;
    }
    return 0;
}

// A PgBouncer of the Debian package in front of `server`, with its own folder, stopped with
// the object.
class Bouncer
{
public:
    ~Bouncer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    bool start(const DatabaseUrl &server, const QString &mode, int poolSize)
    {
        m_dir.setAutoRemove(true);
        m_port = freePort();
        QFile users(m_dir.filePath(QStringLiteral("users.txt")));
        QFile ini(m_dir.filePath(QStringLiteral("pgbouncer.ini")));
        if (!users.open(QIODevice::WriteOnly) || !ini.open(QIODevice::WriteOnly))
            return false;
        const auto quoted
            = [](QString s) { return s.replace(QLatin1Char('"'), QLatin1String("\"\"")); };
        users.write(QStringLiteral("\"%1\" \"%2\"\n")
                        .arg(quoted(server.user), quoted(server.password))
                        .toUtf8());
        users.close();
        ini.write(QStringLiteral("[databases]\n* = host=%1 port=%2\n"
                                 "[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = %3\n"
                                 "unix_socket_dir =\nauth_type = scram-sha-256\n"
                                 "auth_file = %4\npool_mode = %5\nmax_client_conn = 2000\n"
                                 "default_pool_size = %6\nmax_db_connections = %6\n"
                                 "logfile = %7\npidfile = %8\n")
                      .arg(server.host.isEmpty() ? QStringLiteral("127.0.0.1") : server.host)
                      .arg(server.port > 0 ? server.port : 5432)
                      .arg(m_port)
                      .arg(users.fileName(), mode)
                      .arg(poolSize)
                      .arg(m_dir.filePath(QStringLiteral("pgbouncer.log")),
                          m_dir.filePath(QStringLiteral("pgbouncer.pid")))
                      .toUtf8());
        ini.close();
        // It logs to its file; a pipe nobody reads would stop it once full.
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        // PgBouncer refuses to run as root: as root it runs as postgres.
        if (getuid() == 0) {
            QProcess::execute(QStringLiteral("chown"),
                { QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path() });
            m_process.start(QStringLiteral("runuser"),
                { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                    QStringLiteral("/usr/sbin/pgbouncer"), ini.fileName() });
        } else {
            m_process.start(QStringLiteral("/usr/sbin/pgbouncer"), { ini.fileName() });
        }
        for (int i = 0; i < 50; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            if (probe.waitForConnected(200))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        QFile log(m_dir.filePath(QStringLiteral("pgbouncer.log")));
        err << "PgBouncer did not start: "
            << (log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray()) << '\n';
        return false;
    }
    int port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many VenueMap clients on one server."));
    parser.addHelpOption();
    QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("A superuser URL of the PostgreSQL server (default VENUEMAP_TEST_PG_URL)."),
        QStringLiteral("url"));
    QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client processes."),
        QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("How long each client works."), QStringLiteral("s"), QStringLiteral("15"));
    QCommandLineOption venuesOption(QStringLiteral("venues"), QStringLiteral("Demo venues."),
        QStringLiteral("n"), QStringLiteral("3000"));
    QCommandLineOption projectsOption(QStringLiteral("projects"), QStringLiteral("Demo projects."),
        QStringLiteral("n"), QStringLiteral("50"));
    QCommandLineOption bouncerOption(QStringLiteral("pgbouncer"),
        QStringLiteral("Put PgBouncer in front, pooling by session or transaction."),
        QStringLiteral("mode"));
    QCommandLineOption poolOption(QStringLiteral("pool-size"),
        QStringLiteral("PgBouncer's server connections for the database."), QStringLiteral("n"),
        QStringLiteral("20"));
    QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Also write the report to FILE."), QStringLiteral("file"));
    QCommandLineOption hotOption(QStringLiteral("hot"),
        QStringLiteral("How many venues at the top of the list the edits go to (fewer: more "
                       "conflicts)."),
        QStringLiteral("n"), QStringLiteral("50"));
    QCommandLineOption injectOption(QStringLiteral("inject-lost-update"),
        QStringLiteral("Proves the update check: records one venue save twice, as two clients "
                       "that both saved the same version would, and succeeds only when the "
                       "check reports it."));
    QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the database afterwards."));
    parser.addOptions({ serverOption, clientsOption, secondsOption, venuesOption, projectsOption,
        bouncerOption, poolOption, hotOption, injectOption, jsonOption, keepOption });
    parser.process(app);

    const QString serverText = parser.isSet(serverOption)
        ? parser.value(serverOption)
        : qEnvironmentVariable("VENUEMAP_TEST_PG_URL");
    if (serverText.isEmpty()) {
        err << "No PostgreSQL server: give --server or set VENUEMAP_TEST_PG_URL.\n";
        return qEnvironmentVariable("VENUEMAP_TEST_REQUIRE_PG") == QLatin1String("1") ? 1 : 77;
    }
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const QString mode = parser.value(bouncerOption);
    if (!mode.isEmpty() && mode != QLatin1String("session")
        && mode != QLatin1String("transaction")) {
        err << "--pgbouncer takes session or transaction.\n";
        return 2;
    }
    if (!mode.isEmpty() && !QFile::exists(QStringLiteral("/usr/sbin/pgbouncer"))) {
        err << "PgBouncer is not installed (apt-get install pgbouncer).\n";
        return qEnvironmentVariable("VENUEMAP_TEST_REQUIRE_PG") == QLatin1String("1") ? 1 : 77;
    }
    auto serverUrl = DatabaseUrl::parse(serverText);
    if (!serverUrl) {
        err << serverUrl.error().sentence() << '\n';
        return 2;
    }
    auto admin = Database::open(*serverUrl, QStringLiteral("admin"));
    if (!admin) {
        err << admin.error().sentence() << '\n' << admin.error().details() << '\n';
        return 1;
    }
    const QString dbName
        = QStringLiteral("venuemap_load_%1").arg(QCoreApplication::applicationPid());
    if (auto s = admin->execDirect(
            QStringLiteral("loaddriver"), QStringLiteral("CREATE DATABASE %1").arg(dbName));
        !s) {
        err << s.error().sentence() << '\n' << s.error().details() << '\n';
        return 1;
    }
    struct Dropper
    {
        Database admin;
        QString name;
        bool keep;
        ~Dropper()
        {
            if (!keep)
                (void)admin.execDirect(QStringLiteral("loaddriver"),
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    } dropper { *admin, dbName, parser.isSet(keepOption) };
    DatabaseUrl url = *serverUrl;
    url.database = dbName;

    // The demo book, through the command line as a person would fill it.
    QElapsedTimer timer;
    timer.start();
    QProcess demo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    demo.setProcessEnvironment(env);
    demo.start(QStringLiteral(VENUEMAP_CTL_PATH),
        { QStringLiteral("demo"), QStringLiteral("--venues"), parser.value(venuesOption),
            QStringLiteral("--projects"), parser.value(projectsOption) });
    if (!demo.waitForFinished(600000) || demo.exitCode() != 0) {
        err << "venuemapctl demo failed: " << demo.readAllStandardError() << '\n';
        return 1;
    }
    err << "demo book " << dbName << " in " << timer.elapsed() << " ms\n";

    auto db = Database::open(url, QStringLiteral("check"));
    if (!db) {
        err << db.error().sentence() << '\n';
        return 1;
    }
    auto venuesBefore = versions(*db, QStringLiteral("venues"));
    auto rowsBefore = versions(*db, QStringLiteral("project_venues"));
    if (!venuesBefore || !rowsBefore) {
        err << "cannot read the versions before the run\n";
        return 1;
    }
    db->close(); // the driver holds no connection to the load database during the run

    std::unique_ptr<Bouncer> bouncer;
    DatabaseUrl clientUrl = url;
    if (!mode.isEmpty()) {
        bouncer = std::make_unique<Bouncer>();
        if (!bouncer->start(*serverUrl, mode, parser.value(poolOption).toInt()))
            return 1;
        clientUrl.host = QStringLiteral("127.0.0.1");
        clientUrl.port = bouncer->port();
        if (mode == QLatin1String("transaction"))
            clientUrl.options.insert(QStringLiteral("pooler"), QStringLiteral("transaction"));
    }

    // The clients, all at once.
    const QString clientPath = QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("venuemap-loadclient"));
    QList<QProcess *> processes;
    QHash<QString, QList<double>> latencies;
    QHash<QString, QHash<QString, int>> outcomes;
    QHash<QString, QList<int>> venueWrites, rowWrites;
    QStringList errors;
    int done = 0, exitedBadly = 0, finished = 0;
    const auto take = [&](QProcess *p, bool all) {
        while (p->canReadLine() || (all && p->bytesAvailable() > 0)) {
            const QByteArray line = p->readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty()) {
                errors << QString::fromUtf8(line);
                continue;
            }
            if (o.value(QStringLiteral("done")).toBool()) {
                ++done;
                continue;
            }
            const QString op = o.value(QStringLiteral("op")).toString();
            const QString outcome = o.value(QStringLiteral("outcome")).toString();
            ++outcomes[op][outcome];
            if (o.contains(QStringLiteral("conflicts"))) // saved after "reload and apply"
                ++outcomes[op][QStringLiteral("conflict_reapplied")];
            latencies[op] << o.value(QStringLiteral("ms")).toDouble();
            if (outcome == QLatin1String("error"))
                errors << QString::fromUtf8(line);
            if (outcome == QLatin1String("ok") && o.contains(QStringLiteral("version"))) {
                const int v = o.value(QStringLiteral("version")).toInt();
                if (o.contains(QStringLiteral("venue")))
                    venueWrites[o.value(QStringLiteral("venue")).toString()] << v;
                else
                    rowWrites[o.value(QStringLiteral("row")).toString()] << v;
            }
        }
    };
    QEventLoop loop;
    for (int i = 0; i < clients; ++i) {
        auto *p = new QProcess(&app);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(p, &QProcess::readyReadStandardOutput, p, [&, p] { take(p, false); });
        QObject::connect(p, &QProcess::finished, p, [&, p](int code, QProcess::ExitStatus status) {
            take(p, true);
            const QByteArray e = p->readAllStandardError().trimmed();
            if (code != 0 || status != QProcess::NormalExit) {
                ++exitedBadly;
                errors << QStringLiteral("client exited with %1: %2")
                              .arg(code)
                              .arg(QString::fromUtf8(e.right(2000)));
            }
            if (++finished == clients)
                loop.quit();
        });
        p->start(clientPath,
            { QStringLiteral("--db"), clientUrl.toFullString(), QStringLiteral("--client"),
                QString::number(i), QStringLiteral("--seconds"), QString::number(seconds),
                QStringLiteral("--hot"), parser.value(hotOption) });
        processes << p;
    }

    // Server connections to the load database, every 250 ms.
    int peak = 0, peakTotal = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto n = admin->firstRow({ QStringLiteral("loaddriver"), {} },
            QStringLiteral("SELECT count(*) FILTER (WHERE datname = :db), count(*) "
                           "FROM pg_stat_activity WHERE backend_type = 'client backend'"),
            { { QStringLiteral(":db"), dbName } });
        if (n && *n) {
            peak = std::max(peak, (*n)->value(0).toInt());
            peakTotal = std::max(peakTotal, (*n)->value(1).toInt());
        }
    });
    poll.start(250);
    QTimer::singleShot((seconds + 120) * 1000, &loop, [&] {
        errors << QStringLiteral("clients still running %1 s after the end; killed").arg(120);
        for (QProcess *p : processes)
            p->kill();
    });
    loop.exec();
    poll.stop();
    const qint64 wall = timer.elapsed();

    db = Database::open(url, QStringLiteral("check"));
    if (!db) {
        err << db.error().sentence() << '\n';
        return 1;
    }
    auto venuesAfter = versions(*db, QStringLiteral("venues"));
    auto rowsAfter = versions(*db, QStringLiteral("project_venues"));
    if (!venuesAfter || !rowsAfter) {
        err << "cannot read the versions after the run\n";
        return 1;
    }
    const bool inject = parser.isSet(injectOption);
    if (inject && !venueWrites.isEmpty()) // a second client "also saved" the first save's version
        venueWrites.begin().value() << venueWrites.begin().value().first();
    const UpdateCheck venueCheck
        = checkUpdates(QStringLiteral("venue"), *venuesBefore, *venuesAfter, venueWrites);
    const UpdateCheck rowCheck
        = checkUpdates(QStringLiteral("shortlist row"), *rowsBefore, *rowsAfter, rowWrites);
    db->close();

    // The report.
    QJsonObject report { { QStringLiteral("clients"), clients },
        { QStringLiteral("seconds"), seconds },
        { QStringLiteral("pgbouncer"), mode.isEmpty() ? QStringLiteral("none") : mode },
        { QStringLiteral("clients_done"), done }, { QStringLiteral("clients_failed"), exitedBadly },
        { QStringLiteral("errors"), int(errors.size()) },
        { QStringLiteral("server_connections_peak"), peak },
        { QStringLiteral("server_connections_peak_all_databases"), peakTotal },
        { QStringLiteral("venue_writes"), venueCheck.writes },
        { QStringLiteral("venues_written"), venueCheck.rowsWritten },
        { QStringLiteral("shortlist_writes"), rowCheck.writes },
        { QStringLiteral("lost_updates"), venueCheck.lost + rowCheck.lost },
        { QStringLiteral("doubled_updates"), venueCheck.doubled + rowCheck.doubled } };
    QJsonObject ops;
    QStringList names = latencies.keys();
    names.sort();
    int total = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("operation"), -14)
               .arg(QStringLiteral("count"), 6)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("outcomes"));
    for (const QString &name : names) {
        QList<double> ms = latencies.value(name);
        std::sort(ms.begin(), ms.end());
        total += int(ms.size());
        QJsonObject o { { QStringLiteral("count"), int(ms.size()) },
            { QStringLiteral("p50_ms"), percentile(ms, 50) },
            { QStringLiteral("p95_ms"), percentile(ms, 95) },
            { QStringLiteral("p99_ms"), percentile(ms, 99) } };
        QStringList told;
        QJsonObject outcomeObject;
        for (auto it = outcomes.value(name).cbegin(); it != outcomes.value(name).cend(); ++it) {
            outcomeObject.insert(it.key(), it.value());
            told << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        }
        told.sort();
        o.insert(QStringLiteral("outcomes"), outcomeObject);
        ops.insert(name, o);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(name, -14)
                   .arg(ms.size(), 6)
                   .arg(percentile(ms, 50), 9, 'f', 1)
                   .arg(percentile(ms, 95), 9, 'f', 1)
                   .arg(percentile(ms, 99), 9, 'f', 1)
                   .arg(told.join(QStringLiteral(", ")));
    }
    report.insert(QStringLiteral("operations"), ops);
    report.insert(QStringLiteral("operations_total"), total);
    report.insert(QStringLiteral("wall_ms"), wall);
    out << "clients " << clients << " for " << seconds << " s"
        << (mode.isEmpty() ? QString()
                           : QStringLiteral(" through PgBouncer (%1 pooling)").arg(mode))
        << ": " << total << " operations, " << errors.size() << " errors, "
        << (venueCheck.lost + rowCheck.lost) << " lost and "
        << (venueCheck.doubled + rowCheck.doubled) << " doubled updates (" << venueCheck.writes
        << " venue saves on " << venueCheck.rowsWritten << " venues, " << rowCheck.writes
        << " status changes), server connections at peak " << peak << " (all databases "
        << peakTotal << ")\n";
    for (const QString &e : errors.mid(0, 10))
        out << "error: " << e << '\n';
    for (const QString &e : (venueCheck.examples + rowCheck.examples).mid(0, 10))
        out << "update check: " << e << '\n';
    out.flush();
    if (parser.isSet(jsonOption)) {
        QFile f(parser.value(jsonOption));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(report).toJson());
    }
    if (inject) {
        const bool caught = venueCheck.lost == 1 && venueCheck.doubled == 1;
        out << (caught ? "the injected lost update was reported\n"
                       : "the injected lost update was NOT reported\n");
        return caught && errors.isEmpty() ? 0 : 1;
    }
    const bool clean = errors.isEmpty() && exitedBadly == 0 && done == clients
        && venueCheck.lost + rowCheck.lost + venueCheck.doubled + rowCheck.doubled == 0
        && venueCheck.writes > 0 && rowCheck.writes > 0;
    return clean ? 0 : 1;
}
