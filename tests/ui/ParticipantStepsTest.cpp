// The participant's path after consent (issue 14): assigning and reassigning the therapist
// (only active therapists of the participant's site are offered; a reassignment needs a
// reason), the status change (only what the life cycle allows, a reason where needed), and the
// participant page's eligibility answers, covariates, consent and therapist with its steps.

#include "DemoDatabase.h"
#include "access/UserRepository.h"
#include "i18n/LanguageManager.h"
#include "participant/EnrolmentModels.h"
#include "participant/EnrolmentPanel.h"
#include "participant/ParticipantPage.h"
#include "participants/ParticipantRepository.h"
#include "registry/ParticipantActions.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CovariatesDialog.h"
#include "registry/actions/StatusDialog.h"
#include "registry/actions/TherapistDialog.h"
#include "trial/ProtocolRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QToolBar>

using namespace td;

namespace {

class ParticipantStepsTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
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

    qint64 withStatus(const char* status, const QString& where = {})
    {
        auto id = m_db->scalar(QStringLiteral("SELECT id FROM participant WHERE status = ?%1 "
                                              "ORDER BY id LIMIT 1")
                                   .arg(where),
                               {QString::fromLatin1(status)});
        return id.ok() && id->isValid() ? id->toLongLong() : 0;
    }

    int auditRows()
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return n.ok() ? n->toInt() : -1;
    }

    qint64 addTherapist(const char* name, std::vector<qint64> sites)
    {
        auto u = UserRepository(*m_db).create(actor("admin", Role::Administrator),
                                              {QString::fromLatin1(name), QString::fromLatin1(name),
                                               Role::Therapist, QStringLiteral("Hemmelig-ord-1"),
                                               std::move(sites)});
        EXPECT_TRUE(u.ok()) << u.message().toStdString();
        return u.ok() ? u->id : 0;
    }

    static QList<qint64> offered(const TherapistDialog& d)
    {
        QList<qint64> ids;
        for (int i = 0; i < d.therapistBox()->count(); ++i)
            ids << d.therapistBox()->itemData(i).toLongLong();
        return ids;
    }

    LanguageManager m_languages;
    Actor m_coordinator;
    Protocol m_protocol;
};

TEST_F(ParticipantStepsTest, OnlyActiveTherapistsOfTheParticipantsSiteAreOffered)
{
    const qint64 oslo = m_protocol.sites[0].id, bergen = m_protocol.sites[1].id;
    auto first = m_db->scalar(
        QStringLiteral("SELECT id FROM participant WHERE site_id = ? ORDER BY id LIMIT 1"), {oslo});
    ASSERT_TRUE(first.ok());
    const qint64 id = first->toLongLong();
    ASSERT_GT(id, 0);
    ASSERT_EQ(get(id).siteId, oslo);
    const qint64 inBergen = addTherapist("therapist-brg", {bergen});
    const qint64 inOslo = addTherapist("therapist-osl", {oslo});
    const qint64 gone = addTherapist("therapist-gone", {});
    ASSERT_TRUE(UserRepository(*m_db)
                    .deactivate(actor("admin", Role::Administrator), gone,
                                QStringLiteral("Left the clinic"))
                    .ok());
    TherapistDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
    const QList<qint64> ids = offered(dialog);
    EXPECT_TRUE(ids.contains(actor("therapist1", Role::Therapist).userId)); // every site
    EXPECT_TRUE(ids.contains(actor("therapist2", Role::Therapist).userId));
    EXPECT_TRUE(ids.contains(inOslo));
    EXPECT_FALSE(ids.contains(inBergen));
    EXPECT_FALSE(ids.contains(gone));
    EXPECT_FALSE(ids.contains(actor("coordinator", Role::Coordinator).userId));
}

TEST_F(ParticipantStepsTest, AssigningNeedsNoReasonReassigningDoes)
{
    // An eligible person without a therapist yet.
    const qint64 id = withStatus("eligible");
    ASSERT_GT(id, 0);
    ASSERT_EQ(get(id).therapistId, 0);
    const qint64 first = actor("therapist1", Role::Therapist).userId;
    const qint64 second = actor("therapist2", Role::Therapist).userId;
    {
        TherapistDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
        EXPECT_FALSE(dialog.reasonEdit()->isVisibleTo(&dialog));
        ASSERT_TRUE(dialog.choose(first));
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("becomes the therapist")));
        dialog.confirm();
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    EXPECT_EQ(get(id).therapistId, first);

    TherapistDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
    EXPECT_TRUE(dialog.reasonEdit()->isVisibleTo(&dialog));
    ASSERT_TRUE(dialog.choose(second));
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("required")));
    const int before = auditRows();
    dialog.confirm();
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(get(id).therapistId, first);
    EXPECT_EQ(auditRows(), before);
    dialog.reasonEdit()->setText(QStringLiteral("Therapist on parental leave"));
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("takes over")));
    dialog.confirm();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(get(id).therapistId, second);
}

