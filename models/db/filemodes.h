#pragma once

#include "db/result.h"

#include <QString>

namespace VenueMap::Core {

// Files VenueMap writes next to a database (backups, the migration lock, a restore's temporary
// copy) get the database file's own mode, and are created without following a symbolic link,
// so a copy of a 0600 file holding password hashes is never readable by others.
namespace FileModes {

// The permission bits of `path` (e.g. 0600), or `fallback` when it cannot be read.
int modeOf(const QString &path, int fallback = 0600);
// Creates `path` empty with exactly `mode` (not widened by the umask, not narrowed either);
// refuses when it exists already or is a symbolic link.
Status createEmpty(const QString &path, int mode, const QString &operation);
// Sets exactly `mode` on an existing regular file (not through a symbolic link).
Status setMode(const QString &path, int mode, const QString &operation);
// Writes `contents` to `path`, creating it with `mode` or truncating it; a symbolic link at
// `path` is refused with a sentence and its target left untouched.
Status writeNoFollow(
    const QString &path, const QByteArray &contents, int mode, const QString &operation);

} // namespace FileModes

} // namespace VenueMap::Core
