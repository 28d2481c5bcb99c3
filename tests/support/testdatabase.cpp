#include "testdatabase.h"

#include "migration/migrationmanager.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace VenueMap::Test {

using namespace VenueMap::Core;

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("VENUEMAP_TEST_PG_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("VENUEMAP_TEST_REQUIRE_PG") == QLatin1String("1");
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

TempDatabase::TempDatabase(const QString &backend)
    : m_backend(backend)
{
    if (!isPostgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_fail = QStringLiteral("cannot create a temporary folder");
            return;
        }
        m_url.backend = Backend::Sqlite;
        m_url.path = m_dir->filePath(QStringLiteral("test.venuemap"));
        return;
    }
    const QString admin = postgresAdminUrl();
    if (admin.isEmpty()) {
        const QString why
            = QStringLiteral("no PostgreSQL server: set VENUEMAP_TEST_PG_URL (scripts/test does)");
        (postgresRequired() ? m_fail : m_skip) = why;
        return;
    }
    auto adminUrl = DatabaseUrl::parse(admin);
    if (!adminUrl) {
        m_fail = adminUrl.error().sentence();
        return;
    }
    m_adminUrl = *adminUrl;
    const QString name = QStringLiteral("vm_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    {
        auto admin = Database::open(m_adminUrl, uniqueConnectionName(QStringLiteral("admin")));
        if (!admin) {
            m_fail = admin.error().sentence() + QLatin1Char(' ') + admin.error().details();
            return;
        }
        if (auto s = admin->execDirect(
                QStringLiteral("TempDatabase"), QStringLiteral("CREATE DATABASE %1").arg(name));
            !s) {
            m_fail = s.error().details();
            return;
        }
    }
    m_url = m_adminUrl;
    m_url.database = name;
}

TempDatabase::~TempDatabase()
{
    if (!isPostgres() || m_url.database.isEmpty() || !m_fail.isEmpty() || !m_skip.isEmpty())
        return;
    auto admin = Database::open(m_adminUrl, uniqueConnectionName(QStringLiteral("admin")));
    if (!admin)
        return;
    (void)admin->execDirect(QStringLiteral("TempDatabase"),
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.database));
    // Group roles are cluster-wide and named after their database (venuemap_group(), migration
    // 0007): this database's name is unique, so its groups are the ones that start with it. Found
    // by name after the drop, as a test may have dropped the function with the owner's objects.
    auto groups = admin->exec(QStringLiteral("TempDatabase"),
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname ~ ('^venuemap_' || :db || "
                       "'_[0-9a-f]{8}_(admin|event_manager)$')"),
        { { QStringLiteral(":db"), m_url.database } });
    QStringList names;
    while (groups && groups->next())
        names << groups->value(0).toString();
    for (const QString &group : std::as_const(names))
        (void)admin->execDirect(QStringLiteral("TempDatabase"),
            QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(group));
}

Result<Database> TempDatabase::open(const QString &connectionName) const
{
    return Database::open(
        m_url, connectionName.isEmpty() ? uniqueConnectionName() : connectionName);
}

Result<Database> TempDatabase::openMigrated(const QString &connectionName) const
{
    auto db = open(connectionName);
    if (!db)
        return db;
    MigrationManager manager(*db);
    auto applied = manager.migrate();
    if (!applied)
        return applied.error();
    return db;
}

Result<Database> TempDatabase::openAsSuperuser(const QString &connectionName) const
{
    return open(connectionName);
}

DatabaseUrl TempDatabase::urlFor(const QString &user, const QString &password) const
{
    DatabaseUrl url = m_url;
    url.user = user;
    url.password = password;
    return url;
}

} // namespace VenueMap::Test