TEST_F(ParticipantStepsTest, TheStatusDialogOffersOnlyWhatTheLifeCycleAllows)
{
    using S = ParticipantStatus;
    EXPECT_TRUE(StatusDialog::offered(S::Screened).empty());
    EXPECT_EQ(StatusDialog::offered(S::Eligible), std::vector<S>{S::Declined});
    EXPECT_EQ(StatusDialog::offered(S::Consented), std::vector<S>{S::Withdrawn});
    EXPECT_EQ(StatusDialog::offered(S::Randomized),
              (std::vector<S>{S::InTreatment, S::Discontinued, S::Withdrawn, S::LostToFollowUp}));
    EXPECT_TRUE(StatusDialog::offered(S::Withdrawn).empty());

    const qint64 id = withStatus("in_treatment");
    ASSERT_GT(id, 0);
    StatusDialog dialog(*m_db, m_coordinator, get(id));
    EXPECT_EQ(dialog.statusBox()->count(), 4); // completed, discontinued, withdrawn, lost
    EXPECT_FALSE(dialog.choose(S::Randomized));
    ASSERT_TRUE(dialog.choose(S::Completed));
    EXPECT_TRUE(dialog.dataUsableBox()->isHidden());
    ASSERT_TRUE(dialog.choose(S::Withdrawn));
    EXPECT_FALSE(dialog.dataUsableBox()->isHidden());
}

TEST_F(ParticipantStepsTest, DiscontinuingNeedsAReasonAndResumingToo)
{
    using S = ParticipantStatus;
    const qint64 id = withStatus("in_treatment");
    ASSERT_GT(id, 0);
    {
        StatusDialog dialog(*m_db, m_coordinator, get(id));
        ASSERT_TRUE(dialog.choose(S::Discontinued));
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("required")));
        const int before = auditRows();
        dialog.confirm();
        EXPECT_EQ(dialog.errorField(), QStringLiteral("reason"));
        EXPECT_EQ(get(id).status, S::InTreatment);
        EXPECT_EQ(auditRows(), before);
        dialog.reasonEdit()->setText(QStringLiteral("Side effects of travel"));
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("follow-up assessments go on")));
        dialog.confirm();
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    EXPECT_EQ(get(id).status, S::Discontinued);
    EXPECT_EQ(get(id).withdrawalReason, QStringLiteral("Side effects of travel"));
    {
        // The page says why treatment stopped.
        ParticipantPage page(*m_db, m_coordinator);
        ASSERT_EQ(page.load(id), QString());
        EXPECT_EQ(page.enrolment()->noteText(),
                  QStringLiteral("Discontinued treatment: Side effects of travel"));
        EXPECT_EQ(page.headerText(QStringLiteral("Status:")),
                  QStringLiteral("Discontinued treatment"));
    }

    StatusDialog resume(*m_db, m_coordinator, get(id));
    ASSERT_TRUE(resume.choose(S::InTreatment));
    resume.confirm();
    EXPECT_EQ(resume.errorField(), QStringLiteral("reason"));
    EXPECT_EQ(get(id).status, S::Discontinued);
    resume.reasonEdit()->setText(QStringLiteral("Feels able to attend again"));
    resume.confirm();
    EXPECT_EQ(get(id).status, S::InTreatment);
}

TEST_F(ParticipantStepsTest, DecliningAfterEligibilityNeedsNoReason)
{
    const qint64 id = withStatus("eligible");
    ASSERT_GT(id, 0);
    StatusDialog dialog(*m_db, m_coordinator, get(id));
    EXPECT_EQ(dialog.chosen(), ParticipantStatus::Declined);
    dialog.confirm();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(get(id).status, ParticipantStatus::Declined);
}

