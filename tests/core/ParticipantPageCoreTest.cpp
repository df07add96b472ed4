// What the participant page reads from the core beside the visit timeline: one participant's
// alerts in one query (with the therapist's own-participants rule), and the reliable-change
// reference line around the baseline, there even before a follow-up exists.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "outcomes/ParticipantOutcomes.h"

#include <cmath>

using namespace td;
using namespace tdtest;

class ParticipantPageCoreTest : public TestTrial
{
protected:
    void phq9(const Participant& p, QStringList items, int daysAgo,
              std::optional<qint64> timePoint = {})
    {
        Assessment a;
        a.participantId = p.id;
        a.instrumentId = QStringLiteral("phq9");
        a.items = std::move(items);
        a.timePointId = timePoint;
        a.date = today().addDays(-daysAgo);
        must(AssessmentRepository(db()).save(m_coordinator, a), "save PHQ-9");
    }
    static QStringList items(std::initializer_list<int> values)
    {
        QStringList out;
        for (int v : values)
            out << QString::number(v);
        return out;
    }
};

TEST_F(ParticipantPageCoreTest, AlertsForOneParticipantFollowTheListRules)
{
    const Participant mine = randomized(m_armCbt, m_therapist, 20);
    const Participant theirs = randomized(m_armPdt, m_therapist2, 20);
    phq9(mine, items({1, 1, 1, 1, 1, 1, 1, 1, 2}), 3);
    phq9(mine, items({1, 1, 1, 1, 1, 1, 1, 1, 1}), 1);
    phq9(theirs, items({1, 1, 1, 1, 1, 1, 1, 1, 3}), 2);
    AlertRepository alerts(db());

    auto forMine = alerts.forParticipant(m_pi, mine.id);
    ASSERT_TRUE(forMine.ok()) << str(forMine.message());
    ASSERT_EQ(forMine->size(), 2u);
    for (const Alert& a : *forMine)
        EXPECT_EQ(a.participantId, mine.id);
    EXPECT_GE(forMine->front().createdAt, forMine->back().createdAt); // newest first
    auto all = alerts.list(m_pi, false);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3u);

    // Therapists reach their own participants' alerts only; the blinded assessor sees them.
    EXPECT_EQ(alerts.forParticipant(m_therapist, mine.id)->size(), 2u);
    EXPECT_TRUE(alerts.forParticipant(m_therapist, theirs.id)->empty());
    EXPECT_EQ(alerts.forParticipant(m_assessor, theirs.id)->size(), 1u);
    // Acknowledged alerts stay in the participant's list.
    ASSERT_TRUE(alerts
                    .acknowledge(m_pi, forMine->front().id, QStringLiteral("Safety plan made."),
                                 signedBy(m_pi))
                    .ok());
    auto after = alerts.forParticipant(m_coordinator, mine.id);
    ASSERT_EQ(after->size(), 2u);
    EXPECT_FALSE(after->front().isOpen());
    // Roles without ViewAlerts are refused.
    auto refused = alerts.forParticipant(m_statistician, mine.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

TEST_F(ParticipantPageCoreTest, ReliableImprovementBoundFollowsTheDirection)
{
    const InstrumentDefinition* phq9Definition =
        InstrumentCatalog::builtIn().find(QStringLiteral("phq9"));
    const InstrumentDefinition* rfs = InstrumentCatalog::builtIn().find(QStringLiteral("rfs"));
    ASSERT_NE(phq9Definition, nullptr);
    ASSERT_NE(rfs, nullptr);
    ASSERT_EQ(rfs->direction, Direction::HigherIsBetter);
    EXPECT_DOUBLE_EQ(ChangeStatistics::reliableImprovementBound(*phq9Definition, 18, 6.5), 11.5);
    EXPECT_DOUBLE_EQ(ChangeStatistics::reliableImprovementBound(*rfs, 3, 1.5), 4.5);
}

TEST_F(ParticipantPageCoreTest, TheReferenceLineIsThereFromTheBaselineOn)
{
    const Participant p = randomized(m_armCbt, m_therapist, 10);
    phq9(p, items({2, 2, 2, 2, 2, 2, 2, 2, 0}), 12, m_baseline); // total 16
    auto outcomes = ParticipantOutcomes(db()).forParticipant(m_pi, p.id);
    ASSERT_TRUE(outcomes.ok()) << str(outcomes.message());
    ASSERT_EQ(outcomes->size(), 1u);
    const MeasureOutcome& only = outcomes->front();
    EXPECT_FALSE(only.change.has_value()); // one point: no change yet
    ASSERT_TRUE(only.smallestReliableChange.has_value());
    // PHQ-9's published SD 5 and reliability 0.89 (the trial has too few baselines of its
    // own): 1.96 x sqrt(2) x 5 x sqrt(0.11).
    const double src = 1.96 * std::sqrt(2.0) * 5.0 * std::sqrt(1.0 - 0.89);
    EXPECT_NEAR(*only.smallestReliableChange, src, 1e-9);
    ASSERT_TRUE(only.reliableImprovementBound.has_value());
    EXPECT_NEAR(*only.reliableImprovementBound, 16 - src, 1e-9);

    phq9(p, items({1, 1, 1, 1, 1, 1, 1, 1, 0}), 1); // total 8
    outcomes = ParticipantOutcomes(db()).forParticipant(m_pi, p.id);
    ASSERT_TRUE(outcomes.ok());
    const MeasureOutcome& two = outcomes->front();
    ASSERT_TRUE(two.change.has_value());
    EXPECT_NEAR(two.change->smallestReliableChange, *two.smallestReliableChange, 1e-12);
    EXPECT_NEAR(*two.reliableImprovementBound, 16 - src, 1e-9); // still from the baseline
    EXPECT_TRUE(two.change->reliable);
    EXPECT_LT(two.latest->value, *two.reliableImprovementBound);
}
