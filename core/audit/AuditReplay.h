#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class Database;
class Disclosure;

// A value of a clinical table that the audit trail does not explain.
struct ReplayFinding
{
    enum class Kind {
        Differs, // the file holds another value than the trail gives
        NoTrail, // a row that no audit entry created
        NoRow,   // the trail created a record that is not in the file
    };
    Kind kind = Kind::Differs;
    QString table;
    QString row;       // the row's id, or its key ("participant 3, criterion mdd")
    QString field;     // the column (Differs)
    QString fileValue; // as text; null for NULL
    QString trailValue;
    bool withheld = false; // the values are left out: the reader may not learn the allocation
};

struct ReplayReport
{
    qint64 entries = 0; // audit entries read
    qint64 records = 0; // records the trail rebuilt
    qint64 values = 0;  // values compared
    std::vector<ReplayFinding> findings;
    bool clean() const { return findings.empty(); }
};

// Rebuilds the clinical tables from the audit trail and compares them with the file: every
// participant (with its consent), covariate value, eligibility answer, allocation (with its
// factor levels), therapy session, assessment (with its item values), arm guess, emergency
// unblinding and alert as the trail last set it, and every score as the scoring engine gives
// it from the trail's item values. Names each value that differs, each row that no trail
// created and each record of the trail that has no row (docs/audit-trail.md). The values of a
// difference could reveal the allocation (an arm, a therapist, a session): a reader who may not
// see arms learns which value differs, not the values.
class AuditReplay
{
    Q_DECLARE_TR_FUNCTIONS(AuditReplay)

public:
    static Result<ReplayReport> run(Database& db, const Disclosure& disclosure);
    // One line for a finding, translated.
    static QString describe(const ReplayFinding& finding);
};

} // namespace td
