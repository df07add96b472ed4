#include "reporting/ConsortReport.h"

#include "access/Reach.h"
#include "instruments/InstrumentCatalog.h"
#include "reporting/ReportAccess.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QMap>
#include <algorithm>

namespace td {

namespace {

// Reasons tallied while reading, then listed most frequent first (ties by text).
class Tally
{
public:
    void add(const QString& reason, int count) { m_counts[reason] += count; }
    std::vector<ReasonCount> list() const
    {
        std::vector<ReasonCount> out;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            out.push_back({it.key(), it.value()});
        std::stable_sort(out.begin(), out.end(), [](const ReasonCount& a, const ReasonCount& b) {
            return a.count > b.count;
        });
        return out;
    }

private:
    QMap<QString, int> m_counts;
};

struct ArmTallies
{
    Tally notReceived;
    Tally lost;
    Tally discontinued;
    Tally excluded;
};

int sum(const std::vector<ReasonCount>& reasons)
{
    int n = 0;
    for (const auto& r : reasons)
        n += r.count;
    return n;
}

} // namespace

Result<ConsortCounts> ConsortReport::compute(const Actor& actor, const ConsortRules& asked)
{
    TD_TRY(ReportAccess::require(actor, ReportAccess::Level::CountsByArm));
    ConsortRules rules = asked;
    if (rules.primaryInstrument.isEmpty()) {
        auto primary = ProtocolRepository(m_db).primaryOutcome();
        TD_TRY(primary);
        rules.primaryInstrument = primary->instrumentId;
    }
    if (rules.primaryInstrument.isEmpty() || rules.minPostBaseline < 1)
        return makeError(ErrorCode::Invalid,
                         tr("The analysed rule needs a primary instrument (the protocol names "
                            "none) and at least one post-baseline assessment."));
    return build(rules, true, Reach::participantCondition(actor, QStringLiteral("p")));
}

Result<ConsortCounts> ConsortReport::enrolment(const Actor& actor)
{
    TD_TRY(ReportAccess::require(actor, ReportAccess::Level::TrialCounts));
    ConsortRules rules;
    auto primary = ProtocolRepository(m_db).primaryOutcome();
    TD_TRY(primary);
    rules.primaryInstrument = primary->instrumentId;
    return build(rules, false, Reach::participantCondition(actor, QStringLiteral("p")));
}

Result<ConsortCounts> ConsortReport::build(const ConsortRules& rules, bool withArms,
                                           const QString& reach)
{
    ConsortCounts c;
    c.rules = rules;
    c.primaryInstrumentName = rules.primaryInstrument;
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        if (const InstrumentDefinition* d = catalog->find(rules.primaryInstrument))
            c.primaryInstrumentName = d->shortName;
    c.armsIncluded = withArms;
    std::map<qint64, std::size_t> armIndex;
    std::vector<ArmTallies> armTallies;
    if (withArms) {
        auto arms = m_db.exec(QStringLiteral("SELECT id, code, name FROM arm ORDER BY id"));
        TD_TRY(arms);
        while ((*arms)->next()) {
            ConsortArm a;
            a.armId = (*arms)->value(0).toLongLong();
            a.code = (*arms)->value(1).toString();
            a.name = (*arms)->value(2).toString();
            armIndex[a.armId] = c.arms.size();
            c.arms.push_back(a);
        }
        armTallies.resize(c.arms.size());
    }

    // One row per combination of what decides the boxes; the session and assessment facts
    // are aggregated per participant in SQL first.
    const QString sql =
        QStringLiteral(
            "SELECT p.status, p.exclusion_category, p.exclusion_reason, p.randomized_at IS NOT "
            "NULL, "
            "p.arm_id, p.withdrawal_reason, p.data_usable, COALESCE(s.attended, 0) > 0, "
            "COALESCE(a.post, 0) >= ?, COUNT(*) FROM participant p "
            "LEFT JOIN (SELECT +participant_id AS participant_id, COUNT(*) AS attended FROM "
            "therapy_session "
            "WHERE removed = 0 AND attendance = 'attended' GROUP BY +participant_id) s "
            "ON s.participant_id = p.id "
            "LEFT JOIN (SELECT x.participant_id, COUNT(*) AS post FROM assessment x "
            "JOIN participant q ON q.id = x.participant_id "
            "LEFT JOIN time_point t ON t.id = x.time_point_id "
            "WHERE x.instrument_id = ? AND x.status = 'complete' AND x.removed = 0 "
            "AND q.randomized_at IS NOT NULL AND (t.week_offset > 0 OR (x.time_point_id IS NULL "
            "AND x.assessment_date > substr(q.randomized_at, 1, 10))) GROUP BY x.participant_id) a "
            "ON a.participant_id = p.id WHERE 1 = 1%1 "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
            .arg(reach);
    auto q = m_db.exec(sql, {rules.minPostBaseline, rules.primaryInstrument});
    TD_TRY(q);

    Tally inclusion;
    Tally declined;
    Tally other;
    const QString notRecorded = tr("Reason not recorded");
    auto reasonOf = [&](const QVariant& v) {
        const QString s = v.toString().trimmed();
        return s.isEmpty() ? notRecorded : s;
    };
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        const QString status = row.value(0).toString();
        const QString category = row.value(1).toString();
        const bool randomized = row.value(3).toBool();
        const int n = row.value(9).toInt();
        c.assessed += n;
        if (randomized) {
            c.randomized += n;
            if (!withArms)
                continue;
            const auto found = armIndex.find(row.value(4).toLongLong());
            if (row.value(4).isNull() || found == armIndex.end())
                continue; // fails "randomized = sum of allocated", reported by reconciles()
            ConsortArm& arm = c.arms[found->second];
            ArmTallies& tallies = armTallies[found->second];
            const QString reason = reasonOf(row.value(5));
            const bool withdrawn = status == QStringLiteral("withdrawn");
            const bool lost = status == QStringLiteral("lost_to_follow_up");
            const bool unusable = withdrawn && !row.value(6).isNull() && !row.value(6).toBool();
            arm.allocated += n;
            if (row.value(7).toBool()) {
                arm.received += n;
            } else {
                arm.notReceived += n;
                tallies.notReceived.add(withdrawn || lost ? reason
                                        : status == QStringLiteral("randomized")
                                            ? tr("Not started yet (no session attended)")
                                            : tr("No session attended"),
                                        n);
            }
            if (lost) {
                arm.lostToFollowUp += n;
                tallies.lost.add(reason, n);
            }
            if (withdrawn || status == QStringLiteral("discontinued")) {
                arm.discontinued += n;
                tallies.discontinued.add(reason, n);
            }
            if (unusable) {
                arm.excludedFromAnalysis += n;
                tallies.excluded.add(tr("Withdrew, data may not be used: %1").arg(reason), n);
            } else if (!row.value(8).toBool()) {
                arm.excludedFromAnalysis += n;
                tallies.excluded.add(
                    tr("No completed post-baseline %1 assessment").arg(c.primaryInstrumentName), n);
            } else {
                arm.analysed += n;
            }
            continue;
        }
        if (status == QStringLiteral("ineligible")) {
            if (category == QStringLiteral("other")) {
                c.otherReasons += n;
                other.add(reasonOf(row.value(2)), n);
            } else {
                c.notMeetingInclusion += n;
                inclusion.add(reasonOf(row.value(2)), n);
            }
        } else if (status == QStringLiteral("declined")) {
            c.declined += n;
            declined.add(reasonOf(row.value(2)), n);
        } else if (status == QStringLiteral("withdrawn")) {
            c.otherReasons += n;
            other.add(tr("Withdrew before randomization: %1").arg(reasonOf(row.value(5))), n);
        } else if (status == QStringLiteral("screened")) {
            c.awaitingScreening += n;
        } else if (status == QStringLiteral("eligible")) {
            c.awaitingConsent += n;
        } else if (status == QStringLiteral("consented")) {
            c.awaitingRandomization += n;
        }
        // Any other status without a randomization date is inconsistent: it is left out of
        // every box, so "assessed = excluded + randomized + awaiting" reports it.
    }
    c.excluded = c.notMeetingInclusion + c.declined + c.otherReasons;
    c.awaitingDecision = c.awaitingScreening + c.awaitingConsent + c.awaitingRandomization;
    c.notMeetingInclusionReasons = inclusion.list();
    c.declinedReasons = declined.list();
    c.otherReasonsList = other.list();
    for (std::size_t i = 0; i < c.arms.size(); ++i) {
        c.arms[i].notReceivedReasons = armTallies[i].notReceived.list();
        c.arms[i].lostReasons = armTallies[i].lost.list();
        c.arms[i].discontinuedReasons = armTallies[i].discontinued.list();
        c.arms[i].excludedFromAnalysisReasons = armTallies[i].excluded.list();
    }
    return c;
}

QStringList ConsortCounts::reconciles() const
{
    QStringList failures;
    auto check = [&](bool ok, const QString& what, int left, int right) {
        if (!ok)
            failures << ConsortReport::tr("%1: %2 against %3").arg(what).arg(left).arg(right);
    };
    check(assessed == excluded + randomized + awaitingDecision,
          ConsortReport::tr("assessed for eligibility = excluded + randomized + awaiting decision"),
          assessed, excluded + randomized + awaitingDecision);
    check(excluded == notMeetingInclusion + declined + otherReasons,
          ConsortReport::tr("excluded = not meeting inclusion criteria + declined + other"),
          excluded, notMeetingInclusion + declined + otherReasons);
    check(sum(notMeetingInclusionReasons) == notMeetingInclusion,
          ConsortReport::tr("reasons for not meeting inclusion criteria"),
          sum(notMeetingInclusionReasons), notMeetingInclusion);
    check(sum(declinedReasons) == declined, ConsortReport::tr("reasons for declining"),
          sum(declinedReasons), declined);
    check(sum(otherReasonsList) == otherReasons, ConsortReport::tr("other reasons"),
          sum(otherReasonsList), otherReasons);
    check(awaitingDecision == awaitingScreening + awaitingConsent + awaitingRandomization,
          ConsortReport::tr("awaiting decision = screening + consent + randomization"),
          awaitingDecision, awaitingScreening + awaitingConsent + awaitingRandomization);
    if (!armsIncluded)
        return failures;
    int allocated = 0;
    for (const ConsortArm& a : arms) {
        allocated += a.allocated;
        check(a.allocated == a.received + a.notReceived,
              ConsortReport::tr("%1: allocated = received + did not receive").arg(a.code),
              a.allocated, a.received + a.notReceived);
        check(sum(a.notReceivedReasons) == a.notReceived,
              ConsortReport::tr("%1: reasons for not receiving the intervention").arg(a.code),
              sum(a.notReceivedReasons), a.notReceived);
        check(sum(a.lostReasons) == a.lostToFollowUp,
              ConsortReport::tr("%1: reasons for loss to follow-up").arg(a.code),
              sum(a.lostReasons), a.lostToFollowUp);
        check(sum(a.discontinuedReasons) == a.discontinued,
              ConsortReport::tr("%1: reasons for discontinuing").arg(a.code),
              sum(a.discontinuedReasons), a.discontinued);
        check(a.lostToFollowUp + a.discontinued <= a.allocated,
              ConsortReport::tr("%1: lost + discontinued within allocated").arg(a.code),
              a.lostToFollowUp + a.discontinued, a.allocated);
        check(a.allocated == a.analysed + a.excludedFromAnalysis,
              ConsortReport::tr("%1: allocated = analysed + excluded from analysis").arg(a.code),
              a.allocated, a.analysed + a.excludedFromAnalysis);
        check(sum(a.excludedFromAnalysisReasons) == a.excludedFromAnalysis,
              ConsortReport::tr("%1: reasons for exclusion from analysis").arg(a.code),
              sum(a.excludedFromAnalysisReasons), a.excludedFromAnalysis);
    }
    check(randomized == allocated, ConsortReport::tr("randomized = sum of allocated"), randomized,
          allocated);
    return failures;
}

} // namespace td
