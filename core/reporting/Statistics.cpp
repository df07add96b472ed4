#include "reporting/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td {

namespace {

// Continued fraction of the incomplete beta function (modified Lentz; Numerical Recipes 6.4).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int maxIterations = 500;
    constexpr double epsilon = 1e-15;
    constexpr double tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= maxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < epsilon)
            break;
    }
    return h;
}

} // namespace

double Statistics::incompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry
    // I_x(a, b) = 1 - I_(1-x)(b, a) otherwise.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double Statistics::tCdf(double t, double df)
{
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double x = df / (df + t * t);
    const double tail = 0.5 * incompleteBeta(df / 2.0, 0.5, x); // P(T > |t|)
    return t >= 0 ? 1.0 - tail : tail;
}

double Statistics::tQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.5)
        return 0.0;
    if (p < 0.5)
        return -tQuantile(1.0 - p, df);
    // Bracket the root, then bisect: the CDF is monotone, so this cannot fail to converge.
    double lo = 0.0;
    double hi = 2.0;
    while (tCdf(hi, df) < p && hi < 1e12) {
        lo = hi;
        hi *= 2.0;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * std::max(1.0, hi); ++i) {
        const double mid = 0.5 * (lo + hi);
        (tCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

MeanEstimate Statistics::mean(const std::vector<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    MeanEstimate m;
    m.n = static_cast<int>(values.size());
    if (m.n == 0)
        return m;
    m.mean = sum / m.n;
    if (m.n < 2)
        return m;
    double squares = 0;
    for (double v : values)
        squares += (v - m.mean) * (v - m.mean);
    m.sd = std::sqrt(squares / (m.n - 1));
    const double half = tQuantile(0.975, m.n - 1) * m.sd / std::sqrt(static_cast<double>(m.n));
    m.ci95 = Interval{m.mean - half, m.mean + half};
    return m;
}

MeanEstimate Statistics::meanFromSums(int n, double sum, double sumSquares)
{
    MeanEstimate m;
    m.n = n;
    if (n <= 0)
        return m;
    m.mean = sum / n;
    if (n < 2)
        return m;
    // Clamp the rounding residue of identical values to zero variance.
    const double variance = std::max(0.0, (sumSquares - sum * sum / n) / (n - 1));
    m.sd = std::sqrt(variance);
    const double half = tQuantile(0.975, n - 1) * m.sd / std::sqrt(static_cast<double>(n));
    m.ci95 = Interval{m.mean - half, m.mean + half};
    return m;
}

Proportion Statistics::wilson(int count, int total)
{
    Proportion p;
    p.count = count;
    p.total = total;
    if (total <= 0)
        return p;
    const double n = total;
    const double phat = static_cast<double>(count) / n;
    p.value = phat;
    const double z2 = z975 * z975;
    const double denominator = 1.0 + z2 / n;
    const double centre = (phat + z2 / (2.0 * n)) / denominator;
    const double half =
        z975 * std::sqrt(phat * (1.0 - phat) / n + z2 / (4.0 * n * n)) / denominator;
    // At 0 and 1 the interval touches the bound exactly (not a rounding residue beyond it).
    p.ci95 = Interval{count == 0 ? 0.0 : std::max(0.0, centre - half),
                      count == total ? 1.0 : std::min(1.0, centre + half)};
    return p;
}

std::optional<EffectSize> Statistics::cohensD(double mean1, double sd1, int n1, double mean2,
                                              double sd2, int n2)
{
    if (n1 < 1 || n2 < 1 || n1 + n2 < 3)
        return std::nullopt;
    const double pooledVariance =
        ((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / static_cast<double>(n1 + n2 - 2);
    if (!(pooledVariance > 0.0))
        return std::nullopt;
    EffectSize e;
    e.pooledSd = std::sqrt(pooledVariance);
    e.d = (mean1 - mean2) / e.pooledSd;
    const double n = n1 + n2;
    e.g = e.d * (1.0 - 3.0 / (4.0 * n - 9.0));
    e.seD = std::sqrt(n / (static_cast<double>(n1) * n2) + e.d * e.d / (2.0 * n));
    e.ci95 = Interval{e.d - z975 * e.seD, e.d + z975 * e.seD};
    return e;
}

std::optional<BlindingIndex> Statistics::bangIndex(int correct, int incorrect, int dontKnow)
{
    const int n = correct + incorrect + dontKnow;
    if (n <= 0 || correct < 0 || incorrect < 0 || dontKnow < 0)
        return std::nullopt;
    BlindingIndex b;
    b.correct = correct;
    b.incorrect = incorrect;
    b.dontKnow = dontKnow;
    b.n = n;
    const double pc = static_cast<double>(correct) / n;
    const double pi = static_cast<double>(incorrect) / n;
    b.index = pc - pi;
    b.se = std::sqrt((pc * (1.0 - pc) + pi * (1.0 - pi) + 2.0 * pc * pi) / n);
    b.ci95 = Interval{b.index - z975 * b.se, b.index + z975 * b.se};
    return b;
}

} // namespace td
