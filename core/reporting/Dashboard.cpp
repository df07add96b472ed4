#include "reporting/Dashboard.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "audit/AuditLog.h"
#include "reporting/DashboardData.h"
#include "reporting/ReportAccess.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QFileInfo>

namespace td {

using reporting::DashboardData;
using Level = ReportAccess::Level;

double Recruitment::targetOn(const QDate& date) const
{
    if (!start.isValid() || !end.isValid() || date < start)
        return 0;
    const qint64 days = start.daysTo(end);
    if (date >= end || days <= 0)
        return target;
    return target * static_cast<double>(start.daysTo(date)) / static_cast<double>(days);
}

Result<Recruitment> Dashboard::recruitment(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, Level::TrialCounts));
    auto trial = DashboardData::trial(m_db);
    TD_TRY(trial);
    auto sites = DashboardData::sites(m_db);
    TD_TRY(sites);
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    return reporting::recruitmentFrom(*trial, *sites, *participants);
}

Result<ScreeningFunnel> Dashboard::funnel(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, Level::TrialCounts));
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    return reporting::funnelFrom(*participants);
}

Result<int> Dashboard::openAlerts(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, Level::TrialCounts));
    TD_TRY(Access::require(actor, Permission::ViewAlerts));
    // As AlertRepository: a blinded reader does not count alerts of session measures.
    auto n =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM alert a JOIN participant p ON p.id = "
                                   "a.participant_id WHERE a.acknowledged_at IS NULL%1%2")
                        .arg(Reach::participantCondition(actor, QStringLiteral("p")),
                             Disclosure::of(actor).alertsWithoutSessions(QStringLiteral("a"))));
    TD_TRY(n);
    return n->toInt();
}

Result<std::vector<ArmSize>> Dashboard::armSizes(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, Level::CountsByArm));
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    return reporting::armSizesFrom(*arms, *participants);
}

Result<std::vector<RetentionCell>> Dashboard::retention(const Actor& actor,
                                                        const QString& instrumentId)
{
    auto groups = outcomeGroups(actor, instrumentId);
    TD_TRY(groups);
    auto visits = DashboardData::visits(m_db);
    TD_TRY(visits);
    return reporting::retentionFrom(groups->arms, *visits, groups->participants, groups->scores,
                                    m_db.clock().today());
}

Result<std::vector<ArmAttendance>> Dashboard::attendance(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, Level::CountsByArm));
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    auto planned = DashboardData::plannedSessions(m_db);
    TD_TRY(planned);
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    auto attended = DashboardData::attendedSessions(m_db);
    TD_TRY(attended);
    return reporting::attendanceFrom(*arms, *planned, *participants, *attended);
}

Result<std::vector<ArmBlinding>> Dashboard::blinding(const Actor& actor)
{
    TD_TRY(ReportAccess::requireComparative(m_db, actor));
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    auto guesses = DashboardData::guesses(m_db);
    TD_TRY(guesses);
    return reporting::blindingFrom(*arms, *guesses);
}

Result<DashboardOptions> Dashboard::withDefaults(const DashboardOptions& asked)
{
    DashboardOptions options = asked;
    if (!options.instrumentId.isEmpty() && !options.endpointCode.isEmpty())
        return options;
    auto primary = ProtocolRepository(m_db).primaryOutcome();
    TD_TRY(primary);
    if (options.instrumentId.isEmpty())
        options.instrumentId = primary->instrumentId;
    if (options.endpointCode.isEmpty() && options.instrumentId == primary->instrumentId)
        options.endpointCode = primary->timePoint;
    if (options.instrumentId.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The protocol names no primary outcome; choose an instrument."));
    return options;
}

Result<DashboardFigures> Dashboard::all(const Actor& actor, const DashboardOptions& asked)
{
    auto resolved = withDefaults(asked);
    TD_TRY(resolved);
    const DashboardOptions& options = *resolved;
    DashboardFigures f;
    const bool counts = ReportAccess::allows(actor, Level::TrialCounts);
    const bool byArm = ReportAccess::allows(actor, Level::CountsByArm);
    auto comparative = ReportAccess::comparative(m_db, actor);
    TD_TRY(comparative);
    f.comparative = *comparative;
    if (!counts) {
        f.withheld << QStringLiteral("recruitment") << QStringLiteral("funnel")
                   << QStringLiteral("openAlerts");
    } else {
        auto alerts = openAlerts(actor);
        if (alerts.ok())
            f.openAlerts = *alerts;
        else if (alerts.error().code == ErrorCode::Forbidden)
            f.withheld << QStringLiteral("openAlerts");
        else
            return alerts.error();
    }
    if (!byArm)
        f.withheld << QStringLiteral("armSizes") << QStringLiteral("retention")
                   << QStringLiteral("attendance") << QStringLiteral("trajectory")
                   << QStringLiteral("change");
    if (!f.comparative)
        f.withheld << QStringLiteral("effectSize") << QStringLiteral("blindingIndex");
    if (!counts)
        return f;

    // Each table once, shared by the figures.
    auto participants = DashboardData::participants(m_db, Reach::participantCondition(actor));
    TD_TRY(participants);
    auto trial = DashboardData::trial(m_db);
    TD_TRY(trial);
    auto sites = DashboardData::sites(m_db);
    TD_TRY(sites);
    f.recruitment = reporting::recruitmentFrom(*trial, *sites, *participants);
    f.funnel = reporting::funnelFrom(*participants);
    if (!byArm)
        return f;
    auto arms = DashboardData::arms(m_db);
    TD_TRY(arms);
    auto visits = DashboardData::visits(m_db);
    TD_TRY(visits);
    auto scores = DashboardData::scores(m_db, options.instrumentId);
    TD_TRY(scores);
    auto planned = DashboardData::plannedSessions(m_db);
    TD_TRY(planned);
    auto attended = DashboardData::attendedSessions(m_db);
    TD_TRY(attended);
    f.armSizes = reporting::armSizesFrom(*arms, *participants);
    f.attendance = reporting::attendanceFrom(*arms, *planned, *participants, *attended);
    // The outcome figures: per arm only for those who may compare the arms.
    std::vector<reporting::ParticipantRow> people = std::move(participants).value();
    std::vector<reporting::ScoreRow> rows = std::move(scores).value();
    std::vector<ArmLabel> groups = *arms;
    if (!f.comparative) {
        reporting::poolArms(allArms(), groups, people, rows);
        f.pooledNote = ReportAccess::pooledNote(m_db);
    }
    f.retention = reporting::retentionFrom(groups, *visits, people, rows, m_db.clock().today());
    f.trajectory = reporting::trajectoryFrom(groups, *visits, rows);
    auto change = changeFrom(options.instrumentId, groups, rows);
    TD_TRY(change);
    f.change = std::move(change).value();
    if (!f.comparative)
        return f;
    auto effect = comparison(*f.trajectory, *arms, options);
    TD_TRY(effect);
    f.effectSize = std::move(effect).value();
    auto guesses = DashboardData::guesses(m_db);
    TD_TRY(guesses);
    f.blinding = reporting::blindingFrom(*arms, *guesses);
    return f;
}

Status Dashboard::recordDmcReport(const Actor& actor, const QString& fileName)
{
    TD_TRY(ReportAccess::requireComparative(m_db, actor));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("exported"),
                             QStringLiteral("dmc_report"),
                             {},
                             QStringLiteral("file"),
                             {},
                             QFileInfo(fileName).fileName(),
                             {}}));
    return tx.commit();
}

} // namespace td
