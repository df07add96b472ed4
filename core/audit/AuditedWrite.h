#pragma once

#include "audit/AuditLog.h"

namespace td {

class Database;

// Insert and update helpers that write the audit rows of a change with the change itself
// (call them inside a Transaction). The table name doubles as the audit entity name; table and
// column names come from code, never from user input.
class AuditedWrite
{
    Q_DECLARE_TR_FUNCTIONS(AuditedWrite)

public:
    enum class Reason {
        Optional,
        // Overwriting a value that was already recorded needs a reason (GCP).
        RequiredToOverwrite,
    };

    using Values = std::vector<std::pair<QString, QVariant>>;
    // Audits `values`, or `auditValues` when given (e.g. one row per questionnaire item);
    // `reason`, when given, goes on every audit row (an import names its file).
    static Result<qint64> insert(Database& db, const Actor& actor, const QString& table,
                                 const Values& values, const Values& auditValues = {},
                                 const QString& reason = {});
    // A table keyed by a column of its own (protocol_version: its version), not an id: the
    // audit row names the row by `key`, on a server as on a file.
    static Status insertKeyed(Database& db, const Actor& actor, const QString& table, qint64 key,
                              const Values& values);
    // Writes only the fields whose value differs; returns how many audit rows were written.
    // `auditChanges`, when given, are audited (and checked for a reason) instead of `changes`.
    static Result<int> update(Database& db, const Actor& actor, const QString& table, qint64 id,
                              const std::vector<FieldChange>& changes, const QString& reason,
                              Reason rule, const std::vector<FieldChange>& auditChanges = {});
};

} // namespace td
