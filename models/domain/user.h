#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// A person's role: what the app shows and, on PostgreSQL, which group role carries their GRANTs.
enum class UserRole { EventManager, Admin };

inline QString userRoleToDb(UserRole role)
{
    return role == UserRole::Admin ? QStringLiteral("admin") : QStringLiteral("event_manager");
}

inline std::optional<UserRole> userRoleFromDb(const QString &text)
{
    if (text == QLatin1String("admin"))
        return UserRole::Admin;
    if (text == QLatin1String("event_manager"))
        return UserRole::EventManager;
    return std::nullopt;
}

// The role as a person reads it.
inline QString userRoleTitle(UserRole role)
{
    return role == UserRole::Admin ? QCoreApplication::translate("UserRole", "Admin")
                                   : QCoreApplication::translate("UserRole", "Event manager");
}

// A row of `users` (DESIGN §3). The password hash never leaves UserRepository.
struct User
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString signatureBlock;
    UserRole role = UserRole::EventManager;
    bool isActive = true;
    QString dbRole; // PostgreSQL login role of this person; empty in SQLite mode
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace VenueMap::Core
