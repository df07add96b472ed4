#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace td {

// Writes RFC 4180 CSV in UTF-8: comma separators, CRLF line ends, a field quoted (with quotes
// doubled) only when it holds a comma, quote, CR or LF. Buffered; flush() or the destructor
// hands the bytes to the device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device) : m_device(device) { m_buffer.reserve(1 << 17); }
    ~CsvWriter() { flush(); }
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void field(const QString& value);
    void field(QStringView value);
    // A field already in UTF-8 (as SqlRow::text gives it), appended without conversion.
    void fieldUtf8(QByteArrayView value);
    void endRow();
    void row(const QStringList& fields);
    bool flush();
    // False once a write to the device failed.
    bool ok() const { return m_ok; }

    static QString quoted(const QString& value);

private:
    void appendField(QStringView value);

    QIODevice& m_device;
    QByteArray m_buffer;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace td
