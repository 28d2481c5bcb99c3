#pragma once

#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace VenueMap::Test {

// Adds the "backend" column with a row per backend: call it from every database test's _data().
void addBackendRows();
// The PostgreSQL server scripts/test started (a superuser URL), or empty.
QString postgresAdminUrl();
// Whether a missing PostgreSQL is a failure (scripts/test sets it) rather than a skip.
bool postgresRequired();
// A connection name nobody else uses.
QString uniqueConnectionName(const QString &prefix = QStringLiteral("test"));

// A brand-new, empty database for one test: a SQLite file in a temporary folder, or a
// PostgreSQL database created on the test cluster and dropped afterwards.
class TempDatabase
{
public:
    explicit TempDatabase(const QString &backend);
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    bool isPostgres() const { return m_backend == QLatin1String("postgresql"); }
    QString skipReason() const { return m_skip; }
    QString failReason() const { return m_fail; }
    const Core::DatabaseUrl &url() const { return m_url; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }

    Core::Result<Core::Database> open(const QString &connectionName = {}) const;
    // Opens and migrates to head.
    Core::Result<Core::Database> openMigrated(const QString &connectionName = {}) const;
    // PostgreSQL only: the cluster superuser on this database (to create roles, inspect plans).
    Core::Result<Core::Database> openAsSuperuser(const QString &connectionName = {}) const;
    // PostgreSQL only: a URL for another login role on this database.
    Core::DatabaseUrl urlFor(const QString &user, const QString &password) const;

private:
    QString m_backend;
    QString m_skip;
    QString m_fail;
    Core::DatabaseUrl m_url;
    Core::DatabaseUrl m_adminUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace VenueMap::Test

// In a data-driven test: fetches "backend" and makes a fresh database `var`, skipping the
// PostgreSQL row only when no server was provided (scripts/test always provides one).
#define VM_TEMP_DATABASE(var)                                                                      \
    QFETCH(QString, backend);                                                                      \
    VenueMap::Test::TempDatabase var(backend);                                                     \
    if (!var.failReason().isEmpty())                                                               \
        QFAIL(qPrintable(var.failReason()));                                                       \
    if (!var.skipReason().isEmpty())                                                               \
        QSKIP(qPrintable(var.skipReason()));

// Unwraps a Result or fails the test with its sentence and details.
#define VM_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &vm_r_ = (expr);                                                                \
        if (!vm_r_.ok())                                                                           \
            QFAIL(qPrintable(                                                                      \
                vm_r_.error().sentence() + QLatin1Char('\n') + vm_r_.error().details()));          \
    } while (false)
