#include "csvreader.h"

#include "csvcell.h"

#include <algorithm>

#include <QCoreApplication>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context CsvReader.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

} // namespace

namespace {

// Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, nothing
// above U+10FFFF), or 0 when the bytes there are not UTF-8.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    if (c < 0x80)
        return 1;
    auto cont = [&](int i, uchar lo = 0x80, uchar hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

qsizetype bomLength(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

class Parser
{
public:
    Parser(QByteArrayView bytes)
        : m_begin(reinterpret_cast<const uchar *>(bytes.data()))
        , m_end(m_begin + bytes.size())
    { }

    CsvParseResult run()
    {
        const QByteArrayView all(reinterpret_cast<const char *>(m_begin), m_end - m_begin);
        if (all.startsWith("\xFF\xFE") || all.startsWith("\xFE\xFF")) {
            CsvError e;
            e.kind = CsvError::Kind::Utf16;
            e.row = 1;
            e.line = 1;
            e.column = 1;
            return e;
        }
        // UTF-16 without a byte order mark: ASCII text has a NUL in every other byte.
        if (all.size() >= 4) {
            const qsizetype n = std::min<qsizetype>(all.size() & ~qsizetype(1), 512);
            int evenNul = 0, oddNul = 0;
            for (qsizetype i = 0; i < n; ++i)
                (i % 2 ? oddNul : evenNul) += all[i] == '\0' ? 1 : 0;
            if (std::max(evenNul, oddNul) * 4 >= n && std::min(evenNul, oddNul) == 0) {
                CsvError e;
                e.kind = CsvError::Kind::Utf16NoBom;
                e.row = 1;
                e.line = 1;
                e.column = 1;
                return e;
            }
        }
        const qsizetype bom = bomLength(all);
        m_doc.hadBom = bom > 0;
        m_doc.delimiter = CsvReader::detectDelimiter(all);
        m_delim = uchar(m_doc.delimiter);
        const uchar *p = m_begin + bom;
        if (p == m_end)
            return std::move(m_doc);

        // Each pass of the loop reads one field; a record ends at a line break or the end.
        int recordLine = m_line;
        QStringList record;
        const uchar *recordStart = p;
        while (true) {
            const int column = int(record.size()) + 1;
            if (p - recordStart > CsvReader::kMaxRecordBytes) {
                CsvError e;
                e.kind = CsvError::Kind::RecordTooLong;
                e.row = int(m_doc.records.size()) + 1;
                e.line = recordLine;
                e.column = column;
                e.byteOffset = recordStart - m_begin;
                return e;
            }
            QString field;
            if (p < m_end && *p == '"') {
                const uchar *open = p;
                const int openLine = m_line;
                ++p;
                QByteArray buf;
                bool closed = false;
                while (p < m_end) {
                    const uchar *chunk = p;
                    // Up to the next quote, checking encoding and counting lines on the way.
                    while (p < m_end && *p != '"') {
                        if (!advance(p, column))
                            return *m_error;
                    }
                    buf.append(reinterpret_cast<const char *>(chunk), p - chunk);
                    if (p == m_end)
                        break;
                    if (p + 1 < m_end && p[1] == '"') { // "" is one quote
                        buf.append('"');
                        p += 2;
                        continue;
                    }
                    ++p; // the closing quote
                    closed = true;
                    break;
                }
                if (!closed) {
                    CsvError e;
                    e.kind = CsvError::Kind::UnterminatedQuote;
                    e.row = int(m_doc.records.size()) + 1;
                    e.line = openLine;
                    e.column = column;
                    e.byteOffset = open - m_begin;
                    m_error = e;
                    return *m_error;
                }
                // Text between the closing quote and the delimiter is kept, as spreadsheets do.
                const uchar *rest = p;
                while (p < m_end && *p != m_delim && *p != '\n' && *p != '\r') {
                    if (!advance(p, column))
                        return *m_error;
                }
                buf.append(reinterpret_cast<const char *>(rest), p - rest);
                field = QString::fromUtf8(buf);
            } else {
                const uchar *start = p;
                while (p < m_end && *p != m_delim && *p != '\n' && *p != '\r') {
                    if (!advance(p, column))
                        return *m_error;
                }
                field = QString::fromUtf8(reinterpret_cast<const char *>(start), p - start);
            }
            record.append(csvRestoredCell(field));

            if (p - recordStart > CsvReader::kMaxRecordBytes)
                continue; // refused at the top of the loop
            if (p < m_end && *p == m_delim) {
                ++p;
                continue; // another field follows (an empty one at the very end)
            }
            // A line break or the end of the file closes the record.
            m_doc.records.append(std::move(record));
            m_doc.lines.append(recordLine);
            record = QStringList();
            if (p == m_end)
                break;
            if (*p == '\r' && p + 1 < m_end && p[1] == '\n')
                ++p;
            ++p;
            ++m_line;
            recordLine = m_line;
            recordStart = p;
            if (p == m_end)
                break; // a final line break does not start an empty record
        }
        return std::move(m_doc);
    }

private:
    // Steps over one character inside a field: checks its encoding and counts line breaks.
    bool advance(const uchar *&p, int column)
    {
        if (*p == 0) {
            CsvError e;
            e.kind = CsvError::Kind::NulByte;
            e.row = int(m_doc.records.size()) + 1;
            e.line = m_line;
            e.column = column;
            e.byteOffset = p - m_begin;
            m_error = e;
            return false;
        }
        if (*p < 0x80) {
            if (*p == '\n' || (*p == '\r' && !(p + 1 < m_end && p[1] == '\n')))
                ++m_line;
            ++p;
            return true;
        }
        const int n = utf8SequenceLength(p, m_end);
        if (n == 0) {
            CsvError e;
            e.kind = CsvError::Kind::InvalidUtf8;
            e.row = int(m_doc.records.size()) + 1;
            e.line = m_line;
            e.column = column;
            e.byteOffset = p - m_begin;
            m_error = e;
            return false;
        }
        p += n;
        return true;
    }

    const uchar *m_begin;
    const uchar *m_end;
    uchar m_delim = ',';
    int m_line = 1;
    CsvDocument m_doc;
    std::optional<CsvError> m_error;
};

} // namespace

QString CsvError::message() const
{
    switch (kind) {
    case Kind::Utf16:
        return Tr::tr("The file is UTF-16, not UTF-8: save it as \"CSV UTF-8\" and try again.");
    case Kind::Utf16NoBom:
        return Tr::tr("The file looks like UTF-16 without a byte order mark, not UTF-8: save it as "
                      "\"CSV UTF-8\" and try again.");
    case Kind::NulByte:
        return Tr::tr(
            "Row %1 (line %2), column %3: the cell holds a NUL byte (offset %4); a CSV file "
            "holds text only: save the spreadsheet as \"CSV UTF-8\" and try again.")
            .arg(row)
            .arg(line)
            .arg(column)
            .arg(byteOffset);
    case Kind::RecordTooLong:
        return Tr::tr("Row %1 (line %2) is longer than %3 MB: this is not a spreadsheet of venues.")
            .arg(row)
            .arg(line)
            .arg(CsvReader::kMaxRecordBytes / (1024 * 1024));
    case Kind::UnterminatedQuote:
        return Tr::tr("Row %1 (line %2), column %3: a quoted field opens here and is never closed; "
                      "add the missing closing quote.")
            .arg(row)
            .arg(line)
            .arg(column);
    case Kind::InvalidUtf8:
        break;
    }
    return Tr::tr(
        "Row %1 (line %2), column %3 has characters this file does not spell as text: it "
        "is not a CSV file saved as text, or it was saved in another encoding. Save it as "
        "\"CSV UTF-8\" and try again.")
        .arg(row)
        .arg(line)
        .arg(column);
}

char CsvReader::detectDelimiter(QByteArrayView bytes)
{
    // Count commas and semicolons outside quotes on the first record.
    qsizetype commas = 0, semicolons = 0;
    bool inQuotes = false;
    for (qsizetype i = bomLength(bytes); i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

CsvParseResult CsvReader::parse(QByteArrayView bytes)
{
    return Parser(bytes).run();
}

} // namespace VenueMap::Core
