// Each role's worklist: visits due and overdue with their instruments and "due by" for the
// coordinator (self-report) and the blinded assessor (blinded ratings), alert reviews only for
// roles that can acknowledge them, reach (therapists, site-bound coordinators), and steps
// waiting since before this week counted as overdue.

#include "worklists/Worklist.h"

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "randomization/EmergencyUnblinding.h"
#include "trial/ProtocolRepository.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class WorklistTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_w8 = addVisit(QStringLiteral("w8"), 8, 7,
                        {{QStringLiteral("phq9"), Rater::SelfReport},
                         {QStringLiteral("hrsd17"), Rater::BlindedClinician}});
    }
    std::vector<WorkItem> tasks(const Actor& who)
    {
        return must(Worklist(db()).forActor(who, today()), "worklist");
    }
    static std::vector<WorkItem> ofKind(const std::vector<WorkItem>& all, TaskKind kind)
    {
        std::vector<WorkItem> out;
        for (const WorkItem& w : all)
            if (w.kind == kind)
                out.push_back(w);
        return out;
    }
    Assessment rating(const Participant& p, qint64 visit, const QString& instrument, int items,
                      const QString& value = QStringLiteral("1"))
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = visit;
        a.instrumentId = instrument;
        a.date = today();
        a.items = QStringList(items, value);
        return a;
    }
    qint64 m_w8 = 0;
};

TEST_F(WorklistTest, VisitsDueGoToTheRoleThatRecordsEachInstrument)
{
    const Participant p = randomized(m_armCbt); // 30 days ago: baseline window still open
    const auto coordinator = ofKind(tasks(m_coordinator), TaskKind::VisitDue);
    ASSERT_EQ(coordinator.size(), 1u);
    EXPECT_EQ(coordinator[0].studyId, p.studyId);
    EXPECT_EQ(coordinator[0].detail, QStringLiteral("baseline"));
    EXPECT_EQ(coordinator[0].instruments, QStringList{QStringLiteral("phq9")});
    EXPECT_EQ(coordinator[0].due, p.randomizedAt.date().addDays(180)); // due by: window close
    const auto assessor = ofKind(tasks(m_assessor), TaskKind::VisitDue);
    ASSERT_EQ(assessor.size(), 1u);
    EXPECT_EQ(assessor[0].instruments, QStringList{QStringLiteral("hrsd17")});
    // Nobody else rates at visits.
    EXPECT_TRUE(ofKind(tasks(m_pi), TaskKind::VisitDue).empty());
    EXPECT_TRUE(ofKind(tasks(m_therapist), TaskKind::VisitDue).empty());

    must(AssessmentRepository(db()).save(m_coordinator,
                                         rating(p, m_baseline, QStringLiteral("phq9"), 9)),
         "phq9");
    EXPECT_TRUE(ofKind(tasks(m_coordinator), TaskKind::VisitDue).empty());
    EXPECT_EQ(ofKind(tasks(m_assessor), TaskKind::VisitDue).size(), 1u);
}

TEST_F(WorklistTest, AClosedWindowIsOverdueUntilRecordedOrMissing)
{
    const Participant p = randomized(m_armCbt, m_therapist, 70); // week 8 closed on day 63
    auto overdue = ofKind(tasks(m_coordinator), TaskKind::VisitOverdue);
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].detail, QStringLiteral("w8"));
    EXPECT_TRUE(overdue[0].isOverdue(today()));
    EXPECT_EQ(overdue[0].due, p.randomizedAt.date().addDays(63));
    // Overdue comes before what is merely due.
    const auto all = tasks(m_coordinator);
    EXPECT_EQ(all.front().kind, TaskKind::VisitOverdue);

    must(AssessmentRepository(db()).recordMissedVisit(m_coordinator, p.id, m_w8, today(),
                                                      QStringLiteral("Did not come")),
         "missed");
    EXPECT_TRUE(ofKind(tasks(m_coordinator), TaskKind::VisitOverdue).empty());
    EXPECT_TRUE(ofKind(tasks(m_assessor), TaskKind::VisitOverdue).empty());
}

