#include "randomization/Simulation.h"

#include "common/Random.h"
#include "randomization/Minimization.h"
#include "randomization/PermutedBlocks.h"

#include <memory>
#include <numeric>

namespace td {

namespace {
std::vector<int> lengthsOf(const SimulationSpec& spec)
{
    if (!spec.blockLengths.empty())
        return PermutedBlocks::canonicalLengths(
            QList<int>(spec.blockLengths.begin(), spec.blockLengths.end()));
    const int sum = std::accumulate(spec.ratios.begin(), spec.ratios.end(), 0);
    return {sum, 2 * sum};
}

std::int64_t strataOf(const SimulationSpec& spec)
{
    std::int64_t n = 1;
    for (int l : spec.levels)
        n *= l;
    return n;
}
} // namespace

QString Simulation::problem(const SimulationSpec& spec)
{
    if (const QString p = PermutedBlocks::ratioProblem(spec.ratios); !p.isEmpty())
        return p;
    if (spec.method == SimulationSpec::Method::Blocks && !spec.blockLengths.empty()) {
        const QString p = PermutedBlocks::lengthsProblem(
            spec.ratios, QList<int>(spec.blockLengths.begin(), spec.blockLengths.end()));
        if (!p.isEmpty())
            return p;
    }
    if (spec.method == SimulationSpec::Method::Minimization) {
        if (const QString p = Minimization::qProblem(spec.q); !p.isEmpty())
            return p;
    }
    if (spec.levels.empty())
        return tr("At least one stratification factor is needed (e.g. 4x2).");
    std::int64_t strata = 1;
    for (int l : spec.levels) {
        if (l < 1 || l > maxStrata)
            return tr("A factor with %1 levels is not allowed: use 1 to %2 levels.")
                .arg(l)
                .arg(maxStrata);
        strata *= l;
        if (strata > maxStrata)
            return tr("Too many strata: at most %1 are allowed.").arg(maxStrata);
    }
    if (spec.participants < 1 || spec.participants > maxParticipants)
        return tr("%1 participants is not allowed: simulate 1 to %2.")
            .arg(spec.participants)
            .arg(maxParticipants);
    return {};
}

Status Simulation::run(const SimulationSpec& spec,
                       const std::function<void(const SimulatedAllocation&)>& sink)
{
    if (const QString p = problem(spec); !p.isEmpty())
        return makeError(ErrorCode::Invalid, p);
    if (spec.method == SimulationSpec::Method::Blocks)
        runBlocks(spec, sink);
    else
        runMinimization(spec, sink);
    return {};
}

Result<std::vector<SimulatedAllocation>> Simulation::run(const SimulationSpec& spec)
{
    std::vector<SimulatedAllocation> out;
    if (spec.participants > 0 && spec.participants <= maxParticipants)
        out.reserve(static_cast<std::size_t>(spec.participants));
    TD_TRY(run(spec, [&out](const SimulatedAllocation& a) { out.push_back(a); }));
    return out;
}

void Simulation::runBlocks(const SimulationSpec& spec,
                           const std::function<void(const SimulatedAllocation&)>& sink)
{
    // One stream per stratum, seeded as the database list seeds its strata; the spread of
    // participants over strata has its own stream.
    const std::int64_t strata = strataOf(spec);
    const std::vector<int> lengths = lengthsOf(spec);
    Random spread(deriveSeed(spec.seed, QStringLiteral("simulation/spread")));
    std::vector<std::unique_ptr<BlockStream>> streams(static_cast<std::size_t>(strata));
    for (std::int64_t i = 0; i < spec.participants; ++i) {
        const auto s = static_cast<std::size_t>(spread.below(static_cast<std::uint64_t>(strata)));
        if (!streams[s])
            streams[s] = std::make_unique<BlockStream>(
                deriveSeed(spec.seed, QStringLiteral("simulation/stratum/%1").arg(s + 1)),
                spec.ratios, lengths);
        sink({static_cast<int>(s), streams[s]->next()});
    }
}

void Simulation::runMinimization(const SimulationSpec& spec,
                                 const std::function<void(const SimulatedAllocation&)>& sink)
{
    // Per participant, in this order: each factor's level, the tie draw, the allocation draw.
    Random random(spec.seed);
    const std::size_t arms = spec.ratios.size();
    std::vector<std::vector<std::vector<int>>> counts; // [factor][level][arm]
    for (int l : spec.levels)
        counts.emplace_back(static_cast<std::size_t>(l), std::vector<int>(arms, 0));
    MinimizationInput input{spec.ratios, std::vector<double>(spec.levels.size(), 1.0), {}, spec.q};
    input.counts.assign(spec.levels.size(), std::vector<int>(arms, 0));
    std::vector<std::size_t> level(spec.levels.size());
    MinimizationDecision decision;
    for (std::int64_t i = 0; i < spec.participants; ++i) {
        int stratum = 0;
        for (std::size_t f = 0; f < spec.levels.size(); ++f) {
            level[f] =
                static_cast<std::size_t>(random.below(static_cast<std::uint64_t>(spec.levels[f])));
            stratum = stratum * spec.levels[f] + static_cast<int>(level[f]);
            input.counts[f] = counts[f][level[f]];
        }
        const double tieDraw = random.uniform();
        const double draw = random.uniform();
        Minimization::decide(input, tieDraw, draw, decision);
        for (std::size_t f = 0; f < spec.levels.size(); ++f)
            ++counts[f][level[f]][static_cast<std::size_t>(decision.arm)];
        sink({stratum, decision.arm});
    }
}

} // namespace td
