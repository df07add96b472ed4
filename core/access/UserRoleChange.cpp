// UserRepository::changeRole: a user's role changes with a reason, audited, with their sites,
// key slots and (on a server) login following in one place (docs/people.md).

#include "access/ActiveAdministrators.h"
#include "access/ServerUserRoles.h"
#include "access/UserKeySlots.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace td {

Result<User> UserRepository::changeRole(const Actor& actor, qint64 userId, Role newRole,
                                        const QString& reason,
                                        const std::optional<std::vector<qint64>>& sites)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give a reason for changing the role."),
                         QStringLiteral("reason"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto user = load(userId);
    TD_TRY(user);
    const Role oldRole = user->role;
    if (oldRole == newRole)
        return makeError(ErrorCode::Conflict,
                         tr("\"%1\" is already a %2; choose another role.")
                             .arg(user->username, Roles::displayName(newRole)),
                         QStringLiteral("role"));
    if (oldRole == Role::Administrator && user->active) {
        auto admins = activeAdministrators(m_db);
        TD_TRY(admins);
        if (*admins <= 1)
            return makeError(ErrorCode::Forbidden,
                             tr("\"%1\" is the last active administrator and keeps that role; "
                                "make another user an administrator first.")
                                 .arg(user->username),
                             QStringLiteral("role"));
    }
    if (userId == actor.userId)
        return makeError(ErrorCode::Forbidden,
                         tr("You cannot change your own role; ask another administrator."),
                         QStringLiteral("role"));
    // Where the user works in the new role.
    std::vector<qint64> target;
    if (sites) {
        target = *sites;
        std::sort(target.begin(), target.end());
        target.erase(std::unique(target.begin(), target.end()), target.end());
        User asNew = *user;
        asNew.role = newRole;
        TD_TRY(checkSites(asNew, target));
    } else if (takesSites(newRole)) {
        if (!takesSites(oldRole))
            return makeError(ErrorCode::Invalid,
                             tr("A %1 works at chosen sites or at every site: say where \"%2\" "
                                "will work (every site, or one or more of the trial's sites).")
                                 .arg(Roles::displayName(newRole), user->username),
                             QStringLiteral("site"));
        target = user->sites;
    }
    TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                     {Roles::key(newRole), userId}));
    auto n = AuditLog::recordChanges(
        m_db, actor, QStringLiteral("user"), userId,
        {{QStringLiteral("role"), Roles::key(oldRole), Roles::key(newRole)}}, reason.trimmed());
    TD_TRY(n);
    TD_TRY(writeSites(actor, userId, user->sites, target));
    // On a server the login leaves the old role's group for the new one, in this transaction.
    TD_TRY(ServerUserRoles::moveLogin(m_db, user->username));
    auto updated = load(userId);
    TD_TRY(updated);
    TD_TRY(tx.commit());
    // Who is no longer a statistician loses the allocation key's slot, as after a
    // deactivation; a new statistician gets one at a sign-in beside a statistician who holds
    // the key (UserKeySlots::settleAllocation), since their password is not given here.
    if (oldRole == Role::Statistician)
        UserKeySlots::followStatisticians(m_db);
    return updated;
}

} // namespace td
