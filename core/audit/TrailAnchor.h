#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace td {

class Database;

// A head of the audit chain seen somewhere outside the trial file: in a backup's manifest, or
// remembered by the computer that opened the trial (docs/audit.md). A trail that no longer
// holds that head, or holds another hash at its row, lost rows or had its history replaced,
// even when it is consistent and signed in itself.
struct TrailAnchor
{
    QString source; // what saw it, for the report ("backup manifest …", "this computer")
    qint64 headId = 0;
    QString headHash;
    QString atUtc;
};

struct AnchorFinding
{
    TrailAnchor anchor;
    QString problem; // translated
};

class TrailAnchors
{
    Q_DECLARE_TR_FUNCTIONS(TrailAnchors)

public:
    // What names one trial wherever its file is: a hash of its first audit row and of the
    // first signing key its trail records.
    static Result<QString> trialKey(Database& db);
    // The head of the newest signed checkpoint (nothing while the trail has none).
    static Result<std::optional<TrailAnchor>> signedHead(Database& db);

    // The per-user settings that remember heads, one entry per trial key. Tests point them
    // elsewhere through XDG_CONFIG_HOME.
    static std::optional<TrailAnchor> remembered(const QString& trialKey);
    // Remembers the trial's signed head when it is newer than the one remembered.
    static Status remember(Database& db);

    // The anchors the trail does not hold.
    static Result<std::vector<AnchorFinding>> check(Database& db,
                                                    const std::vector<TrailAnchor>& anchors);
};

} // namespace td
