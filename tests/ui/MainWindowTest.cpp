// The main window is shaped by role: each role starts on its own work, sees only the areas
// and menu entries it may use, and the blinded assessor sees no arm anywhere.

#include "main/MainWindow.h"

#include "DemoDatabase.h"
#include "WidgetText.h"
#include "dashboard/DashboardView.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "participant/ParticipantModels.h"
#include "participant/ParticipantPage.h"
#include "participants/ParticipantRepository.h"
#include "reporting/ConsortView.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace td;

using MainWindowTest = DemoDatabase;

namespace {

// A randomized participant of the demo with a visit whose window is open or closed without
// data, so the participant page offers an entry.
qint64 randomizedParticipant(td::Database& db)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM participant WHERE arm_id IS NOT NULL "
                                       "ORDER BY randomized_at DESC LIMIT 1"));
    return id.ok() ? id->toLongLong() : 0;
}

QList<AssessmentEntryForm*> openForms()
{
    QList<AssessmentEntryForm*> forms;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* f = qobject_cast<AssessmentEntryForm*>(w); f && f->isVisible())
            forms << f;
    return forms;
}

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
    const std::vector<std::pair<const char*, Role>> users = {{"coordinator", Role::Coordinator},
                                                             {"therapist1", Role::Therapist},
                                                             {"assessor", Role::BlindedAssessor},
                                                             {"pi", Role::PrincipalInvestigator},
                                                             {"statistician", Role::Statistician},
                                                             {"admin", Role::Administrator},
                                                             {"dmc", Role::Dmc}};
    QMap<Role, QStringList> tabs;
    for (const auto& [name, role] : users) {
        MainWindow window(*m_db, actor(name, role), languages);
        tabs[role] = tabTexts(window);
        EXPECT_EQ(window.tabs()->currentIndex(), 0);
        EXPECT_EQ(window.startArea(), window.tabs()->widget(0));
    }
    EXPECT_EQ(tabs[Role::Coordinator],
              QStringList({QStringLiteral("This week"), QStringLiteral("Participants"),
                           QStringLiteral("Sessions"), QStringLiteral("Data quality"),
                           QStringLiteral("CONSORT flow")}));
    EXPECT_EQ(tabs[Role::Therapist],
              QStringList({QStringLiteral("My patients"), QStringLiteral("Sessions")}));
    EXPECT_EQ(tabs[Role::BlindedAssessor],
              QStringList({QStringLiteral("Ratings due"), QStringLiteral("Participants")}));
    EXPECT_EQ(tabs[Role::PrincipalInvestigator].first(), QStringLiteral("Dashboard"));
    EXPECT_EQ(tabs[Role::Statistician].first(), QStringLiteral("Data tools"));
    EXPECT_TRUE(tabs[Role::Statistician].contains(QStringLiteral("Dashboard")));
    // The committee reads the figures and changes nothing.
    EXPECT_EQ(tabs[Role::Dmc],
              QStringList({QStringLiteral("Dashboard"), QStringLiteral("CONSORT flow")}));
    EXPECT_EQ(tabs[Role::Administrator],
              QStringList({QStringLiteral("Data tools"), QStringLiteral("Protocol"),
                           QStringLiteral("Users")}));
}

// The CONSORT tab follows the trial (issue 21, item 1): a screening made elsewhere (the
// command line, another user) shows after File > Refresh (F5), and one made in the window
// shows at once.
TEST_F(MainWindowTest, TheConsortTabFollowsChangesAndRefresh)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    MainWindow window(*m_db, coordinator, languages);
    ASSERT_NE(window.consort(), nullptr);
    ASSERT_TRUE(window.consort()->counts().has_value());
    const int before = window.consort()->counts()->assessed;
    auto site = m_db->scalar(QStringLiteral("SELECT id FROM site ORDER BY id LIMIT 1"));
    ASSERT_TRUE(site.ok());
    ASSERT_TRUE(ParticipantRepository(*m_db)
                    .screen(coordinator, site->toLongLong(), m_db->clock().today())
                    .ok());
    EXPECT_EQ(window.consort()->counts()->assessed, before); // not yet: made elsewhere
    window.refreshAction()->trigger();
    EXPECT_EQ(window.consort()->counts()->assessed, before + 1);

    auto p =
        ParticipantRepository(*m_db).screen(coordinator, site->toLongLong(), m_db->clock().today());
    ASSERT_TRUE(p.ok());
    window.participantChanged(p->id); // what the window's own dialogs signal
    EXPECT_EQ(window.consort()->counts()->assessed, before + 2);
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

TEST_F(MainWindowTest, ThePiStartsOnTheDashboard)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    ASSERT_NE(window.dashboard(), nullptr);
    EXPECT_EQ(window.startArea(), window.dashboard());
    EXPECT_FALSE(window.dashboard()->visibleCards().empty());
    MainWindow coordinator(*m_db, actor("coordinator", Role::Coordinator), languages);
    EXPECT_EQ(coordinator.dashboard(), nullptr);
}

