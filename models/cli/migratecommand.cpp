#include "ctl.h"

#include "migration/migrationmanager.h"

namespace VenueMap::Core::Cli {

int migrateCommand(Context &ctx)
{
    if (ctx.args.isEmpty()) {
        ctx.err << "migrate needs a subcommand: status, up, down, verify or sql.\n";
        return BadUsage;
    }
    const QString sub = ctx.args.takeFirst();
    int target = -1;
    bool dryRun = false;
    bool force = false;
    bool down = false;
    // Which options each subcommand takes.
    const bool takesTo
        = sub == QLatin1String("up") || sub == QLatin1String("down") || sub == QLatin1String("sql");
    const bool isDown = sub == QLatin1String("down");
    while (!ctx.args.isEmpty()) {
        const QString opt = ctx.args.takeFirst();
        if (takesTo && opt == QLatin1String("--to") && !ctx.args.isEmpty()) {
            bool ok = false;
            target = ctx.args.takeFirst().toInt(&ok);
            if (!ok || target < 0) {
                ctx.err << "--to needs a version number.\n";
                return BadUsage;
            }
        } else if (isDown && opt == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (isDown && opt == QLatin1String("--force")) {
            force = true;
        } else if (sub == QLatin1String("sql") && opt == QLatin1String("--down")) {
            down = true;
        } else if (takesTo && opt == QLatin1String("--to")) {
            ctx.err << "--to needs a version number.\n";
            return BadUsage;
        } else {
            ctx.err << "Unexpected argument " << opt << " for migrate " << sub << ".\n";
            return BadUsage;
        }
    }
    if ((isDown || down) && target < 0) {
        ctx.err << "migrate " << (isDown ? "down" : "sql --down")
                << " needs --to VERSION (0 removes everything).\n";
        return BadUsage;
    }
    if (sub == QLatin1String("sql") && !down && target >= 0) {
        ctx.err << "migrate sql prints every pending migration; --to goes with --down.\n";
        return BadUsage;
    }
    auto db = Database::open(ctx.url, QStringLiteral("venuemapctl"));
    if (!db)
        return reportError(ctx, db.error());
    MigrationManager manager(*db);

    if (sub == QLatin1String("status")) {
        auto st = manager.status();
        if (!st)
            return reportError(ctx, st.error());
        ctx.out << "database: " << ctx.url.toDisplayString() << '\n';
        ctx.out << "current: " << st->currentVersion << '\n';
        ctx.out << "head: " << st->headVersion << '\n';
        for (const AppliedMigration &a : st->applied)
            ctx.out << "applied: " << QStringLiteral("%1").arg(a.version, 4, 10, QLatin1Char('0'))
                    << ' ' << a.name << ' ' << a.appliedAt.toString(Qt::ISODate) << ' '
                    << a.appliedBy << ' ' << a.executionMs << "ms\n";
        for (const Migration &m : st->pending)
            ctx.out << "pending: " << m.fileName << '\n';
        for (const QString &f : st->changedFiles)
            ctx.out << "changed: " << f << '\n';
        if (st->newerThanApp())
            ctx.out << "state: newer-than-app\n";
        else if (!st->changedFiles.isEmpty())
            ctx.out << "state: changed\n";
        else
            ctx.out << "state: " << (st->pending.isEmpty() ? "up-to-date" : "needs-migration")
                    << '\n';
        return Done;
    }
    if (sub == QLatin1String("verify")) {
        if (auto s = manager.verify(); !s)
            return reportError(ctx, s.error());
        auto st = manager.status();
        if (!st)
            return reportError(ctx, st.error());
        ctx.out << "verified: " << st->applied.size() << " applied migrations match; version "
                << st->currentVersion << " of " << st->headVersion << '\n';
        return Done;
    }
    if (sub == QLatin1String("sql")) {
        auto sql = down ? manager.downSql(target) : manager.pendingSql();
        if (!sql)
            return reportError(ctx, sql.error());
        ctx.out << *sql;
        return Done;
    }
    if (sub == QLatin1String("up")) {
        QObject::connect(
            &manager, &MigrationManager::waitingForLock, [&ctx](const QString &holder) {
                ctx.err << "Waiting for the migration lock held by " << holder << "...\n";
                ctx.err.flush();
            });
        QObject::connect(&manager, &MigrationManager::migrationStarted,
            [&ctx](int, const QString &file, int index, int count) {
                ctx.out << "applying: " << file << " (" << index << "/" << count << ")\n";
                ctx.out.flush();
            });
        auto applied = manager.migrate(target);
        if (!applied)
            return reportError(ctx, applied.error());
        if (!manager.lastBackupPath().isEmpty())
            ctx.out << "backup: " << manager.lastBackupPath() << '\n';
        auto st = manager.status();
        if (!st)
            return reportError(ctx, st.error());
        ctx.out << "applied " << *applied << " migration(s); version " << st->currentVersion
                << '\n';
        return Done;
    }
    if (isDown) {
        auto plan = manager.planDown(target);
        if (!plan)
            return reportError(ctx, plan.error());
        ctx.out << "from: " << plan->fromVersion << '\n' << "to: " << plan->toVersion << '\n';
        for (const Migration &m : plan->steps)
            ctx.out << "step: down/" << m.fileName << '\n';
        for (const CountedLoss &loss : plan->losses)
            ctx.out << "loses: " << loss.count << ' ' << loss.what << " (" << loss.fileName
                    << ")\n";
        if (dryRun) {
            ctx.out << "dry-run: nothing was changed\n";
            return Done;
        }
        ctx.out.flush();
        QObject::connect(
            &manager, &MigrationManager::waitingForLock, [&ctx](const QString &holder) {
                ctx.err << "Waiting for the migration lock held by " << holder << "...\n";
                ctx.err.flush();
            });
        QObject::connect(&manager, &MigrationManager::revertStarted,
            [&ctx](int, const QString &file, int index, int count) {
                ctx.out << "reverting: " << file << " (" << index << "/" << count << ")\n";
                ctx.out.flush();
            });
        auto reverted = manager.migrateDown(target, DownOptions { false, force });
        if (!reverted)
            return reportError(ctx, reverted.error());
        if (!manager.lastBackupPath().isEmpty())
            ctx.out << "backup: " << manager.lastBackupPath() << '\n';
        auto st = manager.status();
        if (!st)
            return reportError(ctx, st.error());
        ctx.out << "reverted " << *reverted << " migration(s); version " << st->currentVersion
                << '\n';
        return Done;
    }
    ctx.err << "Unknown migrate subcommand \"" << sub
            << "\": use status, up, down, verify or sql.\n";
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
