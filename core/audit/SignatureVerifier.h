#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

struct SignatureVerification
{
    bool applicable = true; // false for a file from before electronic signatures
    qint64 signatures = 0;  // signatures checked
    QStringList problems;   // translated, one per finding
    bool clean() const { return problems.empty(); }
};

// Checks every electronic signature (docs/audit.md):
// - it was recorded in the audit trail, and its key is the one the trail gave its signer at
//   that point (a password reset gives a new key from then on);
// - the Ed25519 signature verifies over the signed record's digest, meaning, signer and time;
// - the last signature of each record with each meaning still matches the record as it is
//   now: a record changed after it was signed is named.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    static constexpr int firstSchema = 11;
    static Result<SignatureVerification> verify(Database& db);
};

} // namespace td
