#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace td {

inline constexpr auto minimizationAlgorithm = "td-minimization-han2009/1";

// What one minimization decision starts from. Arms are 0-based indices in ratio order.
struct MinimizationInput
{
    std::vector<int> ratios;              // r_k
    std::vector<double> weights;          // one per factor
    std::vector<std::vector<int>> counts; // [factor][arm]: n_k on the patient's level
    double q = 0.8;
};

// Everything the decision computed, stored with the allocation so it can be replayed.
struct MinimizationDecision
{
    std::vector<double> scores; // weighted imbalance if the patient went to arm k
    std::vector<int> tied;      // arms sharing the lowest score
    int preferred = 0;
    std::vector<double> probabilities; // P(arm k)
    int arm = 0;
};

// Pocock-Simon minimization with the biased coin of Han, Enas & McEntegart (2009) for unequal
// ratios (docs/science.md section 4B). Pure arithmetic: the two uniform draws are inputs, so a
// stored decision can be recomputed exactly.
class Minimization
{
    Q_DECLARE_TR_FUNCTIONS(Minimization)

public:
    // P(preferred) = 1 - (R - r_pref)/(R - r_min) (1 - q); P(other k) = r_k/(R - r_min) (1 - q).
    static std::vector<double> probabilities(const std::vector<int>& ratios, double q,
                                             int preferred);
    // `tieDraw` picks among tied arms in proportion to their ratio; `draw` picks the arm from
    // the probabilities. Both are uniform in [0, 1).
    static void decide(const MinimizationInput& input, double tieDraw, double draw,
                       MinimizationDecision& out);
    // The first index whose cumulative weight exceeds u * total (the last one otherwise).
    static int pick(const std::vector<double>& weights, double u);

    // Empty when q is allowed (0.5 to 1), else the message.
    static QString qProblem(double q);
};

} // namespace td
