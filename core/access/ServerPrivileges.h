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
    static Status grant(Database& db);
};

} // namespace td
