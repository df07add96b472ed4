// CONSORT counts and dashboard figures on a small hand-built trial with exact expected numbers,
// and who may see what (a blinded assessor never receives anything by arm).

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"
#include "reporting/ReportJson.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"

#include <QJsonDocument>
#include <cmath>

using namespace td;
using namespace tdtest;

namespace {

int countOf(const std::vector<ReasonCount>& reasons, const QString& reason)
{
    for (const ReasonCount& r : reasons)
        if (r.reason == reason)
            return r.count;
    return 0;
}

} // namespace

// The scenario (today 2025-06-02):
//  enrolment: one screened, one eligible, one consented (awaiting); two ineligible for
//  inclusion criteria, one ineligible for another reason, one declined, one withdrawn before
//  randomization; five randomized.
//  CBT: a1 (2 sessions, hrsd17 24 -> 10, analysed), a2 (1 session, w8 14, withdrawn with
//  unusable data), a3 (randomized 30 days ago, nothing yet).
//  PDT: b1 (1 session, hrsd17 12 -> 20, then lost to follow-up), b2 (no session, withdrawn,
//  data usable, no post-baseline score).
class ReportingTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        // This trial lets the PI compare the arms (the default is the statistician only).
        letCompare({QStringLiteral("statistician"), QStringLiteral("principal_investigator")});
        m_w8 = must(ProtocolRepository(db()).addTimePoint(
                        m_admin, {0,
                                  QStringLiteral("w8"),
                                  QStringLiteral("Week 8"),
                                  8,
                                  7,
                                  {{QStringLiteral("hrsd17"), Rater::BlindedClinician}}}),
                    "w8")
                   .id;
        // The primary outcome: HRSD-17 at week 8.
        Protocol whole = must(ProtocolRepository(db()).load(m_admin), "load");
        whole.primaryOutcome = {QStringLiteral("hrsd17"), QStringLiteral("w8")};
        must(ProtocolRepository(db()).update(m_admin, whole), "primary outcome");
        ParticipantRepository repo(db());
        screened();
        eligible();
        consented();
        for (const char* reason :
             {"No current depressive episode", "No current depressive episode"})
            must(repo.markIneligible(m_coordinator, screened().id,
                                     ExclusionCategory::InclusionNotMet,
                                     QString::fromLatin1(reason)),
                 "ineligible");
        must(repo.markIneligible(m_coordinator, screened().id, ExclusionCategory::Other,
                                 QStringLiteral("Moving abroad")),
             "other");
        must(repo.recordDeclined(m_coordinator, eligible().id, QStringLiteral("No time")),
             "declined");
        must(repo.withdraw(m_coordinator, consented().id, QStringLiteral("Changed mind"), true),
             "withdraw before randomization");

        const Participant a1 = randomized(m_armCbt, m_therapist, 120);
        const Participant a2 = randomized(m_armCbt, m_therapist, 120);
        randomized(m_armCbt, m_therapist, 30);
        const Participant b1 = randomized(m_armPdt, m_therapist, 120);
        const Participant b2 = randomized(m_armPdt, m_therapist, 120);
        session(a1, 100);
        session(a1, 93);
        session(a2, 100);
        session(b1, 100);
        rate(a1, 24, -2, m_baseline);
        rate(a1, 10, 56, m_w8);
        rate(a2, 14, 56, m_w8);
        rate(b1, 12, -2, m_baseline);
        rate(b1, 20, 56, m_w8);
        must(repo.withdraw(m_coordinator, a2.id, QStringLiteral("Side effects"), false), "a2");
        must(repo.markLostToFollowUp(m_coordinator, b1.id, QStringLiteral("Moved abroad")), "b1");
        must(repo.withdraw(m_coordinator, b2.id, QStringLiteral("Did not want PDT"), true), "b2");
    }

    void session(const Participant& p, int daysAgo)
    {
        TherapySession s;
        s.participantId = p.id;
        s.date = today().addDays(-daysAgo);
        s.attendance = Attendance::Attended;
        s.durationMinutes = 50;
        must(SessionRepository(db()).record(m_therapist, s), "session");
    }

    void rate(const Participant& p, int total, int daysAfterRandomization, qint64 timePoint)
    {
        QStringList items;
        for (int i = 0; i < 17; ++i) {
            const int max = QList<int>{0, 1, 2, 6, 7, 8, 9, 10, 14}.contains(i) ? 4 : 2;
            const int x = std::min(max, total);
            total -= x;
            items << QString::number(x);
        }
        Assessment a;
        a.participantId = p.id;
        a.instrumentId = QStringLiteral("hrsd17");
        a.items = items;
        a.timePointId = timePoint;
        a.date = p.randomizedAt.date().addDays(daysAfterRandomization);
        must(AssessmentRepository(db()).save(m_assessor, a), "assessment");
    }

    qint64 m_w8 = 0;
};

