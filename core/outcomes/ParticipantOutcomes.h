#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "outcomes/ChangeStatistics.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <vector>

namespace td {

class Database;

struct TrajectoryPoint
{
    qint64 assessmentId = 0;
    QDate date;
    double weeks = 0; // since randomization (negative before it)
    double value = 0;
};

// One measure of one participant over time: an instrument's total ("phq9") or a subscale
// ("rfq8.rfq_c"). Change statistics apply to totals only.
struct MeasureOutcome
{
    QString measure;
    QString instrumentId;
    std::vector<TrajectoryPoint> trajectory; // completed, scored, not removed; by date
    std::optional<TrajectoryPoint> baseline; // the baseline visit, else the first point
    std::optional<TrajectoryPoint> latest;
    std::optional<ChangeResult> change; // baseline to latest, where norms allow
    // Reliable change around the baseline (totals, where norms allow), even before there is a
    // follow-up: 1.96 x S_diff, and the score beyond which (strictly) a follow-up is a reliable
    // improvement (ChangeStatistics::reliableImprovementBound).
    std::optional<double> smallestReliableChange;
    std::optional<double> reliableImprovementBound;
    std::optional<double> slopePerWeek; // ordinary least squares
};

class ParticipantOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantOutcomes)

public:
    explicit ParticipantOutcomes(Database& db) : m_db(db) {}

    Result<std::vector<MeasureOutcome>> forParticipant(const Actor& actor, qint64 participantId);
    // Slope of y on x by ordinary least squares; empty with fewer than two distinct x.
    static std::optional<double> olsSlope(const std::vector<std::pair<double, double>>& points);

private:
    Database& m_db;
};

} // namespace td
