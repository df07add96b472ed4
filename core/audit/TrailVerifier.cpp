#include "audit/TrailVerifier.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <algorithm>

namespace td {

Result<TrailReport> TrailVerifier::verify(Database& db, const Disclosure& disclosure,
                                          const std::vector<TrailAnchor>& anchors)
{
    TrailReport r;
    auto chain = AuditVerifier::verify(db);
    TD_TRY(chain);
    r.chain = *chain;
    auto signatures = CheckpointVerifier::verify(db);
    TD_TRY(signatures);
    r.signatures = *signatures;
    auto esignatures = SignatureVerifier::verify(db);
    TD_TRY(esignatures);
    r.esignatures = *esignatures;
    auto found = TrailAnchors::check(db, anchors);
    TD_TRY(found);
    r.anchorsChecked = static_cast<qint64>(anchors.size());
    r.anchors = *found;
    // The replay compares with the tables of the current schema: an older file (a backup read
    // as it is) is replayed once it is upgraded.
    auto version = db.schemaVersion();
    TD_TRY(version);
    r.replayed = *version == Migrations::schema().latestVersion();
    if (!r.replayed)
        return r;
    // A trail too damaged to read is a broken trail, not a failure to check it.
    auto replay = AuditReplay::run(db, disclosure);
    if (replay.ok())
        r.replay = *replay;
    else
        r.replayError = replay.message();
    return r;
}

QStringList TrailReport::lines(int replayFindings) const
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
    for (const QString& problem : esignatures.problems)
        out << problem;
    for (const AnchorFinding& f : anchors)
        out << TrailVerifier::tr("An anchor does not match: %1.").arg(f.problem);
    if (!replayError.isEmpty())
        out << replayError;
    if (!replay.clean()) {
        out << TrailVerifier::tr("Values of the clinical tables that the trail does not explain: "
                                 "%L1.")
                   .arg(static_cast<qint64>(replay.findings.size()));
        const size_t shown = replayFindings < 0
                                 ? replay.findings.size()
                                 : std::min(replay.findings.size(), size_t(replayFindings));
        for (size_t i = 0; i < shown; ++i)
            out << QStringLiteral("  ") + AuditReplay::describe(replay.findings[i]);
        if (shown < replay.findings.size())
            out << QStringLiteral("  ") +
                       TrailVerifier::tr("… and %L1 more (trialdesk-cli audit "
                                         "verify lists them all).")
                           .arg(static_cast<qint64>(replay.findings.size() - shown));
    }
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
    if (esignatures.applicable && esignatures.clean())
        out << TrailVerifier::tr("Electronic signatures valid, each still matching the record "
                                 "it signs (signatures: %L1).")
                   .arg(esignatures.signatures);
    if (!signatures.selfEnrolled.isEmpty())
        out << TrailVerifier::tr("Keys certified by their owners' first signature (the first "
                                 "administrator, and users from before signing keys): %1.")
                   .arg(signatures.selfEnrolled.join(QStringLiteral(", ")));
    if (!replayed)
        out << TrailVerifier::tr("This file is of an older schema: the trail is replayed against "
                                 "the clinical tables once the file is upgraded.");
    else if (replayError.isEmpty() && replay.clean())
        out << TrailVerifier::tr("The trail explains every value of the clinical tables "
                                 "(records: %L1, values: %L2).")
                   .arg(replay.records)
                   .arg(replay.values);
    if (anchorsChecked > 0 && anchors.empty())
        out << TrailVerifier::tr("Every anchor outside the file is held by the trail (anchors "
                                 "checked: %L1).")
                   .arg(anchorsChecked);
    return out;
}

} // namespace td
