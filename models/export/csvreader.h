#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// A parsed CSV file. records[0] is the header row when the file has one. Row numbers for a
// person are 1-based record numbers, as a spreadsheet shows them (row 1 = header).
struct CsvDocument
{
    QList<QStringList> records;
    QList<int> lines; // the 1-based physical line each record starts on
    char delimiter = ','; // ',' or ';', detected from the header row
    bool hadBom = false;

    bool isEmpty() const { return records.isEmpty(); }
};

// Why a file could not be read, with where: enough for "row 7, column 3, byte 1234".
struct CsvError
{
    enum class Kind {
        InvalidUtf8, // a byte sequence that is not UTF-8
        UnterminatedQuote, // a quoted field that is never closed
        Utf16, // a UTF-16 byte order mark: the file is not UTF-8 at all
        Utf16NoBom, // NUL bytes in every other place: UTF-16 without a byte order mark
        NulByte, // a NUL byte inside a cell
        RecordTooLong, // a record (row) over kMaxRecordBytes
    };
    Kind kind = Kind::InvalidUtf8;
    int row = 0; // 1-based record number
    int line = 0; // 1-based physical line
    int column = 0; // 1-based field within the record
    qsizetype byteOffset = 0; // 0-based offset into the bytes given to parse()

    // One sentence for a person: what is wrong, where, and what to do.
    QString message() const;
};

// The outcome of CsvReader::parse(): a document or the first error in the file.
class CsvParseResult
{
public:
    CsvParseResult(CsvDocument document)
        : m_document(std::move(document))
    { }
    CsvParseResult(CsvError error)
        : m_error(error)
    { }

    bool ok() const { return m_document.has_value(); }
    const CsvDocument &document() const { return *m_document; }
    CsvDocument takeDocument() { return std::move(*m_document); }
    const CsvError &error() const { return *m_error; }

private:
    std::optional<CsvDocument> m_document;
    std::optional<CsvError> m_error;
};

// An RFC 4180 reader: UTF-8 with or without a BOM, comma or semicolon (whichever the header row
// uses more of, outside quotes), CRLF / LF / CR line ends, quoted fields holding delimiters,
// doubled quotes and line breaks. Strict about encoding, lenient about stray quotes inside
// unquoted fields (kept literally, as spreadsheets write them). Takes off the quote CsvWriter
// puts before a formula-like cell (csvcell.h). A pure function over bytes:
// safe for any input, which a fuzzer relies on.
class CsvReader
{
public:
    // A row longer than this is refused, so that no file can fill the memory: no spreadsheet row is
    // 10 MB.
    static constexpr qsizetype kMaxRecordBytes = 10 * 1024 * 1024;

    static CsvParseResult parse(QByteArrayView bytes);
    // The delimiter parse() would choose for these bytes (after a BOM, if any).
    static char detectDelimiter(QByteArrayView bytes);
};

} // namespace VenueMap::Core
