#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace td {

class Database;

// What a server trial adds when a user's role changes, and who may write the sign-in throttle
// (docs/postgresql.md, "Roles and sign-in"). ServerPrivileges::grant runs statements() as the
// tables' owner.
// - td_set_role(name): moves the user's login from every other group of this trial to the
//   group of the role their users row now holds, in the caller's transaction, so the login reads
//   and writes as the new role at once. SECURITY DEFINER; only the administrators' group may
//   EXECUTE it, and it refuses a role that is not this trial's user or that has a server
//   attribute, as td_set_login does.
// - login_throttle: row-level security lets a login write (and read) only its own row; the
//   administrators' group also reads and clears any row (a password reset clears the count).
class ServerUserRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserRoles)

public:
    using Group = std::function<QString(Role)>; // the quoted group role of a TrialDesk role

    static QStringList statements(const Group& group);
    // After the users row of `username` took its new role: their login follows (nothing on a
    // file, or on a server trial made without roles).
    static Status moveLogin(Database& db, const QString& username);
};

} // namespace td
