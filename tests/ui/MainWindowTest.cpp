// The main window is shaped by role: each role starts on its own work, sees only the areas
// and menu entries it may use, and the blinded assessor sees no arm anywhere.

#include "main/MainWindow.h"

#include "DemoDatabase.h"
#include "WidgetText.h"
#include "i18n/LanguageManager.h"
#include "trial/ProtocolRepository.h"

#include <QMenuBar>
#include <QTabWidget>

using namespace td;

using MainWindowTest = DemoDatabase;

namespace {

QStringList tabTexts(const MainWindow& w)
{
    QStringList texts;
    for (int i = 0; i < w.tabs()->count(); ++i)
        texts << w.tabs()->tabText(i);
    return texts;
}

QStringList menuTitles(const MainWindow& w)
{
    QStringList titles;
    for (const QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

TEST_F(MainWindowTest, EachRoleStartsOnItsOwnWork)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const std::vector<std::pair<const char*, Role>> users = {
        {"coordinator", Role::Coordinator},   {"therapist1", Role::Therapist},
        {"assessor", Role::BlindedAssessor},  {"pi", Role::PrincipalInvestigator},
        {"statistician", Role::Statistician}, {"admin", Role::Administrator}};
    QMap<Role, QStringList> tabs;
    for (const auto& [name, role] : users) {
        MainWindow window(*m_db, actor(name, role), languages);
        tabs[role] = tabTexts(window);
        EXPECT_EQ(window.tabs()->currentIndex(), 0);
        EXPECT_EQ(window.startArea(), window.tabs()->widget(0));
    }
    EXPECT_EQ(tabs[Role::Coordinator],
              QStringList({QStringLiteral("This week"), QStringLiteral("Participants"),
                           QStringLiteral("Sessions"), QStringLiteral("CONSORT flow")}));
    EXPECT_EQ(tabs[Role::Therapist],
              QStringList({QStringLiteral("My patients"), QStringLiteral("Sessions")}));
    EXPECT_EQ(tabs[Role::BlindedAssessor],
              QStringList({QStringLiteral("Ratings due"), QStringLiteral("Participants")}));
    EXPECT_EQ(tabs[Role::PrincipalInvestigator].first(), QStringLiteral("Dashboard"));
    EXPECT_EQ(tabs[Role::Statistician].first(), QStringLiteral("Data tools"));
    EXPECT_EQ(tabs[Role::Administrator], QStringList{QStringLiteral("Data tools")});
}

TEST_F(MainWindowTest, TheMenuOffersOnlyWhatTheRoleMayDo)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow coordinator(*m_db, actor("coordinator", Role::Coordinator), languages);
    EXPECT_TRUE(menuTitles(coordinator).contains(QStringLiteral("&Participant")));
    MainWindow assessor(*m_db, actor("assessor", Role::BlindedAssessor), languages);
    EXPECT_FALSE(menuTitles(assessor).contains(QStringLiteral("&Participant")));
    MainWindow therapist(*m_db, actor("therapist1", Role::Therapist), languages);
    EXPECT_FALSE(menuTitles(therapist).contains(QStringLiteral("&Participant")));
}

TEST_F(MainWindowTest, TheBlindedAssessorsWindowHasNoArmTextAnywhere)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const Actor assessor = actor("assessor", Role::BlindedAssessor);
    auto protocol = ProtocolRepository(*m_db).load(actor("pi", Role::PrincipalInvestigator));
    ASSERT_TRUE(protocol.ok());
    QStringList revealing;
    for (const Arm& arm : protocol->arms)
        revealing << arm.code << arm.name;
    for (const char* therapist : {"Ola Haugen", "Nora Lie"})
        revealing << QString::fromLatin1(therapist);
    revealing << QStringLiteral("Arm") << QStringLiteral("Therapist");

    MainWindow window(*m_db, assessor, languages);
    window.show();
    int pages = 0;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        ++pages;
    }
    const QList<testui::ShownText> texts = testui::shownTexts(&window);
    EXPECT_GT(texts.size(), 20);
    EXPECT_GE(pages, 2);
    for (const testui::ShownText& t : texts) {
        for (const QString& word : revealing)
            EXPECT_FALSE(t.text.contains(word, Qt::CaseSensitive))
                << "\"" << t.text.toStdString() << "\" in " << t.where.toStdString() << " reveals "
                << word.toStdString();
    }
}
