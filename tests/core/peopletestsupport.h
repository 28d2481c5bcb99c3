#pragma once

// Shared by the people-and-access tests: PostgreSQL login roles belong to the whole cluster,
// so each test names its people uniquely and drops their logins once its database is gone.
#include "testdatabase.h"

#include <QUuid>

namespace VenueMap::Test {

inline QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Declare before VM_TEMP_DATABASE so that it runs after the database is dropped.
struct RoleCleanup
{
    QStringList logins;
    ~RoleCleanup()
    {
        logins.removeAll(QString());
        if (logins.isEmpty() || postgresAdminUrl().isEmpty())
            return;
        auto url = Core::DatabaseUrl::parse(postgresAdminUrl());
        if (!url)
            return;
        auto admin = Core::Database::open(*url, uniqueConnectionName(QStringLiteral("cleanup")));
        if (!admin)
            return;
        for (QString login : std::as_const(logins)) {
            // Quoted by hand: QPSQL's escapeIdentifier() splits at the dots of an email.
            login.replace(QLatin1Char('"'), QLatin1String("\"\""));
            (void)admin->execDirect(QStringLiteral("RoleCleanup"),
                QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        }
    }
};

} // namespace VenueMap::Test
