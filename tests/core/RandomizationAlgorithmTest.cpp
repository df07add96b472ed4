// The randomization algorithms without a database: permuted blocks (composition, uniform
// orderings and lengths, reproducibility, a golden list), the Han et al. probabilities, and
// minimization over many simulated trials.

#include "common/Random.h"
#include "randomization/Minimization.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/Simulation.h"

#include <QString>
#include <array>
#include <gtest/gtest.h>
#include <map>
#include <numeric>

using namespace td;

namespace {

std::vector<BlockEntry> blocks(std::uint64_t seed, std::vector<int> ratios,
                               std::vector<int> lengths, int count)
{
    BlockStream stream(seed, std::move(ratios), std::move(lengths));
    std::vector<BlockEntry> out;
    for (int b = 0; b < count; ++b)
        stream.appendBlock(out);
    return out;
}

// Upper critical values of chi-square at p = 0.0001 (generous: a fixed seed either passes or
// fails forever, and a real bias shows as values far beyond these).
constexpr double chiSquare59 = 111.0; // 59 degrees of freedom
constexpr double chiSquare2 = 18.4;   // 2 degrees of freedom

double chiSquare(const std::map<std::string, int>& observed, int categories, double expected)
{
    double x = 0;
    for (const auto& [key, n] : observed)
        x += (n - expected) * (n - expected) / expected;
    // Categories never observed count too.
    x += (categories - static_cast<int>(observed.size())) * expected;
    return x;
}

} // namespace

TEST(RandomizationAlgorithm, StandardEngineOutputIsTheOneTheStandardFixes)
{
    // C++ [rand.predef]: the 10000th output of a default-constructed mt19937_64.
    std::mt19937_64 engine;
    engine.discard(9999);
    EXPECT_EQ(engine(), 9981545732273789042ULL);
}

TEST(RandomizationAlgorithm, EveryCompletedBlockHoldsTheRatio)
{
    const std::vector<int> ratios = {3, 2, 1};
    const auto entries = blocks(11, ratios, {6, 12, 18}, 3000);
    std::map<int, std::array<int, 3>> perBlock;
    std::map<int, int> lengthOf;
    for (const BlockEntry& e : entries) {
        ++perBlock[e.block][static_cast<std::size_t>(e.arm)];
        lengthOf[e.block] = e.blockLength;
    }
    ASSERT_EQ(perBlock.size(), 3000u);
    for (const auto& [block, counts] : perBlock) {
        const int length = lengthOf[block];
        for (std::size_t k = 0; k < 3; ++k)
            ASSERT_EQ(counts[k], length * ratios[k] / 6) << "block " << block << " arm " << k;
    }
}

TEST(RandomizationAlgorithm, WithinBlockOrderingsAreUniform)
{
    // 3:2:1 with L = 6 has 6! / (3! 2! 1!) = 60 distinct orderings.
    constexpr int count = 60000;
    const auto entries = blocks(20240601, {3, 2, 1}, {6}, count);
    std::map<std::string, int> orderings;
    for (std::size_t i = 0; i < entries.size(); i += 6) {
        std::string key;
        for (std::size_t j = i; j < i + 6; ++j)
            key += static_cast<char>('A' + entries[j].arm);
        ++orderings[key];
    }
    EXPECT_EQ(orderings.size(), 60u);
    const double x = chiSquare(orderings, 60, count / 60.0);
    EXPECT_LT(x, chiSquare59) << "chi-square over 60 orderings: " << x;
    // And it is not suspiciously perfect either (p > 0.9999 on the lower side).
    EXPECT_GT(x, 24.0);
}

TEST(RandomizationAlgorithm, BlockLengthsAreUniformOverTheAllowedSet)
{
    constexpr int count = 30000;
    const auto entries = blocks(77, {1, 1}, {2, 4, 6}, count);
    std::map<std::string, int> lengths;
    int lastBlock = 0;
    for (const BlockEntry& e : entries)
        if (e.block != lastBlock) {
            lastBlock = e.block;
            ++lengths[std::to_string(e.blockLength)];
        }
    EXPECT_EQ(lengths.size(), 3u);
    EXPECT_LT(chiSquare(lengths, 3, count / 3.0), chiSquare2);
}

