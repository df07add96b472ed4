#include "access/TrialKeys.h"

#include "access/Role.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySlots.h"
#include "storage/Transaction.h"

namespace td {

Result<QString> TrialKeys::makeRecoveryKey(Database& db, const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    if (!db.encrypted())
        return makeError(ErrorCode::Invalid,
                         tr("The trial is not encrypted, so it has no recovery key."));
    Transaction tx(db);
    TD_TRY(tx.status());
    // Made once: the trail says whether it was. A recovery slot without its row is a key that
    // a crash kept from being shown; nobody holds it, so it is replaced.
    auto made = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'recovery_key_made'"));
    TD_TRY(made);
    if (made->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This trial has a recovery key already; it is made only once."));
    TD_TRY(AuditLog::record(db, actor,
                            {QStringLiteral("recovery_key_made"),
                             QStringLiteral("trial"),
                             QStringLiteral("1"),
                             {},
                             {},
                             {},
                             {}}));
    // The slot is written before the row commits: a crash in between leaves a key that was
    // never shown, which nobody can use (docs/encryption.md).
    QString words;
    const Status written = db.changeCryptHeader([&](CryptHeader& h) -> Status {
        KeySlots::removeRecovery(h);
        auto key = KeySlots::makeRecovery(h, *db.dataKey());
        if (!key.ok())
            return key.error();
        words = *key;
        return {};
    });
    TD_TRY(written);
    TD_TRY(tx.commit());
    return words;
}

Result<Actor> TrialKeys::recover(Database& db, const QString& username, const QString& password)
{
    if (!db.openedWithRecoveryKey())
        return makeError(ErrorCode::Forbidden,
                         tr("Only a trial opened with its recovery key can be recovered."));
    auto row = db.exec(QStringLiteral("SELECT id, role, active FROM users WHERE username = ?"),
                       {username});
    TD_TRY(row);
    if (!(*row)->next())
        return makeError(ErrorCode::NotFound, tr("There is no user named \"%1\".").arg(username),
                         QStringLiteral("username"));
    const qint64 id = (*row)->value(0).toLongLong();
    const bool admin = (*row)->value(1).toString() == Roles::key(Role::Administrator);
    const bool active = (*row)->value(2).toInt() == 1;
    (*row)->finish();
    if (!admin || !active)
        return makeError(ErrorCode::Forbidden,
                         tr("The recovery key gives a new password to an active administrator "
                            "only; \"%1\" is not one.")
                             .arg(username),
                         QStringLiteral("username"));
    const Actor actor{id, username, Role::Administrator};
    {
        Transaction tx(db);
        TD_TRY(tx.status());
        TD_TRY(AuditLog::record(db, actor,
                                {QStringLiteral("recovery_key_used"),
                                 QStringLiteral("trial"),
                                 QStringLiteral("1"),
                                 {},
                                 {},
                                 {},
                                 {}}));
        TD_TRY(tx.commit());
    }
    TD_TRY(UserRepository(db).resetPassword(actor, id, password));
    return actor;
}

} // namespace td
