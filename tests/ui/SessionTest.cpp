// Sessions in the window (issue 14): the inactivity lock (after a shortened timeout, over the
// window and its entry forms, keeping a draft and a waiting dialog), changing one's own
// password (the rules, refusals at their field, the forced change after a reset), sign-out and
// switching users with the window rebuilt for the new role, and the administrator's lock time.
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests --gtest_filter='Session*'
// writes session-*.png there in English and Norwegian.

#include "DemoDatabase.h"
#include "access/LockSettings.h"
#include "access/PasswordPolicy.h"
#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "main/ChangePasswordDialog.h"
#include "main/InactivityWatcher.h"
#include "main/LockScreen.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/SessionController.h"
#include "tools/LockTimeBox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace std::chrono_literals;

namespace {

const QString demoPassword = QString::fromLatin1(DemoTrial::password);

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void saveShot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    settle();
    EXPECT_TRUE(w.grab().save(
        QDir(dir).filePath(QStringLiteral("session-") + name + QStringLiteral(".png"))))
        << name.toStdString();
}

QStringList tabTexts(const MainWindow& w)
{
    QStringList texts;
    for (int i = 0; i < w.tabs()->count(); ++i)
        texts << w.tabs()->tabText(i);
    return texts;
}

QList<AssessmentEntryForm*> entryForms()
{
    QList<AssessmentEntryForm*> forms;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* f = qobject_cast<AssessmentEntryForm*>(w))
            forms << f;
    return forms;
}

bool anyLabelContains(const QWidget& w, const QString& text)
{
    for (const QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w) && l->text().contains(text))
            return true;
    return false;
}

class SessionTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }

    void TearDown() override
    {
        // No window or dialog of one test may stay open into the next.
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible())
                w->close();
        settle();
        DemoDatabase::TearDown();
    }

    // Signs in through the core, as the sign-in dialog does.
    Actor signIn(const QString& name, const QString& password = demoPassword)
    {
        auto a = UserRepository(*m_db).login(name, password);
        EXPECT_TRUE(a.ok()) << a.message().toStdString();
        return a.ok() ? *a : Actor{};
    }

    // A randomized participant and a visit without a PHQ-9 yet, with today (the database's) on
    // the visit's target day, so that entry is within its window and saves without a question.
    std::pair<qint64, qint64> freeVisit()
    {
        const auto found = anyFreeVisit();
        if (found.first > 0)
            todayAtVisit(found.first, found.second);
        return found;
    }

    std::pair<qint64, qint64> anyFreeVisit()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT p.id, t.id FROM participant p, time_point t WHERE p.randomized_at IS NOT "
            "NULL AND t.code = 'fu3y' AND NOT EXISTS (SELECT 1 FROM assessment a WHERE "
            "a.participant_id = p.id AND a.time_point_id = t.id AND a.instrument_id = 'phq9') "
            "ORDER BY p.id LIMIT 1"));
        if (!q.exec() || !q.next())
            return {0, 0};
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }

    LanguageManager m_languages;
};

using SessionLockTest = SessionTest;
using SessionPasswordTest = SessionTest;
using SessionControllerTest = SessionTest;
using SessionLockTimeTest = SessionTest;
using SessionScreenshots = SessionTest;

} // namespace

