// The statistician's randomization setup: saving valid settings, a refusal shown at the field it
// concerns with nothing written, generating the concealed list (summary only), the lock after
// the first allocation, keyboard-only use, and the area only for the statistician. Pictures of
// the view in both languages when TD_SCREENSHOT_DIR is set.

#include "randomization/RandomizationSetupView.h"

#include "DemoDatabase.h"
#include "Signing.h"
#include "access/UserRepository.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/FactorTable.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolTemplates.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <algorithm>

using namespace td;
using Field = RandomizationSetupView::Field;

namespace {

// Every user of FreshTrial has this password; it signs the settings and the list.
const QString kSignPassword = QStringLiteral("Hemmelig-ord-3");

std::string str(const QString& s)
{
    return s.toStdString();
}

// A trial without randomization settings: the MOP protocol (CBT and PDT 1:1, two sites, a site
// and a baseline-severity factor), an administrator and a statistician.
class FreshTrial : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        ASSERT_TRUE(db.ok()) << str(db.message());
        m_db = std::move(db).value();
        UserRepository users(*m_db);
        auto admin =
            users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Administrator"),
                                          Role::Administrator, QStringLiteral("Hemmelig-ord-3")});
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        m_admin = *admin;
        auto statistician =
            users.create(m_admin, {QStringLiteral("statistician"), QStringLiteral("Statistician"),
                                   Role::Statistician, QStringLiteral("Hemmelig-ord-3")});
        ASSERT_TRUE(statistician.ok()) << str(statistician.message());
        m_statistician = {statistician->id, statistician->username, statistician->role};
        auto mop = ProtocolTemplates::load(QStringLiteral("mop"));
        ASSERT_TRUE(mop.ok()) << str(mop.message());
        auto made = ProtocolRepository(*m_db).create(m_admin, *mop);
        ASSERT_TRUE(made.ok()) << str(made.message());
        for (const StratFactor& f : made->factors)
            (f.source == StratSource::Site ? m_site : m_severity) = f.id;
        ASSERT_TRUE(m_site > 0 && m_severity > 0);
    }

    qint64 auditRows() const
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return n.ok() ? n->toLongLong() : -1;
    }

    std::optional<RandomizationSettings> stored() const
    {
        auto s = RandomizationSettingsRepository(*m_db).load(m_statistician);
        EXPECT_TRUE(s.ok()) << str(s.message());
        return s.ok() ? *s : std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    Actor m_statistician;
    qint64 m_site = 0;
    qint64 m_severity = 0;
};

// The view's parts, by object name.
template <typename T> T* part(const QWidget& view, const char* name)
{
    T* w = view.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

void setMethod(const RandomizationSetupView& view, RandomizationMethod method)
{
    auto* combo = part<QComboBox>(view, "method");
    combo->setCurrentIndex(combo->findData(randomizationMethodKey(method)));
}

void setBlockLengths(const RandomizationSetupView& view, const QString& text)
{
    auto* edit = part<QLineEdit>(view, "blockLengths");
    edit->setText(text);
    emit edit->textEdited(text);
}

} // namespace

using RandomizationSetupViewTest = FreshTrial;
using RandomizationSetupLockTest = DemoDatabase;

