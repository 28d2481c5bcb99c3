#include "migrationset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE declares a function and must stand outside any namespace.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context MigrationSet.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationSet)
};

} // namespace

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

QString Migration::checksum() const
{
    return checksumOf(sql);
}

MigrationSet::MigrationSet(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QString DataLoss::describe() const
{
    if (column.isEmpty())
        return QStringLiteral("rows of %1").arg(table);
    return QStringLiteral("values of %1.%2").arg(table, column);
}

Result<QList<DataLoss>> Migration::parseLosses(const QString &downSql, const QString &fileName)
{
    static const QRegularExpression line(
        QStringLiteral("^--\\s*loses:(.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression item(
        QStringLiteral("^([a-z_][a-z0-9_]*)(?:\\.([a-z_][a-z0-9_]*))?(?:\\s+when\\s+(\\S.*))?$"));
    QList<DataLoss> losses;
    for (auto it = line.globalMatch(downSql); it.hasNext();) {
        const QString text = it.next().captured(1).trimmed();
        const auto m = item.match(text);
        if (!m.hasMatch() || (m.captured(2).isEmpty() && !m.captured(3).isEmpty()))
            return DbError::make(DbError::Kind::Migration, Tr::tr("load migrations"),
                Tr::tr("down/%1 declares \"-- loses: %2\"; write TABLE or "
                       "TABLE.COLUMN [when CONDITION].")
                    .arg(fileName, text),
                fileName);
        losses.append({ m.captured(1), m.captured(2), m.captured(3).trimmed() });
    }
    return losses;
}

Result<MigrationSet> MigrationSet::load(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const auto readText = [](const QString &file, QString &text) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        text = QString::fromUtf8(f.readAll());
        return true;
    };
    QDir dir(path);
    QList<Migration> list;
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            return DbError::make(DbError::Kind::Migration, Tr::tr("load migrations"),
                Tr::tr("%1 is not named NNNN_name.sql.").arg(file), path);
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.fileName = file;
        if (!readText(dir.filePath(file), mig.sql))
            return DbError::make(DbError::Kind::Io, Tr::tr("load migrations"),
                Tr::tr("%1 cannot be read.").arg(file), path);
        for (const Migration &other : list) {
            if (other.version == mig.version)
                return DbError::make(DbError::Kind::Migration, Tr::tr("load migrations"),
                    Tr::tr("%1 and %2 have the same version.").arg(other.fileName, file), path);
        }
        list.append(mig);
    }

    QStringList problems;
    const QDir downDir(dir.filePath(QStringLiteral("down")));
    for (Migration &mig : list) {
        const QString downPath = downDir.filePath(mig.fileName);
        if (!QFileInfo::exists(downPath)) {
            problems << Tr::tr("%1 has no down step (down/%1).").arg(mig.fileName);
            continue;
        }
        QString text;
        if (!readText(downPath, text))
            return DbError::make(DbError::Kind::Io, Tr::tr("load migrations"),
                Tr::tr("down/%1 cannot be read.").arg(mig.fileName), path);
        auto losses = Migration::parseLosses(text, mig.fileName);
        if (!losses) {
            problems << losses.error().message;
            continue;
        }
        mig.downSql = text;
        mig.losses = *losses;
    }
    for (const QString &file :
        downDir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        if (!std::any_of(
                list.cbegin(), list.cend(), [&](const Migration &m) { return m.fileName == file; }))
            problems << Tr::tr("down/%1 has no migration %1.").arg(file);
    }
    MigrationSet set(list);
    set.m_problems = problems;
    return set;
}

MigrationSet MigrationSet::builtIn(Backend backend)
{
    initMigrationResources();
    const QString folder = backend == Backend::PostgreSql
        ? QStringLiteral(":/migrations/postgresql")
        : QStringLiteral(":/migrations/sqlite");
    auto set = load(folder);
    Q_ASSERT_X(set.ok(), "MigrationSet::builtIn", "compiled-in migrations must load");
    return set.ok() ? set.value() : MigrationSet();
}

Result<MigrationSet> MigrationSet::fromDirectory(const QString &path)
{
    auto set = load(path);
    if (set && !set->problems().isEmpty())
        return DbError::make(DbError::Kind::Migration, Tr::tr("load migrations"),
            set->problems().join(QLatin1Char(' ')), path);
    return set;
}

const Migration *MigrationSet::find(int version) const
{
    for (const Migration &m : m_migrations)
        if (m.version == version)
            return &m;
    return nullptr;
}

} // namespace VenueMap::Core
