// Fuzzes DatabaseUrl::parse: any text a person types into --db or VENUEMAP_DB.
#include "db/databaseurl.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto url = VenueMap::Core::DatabaseUrl::parse(text);
    if (url.ok()) {
        // A parsed URL never shows its password: what is displayed does not depend on it at all.
        // (Comparing against another password, not searching for this one, which may be any
        // text that also stands in the scheme, host or options.)
        auto other = *url;
        other.password
            = url->password.isEmpty() ? QString() : url->password + QStringLiteral("-other");
        if (url->toDisplayString() != other.toDisplayString())
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