TEST_F(WorklistTest, AlertReviewsOnlyForRolesThatCanAcknowledge)
{
    const Participant p = randomized(m_armCbt);
    must(AssessmentRepository(db()).save(
             m_coordinator, rating(p, m_baseline, QStringLiteral("phq9"), 9, QStringLiteral("2"))),
         "phq9 with item 9");
    EXPECT_TRUE(ofKind(tasks(m_coordinator), TaskKind::ReviewAlert).empty());
    EXPECT_TRUE(ofKind(tasks(m_assessor), TaskKind::ReviewAlert).empty());
    EXPECT_EQ(ofKind(tasks(m_pi), TaskKind::ReviewAlert).size(), 1u);
    EXPECT_EQ(ofKind(tasks(m_therapist), TaskKind::ReviewAlert).size(), 1u);
    EXPECT_TRUE(ofKind(tasks(m_therapist2), TaskKind::ReviewAlert).empty());
}

TEST_F(WorklistTest, ASiteBoundCoordinatorGetsOnlyTheirSitesTasks)
{
    screened(m_siteOsl);
    const Participant bergen = screened(m_siteBrg);
    UserRepository users(db());
    must(users.create(m_admin, {QStringLiteral("bergen"),
                                {},
                                Role::Coordinator,
                                QStringLiteral("Fjell-og-fjord-5"),
                                {m_siteBrg}}),
         "bergen");
    const Actor b =
        must(users.login(QStringLiteral("bergen"), QStringLiteral("Fjell-og-fjord-5")), "login");
    const auto mine = tasks(b);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].studyId, bergen.studyId);
    EXPECT_EQ(tasks(m_coordinator).size(), 2u);
}

TEST_F(WorklistTest, StepsWaitingSinceBeforeThisWeekAreOverdue)
{
    // screened() dates the screening 40 days back.
    const auto waiting = ofKind(tasks(m_coordinator), TaskKind::DecideEligibility);
    ASSERT_TRUE(waiting.empty());
    screened();
    const auto decide = ofKind(tasks(m_coordinator), TaskKind::DecideEligibility);
    ASSERT_EQ(decide.size(), 1u);
    EXPECT_TRUE(decide[0].isOverdue(today()));
    WorkItem fresh = decide[0];
    fresh.since = today();
    EXPECT_FALSE(fresh.isOverdue(today()));
}

// Each step of the path waits for the one who takes it: a decision after screening, consent
// after eligibility, randomization after consent (only for roles that may randomize), and
// nothing of the path once randomized or withdrawn.
TEST_F(WorklistTest, EachStepOfThePathIsATaskUntilItIsTaken)
{
    const Participant s = screened();
    const Participant e = eligible();
    const Participant c = consented();
    const Participant r = randomized(m_armCbt);
    const auto all = tasks(m_coordinator);
    auto stepOf = [&](qint64 id) {
        std::vector<TaskKind> kinds;
        for (const WorkItem& w : all)
            if (w.participantId == id && w.timePointId == 0)
                kinds.push_back(w.kind);
        return kinds;
    };
    EXPECT_EQ(stepOf(s.id), std::vector<TaskKind>{TaskKind::DecideEligibility});
    EXPECT_EQ(stepOf(e.id), std::vector<TaskKind>{TaskKind::RecordConsent});
    const bool mayRandomize = m_coordinator.can(Permission::Randomize);
    EXPECT_EQ(stepOf(c.id),
              mayRandomize ? std::vector<TaskKind>{TaskKind::Randomize} : std::vector<TaskKind>{});
    EXPECT_TRUE(stepOf(r.id).empty());
    for (const WorkItem& w : all) {
        if (w.participantId == c.id && w.kind == TaskKind::Randomize) {
            EXPECT_EQ(w.since, c.consentDate); // waiting since the consent
        }
        if (w.participantId == s.id) {
            EXPECT_EQ(w.since, s.screeningDate);
        }
    }
    // Roles that do not screen have no steps of the path.
    for (const Actor* who : {&m_assessor, &m_pi, &m_therapist, &m_statistician}) {
        if (who->can(Permission::ScreenParticipants))
            continue;
        for (const WorkItem& w : tasks(*who))
            EXPECT_TRUE(w.kind != TaskKind::DecideEligibility &&
                        w.kind != TaskKind::RecordConsent && w.kind != TaskKind::Randomize)
                << str(Worklist::describe(w.kind));
    }

    // A withdrawn participant's visits are no longer expected.
    must(ParticipantRepository(db()).withdraw(m_coordinator, r.id, QStringLiteral("Moved away"),
                                              true),
         "withdraw");
    for (const WorkItem& w : tasks(m_coordinator))
        EXPECT_NE(w.participantId, r.id) << str(Worklist::describe(w.kind));
}

