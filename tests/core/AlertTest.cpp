// Safety alerts: a suicidality flag or a reliable deterioration raises one when an assessment
// is saved complete; it stays open until acknowledged with a note; therapists see their own.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "outcomes/AlertRepository.h"

using namespace td;
using namespace tdtest;

namespace {
QStringList phq9(std::initializer_list<int> values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out;
}
} // namespace

class AlertTest : public TestTrial
{
protected:
    Result<Assessment> save(const Participant& p, const QStringList& items,
                            std::optional<qint64> timePoint = {},
                            AssessmentStatus status = AssessmentStatus::Complete, int daysAgo = 0)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = timePoint;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-daysAgo);
        a.items = items;
        a.status = status;
        return AssessmentRepository(db()).save(m_coordinator, a);
    }

    std::vector<Alert> alerts(const Actor& who, bool openOnly = true)
    {
        return must(AlertRepository(db()).list(who, openOnly), "list alerts");
    }
};

TEST_F(AlertTest, SuicidalityFlagRaisesAnAuditedAlert)
{
    const Participant p = randomized(m_armCbt);
    const qint64 before = lastAuditId(db());
    auto saved = save(p, phq9({1, 1, 1, 1, 1, 1, 1, 1, 2}));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    const auto open = alerts(m_pi);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].kind, QStringLiteral("suicidality"));
    EXPECT_EQ(open[0].detail, QStringLiteral("phq9 item 9 = 2"));
    EXPECT_EQ(open[0].studyId, p.studyId);
    EXPECT_EQ(open[0].assessmentId, saved->id);
    EXPECT_TRUE(open[0].isOpen());
    int alertRows = 0;
    for (const AuditRow& r : auditRows(db(), before))
        alertRows += r.entity == QStringLiteral("alert") && r.action == QStringLiteral("created");
    EXPECT_GE(alertRows, 4); // participant, assessment, kind, detail, created_at
}

TEST_F(AlertTest, TheSaveReportsTheAlertsItRaised)
{
    const Participant p = randomized(m_armCbt);
    AssessmentRepository repo(db());
    Assessment a;
    a.participantId = p.id;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today();
    a.items = phq9({0, 0, 0, 0, 0, 0, 0, 0, 1});
    ASSERT_TRUE(repo.save(m_coordinator, a).ok());
    ASSERT_EQ(repo.raisedAlerts().size(), 1u);
    EXPECT_EQ(repo.raisedAlerts()[0], alerts(m_pi).at(0).id);
    a.items = phq9({0, 0, 0, 0, 0, 0, 0, 0, 0});
    ASSERT_TRUE(repo.save(m_coordinator, a).ok());
    EXPECT_TRUE(repo.raisedAlerts().empty());
}

TEST_F(AlertTest, NoFlagNoAlertAndDraftsWaitUntilComplete)
{
    const Participant p = randomized(m_armCbt);
    ASSERT_TRUE(save(p, phq9({1, 1, 1, 1, 1, 1, 1, 1, 0})).ok());
    EXPECT_TRUE(alerts(m_pi).empty());
    auto draft = save(p, phq9({1, 1, 1, 1, 1, 1, 1, 1, 3}), {}, AssessmentStatus::Draft);
    ASSERT_TRUE(draft.ok());
    EXPECT_TRUE(alerts(m_pi).empty());
    Assessment done = *draft;
    done.status = AssessmentStatus::Complete;
    ASSERT_TRUE(AssessmentRepository(db()).correct(m_coordinator, done, {}).ok());
    EXPECT_EQ(alerts(m_pi).size(), 1u);
    // Correcting again does not raise the same alert twice.
    done.items[0] = QStringLiteral("2");
    ASSERT_TRUE(
        AssessmentRepository(db()).correct(m_coordinator, done, QStringLiteral("typo")).ok());
    EXPECT_EQ(alerts(m_pi).size(), 1u);
}

