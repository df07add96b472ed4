#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace td {

// Reproducible random draws. std::mt19937_64's output is fixed by the standard, but the standard
// distributions are not, so bounded draws and shuffles are our own (identical on every platform).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    // Uniform integer in [0, n) by rejection sampling; n must be > 0.
    std::uint64_t below(std::uint64_t n);
    // Uniform integer in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform double in [0, 1) from the top 53 bits.
    double uniform();
    // Standard normal (Box-Muller on uniform()).
    double normal();
    bool chance(double p) { return uniform() < p; }

    template <typename T> void shuffle(std::vector<T>& v)
    {
        for (std::size_t i = v.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            std::swap(v[i - 1], v[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace td
