#include "audit/AuditRowFormat.h"

#include "storage/SqlDialect.h"

#include <string>

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
// Texts are read as views: of the input when they hold no escape, else of their unescaped bytes
// appended to `scratch` (reserved to the input's size first, so that no view moves).
class Reader
{
public:
    Reader(QByteArrayView in, std::string& scratch) : m_in(in), m_scratch(scratch)
    {
        m_scratch.clear();
        m_scratch.reserve(static_cast<std::size_t>(in.size()));
    }

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
    // A JSON string in canonical form, or null (a null view): false when neither.
    bool textOrNull(QByteArrayView& out)
    {
        if (takeNull()) {
            out = QByteArrayView();
            return true;
        }
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        std::size_t unescaped = std::string::npos; // where this text starts in the scratch
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c == '"') {
                out = unescaped == std::string::npos
                          ? QByteArrayView(m_in.data() + start, m_pos - start)
                          : QByteArrayView(m_scratch.data() + unescaped,
                                           static_cast<qsizetype>(m_scratch.size() - unescaped));
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                if (unescaped != std::string::npos)
                    m_scratch += c;
                ++m_pos;
                continue;
            }
            if (unescaped == std::string::npos) {
                unescaped = m_scratch.size();
                m_scratch.append(m_in.data() + start, static_cast<std::size_t>(m_pos - start));
            }
            if (m_pos + 1 >= m_in.size())
                return false;
            const char e = m_in[m_pos + 1];
            if (e == '"' || e == '\\') {
                m_scratch += e;
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
            m_scratch += static_cast<char>(hi * 16 + lo);
            m_pos += 6;
        }
        return false;
    }

private:
    QByteArrayView m_in;
    std::string& m_scratch;
    qsizetype m_pos = 0;
};

QString text(QByteArrayView v)
{
    return v.isNull() ? QString() : QString::fromUtf8(v.data(), v.size());
}

std::optional<std::vector<AuditChange>> toChanges(bool ok, const std::vector<ChangeView>& views)
{
    if (!ok)
        return std::nullopt;
    std::vector<AuditChange> out;
    out.reserve(views.size());
    for (const ChangeView& v : views)
        out.push_back({text(v.field), text(v.oldValue), text(v.newValue)});
    return out;
}

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

bool parse(QByteArrayView utf8, std::string& scratch, std::vector<ChangeView>& out)
{
    out.clear();
    // Text that is not valid UTF-8 was not written by serialize().
    if (!utf8.isValidUtf8())
        return false;
    Reader r(utf8, scratch);
    if (!r.take('['))
        return false;
    do {
        ChangeView c;
        QByteArrayView second;
        if (!r.take('[') || !r.textOrNull(c.field) || !r.take(',') || !r.textOrNull(second))
            return false;
        if (r.take(',')) {
            // Three elements: the old value, never null, then the new one.
            if (second.isNull() || !r.textOrNull(c.newValue))
                return false;
            c.oldValue = second;
        } else {
            c.newValue = second;
        }
        if (!r.take(']'))
            return false;
        out.push_back(c);
    } while (r.take(','));
    return r.take(']') && r.atEnd();
}

std::optional<std::vector<AuditChange>> parse(QByteArrayView utf8)
{
    std::string scratch;
    std::vector<ChangeView> views;
    const bool ok = parse(utf8, scratch, views);
    return toChanges(ok, views);
}

std::optional<std::vector<AuditChange>> parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(QByteArrayView(utf8));
}

bool isCanonical(QByteArrayView utf8)
{
    thread_local std::string scratch;
    thread_local std::vector<ChangeView> views;
    return parse(utf8, scratch, views);
}

bool isImportedRecord(QByteArrayView action, QByteArrayView entity, QByteArrayView field)
{
    return action == "created" && entity == "assessment" && field == "imported";
}

bool parseImportedRecord(QByteArrayView utf8, std::string& scratch, std::vector<ChangeView>& out)
{
    // Written by the import as {"field":"value",...} with the same escaping as the compact
    // format (AssessmentRepository's jsonRecord before version 10).
    out.clear();
    if (!utf8.isValidUtf8())
        return false;
    Reader r(utf8, scratch);
    if (!r.take('{'))
        return false;
    if (r.take('}'))
        return r.atEnd();
    do {
        ChangeView c;
        if (!r.textOrNull(c.field) || c.field.isNull() || !r.take(':') ||
            !r.textOrNull(c.newValue) || c.newValue.isNull())
            return false;
        out.push_back(c);
    } while (r.take(','));
    return r.take('}') && r.atEnd();
}

std::optional<std::vector<AuditChange>> parseImportedRecord(QByteArrayView utf8)
{
    std::string scratch;
    std::vector<ChangeView> views;
    const bool ok = parseImportedRecord(utf8, scratch, views);
    return toChanges(ok, views);
}