TEST_F(ReportingTest, ConsortCountsAreExact)
{
    auto c = ConsortReport(db()).compute(m_pi);
    ASSERT_TRUE(c.ok()) << str(c.message());
    EXPECT_TRUE(c->reconciles().isEmpty()) << str(c->reconciles().join(QLatin1Char('\n')));
    EXPECT_EQ(c->assessed, 13);
    EXPECT_EQ(c->excluded, 5);
    EXPECT_EQ(c->notMeetingInclusion, 2);
    EXPECT_EQ(
        countOf(c->notMeetingInclusionReasons, QStringLiteral("No current depressive episode")), 2);
    EXPECT_EQ(c->declined, 1);
    EXPECT_EQ(countOf(c->declinedReasons, QStringLiteral("No time")), 1);
    EXPECT_EQ(c->otherReasons, 2);
    EXPECT_EQ(countOf(c->otherReasonsList, QStringLiteral("Moving abroad")), 1);
    EXPECT_EQ(
        countOf(c->otherReasonsList, QStringLiteral("Withdrew before randomization: Changed mind")),
        1);
    EXPECT_EQ(c->awaitingDecision, 3);
    EXPECT_EQ(c->awaitingScreening, 1);
    EXPECT_EQ(c->awaitingConsent, 1);
    EXPECT_EQ(c->awaitingRandomization, 1);
    EXPECT_EQ(c->randomized, 5);
    ASSERT_EQ(c->arms.size(), 2u);

    const ConsortArm& cbt = c->arms[0];
    EXPECT_EQ(cbt.armId, m_armCbt);
    EXPECT_EQ(cbt.allocated, 3);
    EXPECT_EQ(cbt.received, 2);
    EXPECT_EQ(cbt.notReceived, 1);
    EXPECT_EQ(
        countOf(cbt.notReceivedReasons, QStringLiteral("Not started yet (no session attended)")),
        1);
    EXPECT_EQ(cbt.lostToFollowUp, 0);
    EXPECT_EQ(cbt.discontinued, 1);
    EXPECT_EQ(countOf(cbt.discontinuedReasons, QStringLiteral("Side effects")), 1);
    EXPECT_EQ(cbt.analysed, 1);
    EXPECT_EQ(cbt.excludedFromAnalysis, 2);
    EXPECT_EQ(countOf(cbt.excludedFromAnalysisReasons,
                      QStringLiteral("Withdrew, data may not be used: Side effects")),
              1);
    EXPECT_EQ(countOf(cbt.excludedFromAnalysisReasons,
                      QStringLiteral("No completed post-baseline HRSD-17 assessment")),
              1);

    const ConsortArm& pdt = c->arms[1];
    EXPECT_EQ(pdt.allocated, 2);
    EXPECT_EQ(pdt.received, 1);
    EXPECT_EQ(pdt.notReceived, 1);
    EXPECT_EQ(countOf(pdt.notReceivedReasons, QStringLiteral("Did not want PDT")), 1);
    EXPECT_EQ(pdt.lostToFollowUp, 1);
    EXPECT_EQ(countOf(pdt.lostReasons, QStringLiteral("Moved abroad")), 1);
    EXPECT_EQ(pdt.discontinued, 1);
    EXPECT_EQ(pdt.analysed, 1);
    EXPECT_EQ(pdt.excludedFromAnalysis, 1);
}