TEST_F(SessionLockTest, LocksAfterTheTimeoutHidingEverythingAndKeepsTheDraft)
{
    MainWindow window(*m_db, signIn(QStringLiteral("coordinator")), m_languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // The trial's setting (10 minutes by default) is what the window waits.
    EXPECT_EQ(window.inactivity()->timeout(), std::chrono::milliseconds(10min));

    // An entry form with one answer typed (saved as a draft) and the focus on the next item.
    const auto [participant, visit] = freeVisit();
    ASSERT_GT(participant, 0);
    window.openEntry(participant, visit, QStringLiteral("phq9"));
    ASSERT_EQ(entryForms().size(), 1);
    QPointer<AssessmentEntryForm> form = entryForms().front();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(form));
    form->itemField(0)->setFocus();
    QTest::keyClick(form->itemField(0), '2');
    ASSERT_EQ(form->itemField(0)->text(), QStringLiteral("2"));

    window.inactivity()->setTimeout(150ms);
    window.inactivity()->start();
    EXPECT_FALSE(window.isLocked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));

    // Nothing of the trial is on screen: the tabs are behind the lock page, the entry form is
    // hidden, the menus are off; but nothing was destroyed.
    EXPECT_FALSE(window.tabs()->isVisible());
    EXPECT_TRUE(window.lockScreen()->isVisible());
    EXPECT_FALSE(window.menuBar()->isEnabled());
    ASSERT_FALSE(form.isNull());
    EXPECT_FALSE(form->isVisible());
    EXPECT_EQ(form->itemField(0)->text(), QStringLiteral("2"));
    EXPECT_TRUE(anyLabelContains(*window.lockScreen(), QStringLiteral("coordinator")));
    EXPECT_FALSE(window.inactivity()->isRunning());

    // A wrong password shows the core's message and keeps the lock.
    EXPECT_FALSE(window.lockScreen()->unlock(QStringLiteral("not-the-password")));
    EXPECT_TRUE(window.isLocked());
    EXPECT_EQ(window.lockScreen()->errorText(), QStringLiteral("The password is wrong."));
    // Typed into the field and confirmed with Enter, the right one unlocks.
    auto* field = window.lockScreen()->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    field->setText(demoPassword);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(window.isLocked());
    EXPECT_TRUE(window.tabs()->isVisible());
    EXPECT_TRUE(window.menuBar()->isEnabled());
    ASSERT_FALSE(form.isNull());
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(form->itemField(0)->text(), QStringLiteral("2"));
    EXPECT_TRUE(window.inactivity()->isRunning());

    // Lock now (Ctrl+L) locks at once.
    EXPECT_EQ(window.lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    window.lockAction()->trigger();
    EXPECT_TRUE(window.isLocked());
    EXPECT_FALSE(form->isVisible());
    EXPECT_TRUE(window.lockScreen()->unlock(demoPassword));
    EXPECT_TRUE(form->isVisible());
    // Also from the entry form's own window.
    form->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(form));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(window.isLocked());
    EXPECT_FALSE(form->isVisible());
    EXPECT_TRUE(window.lockScreen()->unlock(demoPassword));
    EXPECT_EQ(form->itemField(0)->text(), QStringLiteral("2"));
}

TEST_F(SessionLockTest, InputKeepsTheWindowOpen)
{
    MainWindow window(*m_db, signIn(QStringLiteral("coordinator")), m_languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.inactivity()->setTimeout(400ms);
    window.inactivity()->start();
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(window.tabs(), Qt::Key_Shift);
    }
    EXPECT_FALSE(window.isLocked()); // 800 ms, never 400 without a key
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));
}

TEST_F(SessionLockTest, ADialogWaitingForAnAnswerWaitsThroughTheLock)
{
    MainWindow window(*m_db, signIn(QStringLiteral("therapist1")), m_languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool hiddenWhileLocked = false;
    bool backAfterUnlock = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("current"))->setText(QStringLiteral("typed"));
        window.lock();
        hiddenWhileLocked = !dialog->isVisible() && window.isLocked();
        // The lock screen takes input although the dialog's exec() still waits.
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
        EXPECT_TRUE(window.lockScreen()->unlock(demoPassword));
        backAfterUnlock = dialog->isVisible() &&
                          dialog->findChild<QLineEdit*>(QStringLiteral("current"))->text() ==
                              QStringLiteral("typed");
        dialog->reject();
    });
    window.changePasswordAction()->trigger(); // exec() returns when the timer rejects it
    EXPECT_TRUE(hiddenWhileLocked);
    EXPECT_TRUE(backAfterUnlock);
}

