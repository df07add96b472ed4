// The main window's task areas follow what the core lets the role see, in either language.

#include "main/MainWindow.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"

#include <QTabWidget>

using namespace td;

using MainWindowTest = DemoDatabase;

namespace {
QStringList tabTexts(const MainWindow& w)
{
    QStringList texts;
    const auto* tabs = w.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}
} // namespace

TEST_F(MainWindowTest, PrincipalInvestigatorSeesTheConsortFlowInBothLanguages)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    EXPECT_EQ(tabTexts(window),
              QStringList({QStringLiteral("Deltakere"), QStringLiteral("CONSORT-flyt")}));
    if (const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1000, 900);
        window.findChild<QTabWidget*>()->setCurrentIndex(1);
        window.grab().save(dir + QStringLiteral("/consort_tab_nb.png"));
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabTexts(window),
              QStringList({QStringLiteral("Participants"), QStringLiteral("CONSORT flow")}));
}

TEST_F(MainWindowTest, BlindedAssessorHasNoConsortFlow)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("assessor", Role::BlindedAssessor), languages);
    EXPECT_EQ(tabTexts(window), QStringList{QStringLiteral("Participants")});
}
