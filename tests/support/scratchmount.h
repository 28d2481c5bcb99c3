#pragma once

// A small tmpfs of its own, so a test can fill it or make it read-only. Root ignores file
// permissions (tests run as root in CI), so a read-only mount is how a test makes a file that
// really cannot be written. Needs root (CAP_SYS_ADMIN); ok() is false elsewhere.
#include <QDir>
#include <QRandomGenerator>
#include <QString>

#include <sys/mount.h>
#include <unistd.h>

namespace VenueMap::Test {

class ScratchMount
{
public:
    explicit ScratchMount(const QString &size)
    {
        m_path = QDir::tempPath()
            + QStringLiteral("/venuemap-mnt-%1-%2")
                  .arg(getpid())
                  .arg(QRandomGenerator::global()->generate());
        QDir().mkpath(m_path);
        const QByteArray options = "size=" + size.toLatin1();
        m_mounted
            = ::mount("tmpfs", m_path.toLocal8Bit().constData(), "tmpfs", 0, options.constData())
            == 0;
    }
    ~ScratchMount()
    {
        if (m_mounted)
            ::umount2(m_path.toLocal8Bit().constData(), MNT_DETACH);
        QDir().rmdir(m_path);
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool ok() const { return m_mounted; }
    QString path() const { return m_path; }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", m_path.toLocal8Bit().constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                   nullptr)
            == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace VenueMap::Test
