#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// What each TrialDesk role's group may read and write in a trial on a server
// (docs/postgresql.md, "What each role's login can read"). The core enforces the same rules
// (Permissions, Disclosure, Reach); these make them hold for someone who signs in with the same
// login from psql. Run by `new` on a server after ServerRoles::createGroups, as the owner of
// the tables; running it again gives the same privileges.
class ServerPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(ServerPrivileges)

public:
    // The version of what grant() makes; raised whenever it makes something new (a function,
    // a policy written otherwise), so trials secured before get it at their owner's next open.
    static constexpr int version = 2;

    static Status grant(Database& db);
    // The version the trial's privileges were last granted at (0: before versions were kept).
    static Result<int> grantedVersion(Database& db);
    // Whether this connection's login owns the trial's tables (or is a superuser), and so may
    // grant them.
    static Result<bool> mayGrant(Database& db);
};

} // namespace td
