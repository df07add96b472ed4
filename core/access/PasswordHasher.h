#pragma once

#include <QString>

namespace td {

// Argon2id password hashes (libsodium), in the self-describing $argon2id$ string format.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: the default for real users
        Minimal,     // the smallest allowed limits: tests and throw-away demo databases only
    };

    static void setCost(Cost cost);
    static Cost cost();
    // Empty on failure (out of memory).
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // How many Argon2id verifications have run in this process (a sign-in must always run
    // exactly one, whether or not the name exists: tests check it).
    static quint64 verifications();
};

} // namespace td
