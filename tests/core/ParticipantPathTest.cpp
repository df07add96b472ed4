// The participant's path with the protocol's own fields: screening by eligibility criteria,
// covariates checked against the protocol, consent form versions, what must come before
// randomization, status changes with reasons, and site-bound coordinators.

#include "RandomizationFixture.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "participants/ParticipantTableModel.h"
#include "participants/Screening.h"
#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"
#include "sessions/SessionRepository.h"
#include "visits/VisitTimeline.h"
#include "worklists/Worklist.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ParticipantPathTest : public RandomizationTest
{
protected:
    void SetUp() override
    {
        RandomizationTest::SetUp();
        Protocol p = must(ProtocolRepository(db()).load(m_admin), "load");
        p.eligibility = {
            {0, QStringLiteral("mdd"), CriterionKind::Inclusion,
             LocalText(QStringLiteral("Major depression"), QStringLiteral("Depresjon")), 1},
            {0, QStringLiteral("psychosis"), CriterionKind::Exclusion,
             LocalText(QStringLiteral("Psychosis"), QStringLiteral("Psykose")), 1}};
        Covariate age{0,
                      QStringLiteral("age"),
                      LocalText(QStringLiteral("Age"), QStringLiteral("Alder")),
                      CovariateType::Integer,
                      18.0,
                      80.0,
                      true,
                      {}};
        Covariate sex{
            0,
            QStringLiteral("sex"),
            LocalText(QStringLiteral("Sex"), QStringLiteral("Kjønn")),
            CovariateType::Choice,
            {},
            {},
            false,
            {{QStringLiteral("f"), LocalText(QStringLiteral("Female"), QStringLiteral("Kvinne"))},
             {QStringLiteral("m"), LocalText(QStringLiteral("Male"), QStringLiteral("Mann"))}}};
        p.covariates = {age, sex};
        must(ProtocolRepository(db()).update(m_admin, p), "criteria and covariates");
        m_protocol = must(ProtocolRepository(db()).load(m_admin), "reload");
        useBlocks({2}, {m_siteFactor});
    }

    ScreeningInput input(bool mdd, bool psychosis, qint64 site = 0)
    {
        ScreeningInput in{site ? site : m_siteOsl, today()};
        in.answers = {{QStringLiteral("mdd"), mdd}, {QStringLiteral("psychosis"), psychosis}};
        in.covariates = {{QStringLiteral("age"), QStringLiteral("41")}};
        return in;
    }
};

TEST_F(ParticipantPathTest, EligibilityFollowsTheAnswersWhichAreEachStored)
{
    const Participant yes = must(Screening(db()).screen(m_coordinator, input(true, false)), "yes");
    EXPECT_EQ(yes.status, ParticipantStatus::Eligible);
    const Participant psychotic =
        must(Screening(db()).screen(m_coordinator, input(true, true)), "psychosis");
    EXPECT_EQ(psychotic.status, ParticipantStatus::Ineligible);
    EXPECT_EQ(psychotic.exclusion, ExclusionCategory::InclusionNotMet);
    EXPECT_TRUE(psychotic.exclusionReason.contains(QStringLiteral("psychosis (Psychosis)")))
        << str(psychotic.exclusionReason);
    const auto answers = must(Screening(db()).answers(m_coordinator, psychotic.id), "answers");
    EXPECT_EQ(answers.size(), 2u);
    EXPECT_TRUE(answers.at(QStringLiteral("psychosis")));

    // Part of the answers: still screened; the rest later decides.
    ScreeningInput partial = input(true, false);
    partial.answers.erase(QStringLiteral("psychosis"));
    const Participant waiting = must(Screening(db()).screen(m_coordinator, partial), "partial");
    EXPECT_EQ(waiting.status, ParticipantStatus::Screened);
    const Participant decided = must(
        Screening(db()).answer(m_coordinator, waiting.id, {{QStringLiteral("psychosis"), false}}),
        "rest");
    EXPECT_EQ(decided.status, ParticipantStatus::Eligible);
}

