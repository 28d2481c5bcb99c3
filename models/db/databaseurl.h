#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace VenueMap::Core {

enum class Backend { Sqlite, PostgreSql };

// A database named by a URL: sqlite:/path/file.venuemap or postgresql://user[:pw]@host[:port]/db,
// or with several servers postgresql://user@db1:5432,db2:5433/db?target_session_attrs=read-write
// (libpq tries them in turn and keeps the first that suits: a primary and its standby).
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // empty: libpq's default (local socket or PGHOST); "db1,db2": several servers
    int port = 0; // the port of every host; 0: libpq's default (or per host, below)
    QList<int> hostPorts; // a port per host (0: the default) when they differ; else empty
    QString database;
    QString user; // empty: libpq's default (PGUSER or the OS user)
    QString password; // empty: libpq finds it (PGPASSWORD, ~/.pgpass) or the app asks
    QMap<QString, QString> options; // query parameters passed to libpq (sslmode, ...)

    static Result<DatabaseUrl> parse(const QString &text);
    // --db, else VENUEMAP_DB, else the embedded default file.
    static Result<DatabaseUrl> resolve(const QString &fromCommandLine);
    static DatabaseUrl embeddedDefault();
    static QString defaultSqlitePath();

    // The hosts libpq tries, in order (one for an ordinary URL, none for the local socket).
    QStringList hosts() const;
    bool isMultiHost() const { return hosts().size() > 1; }
    // libpq's port parameter: "5432", one per host ("5432,5433", empty for a default), or empty.
    QString libpqPort() const;
    // The servers for a sentence: "db1:5432 or db2:5433", "db:6543", or "the local server".
    QString serversForDisplay() const;

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
