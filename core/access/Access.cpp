#include "access/Actor.h"

namespace td {

Status Access::require(const Actor& actor, Permission p)
{
    if (actor.can(p))
        return {};
    return makeError(ErrorCode::Forbidden, tr("%1 (%2) may not %3.")
                                               .arg(actor.username, Roles::displayName(actor.role),
                                                    Roles::permissionName(p)));
}

} // namespace td
