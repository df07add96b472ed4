#include "audit/TrailVerifier.h"

namespace td {

Result<TrailReport> TrailVerifier::verify(Database& db, const std::vector<TrailAnchor>& anchors)
{
    TrailReport r;
    auto chain = AuditVerifier::verify(db);
    TD_TRY(chain);
    r.chain = *chain;
    auto signatures = CheckpointVerifier::verify(db);
    TD_TRY(signatures);
    r.signatures = *signatures;
    auto found = TrailAnchors::check(db, anchors);
    TD_TRY(found);
    r.anchorsChecked = static_cast<qint64>(anchors.size());
    r.anchors = *found;
    return r;
}

QStringList TrailReport::lines() const
{
    QStringList out;
    if (!chain.intact)
        out << TrailVerifier::tr("The audit trail is BROKEN at row %L1: %2.")
                   .arg(chain.firstBrokenId)
                   .arg(chain.problem);
    if (!signatures.intact)
        out << TrailVerifier::tr("The signatures are BROKEN: %1.").arg(signatures.problem);
    else if (signatures.unsignedRows > 0) {
        out << TrailVerifier::tr("Unsigned rows after the last signed checkpoint: %L1 (written "
                                 "without a signed-in user, or added by someone without a "
                                 "password).")
                   .arg(signatures.unsignedRows);
        for (const QString& row : signatures.unsignedSummary)
            out << QStringLiteral("  ") + row;
    }
    for (const AnchorFinding& f : anchors)
        out << TrailVerifier::tr("An anchor does not match: %1.").arg(f.problem);
    if (chain.intact)
        out << TrailVerifier::tr("The audit trail is intact (rows verified: %L1).")
                   .arg(chain.rowsChecked);
    if (!signatures.applicable)
        out << TrailVerifier::tr("This file is of a schema from before signed checkpoints: it "
                                 "holds no signatures to check.");
    else if (signatures.intact)
        out << TrailVerifier::tr("Signatures valid: rows 1 to %L1 signed (checkpoints: %L2).")
                   .arg(signatures.signedThrough)
                   .arg(signatures.checkpoints);
    if (!signatures.selfEnrolled.isEmpty())
        out << TrailVerifier::tr("Keys certified by their owners' first signature (the first "
                                 "administrator, and users from before signing keys): %1.")
                   .arg(signatures.selfEnrolled.join(QStringLiteral(", ")));
    if (anchorsChecked > 0 && anchors.empty())
        out << TrailVerifier::tr("Every anchor outside the file is held by the trail (anchors "
                                 "checked: %L1).")
                   .arg(anchorsChecked);
    return out;
}

} // namespace td
