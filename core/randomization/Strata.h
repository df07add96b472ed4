#pragma once

#include "common/Result.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <functional>
#include <optional>
#include <vector>

namespace td {

class Database;

// The baseline severity score of a participant on an instrument, or nothing when it is not
// recorded. Supplied by the caller so scoring can evolve without the randomizer.
using SeverityProvider =
    std::function<std::optional<double>(qint64 participantId, const QString& instrumentId)>;

// The default SeverityProvider: the sum of the numeric items of the participant's earliest
// completed (not removed) assessment of that instrument. A stop-gap until the scoring engine
// gives instrument totals; non-numeric items ("NA", "1a") are left out of the sum.
SeverityProvider baselineItemSum(Database& db);

// A participant's level on one factor.
struct FactorLevel
{
    qint64 factorId = 0;
    QString code;
    int level = 0; // site factors: the site id; others: 0-based index between the cut points
    QString label; // site code, or the 1-based level number
};

// Strata are combinations of factor levels: the site, or a value cut into levels by the
// factor's cut points (upper-exclusive: below the first cut point is level 1).
class Strata
{
    Q_DECLARE_TR_FUNCTIONS(Strata)

public:
    // 0-based level of a value between cut points.
    static int levelOf(const QList<double>& cutPoints, double value);
    // "site=OSL;severity=2"; "all" without factors. Stable: stored with every list entry.
    static QString key(const std::vector<FactorLevel>& levels);
    // Every stratum of these factors, in a fixed order (sites by id, levels ascending).
    static std::vector<QString> allKeys(const std::vector<const StratFactor*>& factors,
                                        const Protocol& protocol);
    // The participant's level on each factor. Refused, naming the factor, when a value is
    // missing (a covariate not recorded, no completed baseline of the severity instrument).
    static Result<std::vector<FactorLevel>> levelsOf(const Participant& p,
                                                     const std::vector<const StratFactor*>& factors,
                                                     const Protocol& protocol,
                                                     const SeverityProvider& severity);
    static std::optional<double> covariate(const Covariates& c, const QString& variable);
};

} // namespace td
