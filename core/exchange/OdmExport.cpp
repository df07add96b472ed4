// CDISC ODM 1.3.2 (Snapshot): the protocol as metadata (a StudyEventDef per visit, a FormDef per
// instrument with its items, questions in English and Norwegian, range checks and code lists),
// the users and sites as AdminData, and every participant's forms as ClinicalData with audit
// records drawn from the audit trail. The OIDs are those of exchange/OdmFormat.h; OdmWriter
// (OdmMetadata.cpp, OdmClinicalData.cpp) writes it.
//
// Streamed: participants, forms and audit rows come from three forward-only queries in
// participant order, so memory stays one participant whatever the size of the trial.
// Without arms (ctx.disclosure.arms() false) the file has no arm item, no session-by-session
// measures, and every therapist appears as one anonymous user.

#include "exchange/ExportFormat.h"
#include "exchange/OdmWriter.h"

namespace td {

class OdmExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(OdmExport)

public:
    QString key() const override { return QStringLiteral("odm"); }
    QString name() const override { return tr("CDISC ODM 1.3.2 XML"); }
    QString suffix() const override { return QStringLiteral("xml"); }
    // Returns the number of forms (assessments) written.
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override
    {
        return OdmWriter(ctx, out).run();
    }
};

const ExportFormat& odmExport()
{
    static const OdmExport format;
    return format;
}

} // namespace td
