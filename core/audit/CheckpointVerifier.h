#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

struct CheckpointVerification
{
    bool intact = true;
    qint64 checkpoints = 0;   // valid checkpoints
    qint64 signedThrough = 0; // the head of the last valid checkpoint (0: none)
    QString signedHash;       // that head's hash
    qint64 lastRow = 0;       // the last row of the trail
    qint64 unsignedRows = 0;  // rows after signedThrough
    qint64 brokenCheckpoint = 0;
    QString problem;             // what is wrong, translated
    QStringList selfEnrolled;    // users whose key was certified by their own first signature
    QStringList unsignedSummary; // the unsigned rows, a few at most: "row 12: login_failed (x)"

    // False for a file of a schema from before signed checkpoints (read as it is, e.g. an old
    // backup): nothing could be signed, so nothing is counted unsigned.
    bool applicable = true;

    bool clean() const { return intact && unsignedRows == 0; }
};

// Checks every signed checkpoint of the audit trail (docs/audit.md):
// - the head it names exists and still has the hash it signed;
// - the signature verifies against the signer's public key as the trail recorded it, a key
//   trusted only when an administrator's valid checkpoint covers the row that recorded it (the
//   first administrator, and users from before signing keys at their first sign-in, certify
//   their own: they are listed);
// - heads never move backwards and times never go backwards.
// Rows after the last valid checkpoint are counted as unsigned.
class CheckpointVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointVerifier)

public:
    static constexpr int firstSignedSchema = 10;
    static Result<CheckpointVerification> verify(Database& db);
};

} // namespace td
