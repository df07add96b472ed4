#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace td {

class Database;

// Converting a trial file between plain and encrypted at rest (docs/encryption.md), by an
// administrator, audited. Neither conversion overwrites a file it was not asked to write.
class TrialEncryption
{
    Q_DECLARE_TR_FUNCTIONS(TrialEncryption)

public:
    // Encrypts the plain trial `plain` (opened for changes, signed in as `admin` with
    // `password`) in place: an encrypted copy is written beside it under a temporary name,
    // checked (integrity, the same rows in every table), given the audit row "encrypted" and
    // the administrator's key slot, and only then put in the trial's place in one step; the
    // plain file is closed first, so no plaintext file, log or copy is left behind. Refused,
    // changing nothing, when the trial changed meanwhile (someone else had it open). Returns
    // the other active users: they open the encrypted file once the administrator gives them
    // a new password (their passwords are not known, so they have no key slot yet).
    static Result<QStringList> encrypt(std::unique_ptr<Database> plain, const Actor& admin,
                                       const QString& password);
    // Writes a plain copy of the encrypted trial `db` to `out` (a new file, never an existing
    // one; mode 0600), checked, and records "decrypted_copy" with the file in the trail.
    static Status decryptCopy(Database& db, const Actor& admin, const QString& out);
};

} // namespace td