TEST_F(RandomizationSetupViewTest, SavesValidSettings)
{
    RandomizationSetupView view(*m_db, m_statistician);
    EXPECT_FALSE(view.isReadOnly());
    setMethod(view, RandomizationMethod::PermutedBlocks);
    setBlockLengths(view, QStringLiteral("2, 4"));
    auto* factors = part<FactorTable>(view, "factors");
    factors->setChecked(m_severity, true);
    factors->setChecked(m_site, true);
    EXPECT_EQ(testui::signing(view, kSignPassword).save(), QString());
    EXPECT_EQ(view.errorField(), std::nullopt);
    EXPECT_EQ(view.statusText(), QStringLiteral("Settings saved."));
    auto s = stored();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->method, RandomizationMethod::PermutedBlocks);
    EXPECT_EQ(s->blockLengths, (QList<int>{2, 4}));
    // In the table's order (the protocol's here), not the order they were checked in.
    ASSERT_EQ(s->factors.size(), 2u);
    EXPECT_EQ(s->factors[0].factorId, m_site);
    EXPECT_EQ(s->factors[1].factorId, m_severity);
    EXPECT_TRUE(part<QPushButton>(view, "generate")->isEnabled());

    // Minimization with weights and q; a change needs a reason.
    setMethod(view, RandomizationMethod::Minimization);
    factors->setWeight(m_severity, 2.5);
    part<QLineEdit>(view, "reason")->setText(QStringLiteral("DSMB advice"));
    EXPECT_EQ(testui::signing(view, kSignPassword).save(), QString());
    s = stored();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->method, RandomizationMethod::Minimization);
    EXPECT_DOUBLE_EQ(s->q, 0.8);
    ASSERT_EQ(s->factors.size(), 2u);
    EXPECT_DOUBLE_EQ(s->factors[1].weight, 2.5);
    // No list for minimization.
    EXPECT_FALSE(part<QPushButton>(view, "generate")->isEnabled());

    // A fresh view shows what was saved.
    RandomizationSetupView again(*m_db, m_statistician);
    EXPECT_EQ(part<QComboBox>(again, "method")->currentData().toString(),
              QStringLiteral("minimization"));
    auto chosen = part<FactorTable>(again, "factors")->chosen(true);
    ASSERT_EQ(chosen.size(), 2u);
    EXPECT_EQ(chosen[0].factorId, m_site);
    EXPECT_DOUBLE_EQ(chosen[1].weight, 2.5);
}

// A refresh (another view's or another client's change) reads the trial again but keeps what
// was typed and not yet saved; with nothing typed it shows the saved settings.
TEST_F(RandomizationSetupViewTest, ARefreshKeepsSettingsTypedButNotSaved)
{
    RandomizationSetupView view(*m_db, m_statistician);
    setMethod(view, RandomizationMethod::PermutedBlocks);
    setBlockLengths(view, QStringLiteral("2, 4"));
    EXPECT_EQ(testui::signing(view, kSignPassword).save(), QString());
    setBlockLengths(view, QStringLiteral("4, 6, "));
    EXPECT_EQ(view.refresh(), QString());
    EXPECT_EQ(part<QLineEdit>(view, "blockLengths")->text(), QStringLiteral("4, 6, "));
    EXPECT_FALSE(part<QPushButton>(view, "generate")->isEnabled());

    // Saved elsewhere while nothing is typed here: the refresh shows it.
    RandomizationSetupView other(*m_db, m_statistician);
    setBlockLengths(other, QStringLiteral("6"));
    part<QLineEdit>(other, "reason")->setText(QStringLiteral("Longer blocks"));
    EXPECT_EQ(testui::signing(other, kSignPassword).save(), QString());
    RandomizationSetupView idle(*m_db, m_statistician);
    setBlockLengths(other, QStringLiteral("4, 6"));
    part<QLineEdit>(other, "reason")->setText(QStringLiteral("Back to mixed blocks"));
    EXPECT_EQ(testui::signing(other, kSignPassword).save(), QString());
    EXPECT_EQ(idle.refresh(), QString());
    EXPECT_EQ(part<QLineEdit>(idle, "blockLengths")->text(),
              QLocale().toString(4) + QStringLiteral(", ") + QLocale().toString(6));
}

