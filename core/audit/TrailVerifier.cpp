#include "audit/TrailVerifier.h"

#include <QLocale>

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
        out << TrailVerifier::tr("The audit trail is BROKEN at row %1: %2.")
                   .arg(QLocale().toString(chain.firstBrokenId), chain.problem);
    if (!signatures.intact)
        out << TrailVerifier::tr("The signatures are BROKEN: %1.").arg(signatures.problem);
    else if (signatures.unsignedRows > 0) {
        out << TrailVerifier::tr("%Ln row(s) after the last signed checkpoint are unsigned: "
                                 "written without a signed-in user, or added by someone without "
                                 "a password.",
                                 nullptr, static_cast<int>(signatures.unsignedRows));
        for (const QString& row : signatures.unsignedSummary)
            out << QStringLiteral("  ") + row;
    }
    for (const AnchorFinding& f : anchors)
        out << TrailVerifier::tr("An anchor does not match: %1.").arg(f.problem);
    if (chain.intact)
        out << TrailVerifier::tr("The audit trail is intact: %Ln row(s) verified.", nullptr,
                                 static_cast<int>(chain.rowsChecked));
    if (!signatures.applicable)
        out << TrailVerifier::tr("This file is of a schema from before signed checkpoints: it "
                                 "holds no signatures to check.");
    else if (signatures.intact)
        out << TrailVerifier::tr("Signatures valid: %Ln checkpoint(s), rows 1 to %1 signed.",
                                 nullptr, static_cast<int>(signatures.checkpoints))
                   .arg(QLocale().toString(signatures.signedThrough));
    if (!signatures.selfEnrolled.isEmpty())
        out << TrailVerifier::tr("Keys certified by their owners' first signature (the first "
                                 "administrator, and users from before signing keys): %1.")
                   .arg(signatures.selfEnrolled.join(QStringLiteral(", ")));
    if (anchorsChecked > 0 && anchors.empty())
        out << TrailVerifier::tr("Anchors outside the file: %Ln checked, all held by the trail.",
                                 nullptr, static_cast<int>(anchorsChecked));
    return out;
}

} // namespace td
