#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// A checkpoint signs the head of the audit chain (its last row's id and hash) and the time,
// with the key of the user whose write just ended (docs/audit.md). Everything up to the head
// is vouched for by that signature: someone with the file but without a password can edit or
// recompute the chain, but not sign the result.
class AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoint)

public:
    // The exact bytes a checkpoint signs.
    static QByteArray message(qint64 headId, const QString& headHash, const QString& atUtc,
                              const QString& username);
    // Called by Transaction::commit just before the outermost COMMIT: when the transaction
    // wrote audit rows and their writer's key is on the database's keyring, appends the signed
    // checkpoint. Without a key (a failed sign-in has no signed-in user) nothing is appended:
    // the rows stay unsigned until the next signed write covers them.
    static Status seal(Database& db);
};

} // namespace td
