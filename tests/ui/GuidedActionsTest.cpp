// The registry's guided steps: each dialog says what will happen, applies the step through
// core, and on a refusal shows the message and changes nothing.

#include "DemoDatabase.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "registry/ParticipantActions.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/RandomizeDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "registry/actions/WithdrawDialog.h"
#include "trial/ProtocolRepository.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace td;

namespace {

class GuidedActionsTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        m_coordinator = actor("coordinator", Role::Coordinator);
        auto protocol = ProtocolRepository(*m_db).load(m_coordinator);
        ASSERT_TRUE(protocol.ok());
        m_protocol = *protocol;
    }

    Participant get(qint64 id)
    {
        auto p = ParticipantRepository(*m_db).get(m_coordinator, id);
        EXPECT_TRUE(p.ok()) << p.message().toStdString();
        return p.ok() ? *p : Participant{};
    }

    int auditRows()
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return n.ok() ? n->toInt() : -1;
    }

    qint64 screenOne()
    {
        ScreenDialog screen(*m_db, m_coordinator, m_protocol);
        EXPECT_TRUE(screen.summaryText().contains(m_protocol.sites.front().code));
        screen.confirm();
        EXPECT_EQ(screen.result(), QDialog::Accepted) << screen.errorText().toStdString();
        return screen.createdId();
    }

    Actor m_coordinator;
    Protocol m_protocol;
};

TEST_F(GuidedActionsTest, APersonGoesFromScreeningToRandomizationThroughTheDialogs)
{
    const qint64 id = screenOne();
    ASSERT_GT(id, 0);
    EXPECT_EQ(get(id).status, ParticipantStatus::Screened);

    EligibilityDialog eligibility(*m_db, m_coordinator, get(id));
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("eligible")));
    eligibility.confirm();
    EXPECT_EQ(get(id).status, ParticipantStatus::Eligible);

    ConsentDialog consent(*m_db, m_coordinator, get(id));
    consent.confirm();
    EXPECT_EQ(get(id).status, ParticipantStatus::Consented);

    // The demo stratifies its permuted blocks by site: the dialog names the stratum first.
    RandomizeDialog randomize(*m_db, m_coordinator, m_protocol, id);
    ASSERT_TRUE(randomize.refusal().isEmpty()) << randomize.refusal().toStdString();
    EXPECT_TRUE(randomize.summaryText().contains(get(id).studyId));
    const Site* site = m_protocol.site(get(id).siteId);
    ASSERT_NE(site, nullptr);
    EXPECT_TRUE(randomize.summaryText().contains(QStringLiteral("Site: ") + site->name))
        << randomize.summaryText().toStdString();
    EXPECT_FALSE(randomize.allocation().has_value());
    randomize.confirm();
    ASSERT_TRUE(randomize.allocation().has_value()) << randomize.errorText().toStdString();
    const Arm* arm = m_protocol.arm(randomize.allocation()->armId);
    ASSERT_NE(arm, nullptr);
    // The dialog stays open to show the allocation.
    EXPECT_TRUE(randomize.summaryText().contains(arm->name));
    EXPECT_NE(randomize.result(), QDialog::Accepted);
    EXPECT_EQ(get(id).status, ParticipantStatus::Randomized);

    // A second randomization of the same participant is refused, and changes nothing.
    const int before = auditRows();
    RandomizeDialog again(*m_db, m_coordinator, m_protocol, id);
    EXPECT_TRUE(again.refusal().contains(QStringLiteral("already randomized")))
        << again.refusal().toStdString();
    again.confirm();
    EXPECT_EQ(auditRows(), before);
}

TEST_F(GuidedActionsTest, ARefusedStepShowsWhyAndChangesNothing)
{
    const qint64 id = screenOne();
    const int before = auditRows();

    EligibilityDialog eligibility(*m_db, m_coordinator, get(id));
    eligibility.ineligibleButton()->setChecked(true);
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("required")));
    eligibility.confirm();
    EXPECT_FALSE(eligibility.errorText().isEmpty());
    EXPECT_NE(eligibility.result(), QDialog::Accepted);
    EXPECT_EQ(get(id).status, ParticipantStatus::Screened);
    EXPECT_EQ(auditRows(), before);

    eligibility.reasonEdit()->setText(QStringLiteral("Bipolar disorder"));
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("Bipolar disorder")));
    eligibility.confirm();
    EXPECT_EQ(get(id).status, ParticipantStatus::Ineligible);

    // Consent after exclusion is not a step the life cycle allows.
    ConsentDialog consent(*m_db, m_coordinator, get(id));
    const int after = auditRows();
    consent.confirm();
    EXPECT_FALSE(consent.errorText().isEmpty());
    EXPECT_EQ(get(id).status, ParticipantStatus::Ineligible);
    EXPECT_EQ(auditRows(), after);
}

TEST_F(GuidedActionsTest, WithdrawalNeedsAReasonAndKeepsTheData)
{
    auto randomized = m_db->scalar(
        QStringLiteral("SELECT id FROM participant WHERE status = 'randomized' LIMIT 1"));
    ASSERT_TRUE(randomized.ok() && randomized->isValid());
    const qint64 id = randomized->toLongLong();
    const int before = auditRows();
    WithdrawDialog withdraw(*m_db, m_coordinator, get(id));
    withdraw.confirm();
    EXPECT_FALSE(withdraw.errorText().isEmpty());
    EXPECT_EQ(auditRows(), before);
    withdraw.reasonEdit()->setText(QStringLiteral("Moved abroad"));
    EXPECT_TRUE(withdraw.summaryText().contains(QStringLiteral("Moved abroad")));
    withdraw.confirm();
    const Participant p = get(id);
    EXPECT_EQ(p.status, ParticipantStatus::Withdrawn);
    EXPECT_EQ(p.withdrawalReason, QStringLiteral("Moved abroad"));
    EXPECT_EQ(p.dataUsable, std::optional<bool>(true));
}

TEST_F(GuidedActionsTest, ActionsFollowTheRoleAndTheStatus)
{
    QWidget parent;
    ParticipantActions coordinator(*m_db, m_coordinator, &parent);
    EXPECT_EQ(coordinator.actions().size(), 5);
    const Participant screened = get(screenOne());
    coordinator.setParticipant(&screened);
    EXPECT_TRUE(coordinator.eligibilityAction()->isEnabled());
    EXPECT_FALSE(coordinator.consentAction()->isEnabled());
    EXPECT_FALSE(coordinator.randomizeAction()->isEnabled());
    coordinator.setParticipant(nullptr);
    EXPECT_FALSE(coordinator.eligibilityAction()->isEnabled());
    EXPECT_TRUE(coordinator.screenAction()->isEnabled());

    ParticipantActions assessor(*m_db, actor("assessor", Role::BlindedAssessor), &parent);
    EXPECT_TRUE(assessor.actions().isEmpty());
}

} // namespace
