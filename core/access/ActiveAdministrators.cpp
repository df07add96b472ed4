#include "access/ActiveAdministrators.h"

#include "access/Role.h"
#include "storage/Database.h"

namespace td {

Result<int> activeAdministrators(Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"),
                       {Roles::key(Role::Administrator)});
    TD_TRY(n);
    return n->toInt();
}

} // namespace td