TEST(RandomizationAlgorithm, SameSeedSameSequenceOtherSeedOtherSequence)
{
    const auto a = blocks(123456789, {3, 2, 1}, {6, 12}, 200);
    const auto b = blocks(123456789, {3, 2, 1}, {6, 12}, 200);
    const auto c = blocks(123456790, {3, 2, 1}, {6, 12}, 200);
    ASSERT_EQ(a.size(), b.size());
    std::string sa, sb, sc;
    for (const auto& e : a)
        sa += static_cast<char>('A' + e.arm);
    for (const auto& e : b)
        sb += static_cast<char>('A' + e.arm);
    for (const auto& e : c)
        sc += static_cast<char>('A' + e.arm);
    EXPECT_EQ(sa, sb);
    EXPECT_NE(sa.substr(0, 60), sc.substr(0, 60));
}

TEST(RandomizationAlgorithm, GoldenList)
{
    // Literal values, checked against an independent implementation (mt19937_64, rejection
    // sampling, Fisher-Yates, SHA-256 seed derivation written from the specification). Any
    // platform or library that changes one of these breaks reproducibility of stored lists.
    EXPECT_EQ(deriveSeed(20240601, QStringLiteral("site=OSL")), 7327718328783767121ULL);
    const auto entries = blocks(7327718328783767121ULL, {3, 2, 1}, {6, 12}, 2);
    std::string arms;
    for (const auto& e : entries)
        arms += static_cast<char>('A' + e.arm);
    EXPECT_EQ(arms, "CBBAABAACBAAAABABCABCABA");
    ASSERT_EQ(entries.size(), 24u);
    EXPECT_EQ(entries[0].blockLength, 12);
    EXPECT_EQ(entries[12].blockLength, 12);
    EXPECT_EQ(entries[12].block, 2);
}

TEST(RandomizationAlgorithm, BlockLengthsMustBeMultiplesOfTheRatioSum)
{
    EXPECT_TRUE(PermutedBlocks::lengthsProblem({3, 2, 1}, {6, 12}).isEmpty());
    const QString wrong = PermutedBlocks::lengthsProblem({3, 2, 1}, {6, 8});
    EXPECT_TRUE(wrong.contains(QStringLiteral("8"))) << wrong.toStdString();
    EXPECT_TRUE(wrong.contains(QStringLiteral("multiple of 6"))) << wrong.toStdString();
    EXPECT_FALSE(PermutedBlocks::lengthsProblem({1, 1}, {}).isEmpty());
    EXPECT_FALSE(PermutedBlocks::lengthsProblem({1, 1}, {4, 4}).isEmpty());
    EXPECT_FALSE(PermutedBlocks::lengthsProblem({1}, {2}).isEmpty());
}

TEST(RandomizationAlgorithm, HanProbabilityTable)
{
    // docs/science.md 4B, 3:2:1 and q = 0.8.
    const std::vector<std::vector<double>> expected = {
        {0.88, 0.08, 0.04}, {0.12, 0.84, 0.04}, {0.12, 0.08, 0.80}};
    for (int preferred = 0; preferred < 3; ++preferred) {
        const auto p = Minimization::probabilities({3, 2, 1}, 0.8, preferred);
        ASSERT_EQ(p.size(), 3u);
        for (std::size_t k = 0; k < 3; ++k)
            EXPECT_NEAR(p[k], expected[static_cast<std::size_t>(preferred)][k], 1e-12)
                << "preferred " << preferred << " arm " << k;
        EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-12);
    }
    // 1:1 reduces to Pocock-Simon's biased coin: the preferred arm gets q.
    EXPECT_NEAR(Minimization::probabilities({1, 1}, 0.8, 1)[1], 0.8, 1e-12);
    EXPECT_NEAR(Minimization::probabilities({1, 1}, 0.8, 1)[0], 0.2, 1e-12);
}

