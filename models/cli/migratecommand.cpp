#include "ctl.h"

#include "migration/migrationmanager.h"

namespace VenueMap::Core::Cli {

int migrateCommand(Context &ctx)
{
    if (ctx.args.isEmpty()) {
        ctx.err << "migrate needs a subcommand: status, up, verify or sql.\n";
        return BadUsage;
    }
    const QString sub = ctx.args.takeFirst();
    int target = -1;
    if (sub == QLatin1String("up") && ctx.args.size() == 2 && ctx.args.at(0) == QLatin1String("--to")) {
        bool ok = false;
        target = ctx.args.at(1).toInt(&ok);
        if (!ok || target < 0) {
            ctx.err << "--to needs a version number.\n";
            return BadUsage;
        }
        ctx.args.clear();
    }
    if (!ctx.args.isEmpty()) {
        ctx.err << "Unexpected argument " << ctx.args.first() << " for migrate " << sub << ".\n";
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
            ctx.out << "applied: " << QStringLiteral("%1").arg(a.version, 4, 10, QLatin1Char('0')) << ' ' << a.name
                    << ' ' << a.appliedAt.toString(Qt::ISODate) << ' ' << a.appliedBy << ' ' << a.executionMs
                    << "ms\n";
        for (const Migration &m : st->pending)
            ctx.out << "pending: " << m.fileName << '\n';
        for (const QString &f : st->changedFiles)
            ctx.out << "changed: " << f << '\n';
        if (st->newerThanApp())
            ctx.out << "state: newer-than-app\n";
        else if (!st->changedFiles.isEmpty())
            ctx.out << "state: changed\n";
        else
            ctx.out << "state: " << (st->pending.isEmpty() ? "up-to-date" : "needs-migration") << '\n';
        return Done;
    }
    if (sub == QLatin1String("verify")) {
        if (auto s = manager.verify(); !s)
            return reportError(ctx, s.error());
        auto st = manager.status();
        if (!st)
            return reportError(ctx, st.error());
        ctx.out << "verified: " << st->applied.size() << " applied migrations match; version " << st->currentVersion
                << " of " << st->headVersion << '\n';
        return Done;
    }
    if (sub == QLatin1String("sql")) {
        auto sql = manager.pendingSql();
        if (!sql)
            return reportError(ctx, sql.error());
        ctx.out << *sql;
        return Done;
    }
    if (sub == QLatin1String("up")) {
        QObject::connect(&manager, &MigrationManager::waitingForLock, [&ctx](const QString &holder) {
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
        ctx.out << "applied " << *applied << " migration(s); version " << st->currentVersion << '\n';
        return Done;
    }
    ctx.err << "Unknown migrate subcommand \"" << sub << "\": use status, up, verify or sql.\n";
    return BadUsage;
}

} // namespace VenueMap::Core::Cli