TEST_F(ParticipantPathTest, AWrongAnswerOrCovariateIsRefusedWholeAndNamed)
{
    const QString before = dumpDatabase(db());
    ScreeningInput unknown = input(true, false);
    unknown.answers[QStringLiteral("bipolar")] = false;
    auto r = Screening(db()).screen(m_coordinator, unknown);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("\"bipolar\""))) << str(r.message());
    EXPECT_TRUE(r.message().contains(QStringLiteral("mdd, psychosis"))) << str(r.message());

    ScreeningInput old = input(true, false);
    old.covariates[QStringLiteral("age")] = QStringLiteral("17");
    auto young = Screening(db()).screen(m_coordinator, old);
    ASSERT_FALSE(young.ok());
    EXPECT_EQ(young.error().field, QStringLiteral("age"));
    EXPECT_TRUE(young.message().contains(QStringLiteral("from 18 to 80"))) << str(young.message());

    ScreeningInput badChoice = input(true, false);
    badChoice.covariates[QStringLiteral("sex")] = QStringLiteral("x");
    auto sex = Screening(db()).screen(m_coordinator, badChoice);
    ASSERT_FALSE(sex.ok());
    EXPECT_TRUE(sex.message().contains(QStringLiteral("f (Female), m (Male)")))
        << str(sex.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(ParticipantPathTest, ACovariateIsCorrectedOnlyWithAReason)
{
    const Participant p = must(Screening(db()).screen(m_coordinator, input(true, false)), "p");
    EXPECT_EQ(p.covariates.values.at(QStringLiteral("age")), QStringLiteral("41"));
    auto noReason = CovariateValues(db()).set(m_coordinator, p.id,
                                              {{QStringLiteral("age"), QStringLiteral("42")}});
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    const Participant fixed =
        must(CovariateValues(db()).set(m_coordinator, p.id,
                                       {{QStringLiteral("age"), QStringLiteral("42")}},
                                       QStringLiteral("Typo")),
             "fix");
    EXPECT_EQ(fixed.covariates.values.at(QStringLiteral("age")), QStringLiteral("42"));
    const auto rows = auditRows(db(), 0);
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const AuditRow& a) {
        return a.field == QStringLiteral("covariate.age") &&
               a.oldValue.toString() == QStringLiteral("41") && a.reason == QStringLiteral("Typo");
    }));
}

TEST_F(ParticipantPathTest, RandomizationWaitsForRequiredCovariatesAndBaseline)
{
    // The baseline comes first where the protocol says so.
    Protocol p = m_protocol;
    p.schedule[0].beforeRandomization = true;
    must(ProtocolRepository(db()).update(m_admin, p), "baseline first");

    ScreeningInput noAge = input(true, false);
    noAge.covariates.clear();
    const Participant s = must(Screening(db()).screen(m_coordinator, noAge), "screen");
    must(ParticipantRepository(db()).recordConsent(m_coordinator, s.id, today(),
                                                   QStringLiteral("3.1")),
         "consent");
    EXPECT_EQ(must(ParticipantRepository(db()).get(m_coordinator, s.id), "get").consentFormVersion,
              QStringLiteral("3.1"));
    auto missingAge = Randomizer(db()).allocate(m_coordinator, s.id);
    ASSERT_FALSE(missingAge.ok());
    EXPECT_TRUE(missingAge.message().contains(QStringLiteral("covariates")))
        << str(missingAge.message());
    EXPECT_TRUE(missingAge.message().contains(QStringLiteral("age")));

    must(CovariateValues(db()).set(m_coordinator, s.id,
                                   {{QStringLiteral("age"), QStringLiteral("30")}}),
         "age");
    auto noBaseline = Randomizer(db()).allocate(m_coordinator, s.id);
    ASSERT_FALSE(noBaseline.ok());
    EXPECT_TRUE(noBaseline.message().contains(QStringLiteral("baseline phq9, baseline hrsd17")))
        << str(noBaseline.message());

    for (const ScheduledInstrument& si : m_protocol.schedule[0].instruments) {
        Assessment a;
        a.participantId = s.id;
        a.timePointId = m_baseline;
        a.instrumentId = si.instrumentId;
        a.date = today();
        a.items =
            QStringList(si.instrumentId == QStringLiteral("phq9") ? 9 : 17, QStringLiteral("1"));
        must(AssessmentRepository(db()).save(
                 si.rater == Rater::BlindedClinician ? m_assessor : m_coordinator, a),
             "baseline");
    }
    EXPECT_TRUE(Randomizer(db()).allocate(m_coordinator, s.id).ok());
}

