#include "session.h"

#include <QMutex>
#include <QMutexLocker>

namespace VenueMap::Core {

namespace {
QMutex &sessionMutex()
{
    static QMutex mutex;
    return mutex;
}
CurrentUser &sessionUser()
{
    static CurrentUser user;
    return user;
}
} // namespace

CurrentUser Session::current()
{
    QMutexLocker lock(&sessionMutex());
    return sessionUser();
}

void Session::setCurrent(const CurrentUser &user)
{
    QMutexLocker lock(&sessionMutex());
    sessionUser() = user;
}

void Session::clear()
{
    setCurrent(CurrentUser());
}

QVariant Session::userId()
{
    const CurrentUser user = current();
    if (!user.isSignedIn())
        return QVariant(QMetaType(QMetaType::QString));
    return user.id;
}

} // namespace VenueMap::Core
