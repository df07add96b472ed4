#pragma once

#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <vector>

namespace td {

enum class RandomizationMethod { PermutedBlocks, Minimization };

// A stratification factor used by the randomization: a stratum dimension for permuted blocks,
// a minimization factor (with its weight) for minimization.
struct RandomizationFactor
{
    qint64 factorId = 0; // strat_factor.id
    double weight = 1.0;
};

// The trial's randomization settings. Arms and their ratio weights come from the protocol.
struct RandomizationSettings
{
    RandomizationMethod method = RandomizationMethod::PermutedBlocks;
    QList<int> blockLengths; // permuted blocks: allowed lengths, multiples of the ratio sum
    double q = 0.8;          // minimization: base probability of the preferred arm
    std::vector<RandomizationFactor> factors;
};

QString randomizationMethodKey(RandomizationMethod method);
std::optional<RandomizationMethod> randomizationMethodFromKey(const QString& key);

class RandomizationRules
{
    Q_DECLARE_TR_FUNCTIONS(RandomizationRules)

public:
    static constexpr int maxStrata = 10000;
    static constexpr double maxWeight = 100.0;

    // Ok, or what is wrong with the settings for this protocol and what is allowed.
    static Status validate(const RandomizationSettings& settings, const Protocol& protocol);
    // Ratio weights of the protocol's arms, in arm order (by id).
    static std::vector<int> ratios(const Protocol& protocol);
    // Canonical text of everything the allocation depends on (method, arms and ratios, block
    // lengths, factors and their cut points), stored with the list: a list made for other
    // settings is never used. Sites are not part of it, so a site may join later.
    static QString describe(const RandomizationSettings& settings, const Protocol& protocol);
    // The numeric baseline covariates a covariate factor may use.
    static QStringList covariates();
    // The protocol's factors chosen by the settings, in the settings' order (null if missing).
    static std::vector<const StratFactor*> chosenFactors(const RandomizationSettings& settings,
                                                         const Protocol& protocol);
};

} // namespace td
