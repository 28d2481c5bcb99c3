// Fuzzes DatabaseUrl::parse: any text a person types into --db or VENUEMAP_DB.
#include "db/databaseurl.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto url = VenueMap::Core::DatabaseUrl::parse(text);
    if (url.ok()) {
        // A parsed URL prints and parses back to the same thing, and never shows its password.
        // (Unless the same text also stands in a part that is shown, such as the user name.)
        auto shownElsewhere = [&](const QString &secret) {
            QString parts = url->user + url->host + url->database;
            for (auto it = url->options.cbegin(); it != url->options.cend(); ++it)
                parts += it.key() + it.value();
            return parts.contains(secret) || QString::fromLatin1(QUrl::toPercentEncoding(parts)).contains(secret);
        };
        const QString display = url->toDisplayString();
        if (url->password.size() > 3 && display.contains(url->password) && !shownElsewhere(url->password))
            __builtin_trap();
        if (url->isPostgres()) {
            auto again = VenueMap::Core::DatabaseUrl::parse(url->toFullString());
            if (!again.ok())
                __builtin_trap();
        }
    } else if (url.error().sentence().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