TEST_F(ParticipantPathTest, DiscontinuedTreatmentStaysInFollowUpAndIsCounted)
{
    ParticipantRepository repo(db());
    const Participant p = must(Screening(db()).screen(m_coordinator, input(true, false)), "p");
    must(repo.recordConsent(m_coordinator, p.id, today()), "consent");
    allocate(p.id);
    must(repo.changeStatus(m_coordinator, p.id, ParticipantStatus::InTreatment, {}), "start");
    auto noReason = repo.changeStatus(m_coordinator, p.id, ParticipantStatus::Discontinued, {});
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    const Participant stopped =
        must(repo.changeStatus(m_coordinator, p.id, ParticipantStatus::Discontinued,
                               QStringLiteral("Side effects")),
             "discontinue");
    EXPECT_EQ(stopped.status, ParticipantStatus::Discontinued);
    auto consort = must(ConsortReport(db()).compute(m_pi), "consort");
    int discontinued = 0;
    for (const auto& arm : consort.arms)
        discontinued += arm.discontinued;
    EXPECT_EQ(discontinued, 1);
    // Back to treatment with a reason; the screening steps are not status changes.
    auto back = repo.changeStatus(m_coordinator, p.id, ParticipantStatus::InTreatment, {});
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(repo.changeStatus(m_coordinator, p.id, ParticipantStatus::InTreatment,
                                  QStringLiteral("Resumed after a pause"))
                    .ok());
    auto consented =
        repo.changeStatus(m_coordinator, p.id, ParticipantStatus::Consented, QStringLiteral("x"));
    ASSERT_FALSE(consented.ok());
}

