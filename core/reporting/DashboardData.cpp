#include "reporting/DashboardData.h"

#include "storage/Database.h"

#include <algorithm>
#include <set>

namespace td::reporting {

Result<TrialRow> DashboardData::trial(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT target_sample_size, recruitment_start, "
                                    "recruitment_end FROM trial ORDER BY id LIMIT 1"));
    TD_TRY(q);
    TrialRow t;
    if ((*q)->next()) {
        t.target = (*q)->value(0).toInt();
        t.start = QDate::fromString((*q)->value(1).toString(), Qt::ISODate);
        t.end = QDate::fromString((*q)->value(2).toString(), Qt::ISODate);
    }
    (*q)->finish();
    return t;
}

Result<std::vector<std::pair<qint64, QString>>> DashboardData::sites(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, code FROM site ORDER BY id"));
    TD_TRY(q);
    std::vector<std::pair<qint64, QString>> out;
    while ((*q)->next())
        out.emplace_back((*q)->value(0).toLongLong(), (*q)->value(1).toString());
    return out;
}

Result<std::vector<ArmLabel>> DashboardData::arms(Database& db)
{
    // The Bokmål name since schema 8; a file of an older schema is read as it is.
    auto version = db.schemaVersion();
    TD_TRY(version);
    auto q = db.exec(QStringLiteral("SELECT id, code, name, %1 FROM arm ORDER BY id")
                         .arg(*version >= 8 ? QStringLiteral("name_nb") : QStringLiteral("''")));
    TD_TRY(q);
    std::vector<ArmLabel> out;
    while ((*q)->next())
        out.push_back({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                       (*q)->value(2).toString(), (*q)->value(3).toString()});
    return out;
}

Result<std::vector<VisitRow>> DashboardData::visits(Database& db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT id, code, week_offset, window_days FROM time_point ORDER BY week_offset, id"));
    TD_TRY(q);
    std::vector<VisitRow> out;
    while ((*q)->next())
        out.push_back({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                       (*q)->value(2).toInt(), (*q)->value(3).toInt()});
    return out;
}

