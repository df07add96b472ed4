#pragma once

#include <optional>
#include <vector>

namespace td {

// The trial statistics of the PI dashboard (docs/science.md section 3): pure functions, no
// database.

// A two-sided 95% interval.
struct Interval
{
    double lower = 0;
    double upper = 0;
};

// Mean of a sample with its 95% confidence interval from the t distribution (n - 1 df).
struct MeanEstimate
{
    int n = 0;
    double mean = 0;
    double sd = 0;                // sample SD (n - 1); 0 when n < 2
    std::optional<Interval> ci95; // empty when n < 2
};

// A proportion with its Wilson 95% interval.
struct Proportion
{
    int count = 0;
    int total = 0;
    double value = 0;             // count / total; 0 when total is 0
    std::optional<Interval> ci95; // empty when total is 0
};

// Standardized mean difference between two groups (group 1 minus group 2).
struct EffectSize
{
    double pooledSd = 0;
    double d = 0;   // Cohen's d
    double g = 0;   // Hedges' g (small-sample corrected)
    double seD = 0; // standard error of d
    Interval ci95;  // d +- 1.96 SE_d
};

// Bang's blinding index for one arm's guesses.
struct BlindingIndex
{
    int correct = 0;
    int incorrect = 0;
    int dontKnow = 0;
    int n = 0;
    double index = 0; // (correct - incorrect) / n, in -1..1 (0: blinding looks intact)
    double se = 0;
    Interval ci95;
};

class Statistics
{
public:
    static constexpr double z975 = 1.959963984540054;

    // Regularized incomplete beta function I_x(a, b), a, b > 0, 0 <= x <= 1.
    static double incompleteBeta(double a, double b, double x);
    // Cumulative distribution of Student's t with `df` degrees of freedom (df > 0).
    static double tCdf(double t, double df);
    // The p quantile of Student's t (0 < p < 1, df > 0); accurate to about 1e-9.
    static double tQuantile(double p, double df);

    // Summary of a sample: n, mean, SD; 95% CI by t(0.975, n - 1) x SD / sqrt(n) when n >= 2.
    static MeanEstimate mean(const std::vector<double>& values);
    // The same from running sums (n, sum, sum of squares), as SQL aggregates give them.
    static MeanEstimate meanFromSums(int n, double sum, double sumSquares);

    // Wilson score interval for count / total (total > 0).
    static Proportion wilson(int count, int total);

    // Cohen's d with the pooled SD, Hedges' g, SE_d and the 95% CI. Empty when n1 + n2 < 3,
    // either n < 1, or the pooled SD is 0.
    static std::optional<EffectSize> cohensD(double mean1, double sd1, int n1, double mean2,
                                             double sd2, int n2);

    // Bang's blinding index; `dontKnow` counts in N. Empty when N is 0.
    static std::optional<BlindingIndex> bangIndex(int correct, int incorrect, int dontKnow);
};

} // namespace td
