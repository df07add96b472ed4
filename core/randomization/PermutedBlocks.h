#pragma once

#include "common/Random.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>
#include <vector>

namespace td {

// Stored with every allocation list; a new way of generating lists gets a new version.
inline constexpr auto permutedBlocksAlgorithm = "td-permuted-blocks/1";

// A seed for one named stream (a stratum, the demo's list) derived from a master seed: the first
// 8 bytes (big-endian) of SHA-256("<version>\n<seed>\n<label>"). Portable, unlike std::hash.
std::uint64_t deriveSeed(std::uint64_t seed, const QString& label);

// One entry of a permuted-block sequence. Arms are 0-based indices in ratio order.
struct BlockEntry
{
    int block = 0;       // 1-based block number within the stratum
    int blockLength = 0; // L
    int arm = 0;
};

// The endless permuted-block sequence of one stratum: pick L uniformly from the allowed
// lengths, put L * r_k / R copies of arm k, Fisher-Yates shuffle (td::Random), append.
// The same seed, ratios and lengths always give the same sequence, on every platform.
class BlockStream
{
public:
    // `lengths` must be valid for `ratios` (see PermutedBlocks::validate).
    BlockStream(std::uint64_t seed, std::vector<int> ratios, std::vector<int> lengths);

    // Appends the next whole block to `out`; returns its length.
    int appendBlock(std::vector<BlockEntry>& out);
    // The next arm of the sequence (0-based), refilling block by block.
    int next();

private:
    Random m_random;
    std::vector<int> m_ratios;
    std::vector<int> m_lengths;
    int m_ratioSum = 0;
    int m_blocks = 0;
    std::vector<int> m_block; // the current block, for next()
    std::size_t m_used = 0;
};

class PermutedBlocks
{
    Q_DECLARE_TR_FUNCTIONS(PermutedBlocks)

public:
    static constexpr int maxBlockLength = 1000;

    // Checks a ratio (at least two arms, weights 1-100) and block lengths (each a multiple of
    // the ratio sum R, at most maxBlockLength, no repeats); the message says what is allowed.
    static QString ratioProblem(const std::vector<int>& ratios);
    static QString lengthsProblem(const std::vector<int>& ratios, const QList<int>& lengths);
    // Sorted ascending, so the same set in any order gives the same list.
    static std::vector<int> canonicalLengths(const QList<int>& lengths);
};

} // namespace td
