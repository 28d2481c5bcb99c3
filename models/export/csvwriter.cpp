#include "csvwriter.h"

#include "csvcell.h"

#include <QIODevice>

namespace VenueMap::Core {

namespace {
constexpr qsizetype kChunk = 1 << 20;
}

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kChunk + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::appendField(QByteArray &out, const QString &cell, char delimiter)
{
    const QString field = csvNeutralizedCell(cell);
    bool quote = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    if (!quote) {
        for (const QChar c : field) {
            const char16_t u = c.unicode();
            if (u == delimiter || u == u'"' || u == u'\n' || u == u'\r') {
                quote = true;
                break;
            }
        }
    }
    if (!quote) {
        out.append(field.toUtf8());
        return;
    }
    out.append('"');
    QByteArray utf8 = field.toUtf8();
    utf8.replace("\"", "\"\"");
    out.append(utf8);
    out.append('"');
}

QByteArray CsvWriter::encodeRecord(const QStringList &fields, char delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        appendField(out, fields.at(i), delimiter);
    }
    out.append("\r\n");
    return out;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        appendField(m_buffer, fields.at(i), m_options.delimiter);
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kChunk)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed || !m_device)
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

QString CsvWriter::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

} // namespace VenueMap::Core
