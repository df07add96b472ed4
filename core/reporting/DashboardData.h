#pragma once

// The rows the dashboard figures are computed from, each read with one query, so that
// Dashboard::all() reads every table once (internal to core/reporting).

#include "common/Result.h"
#include "reporting/Dashboard.h"

#include <QDate>
#include <map>
#include <unordered_map>
#include <vector>

namespace td {

class Database;

namespace reporting {

struct ParticipantRow
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 armId = 0; // 0 when not randomized
    QString status;
    QDate randomized; // invalid when not randomized
};

struct VisitRow
{
    qint64 id = 0;
    QString code;
    int weekOffset = 0;
    int windowDays = 0;
};

// One completed, scored, not removed assessment of one instrument of a randomized
// participant, ordered by participant, date and id.
struct ScoreRow
{
    qint64 participantId = 0;
    qint64 armId = 0;
    qint64 timePointId = 0; // 0 for an unscheduled (session) assessment
    int weekOffset = 0;
    double total = 0;
};

// The arm guesses after blinded ratings of one true arm (removed assessments left out).
struct GuessCounts
{
    int correct = 0;
    int incorrect = 0;
    int dontKnow = 0;
};

struct TrialRow
{
    int target = 0;
    QDate start;
    QDate end;
};

class DashboardData
{
public:
    static Result<TrialRow> trial(Database& db);
    static Result<std::vector<std::pair<qint64, QString>>> sites(Database& db);
    static Result<std::vector<ArmLabel>> arms(Database& db);
    static Result<std::vector<VisitRow>> visits(Database& db);
    // `reach`: Reach::participantCondition of the reader (site-bound staff see their sites).
    static Result<std::vector<ParticipantRow>> participants(Database& db, const QString& reach);
    static Result<std::vector<ScoreRow>> scores(Database& db, const QString& instrumentId);
    // Attended, not removed sessions per participant (participants without any are absent).
    static Result<std::unordered_map<qint64, int>> attendedSessions(Database& db);
    static Result<std::map<qint64, int>> plannedSessions(Database& db);
    // Arm guesses by the participant's true arm.
    static Result<std::map<qint64, GuessCounts>> guesses(Database& db);
};

// Pooled figures: every arm's rows in one group, `all` (Dashboard::allArms(), arm id -1).
void poolArms(const ArmLabel& all, std::vector<ArmLabel>& arms,
              std::vector<ParticipantRow>& participants, std::vector<ScoreRow>& scores);

// The figures from the rows (no database, no access checks).
Recruitment recruitmentFrom(const TrialRow& trial,
                            const std::vector<std::pair<qint64, QString>>& sites,
                            const std::vector<ParticipantRow>& participants);
ScreeningFunnel funnelFrom(const std::vector<ParticipantRow>& participants);
std::vector<ArmSize> armSizesFrom(const std::vector<ArmLabel>& arms,
                                  const std::vector<ParticipantRow>& participants);
std::vector<RetentionCell> retentionFrom(const std::vector<ArmLabel>& arms,
                                         const std::vector<VisitRow>& visits,
                                         const std::vector<ParticipantRow>& participants,
                                         const std::vector<ScoreRow>& scores, const QDate& today);
std::vector<ArmAttendance> attendanceFrom(const std::vector<ArmLabel>& arms,
                                          const std::map<qint64, int>& planned,
                                          const std::vector<ParticipantRow>& participants,
                                          const std::unordered_map<qint64, int>& attended);
std::vector<ArmBlinding> blindingFrom(const std::vector<ArmLabel>& arms,
                                      const std::map<qint64, GuessCounts>& guesses);
std::vector<TrajectoryCell> trajectoryFrom(const std::vector<ArmLabel>& arms,
                                           const std::vector<VisitRow>& visits,
                                           const std::vector<ScoreRow>& scores);

} // namespace reporting
} // namespace td
