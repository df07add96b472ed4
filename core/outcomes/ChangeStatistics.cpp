#include "outcomes/ChangeStatistics.h"

#include "instruments/Score.h"

#include <QStringList>
#include <cmath>

namespace td {

double ChangeStatistics::cutoff(const ClinicalNorms& n)
{
    return (n.functionalSd * n.clinicalMean + n.clinicalSd * n.functionalMean) /
           (n.functionalSd + n.clinicalSd);
}

double ChangeStatistics::reliableImprovementBound(const InstrumentDefinition& d, double baseline,
                                                  double smallestReliableChange)
{
    return d.direction == Direction::HigherIsWorse ? baseline - smallestReliableChange
                                                   : baseline + smallestReliableChange;
}

Result<ChangeResult> ChangeStatistics::compute(const InstrumentDefinition& d, const ChangeInput& in)
{
    if (d.total == TotalMethod::None)
        return makeError(
            ErrorCode::Invalid,
            tr("%1 has no total score, so change on it is not defined.").arg(d.shortName));
    for (double v : {in.baseline, in.followup})
        if (!std::isfinite(v) || v < d.totalMin || v > d.totalMax)
            return makeError(ErrorCode::Invalid,
                             tr("Score %1 is outside the range of %2 (%3 to %4).")
                                 .arg(v)
                                 .arg(d.shortName)
                                 .arg(d.totalMin)
                                 .arg(d.totalMax));
    ChangeResult r;
    const std::optional<double> sd = in.sd ? in.sd : d.change.sd;
    const std::optional<double> rel = in.reliability ? in.reliability : d.change.reliability;
    if (!sd || !(*sd > 0))
        return makeError(ErrorCode::Invalid,
                         tr("The standard deviation must be a number above 0; %1 has no default, "
                            "so give one.")
                             .arg(d.shortName));
    if (!rel || !(*rel > 0 && *rel < 1))
        return makeError(ErrorCode::Invalid,
                         tr("The reliability must lie between 0 and 1 (exclusive); %1 has no "
                            "default, so give one.")
                             .arg(d.shortName));
    r.sd = *sd;
    r.reliability = *rel;
    r.se = r.sd * std::sqrt(1.0 - r.reliability);
    r.sDiff = std::sqrt(2.0) * r.se;
    r.rci = (in.followup - in.baseline) / r.sDiff;
    r.smallestReliableChange = criticalRci * r.sDiff;
    r.reliable = std::fabs(r.rci) > criticalRci;
    const bool lowerIsBetter = d.direction == Direction::HigherIsWorse;
    const bool improvedWay = lowerIsBetter ? in.followup < in.baseline : in.followup > in.baseline;
    r.direction = !r.reliable   ? QStringLiteral("unchanged")
                  : improvedWay ? QStringLiteral("improved")
                                : QStringLiteral("deteriorated");

    std::optional<ClinicalNorms> norms = in.norms;
    if (!norms && d.change.clinicalMean && d.change.clinicalSd && d.change.functionalMean &&
        d.change.functionalSd)
        norms = ClinicalNorms{*d.change.clinicalMean, *d.change.clinicalSd,
                              *d.change.functionalMean, *d.change.functionalSd};
    bool crossed = false;
    if (norms) {
        if (!(norms->clinicalSd > 0 && norms->functionalSd > 0))
            return makeError(ErrorCode::Invalid,
                             tr("The clinical and functional standard deviations must be above "
                                "0."));
        const double c = cutoff(*norms);
        r.cutoff = c;
        // a: two SDs from the clinical mean toward the functional side; b: two functional SDs
        // from the functional mean toward the clinical side (s0 for b, as docs/science.md notes).
        const double sign = lowerIsBetter ? 1.0 : -1.0;
        r.criterionA = norms->clinicalMean - sign * 2.0 * norms->clinicalSd;
        r.criterionB = norms->functionalMean + sign * 2.0 * norms->functionalSd;
        // Crossed c: started on the clinical side (at or beyond c) and ended on the functional
        // side (strictly beyond c). Our choice at the boundary, recorded in the codebook.
        crossed = lowerIsBetter ? (in.baseline >= c && in.followup < c)
                                : (in.baseline <= c && in.followup > c);
    }
    if (r.direction == QStringLiteral("improved"))
        r.classification = crossed ? QStringLiteral("recovered") : QStringLiteral("improved");
    else
        r.classification = r.direction;

    const double reduction = lowerIsBetter ? in.baseline - in.followup : in.followup - in.baseline;
    if (d.change.reliableChangePoints)
        r.reliableImprovementFixed = reduction >= *d.change.reliableChangePoints;
    if (d.change.caseness) {
        r.casenessBaseline = in.baseline >= *d.change.caseness;
        r.casenessFollowup = in.followup >= *d.change.caseness;
    }
    if (d.change.remissionMax)
        r.remission = in.followup <= *d.change.remissionMax;
    if (d.change.responseReduction) {
        r.responseDefined = true;
        if (in.baseline != 0)
            r.response = reduction / in.baseline >= *d.change.responseReduction;
    }
    return r;
}

namespace {
QString opt(const std::optional<double>& v)
{
    return v ? jsonNumber(*v) : QStringLiteral("null");
}
QString opt(const std::optional<bool>& v)
{
    return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("null");
}
QString str(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}
} // namespace

QString ChangeResult::toJson(const QString& instrumentId, double baseline, double followup) const
{
    QStringList parts = {
        QStringLiteral("\"instrument\": ") + str(instrumentId),
        QStringLiteral("\"baseline\": ") + jsonNumber(baseline),
        QStringLiteral("\"followup\": ") + jsonNumber(followup),
        QStringLiteral("\"sd\": ") + jsonNumber(sd),
        QStringLiteral("\"reliability\": ") + jsonNumber(reliability),
        QStringLiteral("\"se\": ") + jsonNumber(se),
        QStringLiteral("\"s_diff\": ") + jsonNumber(sDiff),
        QStringLiteral("\"rci\": ") + jsonNumber(rci),
        QStringLiteral("\"smallest_reliable_change\": ") + jsonNumber(smallestReliableChange),
        QStringLiteral("\"reliable\": ") +
            (reliable ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("\"direction\": ") + str(direction),
        QStringLiteral("\"cutoff\": ") + opt(cutoff),
        QStringLiteral("\"criterion_a\": ") + opt(criterionA),
        QStringLiteral("\"criterion_b\": ") + opt(criterionB),
        QStringLiteral("\"classification\": ") + str(classification),
    };
    if (remission)
        parts << QStringLiteral("\"remission\": ") + opt(remission);
    if (responseDefined)
        parts << QStringLiteral("\"response\": ") + opt(response);
    if (reliableImprovementFixed)
        parts << QStringLiteral("\"reliable_improvement_fixed\": ") + opt(reliableImprovementFixed);
    if (casenessBaseline)
        parts << QStringLiteral("\"caseness_baseline\": ") + opt(casenessBaseline)
              << QStringLiteral("\"caseness_followup\": ") + opt(casenessFollowup);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace td
