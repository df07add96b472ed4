#include "main/LoginDialog.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"

#include <QLabel>
#include <QMenuBar>

using namespace td;

using LoginDialogTest = DemoDatabase;

namespace {
bool anyLabelContains(const QWidget& w, const QString& text)
{
    for (const QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w) && l->text().contains(text))
            return true;
    return false;
}
} // namespace

TEST_F(LoginDialogTest, WrongPasswordKeepsTheDialogOpenWithAMessage)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    LoginDialog dialog(*m_db, languages, true);
    EXPECT_FALSE(dialog.signIn(QStringLiteral("coordinator"), QStringLiteral("wrong")));
    EXPECT_TRUE(anyLabelContains(dialog, QStringLiteral("user name or password is wrong")));
    EXPECT_TRUE(dialog.signIn(QStringLiteral("coordinator"), QStringLiteral("demo")));
    EXPECT_EQ(dialog.actor().role, Role::Coordinator);
}

TEST_F(LoginDialogTest, NorwegianLoadsAndSwitchesWhileRunning)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    LoginDialog dialog(*m_db, languages, true);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Logg inn i TrialDesk"));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Sign in to TrialDesk"));
}

TEST_F(LoginDialogTest, MainWindowMenusFollowTheLanguage)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    auto menuTitles = [&window] {
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    };
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&File")));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Fil")));
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Hjelp")));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}