TEST_F(WorklistTest, EmergencyUnblindingsWaitForThePrincipalInvestigatorsReview)
{
    const Participant p = randomized(m_armCbt);
    const qint64 arm = must(EmergencyUnblinding(db()).unblind(m_assessor, p.id,
                                                              QStringLiteral("Serious adverse "
                                                                             "event")),
                            "unblind");
    EXPECT_EQ(arm, m_armCbt);
    const auto review = ofKind(tasks(m_pi), TaskKind::ReviewUnblinding);
    ASSERT_EQ(review.size(), 1u);
    EXPECT_EQ(review[0].studyId, p.studyId);
    EXPECT_EQ(review[0].detail, QStringLiteral("assessor")); // who unblinded
    EXPECT_GT(review[0].unblindingId, 0);
    EXPECT_FALSE(review[0].isOverdue(today()));
    // Reviews come first, before anything overdue.
    EXPECT_EQ(tasks(m_pi).front().kind, TaskKind::ReviewUnblinding);
    for (const Actor* who : {&m_coordinator, &m_assessor, &m_therapist})
        EXPECT_TRUE(ofKind(tasks(*who), TaskKind::ReviewUnblinding).empty());

    must(EmergencyUnblinding(db()).acknowledge(m_pi, review[0].unblindingId, signedBy(m_pi)),
         "review");
    EXPECT_TRUE(ofKind(tasks(m_pi), TaskKind::ReviewUnblinding).empty());
}

TEST_F(WorklistTest, AlertsComeFirstThenOverdueThenByDueDate)
{
    const Participant late = randomized(m_armCbt, m_therapist, 70); // w8 overdue
    const Participant soon = randomized(m_armCbt, m_therapist, 30);
    const Participant later = randomized(m_armCbt, m_therapist, 5);
    must(AssessmentRepository(db()).save(
             m_coordinator,
             rating(soon, m_baseline, QStringLiteral("phq9"), 9, QStringLiteral("2"))),
         "phq9 with item 9");
    // The coordinator: overdue first, then what is due, the nearest close first.
    const auto coordinator = tasks(m_coordinator);
    ASSERT_GE(coordinator.size(), 3u);
    EXPECT_EQ(coordinator.front().kind, TaskKind::VisitOverdue);
    EXPECT_EQ(coordinator.front().participantId, late.id);
    for (std::size_t i = 1; i < coordinator.size(); ++i) {
        const WorkItem& a = coordinator[i - 1];
        const WorkItem& b = coordinator[i];
        if (a.isOverdue(today()) == b.isOverdue(today())) {
            EXPECT_LE(a.due, b.due) << str(a.studyId) << " before " << str(b.studyId);
        }
    }
    // The therapist: the safety alert before the rest.
    const auto therapist = tasks(m_therapist);
    ASSERT_FALSE(therapist.empty());
    EXPECT_EQ(therapist.front().kind, TaskKind::ReviewAlert);
    EXPECT_EQ(therapist.front().participantId, soon.id);
    EXPECT_GT(therapist.front().alertId, 0);
    EXPECT_EQ(therapist.front().alertKind, QStringLiteral("suicidality"));
    (void)later;
}

TEST_F(WorklistTest, EveryKindOfTaskHasItsOwnName)
{
    QStringList names;
    for (TaskKind k : {TaskKind::DecideEligibility, TaskKind::RecordConsent, TaskKind::Randomize,
                       TaskKind::VisitDue, TaskKind::VisitOverdue, TaskKind::ReviewAlert,
                       TaskKind::ReviewUnblinding}) {
        const QString name = Worklist::describe(k);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(names.contains(name)) << str(name);
        names << name;
    }
}

TEST_F(WorklistTest, TheDataMonitoringCommitteeHasNoTasks)
{
    // The data monitoring committee reads reports, not participants: no tasks, no error.
    auto dmc = Worklist(db()).forActor(m_dmc, today());
    if (dmc.ok()) {
        EXPECT_TRUE(dmc->empty());
    } else {
        EXPECT_EQ(dmc.error().code, ErrorCode::Forbidden);
    }
}

} // namespace