TEST(RandomizationAlgorithm, MinimizationPrefersTheArmThatReducesImbalance)
{
    // One factor, 1:1: arm A already has two more on the patient's level, so B is preferred.
    MinimizationInput in{{1, 1}, {1.0}, {{5, 3}}, 0.8};
    MinimizationDecision d;
    Minimization::decide(in, 0.5, 0.0, d);
    EXPECT_EQ(d.preferred, 1);
    EXPECT_NEAR(d.scores[0], 3.0, 1e-12); // |6 - 3|
    EXPECT_NEAR(d.scores[1], 1.0, 1e-12); // |5 - 4|
    EXPECT_EQ(d.tied, std::vector<int>{1});
    // The draw picks by cumulative probability: [0, 0.2) is A, [0.2, 1) is B.
    Minimization::decide(in, 0.5, 0.19, d);
    EXPECT_EQ(d.arm, 0);
    Minimization::decide(in, 0.5, 0.2, d);
    EXPECT_EQ(d.arm, 1);
    // Adjusted counts: 3:1 with counts 3 and 1 is balanced; a tie is broken by the ratio.
    MinimizationInput tie{{3, 1}, {1.0}, {{3, 1}}, 0.8};
    Minimization::decide(tie, 0.70, 0.0, d);
    EXPECT_EQ(d.preferred, 0);
    EXPECT_EQ(d.tied, std::vector<int>{0});
}

TEST(RandomizationAlgorithm, MinimizationKeepsTheRatioOverManyTrials)
{
    // 2,000 simulated trials of 147 participants, 3:2:1, two factors with 4 and 2 levels.
    constexpr int trials = 2000;
    std::array<double, 3> totals{};
    for (int t = 0; t < trials; ++t) {
        SimulationSpec spec;
        spec.method = SimulationSpec::Method::Minimization;
        spec.ratios = {3, 2, 1};
        spec.levels = {4, 2};
        spec.participants = 147;
        spec.seed = 1000 + static_cast<std::uint64_t>(t);
        auto run = Simulation::run(spec);
        ASSERT_TRUE(run.ok()) << run.message().toStdString();
        for (const SimulatedAllocation& a : *run)
            totals[static_cast<std::size_t>(a.arm)] += 1;
    }
    const std::array<double, 3> expected = {73.5, 49.0, 24.5};
    for (std::size_t k = 0; k < 3; ++k)
        EXPECT_NEAR(totals[k] / trials, expected[k], 0.5) << "arm " << k;
}

TEST(RandomizationAlgorithm, SimulationIsReproducibleAndSpreadsStrata)
{
    SimulationSpec spec;
    spec.ratios = {1, 1};
    spec.blockLengths = {2, 4};
    spec.levels = {4, 2};
    spec.participants = 8000;
    spec.seed = 99;
    auto a = Simulation::run(spec);
    auto b = Simulation::run(spec);
    ASSERT_TRUE(a.ok() && b.ok());
    std::map<std::string, int> strata;
    std::array<std::array<int, 2>, 8> perStratum{};
    for (std::size_t i = 0; i < a->size(); ++i) {
        ASSERT_EQ((*a)[i].stratum, (*b)[i].stratum);
        ASSERT_EQ((*a)[i].arm, (*b)[i].arm);
        ++strata[std::to_string((*a)[i].stratum)];
        ++perStratum[static_cast<std::size_t>((*a)[i].stratum)]
                    [static_cast<std::size_t>((*a)[i].arm)];
    }
    EXPECT_EQ(strata.size(), 8u);
    EXPECT_LT(chiSquare(strata, 8, 1000.0), 31.0); // 7 df, p = 0.0001
    // Blocks of at most 4 keep every stratum within 2 of balance.
    for (const auto& counts : perStratum)
        EXPECT_LE(std::abs(counts[0] - counts[1]), 2);
}