TEST_F(ParticipantPathTest, ASiteBoundCoordinatorSeesAndChangesOnlyTheirSite)
{
    const Participant osl =
        must(Screening(db()).screen(m_coordinator, input(true, false, m_siteOsl)), "osl");
    const Participant brg =
        must(Screening(db()).screen(m_coordinator, input(true, false, m_siteBrg)), "brg");
    UserRepository users(db());
    must(users.create(m_admin, {QStringLiteral("bergen"),
                                {},
                                Role::Coordinator,
                                QStringLiteral("Fjell-og-fjord-5"),
                                {m_siteBrg}}),
         "bergen");
    const Actor bergen =
        must(users.login(QStringLiteral("bergen"), QStringLiteral("Fjell-og-fjord-5")), "login");

    const auto list = must(ParticipantRepository(db()).list(bergen), "list");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].id, brg.id);
    const auto counts = must(ParticipantRepository(db()).countByStatus(bergen), "counts");
    EXPECT_EQ(counts.at(ParticipantStatus::Eligible), 1);

    const QString before = dumpDatabase(db());
    auto read = ParticipantRepository(db()).get(bergen, osl.id);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(read.message().contains(QStringLiteral("site OSL"))) << str(read.message());
    auto write = ParticipantRepository(db()).recordConsent(bergen, osl.id, today());
    ASSERT_FALSE(write.ok());
    EXPECT_TRUE(write.message().contains(QStringLiteral("OSL")));
    auto screen = Screening(db()).screen(bergen, input(true, false, m_siteOsl));
    ASSERT_FALSE(screen.ok());
    EXPECT_TRUE(screen.message().contains(QStringLiteral("site OSL"))) << str(screen.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    // Every other read path follows the same rule.
    EXPECT_TRUE(must(Worklist(db()).forActor(bergen, today()), "worklist").size() == 1u);
    EXPECT_EQ(must(Dashboard(db()).funnel(bergen), "funnel").assessed, 1);
    EXPECT_EQ(must(ConsortReport(db()).enrolment(bergen), "consort").assessed, 1);
    EXPECT_FALSE(VisitTimeline::forParticipant(db(), bergen, osl.id).ok());
    EXPECT_FALSE(AssessmentRepository(db()).forParticipant(bergen, osl.id).ok());
    EXPECT_FALSE(SessionRepository(db()).forParticipant(bergen, osl.id).ok());
    EXPECT_FALSE(CovariateValues(db())
                     .set(bergen, osl.id, {{QStringLiteral("age"), QStringLiteral("50")}},
                          QStringLiteral("x"))
                     .ok());
    ParticipantTableModel registry(db(), bergen);
    EXPECT_EQ(must(registry.reload(), "registry"), 1);

    // The PI, the statistician and the assessor see every site.
    EXPECT_EQ(must(ParticipantRepository(db()).list(m_pi), "pi").size(), 2u);
    EXPECT_EQ(must(ParticipantRepository(db()).list(m_assessor), "assessor").size(), 2u);
}

TEST_F(ParticipantPathTest, ATherapistIsAssignedOnlyAtTheirSites)
{
    const Participant brg =
        must(Screening(db()).screen(m_coordinator, input(true, false, m_siteBrg)), "brg");
    UserRepository users(db());
    const User oslo = must(users.create(m_admin, {QStringLiteral("oslo"),
                                                  {},
                                                  Role::Therapist,
                                                  QStringLiteral("Fjell-og-fjord-6"),
                                                  {m_siteOsl}}),
                           "oslo therapist");
    auto wrong = ParticipantRepository(db()).assignTherapist(m_coordinator, brg.id, oslo.id);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, QStringLiteral("therapist"));
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("BRG"))) << str(wrong.message());
    EXPECT_TRUE(ParticipantRepository(db())
                    .assignTherapist(m_coordinator, brg.id, m_therapist.userId)
                    .ok());
    // Reassignment needs a reason.
    auto again =
        ParticipantRepository(db()).assignTherapist(m_coordinator, brg.id, m_therapist2.userId);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(
        ParticipantRepository(db())
            .assignTherapist(m_coordinator, brg.id, m_therapist2.userId, QStringLiteral("Leave"))
            .ok());
}

} // namespace

namespace {

TEST_F(ParticipantPathTest, NotFoundAndNotYoursReadTheSameAndShowNoRowId)
{
    const Participant p = must(Screening(db()).screen(m_coordinator, input(true, false)), "p");
    must(ParticipantRepository(db()).assignTherapist(m_coordinator, p.id, m_therapist.userId),
         "therapist");
    ParticipantRepository repo(db());
    auto notYours = repo.getByStudyId(m_therapist2, p.studyId);
    auto missing = repo.getByStudyId(m_therapist2, QStringLiteral("OSL-999"));
    ASSERT_FALSE(notYours.ok());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(notYours.error().code, missing.error().code);
    EXPECT_EQ(notYours.message(),
              QString(missing.message()).replace(QStringLiteral("OSL-999"), p.studyId));
    auto byId = repo.get(m_therapist2, p.id);
    ASSERT_FALSE(byId.ok());
    EXPECT_FALSE(byId.message().contains(QString::number(p.id))) << str(byId.message());
    EXPECT_TRUE(repo.getByStudyId(m_therapist, p.studyId).ok());
}

} // namespace
