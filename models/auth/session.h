#pragma once

#include "domain/user.h"

#include <QString>
#include <QVariant>

namespace VenueMap::Core {

// The person signed in to this process.
struct CurrentUser
{
    QString id; // users.id; empty when nobody is signed in
    QString name;
    QString email;
    UserRole role = UserRole::EventManager;
    QString signatureBlock;
    QString phone;

    bool isSignedIn() const { return !id.isEmpty(); }
    bool isAdmin() const { return isSignedIn() && role == UserRole::Admin; }
};

// Who is signed in, readable from any thread: activity-log rows record Session::userId().
// Set once by the sign-in flow (GUI) or a command; cleared on sign-out.
class Session
{
public:
    static CurrentUser current();
    static void setCurrent(const CurrentUser &user);
    static void clear();
    // users.id of the signed-in person for binding into activity_logs.user_id;
    // a null QVariant when nobody is signed in (scripts, migrations).
    static QVariant userId();
    static bool isAdmin() { return current().isAdmin(); }
};

} // namespace VenueMap::Core
