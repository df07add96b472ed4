#pragma once

#include "audit/AuditVerifier.h"
#include "common/Result.h"
#include "randomization/RandomizationReplay.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace td {

class Database;

// Moving a trial between a file and a server (trialdesk-cli migrate, docs/postgresql.md): every
// row of every table is copied with its id, in one transaction of the target, which must hold
// the same schema version and no rows at all. Then the target numbers new rows after the ids
// copied, and the copy is checked: the same number of rows in every table, the audit chain
// intact, every allocation replayed.
class TrialCopy
{
    Q_DECLARE_TR_FUNCTIONS(TrialCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Report
    {
        std::vector<TableCount> tables; // in the order copied
        AuditVerification chain;
        ReplayReport allocations;
        bool countsMatch = true;
        bool clean() const { return countsMatch && chain.intact && allocations.allMatch(); }
    };

    // The target's check before anything is written: no rows in any table but the audit
    // trail's format marker that making the schema wrote (refused with Conflict, naming a table
    // that has rows).
    static Status requireEmpty(Database& target);
    // Copies `from` into `to` (both open, the same schema version; `to` empty) and checks the
    // copy. Nothing is written to `to` when the copy fails.
    static Result<Report> copy(Database& from, Database& to);

private:
    static Result<QStringList> tablesOf(Database& db);
    static Result<QStringList> columnsOf(Database& db, const QString& table);
    static Result<qint64> copyTable(Database& from, Database& to, const QString& table);
    static Status replaceOwnTrail(Database& to);
};

} // namespace td
