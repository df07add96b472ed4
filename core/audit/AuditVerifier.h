#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0;  // the id of the first row that does not fit the chain
    QString problem;           // what is wrong with it, translated
    qint64 formatMarkerId = 0; // the row after which the trail is compact (0: not reached)
};

// Recomputes the hash chain of the audit trail. An edited row changes its hash; a deleted row
// leaves a gap in the ids and a broken prev_hash link; an inserted row cannot produce the hash
// its successor expects. Rows up to the format marker are checked in the per-value format, the
// rows after it in the compact format (each must be in it, its changes in canonical form).
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    static Result<AuditVerification> verify(Database& db);
};

} // namespace td
