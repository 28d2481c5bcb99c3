#pragma once

#include "session.h"

namespace VenueMap::Core {

// What a person may do, as the UI asks before showing an action. On PostgreSQL the database
// refuses the same things through GRANTs; on SQLite these checks are all there is.
namespace Permissions {

inline bool canManagePeople(const CurrentUser &user)
{
    return user.isAdmin();
}
inline bool canEditProfile(const CurrentUser &user, const QString &personId)
{
    return user.isSignedIn() && user.id == personId;
}
inline bool canHardDeleteVenues(const CurrentUser &)
{
    return false;
}
inline bool canRewriteActivity(const CurrentUser &)
{
    return false;
}

} // namespace Permissions

} // namespace VenueMap::Core
