// Fuzzes the migration SQL splitter: it must terminate, and never invent or lose text.
#include "migration/sqlsplitter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto statements = VenueMap::Core::splitSqlStatements(sql);
    qsizetype total = 0;
    for (const auto &s : statements) {
        if (s.text.isEmpty() || s.line < 1)
            __builtin_trap();
        total += s.text.size();
    }
    // Statements are pieces of the input (minus comments and separators): never longer in total.
    if (total > sql.size())
        __builtin_trap();
    return 0;
}