TEST_F(AlertTest, ReliableDeteriorationFromBaselineRaisesAnAlert)
{
    const Participant p = randomized(m_armPdt, m_therapist, 60);
    ASSERT_TRUE(
        save(p, phq9({1, 1, 1, 1, 1, 0, 0, 0, 0}), m_baseline, AssessmentStatus::Complete, 50)
            .ok());
    ASSERT_TRUE(
        save(p, phq9({1, 1, 1, 1, 1, 1, 1, 0, 0}), {}, AssessmentStatus::Complete, 20).ok());
    EXPECT_TRUE(alerts(m_pi).empty()); // 5 -> 7 is not reliable
    ASSERT_TRUE(save(p, phq9({3, 3, 3, 2, 2, 2, 2, 2, 0}), {}, AssessmentStatus::Complete, 1).ok());
    const auto open = alerts(m_pi);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].kind, QStringLiteral("deterioration"));
    EXPECT_TRUE(open[0].detail.startsWith(QStringLiteral("phq9 5 -> 19"))) << str(open[0].detail);
}

TEST_F(AlertTest, ImprovementRaisesNothing)
{
    const Participant p = randomized(m_armPdt, m_therapist, 60);
    ASSERT_TRUE(
        save(p, phq9({3, 3, 3, 2, 2, 2, 2, 2, 0}), m_baseline, AssessmentStatus::Complete, 50)
            .ok());
    ASSERT_TRUE(save(p, phq9({0, 0, 0, 0, 1, 0, 0, 0, 0}), {}, AssessmentStatus::Complete, 1).ok());
    EXPECT_TRUE(alerts(m_pi).empty());
}

TEST_F(AlertTest, WhoSeesAlerts)
{
    const Participant mine = randomized(m_armCbt, m_therapist);
    const Participant theirs = randomized(m_armCbt, m_therapist2);
    ASSERT_TRUE(save(mine, phq9({0, 0, 0, 0, 0, 0, 0, 0, 1})).ok());
    ASSERT_TRUE(save(theirs, phq9({0, 0, 0, 0, 0, 0, 0, 0, 1})).ok());
    EXPECT_EQ(alerts(m_pi).size(), 2u);
    EXPECT_EQ(alerts(m_coordinator).size(), 2u);
    EXPECT_EQ(alerts(m_assessor).size(), 2u); // the alert carries no arm
    ASSERT_EQ(alerts(m_therapist).size(), 1u);
    EXPECT_EQ(alerts(m_therapist)[0].participantId, mine.id);
    EXPECT_EQ(AlertRepository(db()).list(m_statistician, true).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(AlertRepository(db()).list(m_admin, true).error().code, ErrorCode::Forbidden);
}

TEST_F(AlertTest, AcknowledgementNeedsANoteAndIsAudited)
{
    const Participant p = randomized(m_armCbt, m_therapist);
    ASSERT_TRUE(save(p, phq9({0, 0, 0, 0, 0, 0, 0, 0, 2})).ok());
    const qint64 id = alerts(m_pi).at(0).id;
    AlertRepository repo(db());
    EXPECT_EQ(
        repo.acknowledge(m_therapist, id, QStringLiteral("  "), signedBy(m_therapist)).error().code,
        ErrorCode::Invalid);
    EXPECT_EQ(repo.acknowledge(m_therapist2, id, QStringLiteral("not mine"), signedBy(m_therapist2))
                  .error()
                  .code,
              ErrorCode::NotFound);
    EXPECT_EQ(
        repo.acknowledge(m_assessor, id, QStringLiteral("seen"), signedBy(m_assessor)).error().code,
        ErrorCode::Forbidden);
    EXPECT_EQ(alerts(m_pi).size(), 1u);
    const qint64 before = lastAuditId(db());
    ASSERT_TRUE(repo.acknowledge(m_therapist, id, QStringLiteral("Safety plan agreed"),
                                 signedBy(m_therapist))
                    .ok());
    EXPECT_TRUE(alerts(m_pi).empty());
    const auto all = alerts(m_pi, false);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].acknowledgement, QStringLiteral("Safety plan agreed"));
    EXPECT_EQ(all[0].acknowledgedBy, m_therapist.username);
    bool audited = false;
    for (const AuditRow& r : auditRows(db(), before))
        audited = audited || (r.entity == QStringLiteral("alert") &&
                              r.field == QStringLiteral("acknowledgement") &&
                              r.reason == QStringLiteral("Safety plan agreed"));
    EXPECT_TRUE(audited);
    EXPECT_EQ(repo.acknowledge(m_pi, id, QStringLiteral("again"), signedBy(m_pi)).error().code,
              ErrorCode::Conflict);
}