namespace {
// The import record of an assessment (before the compact format): a JSON object of its values.
constexpr auto importRecord = "al.changes IS NULL AND al.action = 'created' AND al.entity = "
                              "'assessment' AND al.field = 'imported'";
} // namespace

QString entriesSql(const SqlDialect& dialect, const QString& rowCondition)
{
    const QString where =
        rowCondition.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(rowCondition);
    if (dialect.name() == QLatin1String("postgresql"))
        // The same entries through PostgreSQL's json functions: a compact row's array elements
        // and an import record's fields, numbered in their order (a text that is not JSON is
        // never cast: the CASE gives NULL, which has no elements).
        return QStringLiteral(
                   "SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
                   "al.entity_id, CASE WHEN al.changes IS NOT NULL THEN j.element ->> 0 WHEN "
                   "j.key IS NOT NULL THEN j.key ELSE al.field END AS field, CASE WHEN al.changes "
                   "IS NOT NULL THEN CASE WHEN json_array_length(j.element) = 3 THEN j.element "
                   "->> 1 END WHEN j.key IS NOT NULL THEN NULL ELSE al.old_value END AS "
                   "old_value, CASE WHEN al.changes IS NOT NULL THEN j.element ->> "
                   "(json_array_length(j.element) - 1) WHEN j.key IS NOT NULL THEN j.value ELSE "
                   "al.new_value END AS new_value, al.reason, COALESCE(j.n, 0) AS entry FROM "
                   "audit_log al LEFT JOIN LATERAL (SELECT e.element, CAST(NULL AS text) AS key, "
                   "CAST(NULL AS text) AS value, e.n FROM json_array_elements(CAST(al.changes AS "
                   "json)) WITH ORDINALITY AS e(element, n) UNION ALL SELECT CAST(NULL AS json), "
                   "o.key, o.value, o.n FROM json_each_text(CASE WHEN %2 THEN CAST(al.new_value "
                   "AS json) END) WITH ORDINALITY AS o(key, value, n)) AS j ON true%1")
            .arg(where, QLatin1String(importRecord));
    // One pass over the trail: a compact row's changes and an import's record through
    // json_each (an array's elements, an object's fields), a per-value row as it is (no
    // json_each row: the LEFT JOIN keeps it once).
    return QStringLiteral(
               "SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
               "al.entity_id, CASE WHEN al.changes IS NOT NULL THEN json_extract(j.value, "
               "'$[0]') WHEN j.key IS NOT NULL THEN j.key ELSE al.field END AS field, CASE WHEN "
               "al.changes IS NOT NULL THEN CASE WHEN json_array_length(j.value) = 3 THEN "
               "json_extract(j.value, '$[1]') END WHEN j.key IS NOT NULL THEN NULL ELSE "
               "al.old_value END AS old_value, CASE WHEN al.changes IS NOT NULL THEN "
               "json_extract(j.value, '$[#-1]') WHEN j.key IS NOT NULL THEN j.value ELSE "
               "al.new_value END AS new_value, al.reason, COALESCE(j.id, 0) AS entry FROM "
               "audit_log al LEFT JOIN json_each(CASE WHEN al.changes IS NOT NULL THEN "
               "al.changes WHEN al.action = 'created' AND al.entity = 'assessment' AND al.field "
               "= 'imported' THEN al.new_value END) j%1")
        .arg(where);
}

QString rowsWithFieldSql(const SqlDialect& dialect, const QString& rowCondition,
                         const QString& field)
{
    const QString where =
        rowCondition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(rowCondition);
    auto literal = [](QString text) {
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    };
    // In a canonical text a change of the field starts with ["<field>", and nothing else can
    // hold that sequence: inside a JSON string every quote is escaped.
    QByteArray start("[");
    appendText(start, field);
    start += ',';
    const bool server = dialect.name() == QLatin1String("postgresql");
    // Whether an import record holds the field (only an import record is read as JSON).
    const QString imported =
        server
            ? QStringLiteral("CASE WHEN %1 THEN CAST(al.new_value AS json) ->> %2 END IS NOT "
                             "NULL")
                  .arg(QLatin1String(importRecord), literal(field))
            : QStringLiteral("(%1 AND json_extract(al.new_value, %2) IS NOT NULL)")
                  .arg(QLatin1String(importRecord), literal(QStringLiteral("$.\"%1\"").arg(field)));
    const QString found = server ? QStringLiteral("strpos(al.changes, %1) > 0")
                                 : QStringLiteral("instr(al.changes, %1) > 0");
    return QStringLiteral(
               "SELECT al.id, al.at_utc, al.username, al.role, al.action, al.entity, "
               "al.entity_id, %2 AS field, NULL AS old_value, NULL AS new_value, al.reason, 0 AS "
               "entry FROM audit_log al WHERE ((al.changes IS NULL AND al.field = %2) OR %3 OR "
               "(al.changes IS NOT NULL AND %4))%1")
        .arg(where, literal(field), imported, found.arg(literal(QString::fromUtf8(start))));
}

} // namespace td::AuditRowFormat
