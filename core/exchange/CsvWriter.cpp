#include "exchange/CsvWriter.h"

namespace td {

namespace {

bool needsQuotes(QStringView v)
{
    // A leading U+FEFF unquoted would read back as the file's byte order mark.
    if (!v.isEmpty() && v.front() == QChar(0xFEFF))
        return true;
    for (QChar c : v)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    return false;
}

} // namespace

QString CsvWriter::quoted(const QString& value)
{
    if (!needsQuotes(value))
        return value;
    QString q = value;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void CsvWriter::appendField(QStringView value)
{
    if (!m_first)
        m_buffer.append(',');
    m_first = false;
    // Fast path for the common case: plain ASCII, appended without a temporary UTF-8 copy.
    bool plain = true;
    for (QChar c : value)
        if (c.unicode() >= 0x80 || c == QLatin1Char(',') || c == QLatin1Char('"') ||
            c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            plain = false;
            break;
        }
    if (plain) {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + value.size());
        char* out = m_buffer.data() + at;
        for (QChar c : value)
            *out++ = static_cast<char>(c.unicode());
        return;
    }
    if (!needsQuotes(value)) {
        m_buffer.append(value.toUtf8());
        return;
    }
    m_buffer.append('"');
    m_buffer.append(value.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8());
    m_buffer.append('"');
}

void CsvWriter::field(const QString& value)
{
    appendField(QStringView(value));
}

void CsvWriter::field(QStringView value)
{
    appendField(value);
}

void CsvWriter::fieldUtf8(QByteArrayView value)
{
    if (!m_first)
        m_buffer.append(',');
    m_first = false;
    // The same rule as needsQuotes, on the UTF-8 bytes (U+FEFF is EF BB BF).
    bool quote = value.startsWith("\xEF\xBB\xBF");
    for (char c : value)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        m_buffer.append(value);
        return;
    }
    m_buffer.append('"');
    for (char c : value) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_first = true;
    if (m_buffer.size() > (1 << 16))
        flush();
}

void CsvWriter::row(const QStringList& fields)
{
    for (const QString& f : fields)
        field(f);
    endRow();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace td
