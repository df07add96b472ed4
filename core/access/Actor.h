#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <vector>

namespace td {

// The signed-in user on whose behalf a core call runs.
struct Actor
{
    qint64 userId = 0;
    QString username;
    Role role = Role::Coordinator;
    // The sites a coordinator or therapist works at; empty means every site. Other roles are
    // never bound to sites.
    std::vector<qint64> sites{};
    bool mustChangePassword = false; // after an administrator's reset

    // A monitor of a trial whose protocol lets monitors see arms (set at sign-in).
    bool monitorsSeeArms = false;
    bool can(Permission p) const { return Roles::allows(role, p, monitorsSeeArms); }
    bool isSiteBound() const { return !sites.empty(); }
};

class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    // Forbidden with a message naming the role and the refused operation, or ok.
    static Status require(const Actor& actor, Permission p);
};

} // namespace td
