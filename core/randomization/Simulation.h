#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <cstdint>
#include <functional>
#include <vector>

namespace td {

// A simulated trial without a database, for checking the algorithms statistically
// (`trialdesk-cli randomization simulate`). Everything follows from the seed.
struct SimulationSpec
{
    enum class Method { Blocks, Minimization };
    Method method = Method::Blocks;
    std::vector<int> ratios;
    std::vector<int> blockLengths; // blocks; empty means R and 2R
    // Blocks: the number of strata is the product. Minimization: one factor per entry, with
    // that many levels (equal weights).
    std::vector<int> levels = {1};
    double q = 0.8;
    std::int64_t participants = 0;
    std::uint64_t seed = 0;
};

// Stratum and arm are 0-based here (the command line prints them 1-based).
struct SimulatedAllocation
{
    int stratum = 0;
    int arm = 0;
};

class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)

public:
    static constexpr std::int64_t maxParticipants = 100000000;
    static constexpr std::int64_t maxStrata = 1000000;

    // Empty when the spec can run, else what is wrong and what is allowed.
    static QString problem(const SimulationSpec& spec);
    // Calls `sink` once per participant, in order. Refused with the problem when invalid.
    static Status run(const SimulationSpec& spec,
                      const std::function<void(const SimulatedAllocation&)>& sink);
    // Convenience for tests: every allocation in a vector.
    static Result<std::vector<SimulatedAllocation>> run(const SimulationSpec& spec);

private:
    static void runBlocks(const SimulationSpec& spec,
                          const std::function<void(const SimulatedAllocation&)>& sink);
    static void runMinimization(const SimulationSpec& spec,
                                const std::function<void(const SimulatedAllocation&)>& sink);
};

} // namespace td
