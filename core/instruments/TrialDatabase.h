#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <memory>

namespace td {

// Opens a trial database for use: the connection and schema (Database::open), then the data
// steps an upgrade needs that SQL alone cannot do (scoring assessments recorded before scores
// were stored). The window and the command line open trials through this.
Result<std::unique_ptr<Database>> openTrialDatabase(const QString& path,
                                                    Database::Options options = {});

} // namespace td
