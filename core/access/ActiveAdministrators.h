#pragma once

#include "common/Result.h"

namespace td {

class Database;

// How many active administrators the trial has: a trial always keeps one, so the last one may
// be neither deactivated nor given another role (UserRepository::setActive, changeRole).
Result<int> activeAdministrators(Database& db);

} // namespace td