TEST_F(RandomizationSetupViewTest, ARefusalIsShownAtItsFieldAndChangesNothing)
{
    RandomizationSetupView view(*m_db, m_statistician);
    const qint64 before = auditRows();
    setMethod(view, RandomizationMethod::PermutedBlocks);
    setBlockLengths(view, QStringLiteral("3"));
    const QString refused = testui::signing(view, kSignPassword).save();
    EXPECT_TRUE(refused.contains(QStringLiteral("Block length 3"))) << str(refused);
    EXPECT_TRUE(refused.contains(QStringLiteral("multiple of 2"))) << str(refused);
    EXPECT_EQ(view.errorField(), Field::BlockLengths);
    EXPECT_EQ(view.errorText(Field::BlockLengths), refused);
    EXPECT_FALSE(part<QLabel>(view, "blockLengthsError")->isHidden());
    EXPECT_TRUE(part<QLabel>(view, "error")->isHidden());
    EXPECT_FALSE(stored());
    EXPECT_EQ(auditRows(), before);
    EXPECT_EQ(view.statusText(), QString());
    EXPECT_FALSE(part<QPushButton>(view, "generate")->isEnabled());

    // Not a number: the window's own message, at the same field.
    setBlockLengths(view, QStringLiteral("2, four"));
    EXPECT_TRUE(testui::signing(view, kSignPassword).save().contains(QStringLiteral("\"four\"")));
    EXPECT_EQ(view.errorField(), Field::BlockLengths);

    // q below 0.5: at q; minimization without factors: at the factors.
    setMethod(view, RandomizationMethod::Minimization);
    part<FactorTable>(view, "factors")->setChecked(m_site, true);
    part<QDoubleSpinBox>(view, "q")->setValue(0.3);
    EXPECT_TRUE(testui::signing(view, kSignPassword).save().contains(QStringLiteral("0.5 to 1")));
    EXPECT_EQ(view.errorField(), Field::Q);
    EXPECT_TRUE(part<QLabel>(view, "blockLengthsError")->isHidden()); // the old one is gone
    part<QDoubleSpinBox>(view, "q")->setValue(0.8);
    part<FactorTable>(view, "factors")->setChecked(m_site, false);
    EXPECT_TRUE(testui::signing(view, kSignPassword)
                    .save()
                    .contains(QStringLiteral("at least one factor")));
    EXPECT_EQ(view.errorField(), Field::Factors);
    EXPECT_FALSE(stored());
    EXPECT_EQ(auditRows(), before);

    // Once saved, a change without a reason is refused at the reason.
    setMethod(view, RandomizationMethod::PermutedBlocks);
    setBlockLengths(view, QStringLiteral("2"));
    ASSERT_EQ(testui::signing(view, kSignPassword).save(), QString());
    const qint64 saved = auditRows();
    setBlockLengths(view, QStringLiteral("2, 4"));
    EXPECT_TRUE(testui::signing(view, kSignPassword).save().contains(QStringLiteral("reason")));
    EXPECT_EQ(view.errorField(), Field::Reason);
    EXPECT_EQ(stored()->blockLengths, QList<int>{2});
    EXPECT_EQ(auditRows(), saved);
}

TEST_F(RandomizationSetupViewTest, GeneratesTheListAfterConfirmationAndShowsOnlyItsSummary)
{
    RandomizationSetupView view(*m_db, m_statistician);
    setMethod(view, RandomizationMethod::PermutedBlocks);
    setBlockLengths(view, QStringLiteral("2, 4"));
    part<FactorTable>(view, "factors")->setChecked(m_site, true);
    // Not before the settings are saved.
    EXPECT_FALSE(part<QPushButton>(view, "generate")->isEnabled());
    ASSERT_EQ(testui::signing(view, kSignPassword).save(), QString());

    QStringList asked;
    bool answer = false;
    view.setConfirmation([&](const QString& question) {
        asked << question;
        return answer;
    });
    AllocationListRepository lists(*m_db);
    part<QPushButton>(view, "generate")->click();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_FALSE(*lists.current(m_statistician)); // declined: nothing made

    answer = true;
    testui::signing(view, kSignPassword);
    part<QPushButton>(view, "generate")->click();
    ASSERT_EQ(asked.size(), 2);
    auto made = lists.current(m_statistician);
    ASSERT_TRUE(made.ok() && *made);
    const AllocationListInfo info = **made;
    const QString summary = part<QLabel>(view, "listSummary")->text();
    EXPECT_TRUE(summary.contains(info.sha256)) << str(summary);
    EXPECT_TRUE(summary.contains(QLocale().toString(info.entries))) << str(summary);
    EXPECT_TRUE(summary.contains(info.algorithm)) << str(summary);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("generated")));
    // Never an entry: no arm appears in the summary.
    EXPECT_FALSE(summary.contains(QStringLiteral("CBT")));
    EXPECT_FALSE(summary.contains(QStringLiteral("PDT")));

    // Replacing the list asks again, saying what happens.
    EXPECT_EQ(testui::signing(view, kSignPassword).generateList(), QString());
    ASSERT_EQ(asked.size(), 3);
    EXPECT_TRUE(asked.last().contains(QStringLiteral("Replace")));
    EXPECT_NE((*lists.current(m_statistician))->sha256, info.sha256);

    // An unsaved change holds generation back.
    setBlockLengths(view, QStringLiteral("2, 4, 6"));
    EXPECT_FALSE(part<QPushButton>(view, "generate")->isEnabled());
}