Result<std::vector<ParticipantRow>> DashboardData::participants(Database& db, const QString& reach)
{
    auto q = db.exec(QStringLiteral("SELECT id, site_id, arm_id, status, substr(randomized_at, "
                                    "1, 10) FROM participant WHERE 1 = 1%1 ORDER BY id")
                         .arg(reach));
    TD_TRY(q);
    std::vector<ParticipantRow> out;
    while ((*q)->next()) {
        ParticipantRow p;
        p.id = (*q)->value(0).toLongLong();
        p.siteId = (*q)->value(1).toLongLong();
        p.status = (*q)->value(3).toString();
        if (!(*q)->isNull(4)) {
            p.randomized = QDate::fromString((*q)->value(4).toString(), Qt::ISODate);
            p.armId = (*q)->value(2).toLongLong();
        }
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<ScoreRow>> DashboardData::scores(Database& db, const QString& instrumentId)
{
    auto q = db.exec(
        QStringLiteral("SELECT x.participant_id, p.arm_id, x.time_point_id, t.week_offset, "
                       "s.total FROM assessment x JOIN assessment_score s ON s.assessment_id = "
                       "x.id JOIN participant p ON p.id = x.participant_id LEFT JOIN time_point "
                       "t ON t.id = x.time_point_id WHERE x.instrument_id = ? AND x.status = "
                       "'complete' AND x.removed = 0 AND s.total IS NOT NULL AND p.randomized_at "
                       "IS NOT NULL ORDER BY x.participant_id, x.assessment_date, x.id"),
        {instrumentId});
    TD_TRY(q);
    std::vector<ScoreRow> out;
    while ((*q)->next())
        out.push_back({(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong(),
                       (*q)->value(2).toLongLong(), (*q)->value(3).toInt(),
                       (*q)->value(4).toDouble()});
    return out;
}

Result<std::unordered_map<qint64, int>> DashboardData::attendedSessions(Database& db)
{
    // "+participant_id" keeps SQLite from walking the participant index (a random read per
    // session): one scan and a sort is several times faster on a large trial. The select list
    // names the same expression, as PostgreSQL requires of a grouped column.
    auto q = db.exec(QStringLiteral("SELECT +participant_id, COUNT(*) FROM therapy_session WHERE "
                                    "removed = 0 AND attendance = 'attended' GROUP BY "
                                    "+participant_id"));
    TD_TRY(q);
    std::unordered_map<qint64, int> out;
    while ((*q)->next())
        out[(*q)->value(0).toLongLong()] = (*q)->value(1).toInt();
    return out;
}

Result<std::map<qint64, int>> DashboardData::plannedSessions(Database& db)
{
    auto q = db.exec(
        QStringLiteral("SELECT arm_id, SUM(session_count) FROM arm_session_plan GROUP BY arm_id"));
    TD_TRY(q);
    std::map<qint64, int> out;
    while ((*q)->next())
        out[(*q)->value(0).toLongLong()] = (*q)->value(1).toInt();
    return out;
}

Result<std::map<qint64, GuessCounts>> DashboardData::guesses(Database& db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT p.arm_id, SUM(CASE WHEN g.guessed_arm_id = p.arm_id THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN g.guessed_arm_id <> p.arm_id THEN 1 ELSE 0 END), SUM(CASE WHEN "
        "g.guessed_arm_id IS NULL THEN 1 ELSE 0 END) FROM arm_guess g JOIN assessment a ON a.id = "
        "g.assessment_id JOIN participant p ON p.id = a.participant_id WHERE a.removed = 0 AND "
        "p.arm_id IS NOT NULL GROUP BY p.arm_id"));
    TD_TRY(q);
    std::map<qint64, GuessCounts> out;
    while ((*q)->next())
        out[(*q)->value(0).toLongLong()] = {(*q)->value(1).toInt(), (*q)->value(2).toInt(),
                                            (*q)->value(3).toInt()};
    return out;
}

Recruitment recruitmentFrom(const TrialRow& trial,
                            const std::vector<std::pair<qint64, QString>>& sites,
                            const std::vector<ParticipantRow>& participants)
{
    Recruitment r;
    r.target = trial.target;
    r.start = trial.start;
    r.end = trial.end;
    r.curves.push_back({0, QString(), {}, 0});
    for (const auto& [id, code] : sites)
        r.curves.push_back({id, code, {}, 0});
    std::vector<std::pair<QDate, qint64>> dates;
    for (const ParticipantRow& p : participants)
        if (p.randomized.isValid())
            dates.emplace_back(p.randomized, p.siteId);
    std::sort(dates.begin(), dates.end());
    auto step = [](RecruitmentCurve& curve, const QDate& date) {
        ++curve.total;
        if (!curve.points.empty() && curve.points.back().date == date)
            curve.points.back().cumulative = curve.total;
        else
            curve.points.push_back({date, curve.total});
    };
    for (const auto& [date, site] : dates) {
        step(r.curves.front(), date);
        for (std::size_t i = 1; i < r.curves.size(); ++i)
            if (r.curves[i].siteId == site)
                step(r.curves[i], date);
    }
    return r;
}

ScreeningFunnel funnelFrom(const std::vector<ParticipantRow>& participants)
{
    ScreeningFunnel f;
    for (const ParticipantRow& p : participants) {
        ++f.assessed;
        if (p.randomized.isValid())
            ++f.randomized;
        // The life cycle is one-way: every status past a step has passed it.
        if (p.status == QStringLiteral("screened") || p.status == QStringLiteral("ineligible"))
            continue;
        ++f.eligible;
        if (p.status != QStringLiteral("eligible") && p.status != QStringLiteral("declined"))
            ++f.consented;
    }
    return f;
}

std::vector<ArmSize> armSizesFrom(const std::vector<ArmLabel>& arms,
                                  const std::vector<ParticipantRow>& participants)
{
    std::map<qint64, int> counts;
    for (const ParticipantRow& p : participants)
        if (p.randomized.isValid())
            ++counts[p.armId];
    std::vector<ArmSize> out;
    for (const ArmLabel& a : arms)
        out.push_back({a, counts[a.armId]});
    return out;
}

std::vector<RetentionCell> retentionFrom(const std::vector<ArmLabel>& arms,
                                         const std::vector<VisitRow>& visits,
                                         const std::vector<ParticipantRow>& participants,
                                         const std::vector<ScoreRow>& scores, const QDate& today)
{
    // A visit is due once its window has closed (randomized + weeks x 7 + window < today);
    // a participant who already has the visit counts as due as well.
    std::unordered_map<qint64, const ParticipantRow*> byId;
    for (const ParticipantRow& p : participants)
        if (p.randomized.isValid())
            byId[p.id] = &p;
    auto isDue = [&today](const ParticipantRow& p, const VisitRow& v) {
        return p.randomized.addDays(v.weekOffset * 7 + v.windowDays) < today;
    };
    std::map<std::pair<qint64, qint64>, std::pair<int, int>> cells; // (arm, visit) -> (done, due)
    for (const ParticipantRow& p : participants)
        if (p.randomized.isValid())
            for (const VisitRow& v : visits)
                if (isDue(p, v))
                    ++cells[{p.armId, v.id}].second;
    std::set<std::pair<qint64, qint64>> seen; // (participant, visit), counted once
    std::map<qint64, const VisitRow*> visitById;
    for (const VisitRow& v : visits)
        visitById[v.id] = &v;
    for (const ScoreRow& s : scores) {
        const auto visit = visitById.find(s.timePointId);
        const auto participant = byId.find(s.participantId);
        if (visit == visitById.end() || participant == byId.end() ||
            !seen.insert({s.participantId, s.timePointId}).second)
            continue;
        auto& cell = cells[{participant->second->armId, s.timePointId}];
        ++cell.first;
        if (!isDue(*participant->second, *visit->second))
            ++cell.second;
    }
    std::vector<RetentionCell> out;
    for (const ArmLabel& arm : arms)
        for (const VisitRow& v : visits) {
            const auto& c = cells[{arm.armId, v.id}];
            out.push_back({arm, v.id, v.code, Statistics::wilson(c.first, c.second)});
        }
    return out;
}

std::vector<ArmAttendance> attendanceFrom(const std::vector<ArmLabel>& arms,
                                          const std::map<qint64, int>& planned,
                                          const std::vector<ParticipantRow>& participants,
                                          const std::unordered_map<qint64, int>& attended)
{
    std::map<qint64, std::vector<double>> shares;
    for (const ParticipantRow& p : participants) {
        if (!p.randomized.isValid())
            continue;
        const auto plan = planned.find(p.armId);
        const auto n = attended.find(p.id);
        const int sessions = n == attended.end() ? 0 : n->second;
        const int plannedSessions = plan == planned.end() ? 0 : plan->second;
        shares[p.armId].push_back(
            plannedSessions > 0 ? std::min(1.0, static_cast<double>(sessions) / plannedSessions)
                                : 0.0);
    }
    std::vector<ArmAttendance> out;
    for (const ArmLabel& arm : arms) {
        const auto plan = planned.find(arm.armId);
        out.push_back(
            {arm, plan == planned.end() ? 0 : plan->second, Statistics::mean(shares[arm.armId])});
    }
    return out;
}

std::vector<ArmBlinding> blindingFrom(const std::vector<ArmLabel>& arms,
                                      const std::map<qint64, GuessCounts>& guesses)
{
    std::vector<ArmBlinding> out;
    for (const ArmLabel& arm : arms) {
        const auto g = guesses.find(arm.armId);
        out.push_back({arm, g == guesses.end()
                                ? std::nullopt
                                : Statistics::bangIndex(g->second.correct, g->second.incorrect,
                                                        g->second.dontKnow)});
    }
    return out;
}

std::vector<TrajectoryCell> trajectoryFrom(const std::vector<ArmLabel>& arms,
                                           const std::vector<VisitRow>& visits,
                                           const std::vector<ScoreRow>& scores)
{
    std::map<std::pair<qint64, qint64>, std::vector<double>> values; // (arm, visit)
    for (const ScoreRow& s : scores)
        if (s.timePointId != 0)
            values[{s.armId, s.timePointId}].push_back(s.total);
    std::vector<TrajectoryCell> out;
    for (const ArmLabel& arm : arms)
        for (const VisitRow& v : visits) {
            const auto cell = values.find({arm.armId, v.id});
            if (cell != values.end())
                out.push_back({arm, v.id, v.code, v.weekOffset, Statistics::mean(cell->second)});
        }
    return out;
}

void poolArms(const ArmLabel& all, std::vector<ArmLabel>& arms,
              std::vector<ParticipantRow>& participants, std::vector<ScoreRow>& scores)
{
    arms = {all};
    for (ParticipantRow& p : participants)
        if (p.armId)
            p.armId = all.armId;
    for (ScoreRow& s : scores)
        s.armId = all.armId;
}

} // namespace td::reporting
