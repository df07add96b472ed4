#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, the form of
// pg_authid.rolpassword): SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, all
// base64. TrialDesk computes it itself and sends only the verifier in CREATE/ALTER ROLE, so the
// password never travels to the server in a statement (nor into its log). Passwords are taken
// in Unicode normalization form KC, as SASLprep does for the passwords people type.
class ScramVerifier
{
public:
    static constexpr int iterations = 4096; // PostgreSQL's scram_iterations default

    // A verifier with a new random 16-byte salt.
    static QString make(const QString& password);
    // The same with a given salt (tests compare it with a known verifier).
    static QString make(const QString& password, const QByteArray& salt, int rounds = iterations);
};

} // namespace td
