#include "connectionsettings.h"

#include <QSettings>

namespace VenueMap::Ui {

namespace {
const QString kLastUrl = QStringLiteral("connection/lastUrl");
const QString kRemember = QStringLiteral("connection/rememberPassword");
} // namespace

std::optional<Core::DatabaseUrl> ConnectionSettings::lastUrl()
{
    const QString text = QSettings().value(kLastUrl).toString();
    if (text.isEmpty())
        return std::nullopt;
    auto url = Core::DatabaseUrl::parse(text);
    if (!url)
        return std::nullopt;
    url->password.clear();
    return *url;
}

void ConnectionSettings::saveLastUrl(const Core::DatabaseUrl &url, bool rememberPassword)
{
    QSettings settings;
    settings.setValue(kLastUrl, url.toDisplayString()); // never the password
    settings.setValue(kRemember, rememberPassword);
}

bool ConnectionSettings::rememberPassword()
{
    return QSettings().value(kRemember, true).toBool();
}

void ConnectionSettings::setRememberPassword(bool remember)
{
    QSettings().setValue(kRemember, remember);
}

} // namespace VenueMap::Ui