TEST_F(MainWindowTest, AParticipantOpensInOneClosableTabAndOffersEntryOfTheVisit)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("coordinator", Role::Coordinator), languages);
    window.show();
    const qint64 id = randomizedParticipant(*m_db);
    ASSERT_GT(id, 0);
    const int areas = window.tabs()->count();
    ParticipantPage* page = window.openParticipant(id);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(window.tabs()->count(), areas + 1);
    EXPECT_EQ(window.tabs()->currentWidget(), page);
    EXPECT_EQ(window.tabs()->tabText(window.tabs()->indexOf(page)), page->participant()->studyId);
    // Opening it again brings the same tab forward.
    window.tabs()->setCurrentIndex(0);
    EXPECT_EQ(window.openParticipant(id), page);
    EXPECT_EQ(window.tabs()->count(), areas + 1);
    // The areas have no close button; the page has one.
    EXPECT_EQ(window.tabs()->tabBar()->tabButton(0, QTabBar::RightSide) &&
                  window.tabs()->tabBar()->tabButton(0, QTabBar::RightSide)->isVisible(),
              false);

    // The visit list offers the selected visit's instruments still to enter; choosing one
    // opens its entry form.
    QPushButton* enter = page->enterButton();
    ASSERT_NE(enter, nullptr);
    const auto& visits = page->visitModel()->visits();
    int row = -1;
    for (std::size_t i = 0; i < visits.size() && row < 0; ++i)
        if (visits[i].state != VisitState::NotScheduled &&
            visits[i].completed.size() < visits[i].scheduled.size())
            row = static_cast<int>(i);
    ASSERT_GE(row, 0) << "the demo participant has no visit left to enter";
    page->visitTable()->selectRow(row);
    ASSERT_TRUE(enter->isEnabled());
    ASSERT_FALSE(enter->menu()->actions().isEmpty());
    const QString instrument = enter->menu()->actions().first()->data().toString();
    EXPECT_TRUE(visits[static_cast<std::size_t>(row)].scheduled.contains(instrument));
    enter->menu()->actions().first()->trigger();
    const QList<AssessmentEntryForm*> forms = openForms();
    ASSERT_EQ(forms.size(), 1);
    EXPECT_GT(forms.first()->itemCount(), 0);
    forms.first()->close();

    // A participant the core refuses opens nothing.
    const int before = window.tabs()->count();
    EXPECT_EQ(window.openParticipant(999999), nullptr);
    EXPECT_EQ(window.tabs()->count(), before);
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
    // With a randomized participant's page open, and its rating form.
    ParticipantPage* page = window.openParticipant(randomizedParticipant(*m_db));
    ASSERT_NE(page, nullptr);
    window.openEntry(page->participantId(), page->visitModel()->visits().front().timePointId,
                     QStringLiteral("hrsd17"));
    const QList<AssessmentEntryForm*> forms = openForms();
    ASSERT_EQ(forms.size(), 1);
    int pages = 0;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        ++pages;
    }
    QList<testui::ShownText> texts = testui::shownTexts(&window);
    texts += testui::shownTexts(forms.first());
    forms.first()->close();
    EXPECT_GT(texts.size(), 20);
    EXPECT_GE(pages, 2);
    for (const testui::ShownText& t : texts) {
        for (const QString& word : revealing)
            EXPECT_FALSE(t.text.contains(word, Qt::CaseSensitive))
                << "\"" << t.text.toStdString() << "\" in " << t.where.toStdString() << " reveals "
                << word.toStdString();
    }
}

namespace {

TEST_F(MainWindowTest, AReadOnlyTrialSaysSoInTheWindow)
{
    const QString path = m_db->path();
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    m_db.reset();
    const QFileDevice::Permissions before = QFile::permissions(path);
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    {
        LanguageManager languages;
        MainWindow window(**db, coordinator, languages);
        EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("(read-only)")))
            << window.windowTitle().toStdString();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        ASSERT_NE(banner, nullptr);
        EXPECT_TRUE(banner->text().contains(QStringLiteral("Read-only")));
        EXPECT_TRUE(banner->toolTip().contains(QStringLiteral("no write permission")));
        Transaction change(**db);
        ASSERT_FALSE(change.status().ok());
        EXPECT_TRUE(change.status().message().contains(QStringLiteral("read-only")))
            << change.status().message().toStdString();
        // To look at: TD_SCREENSHOT_DIR=/tmp/shots ... --gtest_filter='*ReadOnlyTrial*'
        if (const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1100, 700);
            window.show();
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
                ASSERT_TRUE(languages.setLanguage(language));
                QCoreApplication::processEvents();
                EXPECT_TRUE(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("%1-read-only-trial.png").arg(language))));
            }
            ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
        }
    }
    db.value().reset();
    QFile::setPermissions(path, before);
}

} // namespace
