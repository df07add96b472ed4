#include "exchange/CsvReader.h"

#include <cstring>

namespace td {

namespace {

inline bool continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Bytes in a well-formed UTF-8 sequence starting at `p` (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when it is not one.
inline int sequenceLength(const unsigned char* p, qsizetype left)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && continuation(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !continuation(p[1]) || !continuation(p[2]))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3]))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

qint64 CsvReader::firstInvalidUtf8Line(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qint64 line = 1;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n' || (c == '\r' && (i + 1 == n || p[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        const int len = sequenceLength(p + i, n - i);
        if (len == 0)
            return line;
        i += len;
    }
    return 0;
}

namespace {
// A field's text. QString::fromUtf8 drops a byte order mark at the start of what it decodes;
// inside a file that mark is the field's own character (U+FEFF), so it is kept.
QString fieldText(const char* p, qsizetype n)
{
    if (n >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        return QChar(0xFEFF) + fieldText(p + 3, n - 3);
    return QString::fromUtf8(p, n);
}
} // namespace

char CsvReader::detectDelimiter(QByteArrayView data)
{
    qsizetype comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::fail(qint64 line, const QString& reason)
{
    m_problems.push_back({line, QString(), reason});
    m_broken = true;
    return false;
}

bool CsvReader::start()
{
    m_started = true;
    m_loneCrBreaks = !m_data.contains('\n');
    if (const qint64 bad = firstInvalidUtf8Line(m_data))
        return fail(bad, tr("the file is not UTF-8 text; save it as UTF-8"));
    if (m_data.size() >= 3 && std::memcmp(m_data.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    return true;
}

bool CsvReader::atLineEnd() const
{
    return m_pos >= m_data.size() || m_data[m_pos] == '\n' || m_data[m_pos] == '\r';
}

void CsvReader::endLine()
{
    if (m_pos >= m_data.size())
        return;
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!m_started && !start())
        return false;
    const char* d = m_data.data();
    const qsizetype n = m_data.size();
    while (!m_broken) {
        // Blank lines separate nothing: skip them.
        while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r'))
            endLine();
        if (m_pos >= n)
            return false;
        record.line = m_line;
        qsizetype count = 0;
        while (true) {
            QString value;
            if (d[m_pos] == '"') {
                const qint64 opened = m_line;
                ++m_pos;
                m_unquoted.clear();
                while (true) {
                    const void* hit = std::memchr(d + m_pos, '"', static_cast<size_t>(n - m_pos));
                    const qsizetype quote =
                        hit ? static_cast<const char*>(hit) - d : static_cast<qsizetype>(-1);
                    if (quote < 0)
                        return fail(opened, tr("broken quoting: the quoted field that starts on "
                                               "this line is never closed"));
                    // Count the line breaks inside the quoted text as an editor does: a lone
                    // carriage return is a line break only in a file without line feeds.
                    for (qsizetype i = m_pos; i < quote; ++i)
                        if (d[i] == '\n' || (m_loneCrBreaks && d[i] == '\r' && d[i + 1] != '\n'))
                            ++m_line;
                    m_unquoted.append(d + m_pos, quote - m_pos);
                    m_pos = quote + 1;
                    if (m_pos < n && d[m_pos] == '"') {
                        m_unquoted.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (m_pos < n && d[m_pos] != m_delimiter && !atLineEnd())
                    return fail(m_line, tr("broken quoting: text follows the closing quote of a "
                                           "field; quote the whole field and double the quotes "
                                           "inside it"));
                value = fieldText(m_unquoted.constData(), m_unquoted.size());
            } else {
                const qsizetype from = m_pos;
                while (m_pos < n) {
                    const char c = d[m_pos];
                    if (c == m_delimiter || c == '\n' || c == '\r')
                        break;
                    if (c == '"')
                        return fail(m_line, tr("broken quoting: a quote inside an unquoted field; "
                                               "quote the whole field and double the quotes "
                                               "inside it"));
                    ++m_pos;
                }
                value = fieldText(d + from, m_pos - from);
            }
            if (count < record.fields.size())
                record.fields[count] = std::move(value);
            else
                record.fields.append(std::move(value));
            ++count;
            if (m_pos < n && d[m_pos] == m_delimiter) {
                ++m_pos;
                if (m_pos >= n) {
                    // A trailing comma at the very end: one more, empty field.
                    if (count < record.fields.size())
                        record.fields[count] = QString();
                    else
                        record.fields.append(QString());
                    ++count;
                    break;
                }
                continue;
            }
            endLine();
            break;
        }
        record.fields.resize(count);
        if (m_columns == 0)
            m_columns = count;
        if (count == m_columns)
            return true;
        if (m_problems.size() >= ImportReport::maxProblems) {
            ++m_unlisted;
            continue;
        }
        m_problems.push_back({record.line, QString(),
                              tr("the row has %1 columns; expected %2, as in the header")
                                  .arg(count)
                                  .arg(m_columns)});
    }
    return false;
}

} // namespace td
