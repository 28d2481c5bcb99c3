#include "ctl.h"

#include "demo/demogenerator.h"

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace VenueMap::Core::Cli {

namespace {

// Parses "--name N" or "--name=N" at args[i]; returns false on a missing or bad number.
bool takeNumber(const QStringList &args, int &i, const QString &name, qint64 max, qint64 &value,
    QTextStream &err)
{
    const QString arg = args.at(i);
    QString text;
    if (arg == name) {
        if (i + 1 >= args.size()) {
            err << name << " needs a number.\n";
            return false;
        }
        text = args.at(++i);
    } else {
        text = arg.mid(name.size() + 1);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > max) {
        err << name << " needs a whole number from 0 to " << max << ", not \"" << text << "\".\n";
        return false;
    }
    value = n;
    return true;
}

} // namespace

int demoCommand(Context &ctx)
{
    DemoOptions options;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        auto is = [&](const char *name) {
            return arg == QLatin1String(name)
                || arg.startsWith(QLatin1String(name) + QLatin1Char('='));
        };
        qint64 value = 0;
        if (is("--venues")) {
            if (!takeNumber(args, i, QStringLiteral("--venues"), 10000000, value, ctx.err))
                return BadUsage;
            options.venues = int(value);
        } else if (is("--projects")) {
            if (!takeNumber(args, i, QStringLiteral("--projects"), 100000, value, ctx.err))
                return BadUsage;
            options.projects = int(value);
        } else if (is("--seed")) {
            if (!takeNumber(args, i, QStringLiteral("--seed"), std::numeric_limits<qint64>::max(),
                    value, ctx.err))
                return BadUsage;
            options.seed = quint64(value);
        } else if (is("--photo-venues")) {
            if (!takeNumber(args, i, QStringLiteral("--photo-venues"), 100000, value, ctx.err))
                return BadUsage;
            options.photoVenues = int(value);
        } else {
            ctx.err << "Unexpected argument " << arg << " for demo.\n"
                    << "Usage: venuemapctl demo [--venues N] [--projects N] [--seed S] "
                       "[--photo-venues N]\n";
            return BadUsage;
        }
    }

    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    DemoGenerator generator(*db);
    // A person at a terminal sees how far a big load is; scripts read only the summary on stdout.
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer shown;
    shown.start();
    auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
        if (terminal && (shown.elapsed() >= 250 || done == total)) {
            shown.restart();
            ctx.err << "\rGenerating sample data: " << (total > 0 ? done * 100 / total : 100)
                    << "% (" << done << " of " << total << " rows)" << (done == total ? "\n" : "");
            ctx.err.flush();
        }
        return true;
    });
    if (!summary)
        return reportError(ctx, summary.error());
    ctx.out << "venues: " << summary->venues << '\n'
            << "spaces: " << summary->spaces << '\n'
            << "layout_capacities: " << summary->capacities << '\n'
            << "photos: " << summary->photos << '\n'
            << "caterers: " << summary->caterers << '\n'
            << "users: " << summary->users << '\n'
            << "projects: " << summary->projects << '\n'
            << "shortlisted: " << summary->shortlisted << '\n'
            << "seed: " << options.seed << '\n'
            << "time_ms: " << summary->ms << '\n';
    return Done;
}

} // namespace VenueMap::Core::Cli
