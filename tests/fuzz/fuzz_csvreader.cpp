// Fuzzes the CSV reader: any file a person picks for import. It must return a document or an
// error with a position inside the input, never crash, hang or read past the bytes.
#include "export/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = VenueMap::Core::CsvReader::parse(bytes);
    if (result.ok()) {
        const auto &doc = result.document();
        if (doc.records.size() != doc.lines.size())
            __builtin_trap();
        if (doc.delimiter != ',' && doc.delimiter != ';')
            __builtin_trap();
        int previous = 0;
        for (int line : doc.lines) { // records start on increasing lines
            if (line <= previous)
                __builtin_trap();
            previous = line;
        }
    } else {
        const auto &error = result.error();
        if (error.byteOffset < 0 || error.byteOffset > qsizetype(size) || error.row < 1
            || error.line < 1)
            __builtin_trap();
        if (error.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
