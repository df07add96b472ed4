// Per-participant outcomes: trajectory in weeks since randomization, baseline-to-latest change,
// response and remission, and the OLS slope.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "outcomes/ParticipantOutcomes.h"

using namespace td;
using namespace tdtest;

TEST(OlsSlope, KnownLines)
{
    EXPECT_DOUBLE_EQ(*ParticipantOutcomes::olsSlope({{0, 20}, {4, 16}, {8, 12}}), -1.0);
    EXPECT_NEAR(*ParticipantOutcomes::olsSlope({{0, 1}, {1, 3}, {2, 2}, {3, 5}}), 1.1, 1e-12);
    EXPECT_FALSE(ParticipantOutcomes::olsSlope({{0, 1}}).has_value());
    EXPECT_FALSE(ParticipantOutcomes::olsSlope({{2, 1}, {2, 5}}).has_value());
}

class OutcomesTest : public TestTrial
{
protected:
    void rate(const Participant& p, const char* instrument, QStringList items,
              int daysAfterRandomization, std::optional<qint64> tp = {})
    {
        Assessment a;
        a.participantId = p.id;
        a.instrumentId = QString::fromLatin1(instrument);
        a.items = items;
        a.timePointId = tp;
        a.date = p.randomizedAt.date().addDays(daysAfterRandomization);
        must(AssessmentRepository(db()).save(m_assessor, a), "save assessment");
    }
    static QStringList hrsd(int total)
    {
        QStringList v;
        for (int i = 0; i < 17; ++i) {
            const int max = QList<int>{0, 1, 2, 6, 7, 8, 9, 10, 14}.contains(i) ? 4 : 2;
            const int x = std::min(max, total);
            total -= x;
            v << QString::number(x);
        }
        return v;
    }
};

TEST_F(OutcomesTest, TrajectoryChangeAndSlope)
{
    const Participant p = randomized(m_armCbt, m_therapist, 120);
    rate(p, "hrsd17", hrsd(24), -2, m_baseline);
    rate(p, "hrsd17", hrsd(18), 28);
    rate(p, "hrsd17", hrsd(12), 56);
    rate(p, "hrsd17", hrsd(6), 84);
    auto outcomes = ParticipantOutcomes(db()).forParticipant(m_pi, p.id);
    ASSERT_TRUE(outcomes.ok()) << str(outcomes.message());
    ASSERT_EQ(outcomes->size(), 1u);
    const MeasureOutcome& m = outcomes->front();
    EXPECT_EQ(m.measure, QStringLiteral("hrsd17"));
    ASSERT_EQ(m.trajectory.size(), 4u);
    EXPECT_NEAR(m.trajectory[0].weeks, -2.0 / 7, 1e-12);
    EXPECT_DOUBLE_EQ(m.trajectory[1].weeks, 4.0);
    EXPECT_DOUBLE_EQ(m.baseline->value, 24.0);
    EXPECT_DOUBLE_EQ(m.latest->value, 6.0);
    ASSERT_TRUE(m.slopePerWeek.has_value());
    EXPECT_LT(*m.slopePerWeek, -1.4);
    EXPECT_GT(*m.slopePerWeek, -1.6);
    ASSERT_TRUE(m.change.has_value());
    EXPECT_TRUE(m.change->reliable);
    EXPECT_EQ(m.change->direction, QStringLiteral("improved"));
    EXPECT_TRUE(*m.change->remission);
    EXPECT_TRUE(*m.change->response);
}

TEST_F(OutcomesTest, SubscalesAreTheirOwnMeasuresWithoutChangeStatistics)
{
    const Participant p = randomized(m_armPdt, m_therapist, 60);
    const QStringList first = QStringLiteral("1 2 3 4 5 6 7 1").split(QLatin1Char(' '));
    const QStringList later = QStringLiteral("4 4 4 4 4 4 4 4").split(QLatin1Char(' '));
    rate(p, "rfq8", first, 0);
    rate(p, "rfq8", later, 28);
    auto outcomes = ParticipantOutcomes(db()).forParticipant(m_pi, p.id);
    ASSERT_TRUE(outcomes.ok());
    ASSERT_EQ(outcomes->size(), 2u);
    EXPECT_EQ((*outcomes)[0].measure, QStringLiteral("rfq8.rfq_c"));
    EXPECT_DOUBLE_EQ(*(*outcomes)[0].slopePerWeek, -0.25); // 1.0 -> 0 over 4 weeks
    EXPECT_FALSE((*outcomes)[0].change.has_value());
    EXPECT_EQ((*outcomes)[1].measure, QStringLiteral("rfq8.rfq_u"));
}

TEST_F(OutcomesTest, OnlyReachableParticipants)
{
    const Participant p = randomized(m_armCbt, m_therapist2, 30);
    rate(p, "hrsd17", hrsd(20), 0, m_baseline);
    EXPECT_EQ(ParticipantOutcomes(db()).forParticipant(m_therapist, p.id).error().code,
              ErrorCode::NotFound);
    auto blinded = ParticipantOutcomes(db()).forParticipant(m_assessor, p.id);
    ASSERT_TRUE(blinded.ok()); // outcomes carry no arm
    EXPECT_EQ(blinded->size(), 1u);
    EXPECT_EQ(ParticipantOutcomes(db()).forParticipant(m_admin, p.id).error().code,
              ErrorCode::Forbidden);
}
