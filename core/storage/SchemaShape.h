#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// The tables and columns of a database against those of the application's schema at a given
// version: how a restore tells a TrialDesk trial from a foreign file that merely has some of a
// trial's tables, or has tables of its own besides.
class SchemaShape
{
    Q_DECLARE_TR_FUNCTIONS(SchemaShape)

public:
    // Fine when `db` has exactly the tables, each with exactly the columns, that `version` of
    // the schema has; otherwise an error naming the differences.
    static Status check(Database& db, int version);
};

} // namespace td
