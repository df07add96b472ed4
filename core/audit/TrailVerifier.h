#pragma once

#include "audit/AuditVerifier.h"
#include "audit/CheckpointVerifier.h"
#include "audit/TrailAnchor.h"

namespace td {

// Everything `audit verify` and the window's data tools check of a trail: the hash chain, the
// signed checkpoints and the anchors seen outside the file.
struct TrailReport
{
    AuditVerification chain;
    CheckpointVerification signatures;
    qint64 anchorsChecked = 0;
    std::vector<AnchorFinding> anchors;

    bool clean() const { return chain.intact && signatures.clean() && anchors.empty(); }
    // The findings as sentences, problems first (translated).
    QStringList lines() const;
};

class TrailVerifier
{
    Q_DECLARE_TR_FUNCTIONS(TrailVerifier)

public:
    static Result<TrailReport> verify(Database& db, const std::vector<TrailAnchor>& anchors = {});
};

} // namespace td
