// Pictures of what the blinded assessor sees (issue 15), in both languages: the worklist, the
// participant page of someone in treatment (status "randomized", no arm, no therapist), its
// alerts (no acknowledger, no unshared note) and the registry; and the PI's pooled dashboard.
//   TD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/trialdesk_ui_tests --gtest_filter='Blinding*'

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantPage.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

using namespace td;

namespace {

using BlindingScreenshots = DemoDatabase;

void save(QWidget& w, const QString& dir, const QString& name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        << name.toStdString();
}

TEST_F(BlindingScreenshots, AssessorAndPooledDashboardInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    // Someone in treatment with an alert the assessor may see (raised at a visit).
    auto participant = m_db->scalar(QStringLiteral(
        "SELECT p.id FROM participant p JOIN alert al ON al.participant_id = p.id JOIN "
        "assessment a ON a.id = al.assessment_id WHERE p.status = 'in_treatment' AND "
        "a.session_id IS NULL ORDER BY p.id LIMIT 1"));
    ASSERT_TRUE(participant.ok()) << participant.message().toStdString();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        {
            MainWindow window(*m_db, actor("assessor", Role::BlindedAssessor), languages);
            window.resize(1280, 800);
            window.show();
            save(window, dir, QStringLiteral("blinded-%1-worklist").arg(language));
            window.tabs()->setCurrentIndex(1);
            save(window, dir, QStringLiteral("blinded-%1-registry").arg(language));
            ParticipantPage* page = window.openParticipant(participant->toLongLong());
            ASSERT_NE(page, nullptr);
            save(window, dir, QStringLiteral("blinded-%1-participant").arg(language));
            for (QTabWidget* tabs : page->findChildren<QTabWidget*>())
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->tabText(i).contains(QStringLiteral("Alerts")) ||
                        tabs->tabText(i).contains(QStringLiteral("Varsler")))
                        tabs->setCurrentIndex(i);
            save(window, dir, QStringLiteral("blinded-%1-alerts").arg(language));
        }
        MainWindow pi(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
        pi.resize(1280, 900);
        pi.show();
        save(pi, dir, QStringLiteral("blinded-%1-pi-dashboard").arg(language));
    }
}

} // namespace
