#include "audit/AuditRowFormat.h"

namespace td::AuditRowFormat {

namespace {

void appendText(QByteArray& out, const QString& text)
{
    if (text.isNull()) {
        out += "null";
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// A strict reader of the canonical text: anything the writer would not have written is refused.
class Reader
{
public:
    explicit Reader(QByteArrayView in) : m_in(in) {}

    bool atEnd() const { return m_pos == m_in.size(); }
    bool take(char c)
    {
        if (m_pos < m_in.size() && m_in[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool takeNull()
    {
        if (m_in.sliced(m_pos).startsWith("null")) {
            m_pos += 4;
            return true;
        }
        return false;
    }
    // A JSON string in canonical form, or null: false when neither.
    bool textOrNull(QString& out)
    {
        if (takeNull()) {
            out = QString();
            return true;
        }
        if (!take('"'))
            return false;
        QByteArray bytes;
        const qsizetype start = m_pos;
        bool plain = true;
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            const auto u = static_cast<unsigned char>(c);
            if (c == '"') {
                const QByteArray raw =
                    plain ? m_in.sliced(start, m_pos - start).toByteArray() : bytes;
                out = QString::fromUtf8(raw);
                ++m_pos;
                // Text that is not valid UTF-8 was not written by serialize().
                return out.toUtf8() == raw;
            }
            if (u < 0x20)
                return false;
            if (c != '\\') {
                if (!plain)
                    bytes += c;
                ++m_pos;
                continue;
            }
            if (plain) {
                bytes = m_in.sliced(start, m_pos - start).toByteArray();
                plain = false;
            }
            if (m_pos + 1 >= m_in.size())
                return false;
            const char e = m_in[m_pos + 1];
            if (e == '"' || e == '\\') {
                bytes += e;
                m_pos += 2;
                continue;
            }
            // \u00xx for a control character, lower-case hex, nothing else.
            if (e != 'u' || m_pos + 6 > m_in.size() || m_in[m_pos + 2] != '0' ||
                m_in[m_pos + 3] != '0')
                return false;
            const auto digit = [](char d) {
                return d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
            };
            const int hi = digit(m_in[m_pos + 4]);
            const int lo = digit(m_in[m_pos + 5]);
            if (hi < 0 || lo < 0 || hi > 1)
                return false;
            bytes += static_cast<char>(hi * 16 + lo);
            m_pos += 6;
        }
        return false;
    }

private:
    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

} // namespace

QString serialize(const std::vector<AuditChange>& changes)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(changes.size()) * 24 + 2);
    out += '[';
    for (const AuditChange& c : changes) {
        if (out.size() > 1)
            out += ',';
        out += '[';
        appendText(out, c.field);
        out += ',';
        if (!c.oldValue.isNull()) {
            appendText(out, c.oldValue);
            out += ',';
        }
        appendText(out, c.newValue);
        out += ']';
    }
    out += ']';
    return QString::fromUtf8(out);
}

std::optional<std::vector<AuditChange>> parse(QByteArrayView utf8)
{
    Reader r(utf8);
    std::vector<AuditChange> out;
    if (!r.take('['))
        return std::nullopt;
    do {
        AuditChange c;
        QString second;
        if (!r.take('[') || !r.textOrNull(c.field) || !r.take(',') || !r.textOrNull(second))
            return std::nullopt;
        if (r.take(',')) {
            // Three elements: the old value, never null, then the new one.
            if (second.isNull() || !r.textOrNull(c.newValue))
                return std::nullopt;
            c.oldValue = std::move(second);
        } else {
            c.newValue = std::move(second);
        }
        if (!r.take(']'))
            return std::nullopt;
        out.push_back(std::move(c));
    } while (r.take(','));
    if (!r.take(']') || !r.atEnd())
        return std::nullopt;
    return out;
}

std::optional<std::vector<AuditChange>> parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(QByteArrayView(utf8));
}

bool isImportedRecord(QStringView action, QStringView entity, QStringView field)
{
    return action == u"created" && entity == u"assessment" && field == u"imported";
}

std::optional<std::vector<AuditChange>> parseImportedRecord(QByteArrayView utf8)
{
    // Written by the import as {"field":"value",...} with the same escaping as the compact
    // format (AssessmentRepository's jsonRecord before version 10).
    Reader r(utf8);
    std::vector<AuditChange> out;
    if (!r.take('{'))
        return std::nullopt;
    if (r.take('}'))
        return r.atEnd() ? std::optional(out) : std::nullopt;
    do {
        AuditChange c;
        if (!r.textOrNull(c.field) || c.field.isNull() || !r.take(':') ||
            !r.textOrNull(c.newValue) || c.newValue.isNull())
            return std::nullopt;
        out.push_back(std::move(c));
    } while (r.take(','));
    if (!r.take('}') || !r.atEnd())
        return std::nullopt;
    return out;
}

QString entriesSql(const QString& rowCondition)
{
    const QString where =
        rowCondition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(rowCondition);
    // Per-value rows as they are; an import's record and the compact rows through json_each
    // (an array's key is the element's index, an object's the field name).
    return QStringLiteral(
               "SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
               "al.entity_id, al.field, al.old_value, al.new_value, al.reason, 0 AS entry FROM "
               "audit_log al WHERE al.changes IS NULL AND NOT (al.action = 'created' AND "
               "al.entity = 'assessment' AND al.field = 'imported')%1 "
               "UNION ALL SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
               "al.entity_id, j.key, NULL, j.value, al.reason, j.id FROM audit_log al, "
               "json_each(al.new_value) j WHERE al.changes IS NULL AND al.action = 'created' AND "
               "al.entity = 'assessment' AND al.field = 'imported'%1 "
               "UNION ALL SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
               "al.entity_id, json_extract(j.value, '$[0]'), CASE WHEN "
               "json_array_length(j.value) = 3 THEN json_extract(j.value, '$[1]') END, "
               "json_extract(j.value, '$[#-1]'), al.reason, j.key FROM audit_log al, "
               "json_each(al.changes) j WHERE al.changes IS NOT NULL%1")
        .arg(where);
}

} // namespace td::AuditRowFormat
