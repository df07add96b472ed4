#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace td {

class Database;

// The keys of an encrypted trial beyond the users' own slots (docs/encryption.md): the
// recovery key an administrator makes once, and its use when every administrator's password is
// forgotten. Both are recorded in the audit trail.
class TrialKeys
{
    Q_DECLARE_TR_FUNCTIONS(TrialKeys)

public:
    // Makes the trial's recovery key (administrators; once per trial): eight groups of four
    // letters and digits, shown once and never stored. Audited as "recovery_key_made".
    static Result<QString> makeRecoveryKey(Database& db, const Actor& actor);
    // On a trial opened with its recovery key: the active administrator `username` gets
    // `password` (a temporary one: it must be changed at the next sign-in). Audited as
    // "recovery_key_used" and as a password reset.
    static Result<Actor> recover(Database& db, const QString& username, const QString& password);
};

} // namespace td