TEST_F(RandomizationSetupViewTest, WorksFromTheKeyboardAlone)
{
    RandomizationSetupView view(*m_db, m_statistician);
    view.resize(900, 900);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    auto* lengths = part<QLineEdit>(view, "blockLengths");
    lengths->setFocus();
    QTest::keyClicks(lengths, QStringLiteral("2, 4"));
    // Tab skips q (minimization only) and lands on the factors; Space checks the first one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* factors = part<FactorTable>(view, "factors");
    ASSERT_EQ(QApplication::focusWidget(), factors);
    factors->setCurrentCell(factors->rowOf(m_site), FactorTable::FactorColumn);
    QTest::keyClick(factors, Qt::Key_Space);
    // Move up, Move down, the signature's password, then Save, pressed with Space.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), part<QLineEdit>(view, "signaturePassword"));
    QTest::keyClicks(QApplication::focusWidget(), kSignPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), part<QPushButton>(view, "save"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto s = stored();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->blockLengths, (QList<int>{2, 4}));
    ASSERT_EQ(s->factors.size(), 1u);
    EXPECT_EQ(s->factors[0].factorId, m_site);

    // A refusal puts the keyboard at the field to correct.
    part<QLineEdit>(view, "reason")->setText(QStringLiteral("typo"));
    lengths->setFocus();
    lengths->selectAll();
    QTest::keyClicks(lengths, QStringLiteral("3"));
    QTest::keyClick(lengths, Qt::Key_Return);
    EXPECT_EQ(view.errorField(), Field::BlockLengths);
    EXPECT_EQ(QApplication::focusWidget(), lengths);
}

TEST_F(RandomizationSetupViewTest, FollowsTheLanguageWhileRunning)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    RandomizationSetupView view(*m_db, m_statistician);
    auto labels = [&view] {
        QStringList texts;
        for (const QLabel* l : view.findChildren<QLabel*>())
            texts << l->text();
        return texts;
    };
    EXPECT_TRUE(labels().contains(QStringLiteral("Cognitive behavioural therapy (CBT):")));
    // A refusal from the core arrives in the language in use.
    setBlockLengths(view, QStringLiteral("3"));
    testui::signing(view, kSignPassword).save();
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::sendPostedEvents(); // the language change reaches widgets as an event
    EXPECT_TRUE(labels().contains(QStringLiteral("Kognitiv atferdsterapi (CBT):")));
    EXPECT_FALSE(labels().contains(QStringLiteral("Cognitive behavioural therapy (CBT):")));
    testui::signing(view, kSignPassword).save();
    EXPECT_TRUE(view.errorText(Field::BlockLengths).startsWith(QStringLiteral("Blokklengde 3")))
        << str(view.errorText(Field::BlockLengths));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(RandomizationSetupLockTest, SettingsAreReadOnlyOnceParticipantsAreAllocated)
{
    const Actor statistician = actor("statistician", Role::Statistician);
    auto made = RandomizationSettingsRepository::allocationsMade(*m_db);
    ASSERT_TRUE(made.ok());
    ASSERT_GT(*made, 0);
    RandomizationSetupView view(*m_db, statistician);
    EXPECT_TRUE(view.isReadOnly());
    auto* notice = part<QLabel>(view, "lockNotice");
    EXPECT_FALSE(notice->isHidden());
    EXPECT_TRUE(notice->text().contains(QLocale().toString(*made))) << str(notice->text());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("read-only"))) << str(notice->text());
    EXPECT_TRUE(part<QLineEdit>(view, "blockLengths")->isReadOnly());
    EXPECT_FALSE(part<QComboBox>(view, "method")->isEnabled());
    EXPECT_TRUE(part<QPushButton>(view, "save")->isHidden());
    EXPECT_TRUE(part<QPushButton>(view, "generate")->isHidden());
    // The saved settings and the list's summary are still shown.
    EXPECT_EQ(part<QLineEdit>(view, "blockLengths")->text(), QStringLiteral("2, 4"));
    auto list = AllocationListRepository(*m_db).current(statistician);
    ASSERT_TRUE(list.ok() && *list);
    EXPECT_TRUE(part<QLabel>(view, "listSummary")->text().contains((*list)->sha256));
    // The core refuses a change anyway; the view shows it and nothing changes.
    const QString refused = testui::signing(view, QString::fromLatin1(DemoTrial::password)).save();
    EXPECT_TRUE(refused.contains(QStringLiteral("first allocation"))) << str(refused);
    EXPECT_EQ(view.errorField(), Field::General);
}

