#include "randomization/RandomizationSettings.h"

#include "randomization/Minimization.h"
#include "randomization/PermutedBlocks.h"

#include <QStringList>
#include <cmath>
#include <set>

namespace td {

QString randomizationMethodKey(RandomizationMethod method)
{
    return method == RandomizationMethod::Minimization ? QStringLiteral("minimization")
                                                       : QStringLiteral("block");
}

std::optional<RandomizationMethod> randomizationMethodFromKey(const QString& key)
{
    if (key == QStringLiteral("block"))
        return RandomizationMethod::PermutedBlocks;
    if (key == QStringLiteral("minimization"))
        return RandomizationMethod::Minimization;
    return std::nullopt;
}

QStringList RandomizationRules::covariates()
{
    return {QStringLiteral("age"), QStringLiteral("education_years"),
            QStringLiteral("episode_months")};
}

std::vector<int> RandomizationRules::ratios(const Protocol& protocol)
{
    std::vector<int> out;
    for (const Arm& a : protocol.arms)
        out.push_back(a.ratioWeight);
    return out;
}

std::vector<const StratFactor*> RandomizationRules::chosenFactors(const RandomizationSettings& s,
                                                                  const Protocol& protocol)
{
    std::vector<const StratFactor*> out;
    for (const RandomizationFactor& rf : s.factors) {
        const StratFactor* found = nullptr;
        for (const StratFactor& f : protocol.factors)
            if (f.id == rf.factorId)
                found = &f;
        out.push_back(found);
    }
    return out;
}

Status RandomizationRules::validate(const RandomizationSettings& s, const Protocol& protocol)
{
    const std::vector<int> r = ratios(protocol);
    if (const QString p = PermutedBlocks::ratioProblem(r); !p.isEmpty())
        return makeError(ErrorCode::Invalid, p);
    if (s.method == RandomizationMethod::PermutedBlocks) {
        if (const QString p = PermutedBlocks::lengthsProblem(r, s.blockLengths); !p.isEmpty())
            return makeError(ErrorCode::Invalid, p);
    } else {
        if (const QString p = Minimization::qProblem(s.q); !p.isEmpty())
            return makeError(ErrorCode::Invalid, p);
        if (s.factors.empty())
            return makeError(ErrorCode::Invalid,
                             tr("Minimization needs at least one factor (e.g. site or baseline "
                                "severity) from the protocol's stratification factors."));
    }
    std::set<qint64> seen;
    const std::vector<const StratFactor*> chosen = chosenFactors(s, protocol);
    qint64 strata = 1;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const RandomizationFactor& rf = s.factors[i];
        if (!chosen[i])
            return makeError(ErrorCode::Invalid,
                             tr("Stratification factor %1 does not exist; choose one of the "
                                "protocol's factors.")
                                 .arg(rf.factorId));
        const StratFactor& f = *chosen[i];
        if (!seen.insert(rf.factorId).second)
            return makeError(ErrorCode::Invalid,
                             tr("Factor %1 is chosen twice; choose each factor once.").arg(f.code));
        if (!std::isfinite(rf.weight) || rf.weight <= 0 || rf.weight > maxWeight)
            return makeError(ErrorCode::Invalid,
                             tr("Weight %1 of factor %2 is not allowed: use a number above 0 and "
                                "at most %3.")
                                 .arg(rf.weight)
                                 .arg(f.code)
                                 .arg(maxWeight));
        if (f.source == StratSource::Covariate && !covariates().contains(f.variable))
            return makeError(ErrorCode::Invalid,
                             tr("Factor %1 uses the covariate \"%2\", which is not a numeric "
                                "baseline covariate; allowed: %3.")
                                 .arg(f.code, f.variable, covariates().join(QStringLiteral(", "))));
        const qint64 levels = f.source == StratSource::Site
                                  ? std::max<qint64>(1, static_cast<qint64>(protocol.sites.size()))
                                  : f.cutPoints.size() + 1;
        strata *= levels;
        if (strata > maxStrata)
            return makeError(ErrorCode::Invalid, tr("These factors make more than %1 strata; "
                                                    "choose fewer factors or fewer levels.")
                                                     .arg(maxStrata));
    }
    return {};
}

QString RandomizationRules::describe(const RandomizationSettings& s, const Protocol& protocol)
{
    QStringList parts;
    parts << QStringLiteral("method=") + randomizationMethodKey(s.method);
    QStringList arms;
    for (const Arm& a : protocol.arms)
        arms << QStringLiteral("%1:%2:%3").arg(a.id).arg(a.code).arg(a.ratioWeight);
    parts << QStringLiteral("arms=") + arms.join(QLatin1Char(','));
    if (s.method == RandomizationMethod::PermutedBlocks) {
        QStringList lengths;
        for (int l : PermutedBlocks::canonicalLengths(s.blockLengths))
            lengths << QString::number(l);
        parts << QStringLiteral("blocks=") + lengths.join(QLatin1Char(','));
    } else {
        parts << QStringLiteral("q=") + QString::number(s.q, 'g', 17);
    }
    const std::vector<const StratFactor*> chosen = chosenFactors(s, protocol);
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (!chosen[i])
            continue;
        const StratFactor& f = *chosen[i];
        QStringList cuts;
        for (double c : f.cutPoints)
            cuts << QString::number(c, 'g', 17);
        parts << QStringLiteral("factor=%1:%2:%3:%4:%5:%6")
                     .arg(f.id)
                     .arg(f.code, stratSourceKey(f.source), f.variable, cuts.join(QLatin1Char(',')),
                          QString::number(s.factors[i].weight, 'g', 17));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace td
