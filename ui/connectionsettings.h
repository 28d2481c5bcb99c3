#pragma once

#include "db/databaseurl.h"

#include <optional>

namespace VenueMap::Ui {

// The last connection used, kept in QSettings WITHOUT its password (that lives in PasswordStore).
class ConnectionSettings
{
public:
    static std::optional<Core::DatabaseUrl> lastUrl();
    static void saveLastUrl(const Core::DatabaseUrl &url, bool rememberPassword);
    static bool rememberPassword();
    static void setRememberPassword(bool remember);
};

} // namespace VenueMap::Ui