TEST_F(SessionPasswordTest, ShowsTheRulesAndEachRefusalAtItsField)
{
    using Field = ChangePasswordDialog::Field;
    const Actor coordinator = signIn(QStringLiteral("coordinator"));
    ChangePasswordDialog dialog(*m_db, coordinator, ChangePasswordDialog::Mode::Voluntary);
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("rules"))->text(),
              PasswordPolicy::describe());

    // Too short: the policy's message, at the new password.
    EXPECT_FALSE(dialog.change(demoPassword, QStringLiteral("short-1"), QStringLiteral("short-1")));
    EXPECT_TRUE(dialog.errorText(Field::Replacement).contains(QStringLiteral("too short")))
        << dialog.errorText(Field::Replacement).toStdString();
    EXPECT_TRUE(dialog.errorText(Field::Replacement).contains(QStringLiteral("at least 10")));
    EXPECT_TRUE(dialog.errorText(Field::Current).isEmpty());
    // The user name inside it.
    EXPECT_FALSE(dialog.change(demoPassword, QStringLiteral("my-coordinator-pw"),
                               QStringLiteral("my-coordinator-pw")));
    EXPECT_TRUE(dialog.errorText(Field::Replacement).contains(QStringLiteral("user name")));
    // A wrong current password, at the current password.
    EXPECT_FALSE(dialog.change(QStringLiteral("wrong-current"), QStringLiteral("Tulip-Harbour-42"),
                               QStringLiteral("Tulip-Harbour-42")));
    EXPECT_EQ(dialog.errorText(Field::Current), QStringLiteral("The password is wrong."));
    EXPECT_TRUE(dialog.errorText(Field::Replacement).isEmpty());
    // The two new ones differ.
    EXPECT_FALSE(dialog.change(demoPassword, QStringLiteral("Tulip-Harbour-42"),
                               QStringLiteral("Tulip-Harbour-43")));
    EXPECT_FALSE(dialog.errorText(Field::Repeat).isEmpty());

    // A good one is taken; it signs in, the old one no longer does.
    EXPECT_TRUE(dialog.change(demoPassword, QStringLiteral("Tulip-Harbour-42"),
                              QStringLiteral("Tulip-Harbour-42")));
    EXPECT_TRUE(UserRepository(*m_db)
                    .login(QStringLiteral("coordinator"), QStringLiteral("Tulip-Harbour-42"))
                    .ok());
    EXPECT_FALSE(UserRepository(*m_db).login(QStringLiteral("coordinator"), demoPassword).ok());
}

