// Pictures of the participant's path in both languages, to look at before calling it done:
// the screening dialog (before, refused, after), eligibility, consent, covariates, therapist
// and status dialogs, and the participant page with its eligibility and covariates.
//   TD_SCREENSHOT_DIR=/tmp/path build/tests/ui/trialdesk_ui_tests --gtest_filter='ScreenshotPath*'
// Without TD_SCREENSHOT_DIR the tour is skipped.

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "participant/ParticipantPage.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CovariatesDialog.h"
#include "registry/actions/CriteriaAnswers.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "registry/actions/StatusDialog.h"
#include "registry/actions/TherapistDialog.h"
#include "trial/ProtocolRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>

using namespace td;

namespace {

using ScreenshotPath = DemoDatabase;

void shoot(QWidget& w, const QString& dir, const QString& name)
{
    w.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (auto* dialog = qobject_cast<QDialog*>(&w))
        dialog->adjustSize();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        << name.toStdString();
}

TEST_F(ScreenshotPath, EveryStepAndThePageInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    auto protocol = ProtocolRepository(*m_db).load(coordinator);
    ASSERT_TRUE(protocol.ok());
    auto pick = [&](const char* status) {
        return m_db
            ->scalar(QStringLiteral("SELECT id FROM participant WHERE status = ? AND therapist_id "
                                    "IS NOT NULL ORDER BY id LIMIT 1"),
                     {QString::fromLatin1(status)})
            ->toLongLong();
    };
    auto get = [&](qint64 id) { return *ParticipantRepository(*m_db).get(coordinator, id); };
    const qint64 treated = pick("in_treatment");
    ASSERT_GT(treated, 0);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        auto name = [&](const char* what) {
            return QStringLiteral("%1-%2").arg(language, QString::fromLatin1(what));
        };
        {
            ScreenDialog screen(*m_db, coordinator, *protocol);
            screen.criteria()->setAnswer(QStringLiteral("mdd"), true);
            screen.criteria()->setAnswer(QStringLiteral("age18"), true);
            screen.covariates()->setValue(QStringLiteral("age"), QStringLiteral("34"));
            screen.covariates()->setValue(QStringLiteral("sex"), QStringLiteral("f"));
            shoot(screen, dir, name("screen-dialog"));
            screen.covariates()->setValue(QStringLiteral("episode_months"), QStringLiteral("-0.5"));
            screen.confirm();
            shoot(screen, dir, name("screen-refused"));
            screen.covariates()->setValue(QStringLiteral("episode_months"), QStringLiteral("4"));
            screen.confirm();
            shoot(screen, dir, name("screen-outcome"));
            ASSERT_GT(screen.createdId(), 0);
            EligibilityDialog eligibility(*m_db, coordinator, *protocol, get(screen.createdId()));
            shoot(eligibility, dir, name("eligibility-dialog"));
            eligibility.criteria()->setAnswer(QStringLiteral("psychosis"), false);
            eligibility.confirm();
            ConsentDialog consent(*m_db, coordinator, get(screen.createdId()));
            consent.formVersionEdit()->setText(QStringLiteral("2.1"));
            shoot(consent, dir, name("consent-dialog"));
        }
        {
            CovariatesDialog covariates(*m_db, coordinator, *protocol, get(treated));
            covariates.inputs()->setValue(QStringLiteral("episode_months"), QStringLiteral("12"));
            covariates.confirm();
            shoot(covariates, dir, name("covariates-dialog"));
        }
        {
            TherapistDialog therapist(*m_db, coordinator, *protocol, get(treated));
            therapist.therapistBox()->setCurrentIndex(
                therapist.therapistBox()->currentIndex() == 0 ? 1 : 0);
            therapist.reasonEdit()->setText(QStringLiteral("Therapist on leave"));
            shoot(therapist, dir, name("therapist-dialog"));
        }
        {
            StatusDialog status(*m_db, coordinator, get(treated));
            status.choose(ParticipantStatus::Discontinued);
            shoot(status, dir, name("status-dialog"));
            status.choose(ParticipantStatus::Withdrawn);
            status.reasonEdit()->setText(QStringLiteral("Moved abroad"));
            shoot(status, dir, name("status-withdraw"));
        }
        for (const auto& [who, role] : {std::pair{"coordinator", Role::Coordinator},
                                        std::pair{"assessor", Role::BlindedAssessor}}) {
            ParticipantPage page(*m_db, actor(who, role));
            ASSERT_EQ(page.load(treated), QString());
            page.resize(1280, 820);
            page.sections()->setCurrentIndex(page.sections()->count() - 1);
            shoot(page, dir, name("page-") + QString::fromLatin1(who));
        }
    }
}

} // namespace
