#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace td {

class Database;
struct RandomizationSettings;

// A stratum of the allocation list in use with few entries left (docs/postgresql.md, "A
// stratum running low"): how many it holds and how many the randomizations have used.
struct LowStratum
{
    QString stratum;
    int entries = 0;   // in the list, extensions included
    int used = 0;      // block allocations made in the stratum
    int threshold = 0; // fewer entries left than this is low
    int left() const { return entries - used; }
};

// Warns the statistician before a stratum's sequence runs out. On a server a randomization
// that reaches the end of a stratum is refused until a statistician extends it
// (AllocationListRepository::extend, `randomization extend`), since only their login reads the
// seed; on a file the randomization extends it itself, and the warning lets the statistician
// do it ahead, under their own name.
class StratumReserve
{
    Q_DECLARE_TR_FUNCTIONS(StratumReserve)

public:
    // Who is told how full the strata are: whoever may read the allocation list
    // (ManageRandomization, the unblinded statistician). The counts of a stratum say where a
    // block stands, so nobody else, and no blinded role, learns them.
    static bool mayKnow(const Actor& actor);
    // Low: fewer entries left than the longest block allowed, or than a tenth of what an
    // extension adds (AllocationListRepository::entriesPerStratum), whichever is more.
    static int threshold(const RandomizationSettings& settings, int perExtension);
    // The strata of the permuted-block list in use that are low, in the strata's order (none
    // without such a list, or with a sealed one, which the randomization extends itself).
    // Refused for anyone who may not know (mayKnow).
    static Result<std::vector<LowStratum>> low(Database& db, const Actor& actor);
};

} // namespace td
