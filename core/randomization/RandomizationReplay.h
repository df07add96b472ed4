#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class Database;

struct ReplayProblem
{
    int sequence = 0; // the allocation's sequence number; 0 for a problem of a list
    QString studyId;
    QString problem;
};

struct ReplayReport
{
    int lists = 0;
    int blockAllocations = 0;
    int minimizationAllocations = 0;
    std::vector<ReplayProblem> problems;

    bool allMatch() const { return problems.empty(); }
};

// Recomputes every stored allocation from what was stored: each allocation list is
// regenerated from its seed and hashed again; each block allocation must take its stratum's
// next list entry; each minimization allocation's counts must follow from the allocations
// before it, and its scores, probabilities and arm from its counts and draws. The report names
// problems without revealing arms.
class RandomizationReplay
{
    Q_DECLARE_TR_FUNCTIONS(RandomizationReplay)

public:
    static Result<ReplayReport> run(Database& db);

private:
    static Status checkLists(Database& db, ReplayReport& report);
    static Status checkAllocations(Database& db, ReplayReport& report);
};

} // namespace td
