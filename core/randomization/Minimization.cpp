#include "randomization/Minimization.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace td {

std::vector<double> Minimization::probabilities(const std::vector<int>& ratios, double q,
                                                int preferred)
{
    const int sum = std::accumulate(ratios.begin(), ratios.end(), 0);
    const int smallest = *std::min_element(ratios.begin(), ratios.end());
    const double spread = sum - smallest;
    std::vector<double> p(ratios.size());
    for (std::size_t k = 0; k < ratios.size(); ++k)
        p[k] = static_cast<int>(k) == preferred ? 1.0 - (sum - ratios[k]) / spread * (1.0 - q)
                                                : ratios[k] / spread * (1.0 - q);
    return p;
}

int Minimization::pick(const std::vector<double>& weights, double u)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double target = u * total;
    double cumulative = 0;
    for (std::size_t k = 0; k + 1 < weights.size(); ++k) {
        cumulative += weights[k];
        if (target < cumulative)
            return static_cast<int>(k);
    }
    return static_cast<int>(weights.size()) - 1;
}

void Minimization::decide(const MinimizationInput& in, double tieDraw, double draw,
                          MinimizationDecision& out)
{
    const std::size_t arms = in.ratios.size();
    // Adjusted counts c_k = n_k / r_k, scaled by the least common multiple of the ratios so
    // the imbalance of each factor is an exact integer.
    std::int64_t scale = 1;
    for (int r : in.ratios)
        scale = std::lcm(scale, static_cast<std::int64_t>(r));
    out.scores.assign(arms, 0.0);
    std::vector<std::int64_t> adjusted(arms);
    for (std::size_t g = 0; g < arms; ++g) {
        double total = 0;
        for (std::size_t f = 0; f < in.counts.size(); ++f) {
            for (std::size_t k = 0; k < arms; ++k)
                adjusted[k] = (in.counts[f][k] + (k == g ? 1 : 0)) * (scale / in.ratios[k]);
            std::int64_t imbalance = 0;
            for (std::size_t i = 0; i < arms; ++i)
                for (std::size_t j = i + 1; j < arms; ++j)
                    imbalance += std::abs(adjusted[i] - adjusted[j]);
            total += in.weights[f] * static_cast<double>(imbalance);
        }
        out.scores[g] = total / static_cast<double>(scale);
    }
    const double lowest = *std::min_element(out.scores.begin(), out.scores.end());
    const double tolerance = 1e-9 * std::max(1.0, std::abs(lowest));
    out.tied.clear();
    std::vector<double> tieWeights;
    for (std::size_t k = 0; k < arms; ++k)
        if (out.scores[k] - lowest <= tolerance) {
            out.tied.push_back(static_cast<int>(k));
            tieWeights.push_back(in.ratios[k]);
        }
    out.preferred = out.tied[static_cast<std::size_t>(pick(tieWeights, tieDraw))];
    out.probabilities = probabilities(in.ratios, in.q, out.preferred);
    out.arm = pick(out.probabilities, draw);
}

QString Minimization::qProblem(double q)
{
    if (std::isfinite(q) && q >= 0.5 && q <= 1.0)
        return {};
    return tr("The base probability q = %1 is not allowed: use a value from 0.5 to 1 (0.8 is "
              "usual; 1 makes minimization deterministic).")
        .arg(q);
}

} // namespace td