TEST_F(ReportingTest, AnalysedRuleIsAParameter)
{
    // Two post-baseline scores: nobody qualifies; a self-report instrument nobody took: same.
    auto two = ConsortReport(db()).compute(m_statistician, {QStringLiteral("hrsd17"), 2});
    ASSERT_TRUE(two.ok()) << str(two.message());
    EXPECT_EQ(two->arms[0].analysed + two->arms[1].analysed, 0);
    EXPECT_TRUE(two->reconciles().isEmpty());
    auto phq = ConsortReport(db()).compute(m_pi, {QStringLiteral("phq9"), 1});
    ASSERT_TRUE(phq.ok());
    EXPECT_EQ(phq->arms[0].analysed, 0);
    EXPECT_EQ(countOf(phq->arms[0].excludedFromAnalysisReasons,
                      QStringLiteral("No completed post-baseline PHQ-9 assessment")),
              2);
    EXPECT_EQ(ConsortReport(db()).compute(m_pi, {QStringLiteral("hrsd17"), 0}).error().code,
              ErrorCode::Invalid);
}

TEST_F(ReportingTest, ReconciliationReportsInconsistentData)
{
    ConsortCounts c = ConsortReport(db()).compute(m_pi).value();
    c.arms[0].received += 1;
    c.randomized += 1;
    const QStringList failures = c.reconciles();
    EXPECT_EQ(failures.size(), 3) << str(failures.join(QLatin1Char('\n')));
}

TEST_F(ReportingTest, BlindedAssessorReceivesNothingByArm)
{
    ConsortReport consort(db());
    EXPECT_EQ(consort.compute(m_assessor).error().code, ErrorCode::Forbidden);
    auto enrolment = consort.enrolment(m_assessor);
    ASSERT_TRUE(enrolment.ok()) << str(enrolment.message());
    EXPECT_FALSE(enrolment->armsIncluded);
    EXPECT_TRUE(enrolment->arms.empty());
    EXPECT_EQ(enrolment->randomized, 5);
    EXPECT_TRUE(enrolment->reconciles().isEmpty());

    Dashboard dashboard(db());
    EXPECT_EQ(dashboard.armSizes(m_assessor).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.retention(m_assessor, QStringLiteral("hrsd17")).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.attendance(m_assessor).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.trajectory(m_assessor, QStringLiteral("hrsd17")).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.changeClasses(m_assessor, QStringLiteral("hrsd17")).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.effectSize(m_assessor, {}).error().code, ErrorCode::Forbidden);
    auto all = dashboard.all(m_assessor);
    ASSERT_TRUE(all.ok()) << str(all.message());
    EXPECT_TRUE(all->recruitment.has_value());
    EXPECT_FALSE(all->armSizes || all->retention || all->attendance || all->trajectory ||
                 all->change || all->effectSize);
    // Nothing in what the assessor receives names an arm.
    const QString json = QString::fromUtf8(QJsonDocument(ReportJson::dashboard(*all)).toJson() +
                                           QJsonDocument(ReportJson::consort(*enrolment)).toJson());
    for (const Arm& arm : m_protocol.arms) {
        EXPECT_FALSE(json.contains(arm.code)) << str(arm.code);
        EXPECT_FALSE(json.contains(arm.name)) << str(arm.name);
    }
}

