#include "ctl.h"

#include "migration/databasebackup.h"

#include <QFileInfo>

namespace VenueMap::Core::Cli {

// venuemapctl backup FILE: a copy of the database as it is (not migrated first).
int backupCommand(Context &ctx)
{
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(QLatin1String("-"))) {
        ctx.err << "backup needs one argument: the file to write (it must not exist yet).\n";
        return BadUsage;
    }
    const QString file = QFileInfo(ctx.args.first()).absoluteFilePath();
    auto db = Database::open(ctx.url, QStringLiteral("venuemapctl"));
    if (!db)
        return reportError(ctx, db.error());
    if (auto s = DatabaseBackup::backup(*db, file); !s)
        return reportError(ctx, s.error());
    ctx.out << "backup: " << file << '\n';
    return Done;
}

// venuemapctl restore FILE [--force]: replaces the database with a copy made by `backup`.
int restoreCommand(Context &ctx)
{
    RestoreOptions options;
    QString file;
    for (const QString &arg : std::as_const(ctx.args)) {
        if (arg == QLatin1String("--force")) {
            options.force = true;
        } else if (!arg.startsWith(QLatin1String("-")) && file.isEmpty()) {
            file = arg;
        } else {
            ctx.err << "Unexpected argument " << arg << " for restore.\n";
            return BadUsage;
        }
    }
    if (file.isEmpty()) {
        ctx.err << "restore needs the backup file to restore from.\n";
        return BadUsage;
    }
    auto outcome = DatabaseBackup::restore(ctx.url, QFileInfo(file).absoluteFilePath(), options);
    if (!outcome)
        return reportError(ctx, outcome.error());
    if (!outcome->previousCopy.isEmpty())
        ctx.out << "previous: " << outcome->previousCopy << '\n';
    ctx.out << "restored: " << QFileInfo(file).absoluteFilePath() << '\n';
    ctx.out << "version: " << outcome->version << '\n';
    return Done;
}

} // namespace VenueMap::Core::Cli
