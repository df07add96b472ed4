#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

namespace td {

class Database;
class SqlRow;

// A column of a row read in place (Database::read) as the trail's readers take it: a NULL is a
// null view, and a non-NULL empty text an empty, not a null, view.
QByteArrayView auditColumn(const SqlRow& row, int column);

// One audited value as the trail says it, whatever the format of the row that holds it: the
// row's id, when, who (user name and role), what (action, entity, record id), the field with
// its old and new value, and why. A null QString is "none" (SQL NULL).
struct AuditFieldEntry
{
    qint64 rowId = 0;
    QString atUtc;
    QString username;
    QString role;
    QString action;
    QString entity;
    QString entityId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    bool compactRow = false; // the row is in the compact format (after the format marker)
};

// The same entry as UTF-8 views (a null view is "none"), valid until the visitor returns: for
// readers of the whole trail, which would otherwise copy millions of texts.
struct AuditFieldView
{
    qint64 rowId = 0;
    QByteArrayView atUtc;
    QByteArrayView username;
    QByteArrayView role;
    QByteArrayView action;
    QByteArrayView entity;
    QByteArrayView entityId;
    QByteArrayView field;
    QByteArrayView oldValue;
    QByteArrayView newValue;
    QByteArrayView reason;
    bool compactRow = false;

    AuditFieldEntry entry() const;
};

// Which rows to read (every row by default).
struct AuditSelection
{
    qint64 afterId = 0;   // rows with a larger id only
    QStringList entities; // only rows about these entities (empty: every entity)
    QString entityId;     // only rows about this record (empty: every record)
};

// The one reader of the audit trail: per-value rows, an import's one-row records (before the
// compact format) and compact rows all read as per-value entries, in row order and, within a
// row, in the order the row holds them. Exports that must stream in SQL use
// AuditRowFormat::entriesSql, which gives the same entries.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    using Visitor = std::function<Status(const AuditFieldView&)>;
    static Status forEach(Database& db, const AuditSelection& selection, const Visitor& visit);
    static Result<std::vector<AuditFieldEntry>> entries(Database& db,
                                                        const AuditSelection& selection = {});
    // The `changes` column to select: NULL in a file of a schema from before the compact
    // format, read as it is (audit verify and restore checks never upgrade a file).
    static QString changesColumn(Database& db);
};

} // namespace td