TEST_F(ReportingTest, WhoSeesWhat)
{
    Dashboard dashboard(db());
    // The coordinator: recruitment and counts by arm; outcomes only pooled over the arms.
    EXPECT_TRUE(dashboard.recruitment(m_coordinator).ok());
    EXPECT_TRUE(dashboard.armSizes(m_coordinator).ok());
    EXPECT_TRUE(ConsortReport(db()).compute(m_coordinator).ok());
    const auto pooled = dashboard.trajectory(m_coordinator, QStringLiteral("hrsd17"));
    ASSERT_TRUE(pooled.ok()) << str(pooled.message());
    for (const TrajectoryCell& c : *pooled)
        EXPECT_EQ(c.arm.code, QStringLiteral("all"));
    EXPECT_EQ(dashboard.effectSize(m_coordinator, {}).error().code, ErrorCode::Forbidden);
    // Therapists reach only their own participants; the administrator sees no clinical data.
    for (const Actor* a : {&m_therapist, &m_admin}) {
        EXPECT_EQ(dashboard.recruitment(*a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(dashboard.funnel(*a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(ConsortReport(db()).enrolment(*a).error().code, ErrorCode::Forbidden);
        EXPECT_FALSE(dashboard.all(*a)->recruitment.has_value());
    }
    // The PI and the statistician see everything (the statistician has no alert access).
    auto pi = dashboard.all(m_pi);
    ASSERT_TRUE(pi.ok()) << str(pi.message());
    EXPECT_TRUE(pi->withheld.isEmpty()) << str(pi->withheld.join(QLatin1Char(',')));
    auto statistician = dashboard.all(m_statistician);
    ASSERT_TRUE(statistician.ok());
    EXPECT_EQ(statistician->withheld, QStringList{QStringLiteral("openAlerts")});
}

TEST_F(ReportingTest, DashboardFiguresAreExact)
{
    Dashboard dashboard(db());
    auto f = dashboard.all(m_pi);
    ASSERT_TRUE(f.ok()) << str(f.message());

    const ScreeningFunnel& funnel = *f->funnel;
    EXPECT_EQ(funnel.assessed, 13);
    EXPECT_EQ(funnel.eligible, 9);
    EXPECT_EQ(funnel.consented, 7);
    EXPECT_EQ(funnel.randomized, 5);

    const Recruitment& r = *f->recruitment;
    EXPECT_EQ(r.target, 120);
    EXPECT_DOUBLE_EQ(r.targetOn(today()), 60.0);
    EXPECT_DOUBLE_EQ(r.targetOn(r.start.addDays(-1)), 0.0);
    EXPECT_DOUBLE_EQ(r.targetOn(r.end.addDays(10)), 120.0);
    ASSERT_EQ(r.curves.size(), 3u); // all, OSL, BRG
    ASSERT_EQ(r.curves[0].points.size(), 2u);
    EXPECT_EQ(r.curves[0].points[0].date, today().addDays(-120));
    EXPECT_EQ(r.curves[0].points[0].cumulative, 4);
    EXPECT_EQ(r.curves[0].points[1].date, today().addDays(-30));
    EXPECT_EQ(r.curves[0].points[1].cumulative, 5);
    EXPECT_EQ(r.curves[1].siteCode, QStringLiteral("OSL"));
    EXPECT_EQ(r.curves[1].total, 5);
    EXPECT_EQ(r.curves[2].total, 0);

    ASSERT_EQ(f->armSizes->size(), 2u);
    EXPECT_EQ((*f->armSizes)[0].randomized, 3);
    EXPECT_EQ((*f->armSizes)[1].randomized, 2);

    // Retention: (arm, visit) -> retained / due. The w8 window of the participant randomized
    // 30 days ago has not closed yet.
    std::map<std::pair<QString, QString>, std::pair<int, int>> retention;
    for (const RetentionCell& c : *f->retention)
        retention[{c.arm.code, c.timePointCode}] = {c.retained.count, c.retained.total};
    EXPECT_EQ(retention.size(), 4u);
    // The fixture's baseline window is 180 days wide and still open for those not yet rated,
    // so only the rated ones are due there.
    EXPECT_EQ((retention[{QStringLiteral("CBT"), QStringLiteral("baseline")}]),
              (std::pair<int, int>{1, 1}));
    EXPECT_EQ((retention[{QStringLiteral("CBT"), QStringLiteral("w8")}]),
              (std::pair<int, int>{2, 2}));
    EXPECT_EQ((retention[{QStringLiteral("PDT"), QStringLiteral("baseline")}]),
              (std::pair<int, int>{1, 1}));
    EXPECT_EQ((retention[{QStringLiteral("PDT"), QStringLiteral("w8")}]),
              (std::pair<int, int>{1, 2}));

    // Attendance: CBT plans 19 sessions (2, 1 and 0 attended), PDT 28 (1 and 0).
    ASSERT_EQ(f->attendance->size(), 2u);
    EXPECT_EQ((*f->attendance)[0].planned, 19);
    EXPECT_EQ((*f->attendance)[0].proportionOfDose.n, 3);
    EXPECT_NEAR((*f->attendance)[0].proportionOfDose.mean, 3.0 / 57.0, 1e-12);
    EXPECT_EQ((*f->attendance)[1].planned, 28);
    EXPECT_NEAR((*f->attendance)[1].proportionOfDose.mean, 1.0 / 56.0, 1e-12);

    // Observed cases: CBT w8 holds 10 and 14 (mean 12, SD 2.828, SE 2, t(0.975, 1) = 12.706).
    ASSERT_EQ(f->trajectory->size(), 4u);
    const TrajectoryCell& cbtW8 = (*f->trajectory)[1];
    EXPECT_EQ(cbtW8.arm.code, QStringLiteral("CBT"));
    EXPECT_EQ(cbtW8.timePointCode, QStringLiteral("w8"));
    EXPECT_EQ(cbtW8.score.n, 2);
    EXPECT_DOUBLE_EQ(cbtW8.score.mean, 12.0);
    EXPECT_NEAR(cbtW8.score.sd, std::sqrt(8.0), 1e-12);
    EXPECT_NEAR(cbtW8.score.ci95->lower, 12.0 - 2 * 12.706204736, 1e-6);
    EXPECT_NEAR(cbtW8.score.ci95->upper, 12.0 + 2 * 12.706204736, 1e-6);
    EXPECT_DOUBLE_EQ((*f->trajectory)[0].score.mean, 24.0);
    EXPECT_FALSE((*f->trajectory)[0].score.ci95.has_value());
    EXPECT_DOUBLE_EQ((*f->trajectory)[3].score.mean, 20.0);

    // Change (published SD 5, reliability 0.79: reliable at |change| > 6.35): a1 24 -> 10
    // improved, b1 12 -> 20 deteriorated; a2 has a single score and is not classified.
    ASSERT_EQ(f->change->size(), 2u);
    const ChangeClasses& cbt = (*f->change)[0];
    EXPECT_EQ(cbt.n, 1);
    EXPECT_EQ(cbt.improved.count, 1);
    EXPECT_EQ(cbt.recovered.count + cbt.unchanged.count + cbt.deteriorated.count, 0);
    EXPECT_NEAR(cbt.improved.ci95->lower, 1.0 / (1.0 + Statistics::z975 * Statistics::z975), 1e-12);
    const ChangeClasses& pdt = (*f->change)[1];
    EXPECT_EQ(pdt.n, 1);
    EXPECT_EQ(pdt.deteriorated.count, 1);
    EXPECT_EQ(pdt.unchanged.count, 0);

    // Effect size at the primary outcome's visit (w8): CBT (12, 2.828, 2) vs PDT (20, -, 1).
    const ArmComparison& e = *f->effectSize;
    EXPECT_EQ(e.timePointCode, QStringLiteral("w8"));
    ASSERT_TRUE(e.effect.has_value());
    EXPECT_NEAR(e.effect->pooledSd, std::sqrt(8.0), 1e-12);
    EXPECT_NEAR(e.effect->d, -8.0 / std::sqrt(8.0), 1e-12);
    EXPECT_NEAR(e.effect->g, 0.0, 1e-12); // 1 - 3 / (4 x 3 - 9) = 0
    EXPECT_NEAR(e.effect->seD, std::sqrt(3.0 / 2.0 + 8.0 / 6.0), 1e-12);

    EXPECT_EQ(*f->openAlerts, sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM alert WHERE "
                                                            "acknowledged_at IS NULL")));
    // Another endpoint and the arms the other way round.
    DashboardOptions o;
    o.endpointCode = QStringLiteral("baseline");
    o.arm1 = m_armPdt;
    o.arm2 = m_armCbt;
    auto baseline = dashboard.effectSize(m_pi, o);
    ASSERT_TRUE(baseline.ok());
    EXPECT_FALSE(baseline->effect.has_value()); // one score per arm: undefined
    o.arm2 = m_armPdt;
    EXPECT_EQ(dashboard.effectSize(m_pi, o).error().code, ErrorCode::Invalid);
}
