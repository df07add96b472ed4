#include "common/Random.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace td {

std::uint64_t Random::below(std::uint64_t n)
{
    // Reject the top partial range so every residue is equally likely.
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                (std::numeric_limits<std::uint64_t>::max() % n + 1) % n;
    std::uint64_t x = 0;
    do {
        x = m_engine();
    } while (x > limit);
    return x % n;
}

std::int64_t Random::between(std::int64_t lo, std::int64_t hi)
{
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double Random::uniform()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double Random::normal()
{
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace td
