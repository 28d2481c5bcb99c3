#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace VenueMap::Core {

// Writes RFC 4180 CSV as UTF-8 with CRLF line ends: a field is quoted when it holds the
// delimiter, a quote, a line break or leading/trailing spaces; quotes inside are doubled.
// A cell a spreadsheet would run as a formula is neutralised (csvcell.h); CsvReader undoes it.
// Buffers its output and writes it in large chunks.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        bool byteOrderMark = false; // spreadsheets recognise UTF-8 by it
    };

    explicit CsvWriter(QIODevice *device)
        : CsvWriter(device, Options())
    { }
    CsvWriter(QIODevice *device, Options options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRecord(const QStringList &fields);
    // Writes what is buffered; false when the device refused (errorString() says why).
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;

    // One record, line end included.
    static QByteArray encodeRecord(const QStringList &fields, char delimiter = ',');
    static void appendField(QByteArray &out, const QString &field, char delimiter);

private:
    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace VenueMap::Core
