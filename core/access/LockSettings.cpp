#include "access/LockSettings.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace td {

int LockSettings::minutes()
{
    auto m = m_db.scalar(QStringLiteral("SELECT lock_minutes FROM trial ORDER BY id LIMIT 1"));
    return m.ok() && m->toInt() >= minMinutes ? m->toInt() : defaultMinutes;
}

Status LockSettings::setMinutes(const Actor& actor, int minutes)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    if (minutes < minMinutes || minutes > maxMinutes)
        return makeError(ErrorCode::Invalid,
                         tr("The lock time %1 is not allowed: choose from %2 to %3 minutes.")
                             .arg(minutes)
                             .arg(minMinutes)
                             .arg(maxMinutes),
                         QStringLiteral("lock_minutes"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM trial ORDER BY id LIMIT 1"));
    if (!id.ok())
        return makeError(ErrorCode::NotFound,
                         tr("The trial has no protocol yet; set it up before the lock time."));
    const int before = this->minutes();
    TD_TRY(m_db.exec(QStringLiteral("UPDATE trial SET lock_minutes = ? WHERE id = ?"),
                     {minutes, *id}));
    auto n = AuditLog::recordChanges(m_db, actor, QStringLiteral("trial"), id->toLongLong(),
                                     {{QStringLiteral("lock_minutes"), before, minutes}}, {});
    TD_TRY(n);
    return tx.commit();
}

} // namespace td