TEST_F(RandomizationSetupLockTest, OnlyTheStatisticianGetsTheArea)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const std::vector<std::pair<const char*, Role>> users = {
        {"coordinator", Role::Coordinator},   {"therapist1", Role::Therapist},
        {"assessor", Role::BlindedAssessor},  {"pi", Role::PrincipalInvestigator},
        {"statistician", Role::Statistician}, {"admin", Role::Administrator}};
    for (const auto& [name, role] : users) {
        const Actor a = actor(name, role);
        const auto areas = MainWindow::areasFor(a);
        const bool listed =
            std::find(areas.begin(), areas.end(), MainWindow::Area::Randomization) != areas.end();
        EXPECT_EQ(listed, role == Role::Statistician) << name;
        MainWindow window(*m_db, a, languages);
        auto* view = window.findChild<RandomizationSetupView*>();
        EXPECT_EQ(view != nullptr, role == Role::Statistician) << name;
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i)
            tabs << window.tabs()->tabText(i);
        EXPECT_EQ(tabs.contains(QStringLiteral("Randomization")), role == Role::Statistician)
            << name;
        if (view) {
            EXPECT_EQ(view->errorField(), std::nullopt) << str(view->errorText(Field::General));
        }
    }
    // The core refuses everyone else, so the view would show only the refusal.
    RandomizationSetupView refused(*m_db, actor("pi", Role::PrincipalInvestigator));
    EXPECT_EQ(refused.errorField(), Field::General);
    EXPECT_TRUE(part<QPushButton>(refused, "save")->isHidden());
}

// Pictures of the view in both languages: a new trial with a refused block length, the same
// after saving and generating, and the demo's read-only view inside the statistician's window.
//   TD_SCREENSHOT_DIR=/tmp/rand-shots build/tests/ui/trialdesk_ui_tests
//       --gtest_filter='ScreenshotRandomization*'
class ScreenshotRandomization : public FreshTrial
{
};

TEST_F(ScreenshotRandomization, SetupViewInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    auto save = [&dir](QWidget& w, const QString& name) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")))) << str(name);
    };
    // The demo trial, allocated, for the read-only view.
    QTemporaryDir demoDir;
    auto demo = Database::open(demoDir.filePath(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(demo.ok());
    ASSERT_TRUE(DemoTrial::create(**demo, {40, 11}).ok());
    auto statisticianId =
        (*demo)->scalar(QStringLiteral("SELECT id FROM users WHERE username = 'statistician'"));
    ASSERT_TRUE(statisticianId.ok());
    const Actor demoStatistician{statisticianId->toLongLong(), QStringLiteral("statistician"),
                                 Role::Statistician};

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        {
            RandomizationSetupView view(*m_db, m_statistician);
            view.resize(1000, 860);
            view.show();
            setBlockLengths(view, QStringLiteral("2, 3"));
            part<FactorTable>(view, "factors")->setChecked(m_site, true);
            testui::signing(view, kSignPassword).save();
            save(view, language + QStringLiteral("-randomization-refused"));
            setMethod(view, RandomizationMethod::Minimization);
            part<FactorTable>(view, "factors")->setChecked(m_severity, true);
            part<FactorTable>(view, "factors")->setWeight(m_severity, 2);
            save(view, language + QStringLiteral("-randomization-minimization"));
        }
        {
            // Saved and generated (in the second language, a change with its reason).
            RandomizationSetupView view(*m_db, m_statistician);
            view.resize(1000, 860);
            view.show();
            setMethod(view, RandomizationMethod::PermutedBlocks);
            setBlockLengths(view, QStringLiteral("2, 4"));
            part<FactorTable>(view, "factors")->setChecked(m_site, true);
            part<QLineEdit>(view, "reason")->setText(QStringLiteral("Pilot"));
            ASSERT_EQ(testui::signing(view, kSignPassword).save(), QString());
            view.setConfirmation([](const QString&) { return true; });
            ASSERT_EQ(testui::signing(view, kSignPassword).generateList(), QString());
            save(view, language + QStringLiteral("-randomization-generated"));
        }
        MainWindow window(**demo, demoStatistician, languages);
        window.resize(1280, 800);
        window.show();
        auto* view = window.findChild<RandomizationSetupView*>();
        ASSERT_NE(view, nullptr);
        window.tabs()->setCurrentWidget(view);
        save(window, language + QStringLiteral("-randomization-locked"));
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    }
}
