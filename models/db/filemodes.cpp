#include "filemodes.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace VenueMap::Core::FileModes {

namespace {

// The texts of this file a person reads, in the translation context FileModes.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileModes)
};

} // namespace

namespace {

DbError fileError(const QString &operation, const QString &path, int err)
{
    if (err == ELOOP)
        return DbError::make(DbError::Kind::Io, operation,
            Tr::tr("%1 is a symbolic link, which VenueMap does not follow; remove it and "
                   "try again (nothing was changed).")
                .arg(path),
            path);
    if (err == EEXIST)
        return DbError::make(DbError::Kind::Io, operation,
            Tr::tr("%1 exists already; choose another name or remove it first.").arg(path), path);
    return DbError::make(DbError::Kind::Io, operation,
        Tr::tr("%1 cannot be written: %2.").arg(path, QString::fromLocal8Bit(std::strerror(err))),
        path);
}

} // namespace

int modeOf(const QString &path, int fallback)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fallback;
    return int(st.st_mode & 07777);
}

Status createEmpty(const QString &path, int mode, const QString &operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        return fileError(operation, path, errno);
    const int rc = ::fchmod(
        fd, mode_t(mode)); // the umask may have narrowed it; the mode is exactly the database's
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return fileError(operation, path, err);
    return {};
}

Status setMode(const QString &path, int mode, const QString &operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fileError(operation, path, errno);
    const int rc = ::fchmod(fd, mode_t(mode));
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return fileError(operation, path, err);
    return {};
}

Status writeNoFollow(
    const QString &path, const QByteArray &contents, int mode, const QString &operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        return fileError(operation, path, errno);
    int err = 0;
    if (::fchmod(fd, mode_t(mode)) != 0)
        err = errno;
    if (!err && ::write(fd, contents.constData(), size_t(contents.size())) != contents.size())
        err = errno ? errno : EIO;
    ::close(fd);
    if (err)
        return fileError(operation, path, err);
    return {};
}

} // namespace VenueMap::Core::FileModes
