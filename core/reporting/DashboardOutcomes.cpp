// The outcome figures of the dashboard: observed-case trajectories per arm, change classes
// baseline to latest, and the effect size at the endpoint.

#include "access/Reach.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/ChangeStatistics.h"
#include "outcomes/NormRepository.h"
#include "reporting/Dashboard.h"
#include "reporting/DashboardData.h"
#include "reporting/ReportAccess.h"
#include "storage/Database.h"

#include <map>

namespace td {

using reporting::DashboardData;
using reporting::ScoreRow;

Result<std::vector<TrajectoryCell>> Dashboard::trajectory(const Actor& actor,
                                                          const QString& instrumentId)
{
    auto groups = outcomeGroups(actor, instrumentId);
    TD_TRY(groups);
    auto visits = DashboardData::visits(m_db);
    TD_TRY(visits);
    return reporting::trajectoryFrom(groups->arms, *visits, groups->scores);
}

Result<std::vector<ChangeClasses>> Dashboard::changeClasses(const Actor& actor,
                                                            const QString& instrumentId)
{
    auto groups = outcomeGroups(actor, instrumentId);
    TD_TRY(groups);
    return changeFrom(instrumentId, groups->arms, groups->scores);
}

ArmLabel Dashboard::allArms()
{
    return {-1, QStringLiteral("all"), tr("All arms")};
}

Result<Dashboard::OutcomeGroups> Dashboard::outcomeGroups(const Actor& actor,
                                                          const QString& instrumentId)
{
    TD_TRY(ReportAccess::require(actor, ReportAccess::Level::CountsByArm));
    auto comparative = ReportAccess::comparative(m_db, actor);
    TD_TRY(comparative);
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    auto scores = DashboardData::scores(m_db, instrumentId);
    TD_TRY(scores);
    OutcomeGroups g{std::move(arms).value(), std::move(participants).value(),
                    std::move(scores).value(), *comparative};
    if (!g.comparative)
        reporting::poolArms(allArms(), g.arms, g.participants, g.scores);
    return g;
}

Result<std::vector<ChangeClasses>> Dashboard::changeFrom(const QString& instrumentId,
                                                         const std::vector<ArmLabel>& arms,
                                                         const std::vector<ScoreRow>& scores)
{
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    auto definition = catalog->require(instrumentId);
    TD_TRY(definition);
    auto defaults = NormRepository(m_db).defaults(**definition);
    TD_TRY(defaults);

    struct Counts
    {
        int n = 0;
        int recovered = 0;
        int improved = 0;
        int unchanged = 0;
        int deteriorated = 0;
    };
    std::map<qint64, Counts> counts;
    // Per participant (the rows come by participant and date): the baseline is the week-0
    // visit, else the first score; the latest is the last score after the baseline.
    std::size_t i = 0;
    while (i < scores.size()) {
        std::size_t end = i;
        while (end < scores.size() && scores[end].participantId == scores[i].participantId)
            ++end;
        std::size_t baseline = i;
        for (std::size_t k = i; k < end; ++k)
            if (scores[k].timePointId != 0 && scores[k].weekOffset == 0) {
                baseline = k;
                break;
            }
        if (end - 1 > baseline) {
            ChangeInput in = *defaults;
            in.baseline = scores[baseline].total;
            in.followup = scores[end - 1].total;
            auto r = ChangeStatistics::compute(**definition, in);
            TD_TRY(r);
            Counts& c = counts[scores[i].armId];
            ++c.n;
            if (r->classification == QStringLiteral("recovered"))
                ++c.recovered;
            else if (r->classification == QStringLiteral("improved"))
                ++c.improved;
            else if (r->classification == QStringLiteral("deteriorated"))
                ++c.deteriorated;
            else
                ++c.unchanged;
        }
        i = end;
    }
    std::vector<ChangeClasses> out;
    for (const ArmLabel& arm : arms) {
        const Counts& c = counts[arm.armId];
        out.push_back({arm, c.n, Statistics::wilson(c.recovered, c.n),
                       Statistics::wilson(c.improved, c.n), Statistics::wilson(c.unchanged, c.n),
                       Statistics::wilson(c.deteriorated, c.n)});
    }
    return out;
}

Result<ArmComparison> Dashboard::effectSize(const Actor& actor, const DashboardOptions& asked)
{
    auto resolved = withDefaults(asked);
    TD_TRY(resolved);
    const DashboardOptions& options = *resolved;
    TD_TRY(ReportAccess::requireComparative(m_db, actor));
    auto cells = trajectory(actor, options.instrumentId);
    TD_TRY(cells);
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    return comparison(*cells, *arms, options);
}

Result<ArmComparison> Dashboard::comparison(const std::vector<TrajectoryCell>& cells,
                                            const std::vector<ArmLabel>& arms,
                                            const DashboardOptions& options)
{
    ArmComparison c;
    c.instrumentId = options.instrumentId;
    const qint64 arm1 = options.arm1 ? options.arm1 : (arms.size() > 0 ? arms[0].armId : 0);
    const qint64 arm2 = options.arm2 ? options.arm2 : (arms.size() > 1 ? arms[1].armId : 0);
    const ArmLabel* a1 = nullptr;
    const ArmLabel* a2 = nullptr;
    for (const ArmLabel& a : arms) {
        if (a.armId == arm1)
            a1 = &a;
        if (a.armId == arm2)
            a2 = &a;
    }
    if (!a1 || !a2 || arm1 == arm2)
        return makeError(ErrorCode::Invalid,
                         tr("An effect size compares two different arms of the trial."));
    c.arm1 = *a1;
    c.arm2 = *a2;
    // The endpoint: the one asked for (the primary outcome's visit by default), else the
    // latest visit with scores.
    QString endpoint = options.endpointCode;
    if (endpoint.isEmpty()) {
        int latest = -1;
        for (const TrajectoryCell& cell : cells) {
            if (cell.weekOffset > latest) {
                latest = cell.weekOffset;
                endpoint = cell.timePointCode;
            }
        }
    }
    c.timePointCode = endpoint;
    for (const TrajectoryCell& cell : cells) {
        if (cell.timePointCode != endpoint)
            continue;
        if (cell.arm.armId == arm1)
            c.score1 = cell.score;
        else if (cell.arm.armId == arm2)
            c.score2 = cell.score;
    }
    c.effect = Statistics::cohensD(c.score1.mean, c.score1.sd, c.score1.n, c.score2.mean,
                                   c.score2.sd, c.score2.n);
    return c;
}

} // namespace td
