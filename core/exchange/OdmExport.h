#pragma once

#include "common/Result.h"
#include "exchange/ExportLayout.h"

#include <QCoreApplication>
#include <QIODevice>

namespace td {

// CDISC ODM 1.3.2 (Snapshot): the protocol as metadata (a StudyEventDef per visit, a FormDef per
// instrument with its items, questions in English and Norwegian, range checks and code lists),
// the users and sites as AdminData, and every participant's forms as ClinicalData with audit
// records drawn from the audit trail. The OIDs are those of exchange/OdmFormat.h.
//
// Streamed: participants, forms and audit rows come from three forward-only queries in
// participant order, so memory stays one participant whatever the size of the trial.
// Without arms (ctx.disclosure.arms() false) the file has no arm item, no session-by-session
// measures, and every therapist appears as one anonymous user. Permission checks and auditing are
// ExportService's.
class OdmExport
{
    Q_DECLARE_TR_FUNCTIONS(OdmExport)

public:
    // Returns the number of forms (assessments) written.
    static Result<qint64> write(ExportContext& ctx, QIODevice& out);
};

} // namespace td
