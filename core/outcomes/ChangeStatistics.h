#pragma once

#include "common/Result.h"
#include "instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <optional>

namespace td {

struct ClinicalNorms
{
    double clinicalMean = 0;
    double clinicalSd = 0;
    double functionalMean = 0;
    double functionalSd = 0;
};

struct ChangeInput
{
    double baseline = 0;
    double followup = 0;
    std::optional<double> sd;          // default: the instrument's (or the trial's) norm
    std::optional<double> reliability; // default: the instrument's
    std::optional<ClinicalNorms> norms;
};

// Jacobson & Truax (1991) reliable and clinically significant change, plus the fixed
// thresholds the field uses (docs/science.md section 2).
struct ChangeResult
{
    double sd = 0;
    double reliability = 0;
    double se = 0;                     // s1 x sqrt(1 - r)
    double sDiff = 0;                  // sqrt(2) x SE
    double rci = 0;                    // (x2 - x1) / S_diff
    double smallestReliableChange = 0; // 1.96 x S_diff
    bool reliable = false;             // |RCI| > 1.96
    QString direction;                 // improved, deteriorated, unchanged
    std::optional<double> cutoff;      // c, when norms are given
    std::optional<double> criterionA;
    std::optional<double> criterionB;
    QString classification; // recovered, improved, unchanged, deteriorated
    std::optional<bool> remission;
    std::optional<bool> response; // empty when the baseline is 0 (undefined)
    bool responseDefined = false; // the instrument has a response rule
    std::optional<bool> reliableImprovementFixed;
    std::optional<bool> casenessBaseline;
    std::optional<bool> casenessFollowup;

    QString toJson(const QString& instrumentId, double baseline, double followup) const;
};

class ChangeStatistics
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStatistics)

public:
    static constexpr double criticalRci = 1.96;

    static Result<ChangeResult> compute(const InstrumentDefinition& d, const ChangeInput& in);
    // c = (s0 M1 + s1 M0) / (s0 + s1).
    static double cutoff(const ClinicalNorms& n);
    // The score a follow-up must pass (strictly) for a reliable improvement on `baseline`:
    // baseline minus the smallest reliable change when lower is better, plus it otherwise.
    static double reliableImprovementBound(const InstrumentDefinition& d, double baseline,
                                           double smallestReliableChange);
};

} // namespace td
