// The registry's guided steps: each dialog says what will happen, applies the step through
// core, and on a refusal shows the message and changes nothing.

#include "DemoDatabase.h"
#include "PathSteps.h"
#include "participants/ParticipantRepository.h"
#include "registry/ParticipantActions.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CriteriaAnswers.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/RandomizeDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "registry/actions/StatusDialog.h"
#include "trial/ProtocolRepository.h"

#include <QAction>
#include <QCheckBox>
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

    // A person screened with two of the three criteria answered and their age: eligibility
    // waits for the third answer.
    qint64 screenOne()
    {
        ScreenDialog screen(*m_db, m_coordinator, m_protocol);
        EXPECT_TRUE(screen.summaryText().contains(m_protocol.sites.front().code));
        EXPECT_TRUE(screen.criteria()->setAnswer(QStringLiteral("mdd"), true));
        EXPECT_TRUE(screen.criteria()->setAnswer(QStringLiteral("age18"), true));
        EXPECT_TRUE(screen.covariates()->setValue(QStringLiteral("age"), QStringLiteral("34")));
        EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("not answered yet")))
            << screen.summaryText().toStdString();
        screen.confirm();
        EXPECT_TRUE(screen.isDone()) << screen.errorText().toStdString();
        EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("not decided yet")))
            << screen.summaryText().toStdString();
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

    // The criterion left open at screening is answered now; eligibility follows.
    EligibilityDialog eligibility(*m_db, m_coordinator, m_protocol, get(id));
    EXPECT_FALSE(eligibility.criteria()->yesButton(QStringLiteral("mdd"))->isEnabled());
    EXPECT_TRUE(eligibility.criteria()->setAnswer(QStringLiteral("psychosis"), false));
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("decided")));
    eligibility.confirm();
    ASSERT_EQ(get(id).status, ParticipantStatus::Eligible) << eligibility.errorText().toStdString();
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("is eligible")));

    ConsentDialog consent(*m_db, m_coordinator, get(id));
    consent.formVersionEdit()->setText(QStringLiteral("2.1"));
    EXPECT_TRUE(consent.summaryText().contains(QStringLiteral("version 2.1")));
    consent.confirm();
    EXPECT_EQ(get(id).status, ParticipantStatus::Consented);
    EXPECT_EQ(get(id).consentFormVersion, QStringLiteral("2.1"));

    // Randomization waits for the baseline the protocol puts before it.
    {
        RandomizeDialog early(*m_db, m_coordinator, m_protocol, id);
        EXPECT_TRUE(early.refusal().contains(QStringLiteral("baseline")))
            << early.refusal().toStdString();
        EXPECT_TRUE(early.summaryText().contains(QStringLiteral("Enter assessment")));
    }
    ASSERT_EQ(testui::enterBaseline(*m_db, m_protocol, id, m_coordinator,
                                    actor("assessor", Role::BlindedAssessor),
                                    m_db->clock().today()),
              QString());

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

    EligibilityDialog eligibility(*m_db, m_coordinator, m_protocol, get(id));
    eligibility.otherButton()->setChecked(true);
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("required")));
    eligibility.confirm();
    EXPECT_EQ(eligibility.errorField(), QStringLiteral("reason"));
    EXPECT_FALSE(eligibility.fieldErrorText(QStringLiteral("reason")).isEmpty());
    EXPECT_NE(eligibility.result(), QDialog::Accepted);
    EXPECT_EQ(get(id).status, ParticipantStatus::Screened);
    EXPECT_EQ(auditRows(), before);

    eligibility.reasonEdit()->setText(QStringLiteral("Cannot attend weekly sessions"));
    EXPECT_TRUE(eligibility.summaryText().contains(QStringLiteral("Cannot attend")));
    eligibility.confirm();
    const Participant excluded = get(id);
    EXPECT_EQ(excluded.status, ParticipantStatus::Ineligible);
    EXPECT_EQ(excluded.exclusion, std::optional<ExclusionCategory>(ExclusionCategory::Other));

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
    QWidget parent;
    ParticipantActions actions(*m_db, m_coordinator, &parent);
    actions.setProtocol(m_protocol);
    const Participant p = get(id);
    actions.setParticipant(&p);
    ASSERT_TRUE(actions.withdrawAction()->isEnabled());
    // "Withdraw…" opens the status change with withdrawal chosen.
    auto dialog = actions.dialogFor(actions.withdrawAction());
    auto* withdraw = dynamic_cast<StatusDialog*>(dialog.get());
    ASSERT_NE(withdraw, nullptr);
    EXPECT_EQ(withdraw->chosen(), ParticipantStatus::Withdrawn);
    EXPECT_FALSE(withdraw->dataUsableBox()->isHidden());
    const int before = auditRows();
    withdraw->confirm();
    EXPECT_EQ(withdraw->errorField(), QStringLiteral("reason"))
        << withdraw->errorText().toStdString();
    EXPECT_EQ(auditRows(), before);
    EXPECT_EQ(get(id).status, ParticipantStatus::Randomized);
    withdraw->reasonEdit()->setText(QStringLiteral("Moved abroad"));
    EXPECT_TRUE(withdraw->summaryText().contains(QStringLiteral("Moved abroad")));
    withdraw->confirm();
    const Participant after = get(id);
    EXPECT_EQ(after.status, ParticipantStatus::Withdrawn);
    EXPECT_EQ(after.withdrawalReason, QStringLiteral("Moved abroad"));
    EXPECT_EQ(after.dataUsable, std::optional<bool>(true));
}

TEST_F(GuidedActionsTest, ActionsFollowTheRoleAndTheStatus)
{
    QWidget parent;
    ParticipantActions coordinator(*m_db, m_coordinator, &parent);
    // Screen, eligibility, consent, covariates, therapist, randomize, status, withdraw.
    EXPECT_EQ(coordinator.actions().size(), 8);
    EXPECT_EQ(coordinator.participantActions().size(), 7);
    const Participant screened = get(screenOne());
    coordinator.setParticipant(&screened);
    EXPECT_TRUE(coordinator.eligibilityAction()->isEnabled());
    EXPECT_FALSE(coordinator.consentAction()->isEnabled());
    EXPECT_FALSE(coordinator.randomizeAction()->isEnabled());
    EXPECT_TRUE(coordinator.covariatesAction()->isEnabled());
    EXPECT_FALSE(coordinator.statusAction()->isEnabled()); // eligibility is its own step
    coordinator.setParticipant(nullptr);
    EXPECT_FALSE(coordinator.eligibilityAction()->isEnabled());
    EXPECT_FALSE(coordinator.covariatesAction()->isEnabled());
    EXPECT_TRUE(coordinator.screenAction()->isEnabled());

    ParticipantActions assessor(*m_db, actor("assessor", Role::BlindedAssessor), &parent);
    EXPECT_TRUE(assessor.actions().isEmpty());
    ParticipantActions therapist(*m_db, actor("therapist1", Role::Therapist), &parent);
    EXPECT_TRUE(therapist.actions().isEmpty());
}

} // namespace
