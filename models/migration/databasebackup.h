#pragma once

#include "db/database.h"

#include <QString>

namespace VenueMap::Core {

struct RestoreOptions
{
    bool force = false; // replace a database that already holds VenueMap data
};

struct RestoreOutcome
{
    int version = 0; // schema version of the restored database
    QString previousCopy; // where the replaced database was kept (empty when there was none)
};

// Whole-database copies (README "Backup and restore"): `venuemapctl backup|restore`, and the
// copy the GUI keeps before migrating. PostgreSQL goes through pg_dump / pg_restore in custom
// format (the password reaches them as PGPASSWORD in their environment, never on the command
// line); SQLite through VACUUM INTO. Every copy gets the database file's mode (PostgreSQL: 0600).
class DatabaseBackup
{
public:
    // Writes a copy of `db` to `file`, which must not exist yet.
    static Status backup(const Database &db, const QString &file);
    // Replaces the database of `url` with the copy in `file`: checks first that it is a VenueMap
    // database not newer than this app, and keeps the replaced one (SQLite: FILE.before-restore
    // next to it; PostgreSQL: a dump under preMigrationFolder()). A target that already holds
    // VenueMap data needs options.force.
    static Result<RestoreOutcome> restore(
        const DatabaseUrl &url, const QString &file, RestoreOptions options = {});

    // SQLite: VACUUM INTO `file`, created beforehand with the database file's own mode.
    static Status vacuumInto(const Database &db, const QString &file, const QString &operation);

    // Where the GUI keeps PostgreSQL copies: <AppDataLocation>/backups.
    static QString backupFolder();
    // A new file name there for `url` at schema `version`: DBNAME-vN-YYYYMMDD-HHMMSS.dump.
    static QString newBackupPath(const DatabaseUrl &url, int version, const QString &why);

    // A PostgreSQL client tool (pg_dump, pg_restore) whose major version is at least `serverMajor`:
    // from $VENUEMAP_PG_BIN_DIR when set (and only there), else PATH, else
    // /usr/lib/postgresql/<major>/bin, newest first. The error says what to install.
    static Result<QString> findPgTool(const QString &tool, int serverMajor);
    static Result<int> serverMajor(const Database &db);
};

} // namespace VenueMap::Core
