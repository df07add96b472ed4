#include "main/LoginDialog.h"

#include "DemoDatabase.h"
#include "demo/DemoTrial.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>

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
QStringList buttonTexts(const QWidget& w)
{
    QStringList texts;
    for (const QPushButton* b : w.findChildren<QPushButton*>())
        texts << b->text();
    return texts;
}

// For looking at the screens: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests
void saveScreenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.adjustSize();
    w.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}
} // namespace

TEST_F(LoginDialogTest, WrongPasswordKeepsTheDialogOpenWithAMessage)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    LoginDialog dialog(*m_db, languages, true);
    EXPECT_FALSE(dialog.signIn(QStringLiteral("coordinator"), QStringLiteral("wrong")));
    EXPECT_TRUE(anyLabelContains(dialog, QStringLiteral("user name or password is wrong")));
    EXPECT_TRUE(
        dialog.signIn(QStringLiteral("coordinator"), QString::fromLatin1(DemoTrial::password)));
    EXPECT_EQ(dialog.actor().role, Role::Coordinator);
}

TEST_F(LoginDialogTest, NorwegianLoadsAndSwitchesWhileRunning)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    LoginDialog dialog(*m_db, languages, true);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Logg inn i TrialDesk"));
    saveScreenshot(dialog, "login_nb");
    EXPECT_TRUE(buttonTexts(dialog).contains(QStringLiteral("Logg inn")));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Sign in to TrialDesk"));
    // Qt's own button texts must not come back after the language change.
    EXPECT_EQ(buttonTexts(dialog),
              QStringList({QStringLiteral("Sign in"), QStringLiteral("Cancel")}));
    EXPECT_EQ(dialog.findChild<QComboBox*>()->currentText(), QStringLiteral("English"));
    dialog.signIn(QStringLiteral("coordinator"), QStringLiteral("wrong"));
    saveScreenshot(dialog, "login_en");
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
