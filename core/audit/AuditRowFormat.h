#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace td {
class SqlDialect;
}

namespace td {

// One changed value of an audit row: the field and its text before and after. A null QString
// is "no value" (SQL NULL); an empty one is the empty text.
struct AuditChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

// The compact row format (schema version 10 on, after the trail's format marker): one audit
// row per changed record, its changed values in the column `changes` as one canonical text,
// covered by the row's hash:
//
//   changes := "[" change ("," change)* "]"           at least one change
//   change  := "[" text-or-null "," text-or-null "]"                    field, new (no old)
//            | "[" text-or-null "," text "," text-or-null "]"           field, old, new
//   text    := JSON string: '"' and '\' escaped as \" and \\, U+0000-U+001F as \u00xx (lower
//              case hex), every other character as itself in UTF-8
//
// No white space, no other escape, and a change has three elements only when it has an old
// value, so every list of changes has exactly one text and every text one list. It is valid
// JSON (SQLite's json_each and PostgreSQL's json functions read it: entriesSql).
namespace AuditRowFormat {

QString serialize(const std::vector<AuditChange>& changes);
// The changes of a canonical text; nothing when the text is not canonical.
std::optional<std::vector<AuditChange>> parse(QByteArrayView utf8);
std::optional<std::vector<AuditChange>> parse(const QString& text);
// Whether `utf8` is a canonical text (without building the changes).
bool isCanonical(QByteArrayView utf8);

// A change as UTF-8 views (a null view is no value), for readers of many rows.
struct ChangeView
{
    QByteArrayView field;
    QByteArrayView oldValue;
    QByteArrayView newValue;
};
// parse() into views of `utf8` or of `scratch`, which holds the unescaped texts; the views stay
// valid while both do and `scratch` is not used again. False when the text is not canonical.
bool parse(QByteArrayView utf8, std::string& scratch, std::vector<ChangeView>& out);

// The fields of an assessment imported before the compact format: one row whose new value is
// a flat JSON object of the record's non-empty values ({"participant_id":"12","item_1":"2"}).
// Nothing (false) when `utf8` is not such an object.
std::optional<std::vector<AuditChange>> parseImportedRecord(QByteArrayView utf8);
bool parseImportedRecord(QByteArrayView utf8, std::string& scratch, std::vector<ChangeView>& out);
// Whether a per-value row is such an imported record.
bool isImportedRecord(QByteArrayView action, QByteArrayView entity, QByteArrayView field);

// A SELECT giving one row per field entry of the audit rows that satisfy `rowCondition` (SQL on
// the columns of audit_log, aliased al; empty for every row), whatever their format: id,
// at_utc, username, role, action, entity, entity_id, field, old_value, new_value, reason,
// ordered by id and the entry's place in its row when the caller adds
// "ORDER BY id, entry". In the dialect's JSON functions (SQLite's JSON1, PostgreSQL's json),
// for exports that must stream in SQL; code reads entries through AuditTrail.
QString entriesSql(const SqlDialect& dialect, const QString& rowCondition = {});
// The same columns, one row per audit row that satisfies `rowCondition` and holds a value of
// `field`, without its values (old_value and new_value NULL): for a reader that needs the
// event, such as the ODM export's creation stamp, and not every value of every record (it
// reads no JSON but an import record's: the canonical text makes a plain search exact).
QString rowsWithFieldSql(const SqlDialect& dialect, const QString& rowCondition,
                         const QString& field);

} // namespace AuditRowFormat

} // namespace td
