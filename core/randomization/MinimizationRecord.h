#pragma once

#include "randomization/Minimization.h"

#include <QString>
#include <optional>
#include <vector>

namespace td {

// Everything one minimization allocation used and computed, stored (as JSON) with the
// allocation so `randomization replay` can recompute it: the arms and ratios, q, each factor's
// level, weight and per-arm counts, the scores, tied arms, preferred arm, probabilities and the
// two uniform draws.
struct MinimizationRecord
{
    struct Factor
    {
        qint64 factorId = 0;
        QString code;
        int level = 0;
        double weight = 1.0;
        std::vector<int> counts; // per arm, before this allocation
    };

    QString algorithm;
    double q = 0.8;
    std::vector<qint64> armIds;
    std::vector<int> ratios;
    std::vector<Factor> factors;
    double tieDraw = 0;
    double draw = 0;
    MinimizationDecision decision;

    MinimizationInput input() const;
    QString toJson() const;
    // Nothing when the text is not a minimization record.
    static std::optional<MinimizationRecord> fromJson(const QString& json);
};

} // namespace td
