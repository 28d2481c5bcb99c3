#pragma once

#include "result.h"

#include <QMap>
#include <QString>

namespace VenueMap::Core {

enum class Backend { Sqlite, PostgreSql };

// A database named by a URL: sqlite:/path/file.venuemap or postgresql://user[:pw]@host[:port]/db.
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // empty: libpq's default (local socket or PGHOST)
    int port = 0; // 0: libpq's default
    QString database;
    QString user; // empty: libpq's default (PGUSER or the OS user)
    QString password; // empty: libpq finds it (PGPASSWORD, ~/.pgpass) or the app asks
    QMap<QString, QString> options; // query parameters passed to libpq (sslmode, ...)

    static Result<DatabaseUrl> parse(const QString &text);
    // --db, else VENUEMAP_DB, else the embedded default file.
    static Result<DatabaseUrl> resolve(const QString &fromCommandLine);
    static DatabaseUrl embeddedDefault();
    static QString defaultSqlitePath();

    bool isSqlite() const { return backend == Backend::Sqlite; }
    bool isPostgres() const { return backend == Backend::PostgreSql; }
    // The URL without its password: safe for logs, the status bar and QSettings.
    QString toDisplayString() const;
    // The URL including the password (only ever handed to child processes through the environment).
    QString toFullString() const;
    bool operator==(const DatabaseUrl &) const = default;
};

// Overwrites the password part of any postgresql:// URL in argv so that `ps` does not show it.
void scrubPasswordsFromArgv(int argc, char **argv);

} // namespace VenueMap::Core