TEST_F(SessionControllerTest, AfterAResetTheNewPasswordComesBeforeTheWindow)
{
    const Actor admin = signIn(QStringLiteral("admin"));
    const Actor coordinator = signIn(QStringLiteral("coordinator"));
    const QString temporary = QStringLiteral("Temporary-Lantern-9");
    ASSERT_TRUE(UserRepository(*m_db).resetPassword(admin, coordinator.userId, temporary).ok());

    SessionController session(*m_db, m_languages, true);
    session.start();
    ASSERT_NE(session.loginDialog(), nullptr);
    EXPECT_TRUE(session.loginDialog()->isVisible());
    EXPECT_TRUE(session.loginDialog()->signIn(QStringLiteral("coordinator"), temporary));
    settle();
    EXPECT_EQ(session.window(), nullptr);
    ASSERT_NE(session.passwordDialog(), nullptr);
    EXPECT_TRUE(session.passwordDialog()->isVisible());
    EXPECT_TRUE(anyLabelContains(*session.passwordDialog(), QStringLiteral("reset")));

    // Cancelling (its button says Sign out) goes back to the sign-in, without a window.
    QPushButton* signOut = nullptr;
    for (QPushButton* b : session.passwordDialog()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Sign out"))
            signOut = b;
    ASSERT_NE(signOut, nullptr);
    signOut->click();
    settle();
    EXPECT_EQ(session.window(), nullptr);
    EXPECT_EQ(session.passwordDialog(), nullptr);
    ASSERT_NE(session.loginDialog(), nullptr);
    EXPECT_TRUE(session.loginDialog()->isVisible());

    // Signed in again, a good new password opens the window.
    EXPECT_TRUE(session.loginDialog()->signIn(QStringLiteral("coordinator"), temporary));
    settle();
    ASSERT_NE(session.passwordDialog(), nullptr);
    EXPECT_TRUE(session.passwordDialog()->change(temporary, QStringLiteral("short"),
                                                 QStringLiteral("short")) == false);
    EXPECT_EQ(session.window(), nullptr);
    EXPECT_TRUE(session.passwordDialog()->change(temporary, QStringLiteral("Harbour-Lights-77"),
                                                 QStringLiteral("Harbour-Lights-77")));
    settle();
    ASSERT_NE(session.window(), nullptr);
    EXPECT_FALSE(session.window()->actor().mustChangePassword);
    EXPECT_EQ(tabTexts(*session.window()).first(), QStringLiteral("This week"));
    auto again = UserRepository(*m_db).login(QStringLiteral("coordinator"),
                                             QStringLiteral("Harbour-Lights-77"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePassword);
}

TEST_F(SessionControllerTest, SignOutAndSwitchUserRebuildTheWindowForTheNewRole)
{
    SessionController session(*m_db, m_languages, true);
    QSignalSpy finished(&session, &SessionController::finished);
    session.start(signIn(QStringLiteral("coordinator")));
    ASSERT_NE(session.window(), nullptr);
    EXPECT_EQ(tabTexts(*session.window()).first(), QStringLiteral("This week"));

    // Sign out: the window goes, the sign-in comes; the PI gets the PI's window.
    QPointer<MainWindow> first = session.window();
    EXPECT_EQ(first->signOutAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    first->signOutAction()->trigger();
    settle();
    EXPECT_TRUE(first.isNull());
    EXPECT_EQ(session.window(), nullptr);
    ASSERT_NE(session.loginDialog(), nullptr);
    ASSERT_TRUE(session.loginDialog()->signIn(QStringLiteral("pi"), demoPassword));
    settle();
    ASSERT_NE(session.window(), nullptr);
    EXPECT_EQ(session.window()->actor().role, Role::PrincipalInvestigator);
    EXPECT_EQ(tabTexts(*session.window()).first(), QStringLiteral("Dashboard"));

    // Switch user: the window locks under the sign-in; cancelling leaves it locked for the PI.
    QPointer<MainWindow> second = session.window();
    second->switchUserAction()->trigger();
    settle();
    EXPECT_TRUE(second->isLocked());
    ASSERT_NE(session.loginDialog(), nullptr);
    session.loginDialog()->reject();
    settle();
    EXPECT_EQ(session.window(), second.data());
    EXPECT_TRUE(second->isLocked());
    EXPECT_EQ(finished.count(), 0);

    // Switching again, the administrator signs in and gets the administrator's window.
    second->switchUserAction()->trigger();
    settle();
    ASSERT_NE(session.loginDialog(), nullptr);
    ASSERT_TRUE(session.loginDialog()->signIn(QStringLiteral("admin"), demoPassword));
    settle();
    EXPECT_TRUE(second.isNull());
    ASSERT_NE(session.window(), nullptr);
    EXPECT_FALSE(session.window()->isLocked());
    EXPECT_EQ(tabTexts(*session.window()),
              QStringList({QStringLiteral("Data tools"), QStringLiteral("Protocol"),
                           QStringLiteral("Users")}));

    // The lock screen's Sign out; cancelling that sign-in ends the application.
    session.window()->lock();
    auto* lockSignOut =
        session.window()->lockScreen()->findChild<QPushButton*>(QStringLiteral("lockSignOut"));
    ASSERT_NE(lockSignOut, nullptr);
    lockSignOut->click();
    settle();
    EXPECT_EQ(session.window(), nullptr);
    ASSERT_NE(session.loginDialog(), nullptr);
    session.loginDialog()->reject();
    settle();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(session.actor()->username, QStringLiteral("admin"));
}

TEST_F(SessionControllerTest, SignOutClosesTheEntryFormsAndKeepsTheirDrafts)
{
    SessionController session(*m_db, m_languages, true);
    session.start(signIn(QStringLiteral("coordinator")));
    ASSERT_NE(session.window(), nullptr);
    const auto [participant, visit] = freeVisit();
    ASSERT_GT(participant, 0);
    session.window()->openEntry(participant, visit, QStringLiteral("phq9"));
    ASSERT_EQ(entryForms().size(), 1);
    QPointer<AssessmentEntryForm> form = entryForms().front();
    form->itemField(0)->setFocus();
    QTest::keyClick(form->itemField(0), '3');
    session.window()->lock(); // hidden by the lock, then signed out from it
    session.window()->lockScreen()->findChild<QPushButton*>(QStringLiteral("lockSignOut"))->click();
    settle();
    EXPECT_TRUE(form.isNull());
    auto v = m_db->scalar(QStringLiteral("SELECT item_values || '|' || status FROM assessment "
                                         "WHERE participant_id = ? AND time_point_id = ? AND "
                                         "instrument_id = 'phq9'"),
                          {participant, visit});
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->toString().startsWith(QStringLiteral("3,"))) << v->toString().toStdString();
    EXPECT_TRUE(v->toString().endsWith(QStringLiteral("|draft")));
}

TEST_F(SessionLockTimeTest, AnAdministratorSetsTheLockTime)
{
    MainWindow window(*m_db, signIn(QStringLiteral("admin")), m_languages);
    auto* box = window.findChild<LockTimeBox*>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->minutesField()->value(), LockSettings::defaultMinutes);
    box->minutesField()->setValue(3);
    const QString saved = box->apply();
    EXPECT_TRUE(saved.contains(QStringLiteral("after 3 minute"))) << saved.toStdString();
    EXPECT_EQ(LockSettings(*m_db).minutes(), 3);
    EXPECT_EQ(window.inactivity()->timeout(), std::chrono::milliseconds(3min));
    // The next window of the trial starts with it.
    MainWindow next(*m_db, signIn(QStringLiteral("coordinator")), m_languages);
    EXPECT_EQ(next.inactivity()->timeout(), std::chrono::milliseconds(3min));

    // Only the administrator has it; the core refuses anyone else, with its message.
    MainWindow statistician(*m_db, signIn(QStringLiteral("statistician")), m_languages);
    EXPECT_EQ(statistician.findChild<LockTimeBox*>(), nullptr);
    LockTimeBox refused(*m_db, signIn(QStringLiteral("statistician")));
    refused.minutesField()->setValue(30);
    const QString message = refused.apply();
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(refused.findChild<QLabel*>(QStringLiteral("lockTimeError"))->text(), message);
    EXPECT_EQ(LockSettings(*m_db).minutes(), 3);
}

TEST_F(SessionScreenshots, LockScreenAndPasswordDialogsInBothLanguages)
{
    if (qEnvironmentVariableIsEmpty("TD_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        {
            MainWindow window(*m_db, signIn(QStringLiteral("coordinator")), m_languages);
            window.resize(1100, 700);
            window.show();
            window.lock();
            saveShot(window, language + QStringLiteral("-lock"));
            window.lockScreen()->unlock(QStringLiteral("wrong"));
            saveShot(window, language + QStringLiteral("-lock-wrong"));
            EXPECT_TRUE(window.lockScreen()->unlock(demoPassword));
        }
        {
            ChangePasswordDialog dialog(*m_db, signIn(QStringLiteral("therapist1")),
                                        ChangePasswordDialog::Mode::Voluntary);
            dialog.show();
            saveShot(dialog, language + QStringLiteral("-password"));
            dialog.change(demoPassword, QStringLiteral("short"), QStringLiteral("short"));
            saveShot(dialog, language + QStringLiteral("-password-refused"));
        }
        {
            ChangePasswordDialog dialog(*m_db, signIn(QStringLiteral("assessor")),
                                        ChangePasswordDialog::Mode::Forced);
            dialog.show();
            dialog.change(QStringLiteral("wrong"), QStringLiteral("Harbour-Lights-77"),
                          QStringLiteral("Harbour-Lights-77"));
            saveShot(dialog, language + QStringLiteral("-password-forced"));
        }
        {
            MainWindow window(*m_db, signIn(QStringLiteral("admin")), m_languages);
            window.resize(1100, 760);
            window.show();
            window.findChild<LockTimeBox*>()->apply();
            saveShot(window, language + QStringLiteral("-admin-tools"));
        }
    }
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}
