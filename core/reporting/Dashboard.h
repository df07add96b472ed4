#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "reporting/Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>
#include <vector>

namespace td {

class Database;
namespace reporting {
struct ScoreRow;
struct ParticipantRow;
} // namespace reporting

// The PI dashboard's figures (issue 5 item 6), all computed here from the data. Each figure
// has its own call and access level (ReportAccess); all() gathers those the caller may see.

struct RecruitmentPoint
{
    QDate date;
    int cumulative = 0; // randomized up to and including `date`
};

struct RecruitmentCurve
{
    qint64 siteId = 0; // 0: all sites
    QString siteCode;
    std::vector<RecruitmentPoint> points; // one per date on which someone was randomized
    int total = 0;
};

struct Recruitment
{
    QDate start; // the recruitment period; the target line runs from 0 at start
    QDate end;   // to the target sample size at end
    int target = 0;
    std::vector<RecruitmentCurve> curves; // all sites first, then each site
    // The target line's value on a date (0 before start, target after end).
    double targetOn(const QDate& date) const;
};

struct ScreeningFunnel
{
    int assessed = 0;  // screened
    int eligible = 0;  // found eligible (whatever happened next)
    int consented = 0; // consented (whatever happened next)
    int randomized = 0;
};

struct ArmLabel
{
    qint64 armId = 0;
    QString code;
    QString name;     // the protocol's English name
    QString nameNb{}; // its Bokmål name (empty when the same, or for pooled arms)
};

struct ArmSize
{
    ArmLabel arm;
    int randomized = 0;
};

// Share of the randomized participants who are due for a visit (its window has closed, or
// they already have it) with a completed assessment at that visit.
struct RetentionCell
{
    ArmLabel arm;
    qint64 timePointId = 0;
    QString timePointCode;
    Proportion retained;
};

struct ArmAttendance
{
    ArmLabel arm;
    int planned = 0;               // planned sessions of the arm
    MeanEstimate proportionOfDose; // mean over randomized participants of attended / planned
};

// Observed cases: the completed scores of one instrument at one visit.
struct TrajectoryCell
{
    ArmLabel arm;
    qint64 timePointId = 0;
    QString timePointCode;
    int weekOffset = 0;
    MeanEstimate score;
};

struct ChangeClasses
{
    ArmLabel arm;
    int n = 0; // participants with a baseline and a later score
    Proportion recovered;
    Proportion improved;
    Proportion unchanged;
    Proportion deteriorated;
};

struct ArmComparison
{
    QString instrumentId;
    QString timePointCode;
    ArmLabel arm1; // d = arm1 - arm2 (negative: arm1 lower, i.e. less severe)
    ArmLabel arm2;
    MeanEstimate score1;
    MeanEstimate score2;
    std::optional<EffectSize> effect; // empty when the groups are too small or SD is 0
};

// Bang's blinding index of one arm, from the blinded assessors' guesses after rating the
// participants randomized to it (grouped by the true arm; "don't know" counts in N). With more
// than two arms, guessing any other arm counts as incorrect.
struct ArmBlinding
{
    ArmLabel arm;
    std::optional<BlindingIndex> index; // empty when no guess was recorded
};

struct DashboardOptions
{
    // Trajectory, change and effect size; empty: the protocol's primary outcome.
    QString instrumentId;
    // Time point of the effect size; empty: the primary outcome's, else the last visit.
    QString endpointCode;
    qint64 arm1 = 0; // default: the first two arms
    qint64 arm2 = 0;
};

struct DashboardFigures
{
    std::optional<Recruitment> recruitment;
    std::optional<ScreeningFunnel> funnel;
    std::optional<int> openAlerts;
    std::optional<std::vector<ArmSize>> armSizes;
    std::optional<std::vector<RetentionCell>> retention;
    std::optional<std::vector<ArmAttendance>> attendance;
    std::optional<std::vector<TrajectoryCell>> trajectory;
    std::optional<std::vector<ChangeClasses>> change;
    std::optional<ArmComparison> effectSize;
    std::optional<std::vector<ArmBlinding>> blinding;
    // Retention, trajectory and change per arm (true), or pooled over the arms in one group
    // "all" (false: the reader may not compare the arms' outcomes; see pooledNote).
    bool comparative = false;
    QString pooledNote;   // why the figures are pooled; empty when comparative
    QStringList withheld; // keys of the figures the caller may not see
};

class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    explicit Dashboard(Database& db) : m_db(db) {}

    Result<Recruitment> recruitment(const Actor& actor);
    Result<ScreeningFunnel> funnel(const Actor& actor);
    Result<int> openAlerts(const Actor& actor);
    Result<std::vector<ArmSize>> armSizes(const Actor& actor);
    // Retention on the completed assessments of `instrumentId` (the primary outcome).
    Result<std::vector<RetentionCell>> retention(const Actor& actor, const QString& instrumentId);
    Result<std::vector<ArmAttendance>> attendance(const Actor& actor);
    // Retention, trajectory and change classes are per arm for those who may compare the
    // arms' outcomes (ReportAccess::comparative), and pooled over the arms (one group,
    // allArms()) for the other unblinded readers. The effect size and the blinding index
    // exist only per arm.
    Result<std::vector<TrajectoryCell>> trajectory(const Actor& actor, const QString& instrumentId);
    Result<std::vector<ChangeClasses>> changeClasses(const Actor& actor,
                                                     const QString& instrumentId);
    Result<ArmComparison> effectSize(const Actor& actor, const DashboardOptions& options);
    // Bang's blinding index per arm (PI and statistician: it compares the arms).
    Result<std::vector<ArmBlinding>> blinding(const Actor& actor);

    // Every figure the caller may see, reading each table once; the others are named in
    // `withheld`.
    Result<DashboardFigures> all(const Actor& actor, const DashboardOptions& options = {});

    // The options with the protocol's primary outcome where they leave it open.
    Result<DashboardOptions> withDefaults(const DashboardOptions& options);

    // Records in the audit trail that `actor` made the closed DMC report (the comparative
    // figures) into the file `fileName`; refused to those who may not compare the arms.
    Status recordDmcReport(const Actor& actor, const QString& fileName);

    // The one group of pooled figures (arm id -1, code "all").
    static ArmLabel allArms();

private:
    struct OutcomeGroups
    {
        std::vector<ArmLabel> arms;
        std::vector<reporting::ParticipantRow> participants;
        std::vector<reporting::ScoreRow> scores;
        bool comparative = false;
    };
    // The arms and rows of the outcome figures: per arm, or pooled.
    Result<OutcomeGroups> outcomeGroups(const Actor& actor, const QString& instrumentId);
    // Change classes (baseline to latest) from the instrument's score rows, ordered by
    // participant and date.
    Result<std::vector<ChangeClasses>> changeFrom(const QString& instrumentId,
                                                  const std::vector<ArmLabel>& arms,
                                                  const std::vector<reporting::ScoreRow>& scores);
    // Cohen's d between two arms at the endpoint, from the trajectory cells.
    static Result<ArmComparison> comparison(const std::vector<TrajectoryCell>& cells,
                                            const std::vector<ArmLabel>& arms,
                                            const DashboardOptions& options);

    Database& m_db;
};

} // namespace td
