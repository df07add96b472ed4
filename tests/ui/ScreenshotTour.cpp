// Pictures of the main screens in both languages, to look at before calling a screen done:
// each role's start screen, a participant page and the entry form opened from it, and the
// report of a refused import.
//   TD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/trialdesk_ui_tests --gtest_filter='Screenshot*'
// Without TD_SCREENSHOT_DIR the tour is skipped.

#include "DemoDatabase.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantModels.h"
#include "participant/ParticipantPage.h"
#include "tools/ImportMenu.h"
#include "tools/ImportReportDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>

using namespace td;

namespace {

using ScreenshotTour = DemoDatabase;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& w, const QString& dir, const QString& name)
{
    settle();
    EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        << name.toStdString();
}

TEST_F(ScreenshotTour, EveryRolesStartAParticipantAndTheEntryFormInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const std::vector<std::pair<const char*, Role>> users = {
        {"coordinator", Role::Coordinator},   {"therapist1", Role::Therapist},
        {"assessor", Role::BlindedAssessor},  {"pi", Role::PrincipalInvestigator},
        {"statistician", Role::Statistician}, {"admin", Role::Administrator}};
    auto participant =
        m_db->scalar(QStringLiteral("SELECT id FROM participant WHERE arm_id IS NOT NULL "
                                    "ORDER BY randomized_at DESC LIMIT 1"));
    ASSERT_TRUE(participant.ok());
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        for (const auto& [name, role] : users) {
            MainWindow window(*m_db, actor(name, role), languages);
            window.resize(1280, 800);
            window.show();
            save(window, dir, QStringLiteral("%1-%2").arg(language, QString::fromLatin1(name)));
            // The tabs after the first, for the coordinator and the PI.
            if (role == Role::Coordinator || role == Role::PrincipalInvestigator) {
                for (int i = 1; i < window.tabs()->count(); ++i) {
                    window.tabs()->setCurrentIndex(i);
                    save(window, dir,
                         QStringLiteral("%1-%2-tab%3")
                             .arg(language, QString::fromLatin1(name))
                             .arg(i));
                }
            }
            if (role == Role::Coordinator) {
                // A file with a stray quote, an unknown participant and a bad item value.
                const QString bad = m_dir.filePath(QStringLiteral("refused.csv"));
                QFile f(bad);
                ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write("study_id,visit,instrument,date,item_1,item_2,item_3,item_4,item_5,"
                        "item_6,item_7,item_8,item_9\n"
                        "NOPE-1,baseline,phq9,2026-01-05,1,1,1,1,1,1,1,1,0\n"
                        "OSL-001,baseline,phq9,2026-01-05,1,7,1,1,1,1,1,1,0\n"
                        "OSL-001,w4,phq9,2026-02-0\"5,1,1,1,1,1,1,1,1,0\n");
                f.close();
                ImportReportDialog* report =
                    window.importMenu()->importFile(ImportKind::Assessments, bad);
                report->show();
                save(*report, dir, QStringLiteral("%1-import-refused").arg(language));
                report->close();
            }
            if (role != Role::Coordinator && role != Role::BlindedAssessor)
                continue;
            ParticipantPage* page = window.openParticipant(participant->toLongLong());
            ASSERT_NE(page, nullptr);
            save(window, dir,
                 QStringLiteral("%1-%2-participant").arg(language, QString::fromLatin1(name)));
            const QString instrument =
                role == Role::BlindedAssessor ? QStringLiteral("hrsd17") : QStringLiteral("phq9");
            window.openEntry(page->participantId(),
                             page->visitModel()->visits().front().timePointId, instrument);
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* form = qobject_cast<AssessmentEntryForm*>(w); form && form->isVisible()) {
                    save(*form, dir,
                         QStringLiteral("%1-%2-entry").arg(language, QString::fromLatin1(name)));
                    form->close();
                }
        }
    }
}

} // namespace
