#include "migrationset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE declares a function and must stand outside any namespace.
static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace VenueMap::Core {

QString Migration::checksumOf(const QString &text)
{
    QString normalized = text;
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Migration::checksum() const { return checksumOf(sql); }

MigrationSet::MigrationSet(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

static Result<MigrationSet> loadFolder(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QDir dir(path);
    QList<Migration> list;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            return DbError::make(DbError::Kind::Migration, QStringLiteral("load migrations"),
                                 QStringLiteral("%1 is not named NNNN_name.sql.").arg(file), path);
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return DbError::make(DbError::Kind::Io, QStringLiteral("load migrations"),
                                 QStringLiteral("%1 cannot be read.").arg(file), path);
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.fileName = file;
        mig.sql = QString::fromUtf8(f.readAll());
        for (const Migration &other : list) {
            if (other.version == mig.version)
                return DbError::make(DbError::Kind::Migration, QStringLiteral("load migrations"),
                                     QStringLiteral("%1 and %2 have the same version.").arg(other.fileName, file),
                                     path);
        }
        list.append(mig);
    }
    return MigrationSet(list);
}

MigrationSet MigrationSet::builtIn(Backend backend)
{
    initMigrationResources();
    const QString folder = backend == Backend::PostgreSql ? QStringLiteral(":/migrations/postgresql")
                                                          : QStringLiteral(":/migrations/sqlite");
    auto set = loadFolder(folder);
    Q_ASSERT_X(set.ok(), "MigrationSet::builtIn", "compiled-in migrations must load");
    return set.ok() ? set.value() : MigrationSet();
}

Result<MigrationSet> MigrationSet::fromDirectory(const QString &path) { return loadFolder(path); }

const Migration *MigrationSet::find(int version) const
{
    for (const Migration &m : m_migrations)
        if (m.version == version)
            return &m;
    return nullptr;
}

} // namespace VenueMap::Core