TEST_F(ParticipantStepsTest, ThePageShowsAnswersCovariatesConsentAndTherapist)
{
    const qint64 id = withStatus("in_treatment");
    ASSERT_GT(id, 0);
    const Participant p = get(id);
    ParticipantPage page(*m_db, actor("pi", Role::PrincipalInvestigator));
    ASSERT_EQ(page.load(id), QString());
    EXPECT_TRUE(
        page.headerText(QStringLiteral("Consented:")).contains(QStringLiteral("consent form 1.0")))
        << page.headerText(QStringLiteral("Consented:")).toStdString();
    EXPECT_TRUE(page.headerText(QStringLiteral("Therapist:")).contains(QStringLiteral(" ")))
        << page.headerText(QStringLiteral("Therapist:")).toStdString();
    const CriteriaAnswerModel* criteria = page.criteriaModel();
    ASSERT_EQ(criteria->rowCount(), 3);
    EXPECT_EQ(criteria->index(0, CriteriaAnswerModel::Criterion).data().toString(),
              QStringLiteral("Major depressive disorder (MINI)"));
    EXPECT_EQ(criteria->index(0, CriteriaAnswerModel::Answer).data().toString(),
              QStringLiteral("Yes"));
    EXPECT_EQ(criteria->index(2, CriteriaAnswerModel::Kind).data().toString(),
              QStringLiteral("Exclusion"));
    EXPECT_EQ(criteria->index(2, CriteriaAnswerModel::Answer).data().toString(),
              QStringLiteral("No"));
    const CovariateValueModel* covariates = page.covariateModel();
    ASSERT_EQ(covariates->rowCount(), 3);
    EXPECT_EQ(covariates->index(0, CovariateValueModel::Value).data().toString(),
              p.covariates.values.at(QStringLiteral("age")));
    EXPECT_EQ(covariates->index(0, CovariateValueModel::Required).data().toString(),
              QStringLiteral("Required"));
    // Norwegian: the criteria, the choices and the kind in the chosen language.
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_EQ(criteria->index(0, CriteriaAnswerModel::Criterion).data().toString(),
              QStringLiteral("Alvorlig depressiv lidelse (MINI)"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
}

TEST_F(ParticipantStepsTest, StepsOnThePageForThoseWhoTakeThemAndTheyReloadIt)
{
    const qint64 id = withStatus("in_treatment");
    ASSERT_GT(id, 0);
    ParticipantPage therapist(*m_db, actor("therapist1", Role::Therapist));
    EXPECT_TRUE(therapist.stepBar()->isHidden());
    ParticipantPage assessor(*m_db, actor("assessor", Role::BlindedAssessor));
    EXPECT_TRUE(assessor.stepBar()->isHidden());
    EXPECT_EQ(assessor.actions()->therapistAction(), nullptr);

    ParticipantPage page(*m_db, m_coordinator);
    ASSERT_EQ(page.load(id), QString());
    EXPECT_FALSE(page.stepBar()->isHidden());
    ParticipantActions* steps = page.actions();
    EXPECT_FALSE(page.stepBar()->actions().contains(steps->screenAction()));
    EXPECT_TRUE(steps->covariatesAction()->isEnabled());
    EXPECT_TRUE(steps->statusAction()->isEnabled());
    EXPECT_FALSE(steps->consentAction()->isEnabled());
    EXPECT_FALSE(steps->randomizeAction()->isEnabled());

    // Covariates… from the page: the correction needs a reason, then the page shows it.
    auto dialog = steps->dialogFor(steps->covariatesAction());
    auto* covariates = dynamic_cast<CovariatesDialog*>(dialog.get());
    ASSERT_NE(covariates, nullptr);
    covariates->inputs()->setValue(QStringLiteral("episode_months"), QStringLiteral("99"));
    covariates->reasonEdit()->setText(QStringLiteral("Months counted from the referral"));
    covariates->confirm();
    ASSERT_EQ(covariates->result(), QDialog::Accepted) << covariates->errorText().toStdString();
    qint64 reloaded = 0;
    QObject::connect(&page, &ParticipantPage::participantChanged,
                     [&](qint64 changed) { reloaded = changed; });
    emit steps->changed(id);
    EXPECT_EQ(reloaded, id);
    EXPECT_EQ(page.covariateModel()->index(2, CovariateValueModel::Value).data().toString(),
              QStringLiteral("99"));
}

} // namespace
