// Each role's worklist: visits due and overdue with their instruments and "due by" for the
// coordinator (self-report) and the blinded assessor (blinded ratings), alert reviews only for
// roles that can acknowledge them, reach (therapists, site-bound coordinators), and steps
// waiting since before this week counted as overdue.

#include "worklists/Worklist.h"

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
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

} // namespace
