#pragma once

#include "audit/AuditReplay.h"
#include "audit/AuditVerifier.h"
#include "audit/CheckpointVerifier.h"
#include "audit/SignatureVerifier.h"
#include "audit/TrailAnchor.h"

namespace td {

// Everything `audit verify` and the window's data tools check of a trail: the hash chain, the
// signed checkpoints, the anchors seen outside the file, and the replay (does the trail explain
// every value of the clinical tables?).
struct TrailReport
{
    AuditVerification chain;
    CheckpointVerification signatures;
    SignatureVerification esignatures; // the electronic signatures of acts (not checkpoints)
    qint64 anchorsChecked = 0;
    std::vector<AnchorFinding> anchors;
    ReplayReport replay;
    bool replayed = true; // false for a file of an older schema, read as it is
    QString replayError;  // the replay could not read the trail (a damaged trail)

    bool clean() const
    {
        return chain.intact && signatures.clean() && esignatures.clean() && anchors.empty() &&
               replay.clean() && replayError.isEmpty();
    }
    // The findings as sentences, problems first (translated); at most `replayFindings` of the
    // replay's differences are listed one by one (all when negative).
    QStringList lines(int replayFindings = -1) const;
};

class TrailVerifier
{
    Q_DECLARE_TR_FUNCTIONS(TrailVerifier)

public:
    // The replay's differing values are shown only as `disclosure` allows.
    static Result<TrailReport> verify(Database& db, const Disclosure& disclosure,
                                      const std::vector<TrailAnchor>& anchors = {});
};

} // namespace td
