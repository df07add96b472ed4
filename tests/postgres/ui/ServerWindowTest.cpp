// The window on a trial on a PostgreSQL server (docs/postgresql.md): the sign-in dialog connects
// as the user's own login role and refuses a wrong password; what another client commits shows
// in the open window within seconds (LiveUpdates); signing out and in as another user connects
// again as them; and a blinded assessor's window shows no arm. The trial is the core fixture,
// secured as `new` secures a server trial (group roles, grants, a login role per user).
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_pg_ui_tests writes server-*.png there.

#include "SecuredTrial.h"
#include "WidgetText.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "i18n/LanguageManager.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/SessionController.h"
#include "participant/ParticipantPage.h"
#include "participants/ParticipantTableModel.h"
#include "registry/RegistryView.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

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
    w.adjustSize();
    settle();
    EXPECT_TRUE(w.grab().save(dir + QStringLiteral("/server-") + name + QStringLiteral(".png")));
}

QString visibleLabels(const QWidget& w)
{
    QStringList out;
    for (const QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w))
            out << l->text();
    return out.join(QLatin1Char('\n'));
}

QString sessionUser(Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT session_user"));
    return v.ok() ? v->toString() : v.message();
}

class ServerWindowTest : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        addFixtureLogins();
    }

    // The trial's address as a user gives it: no user, so each signs in as their own role.
    QString address() const
    {
        ConnectionSpec spec = must(ConnectionSpec::parse(dbPath()), "address");
        spec.user.clear();
        spec.password.clear();
        return ServerAddress::of(spec);
    }

    // Waits (up to `seconds`) for `done`, running the event loop so notifications arrive.
    template <typename Done> bool within(int seconds, Done done)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000) {
            if (done())
                return true;
            QTest::qWait(50);
        }
        return done();
    }

    void ASignInIsTheServersOwnAndAWrongPasswordIsRefused(LanguageManager& languages);
    void AnotherClientsRandomizationShowsInTheOpenWindow(SessionController& session);
    void SigningInAsAnotherUserConnectsAsThem(SessionController& session);
    void TheBlindedAssessorsWindowShowsNoArm(SessionController& session, qint64 randomizedId);
};

void ServerWindowTest::ASignInIsTheServersOwnAndAWrongPasswordIsRefused(LanguageManager& languages)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        LoginDialog dialog(address(), languages, false);
        saveShot(dialog, QStringLiteral("login-") + language);
        EXPECT_FALSE(dialog.signIn(m_coordinator.username, QStringLiteral("not-the-password")));
        EXPECT_EQ(dialog.takeDatabase(), nullptr);
        if (language == QLatin1String("en")) {
            EXPECT_TRUE(visibleLabels(dialog).contains(
                QStringLiteral("refused the sign-in of \"coordinator\"")))
                << qPrintable(visibleLabels(dialog));
        }
        saveShot(dialog, QStringLiteral("login-refused-") + language);
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    // A name the server does not know reads the same: nothing says which part was wrong.
    LoginDialog unknown(address(), languages, false);
    EXPECT_FALSE(unknown.signIn(QStringLiteral("nobody"), QStringLiteral("whatever")));
    EXPECT_TRUE(
        visibleLabels(unknown).contains(QStringLiteral("refused the sign-in of \"nobody\"")))
        << qPrintable(visibleLabels(unknown));

    // The right password: the connection is the user's own login role.
    LoginDialog dialog(address(), languages, false);
    ASSERT_TRUE(dialog.signIn(m_coordinator.username, passwordOf(m_coordinator.username)))
        << qPrintable(visibleLabels(dialog));
    std::unique_ptr<Database> opened = dialog.takeDatabase();
    ASSERT_TRUE(opened);
    EXPECT_EQ(sessionUser(*opened), m_coordinator.username);
    EXPECT_EQ(dialog.actor().role, Role::Coordinator);
    EXPECT_FALSE(opened->path().contains(passwordOf(m_coordinator.username)));
}

void ServerWindowTest::AnotherClientsRandomizationShowsInTheOpenWindow(SessionController& session)
{
    MainWindow* window = session.window();
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->registry(), nullptr);
    ParticipantTableModel* model = window->registry()->model();
    const int before = model->matchCount();
    // Another client (the fixture's own connection) screens, consents and randomizes.
    const Participant p = randomized(m_armCbt);
    auto randomizedShown = [&] {
        const int row = model->rowOf(p.id);
        return row >= 0 && model->participantAt(row)->status == ParticipantStatus::Randomized;
    };
    EXPECT_TRUE(within(10, randomizedShown)) << "the registry did not show " << str(p.studyId);
    EXPECT_EQ(model->matchCount(), before + 1);
}

void ServerWindowTest::SigningInAsAnotherUserConnectsAsThem(SessionController& session)
{
    session.signOut();
    settle();
    ASSERT_EQ(session.window(), nullptr);
    ASSERT_NE(session.loginDialog(), nullptr);
    ASSERT_TRUE(session.loginDialog()->signIn(m_pi.username, passwordOf(m_pi.username)));
    settle();
    ASSERT_NE(session.window(), nullptr);
    EXPECT_EQ(session.window()->actor().username, m_pi.username);
    EXPECT_EQ(sessionUser(session.database()), m_pi.username);
}

void ServerWindowTest::TheBlindedAssessorsWindowShowsNoArm(SessionController& session,
                                                           qint64 randomizedId)
{
    session.signOut();
    settle();
    ASSERT_NE(session.loginDialog(), nullptr);
    ASSERT_TRUE(
        session.loginDialog()->signIn(m_assessor.username, passwordOf(m_assessor.username)));
    settle();
    MainWindow* window = session.window();
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(sessionUser(session.database()), m_assessor.username);
    ASSERT_NE(window->registry(), nullptr);
    EXPECT_GE(window->registry()->model()->rowOf(randomizedId), 0);
    ASSERT_NE(window->openParticipant(randomizedId), nullptr);
    settle();
    saveShot(*window, QStringLiteral("assessor-window"));
    const QStringList arms = {QStringLiteral("CBT"), QStringLiteral("PDT"),
                              QStringLiteral("Cognitive behavioural"),
                              QStringLiteral("Psychodynamic")};
    for (const testui::ShownText& t : testui::shownTexts(window))
        for (const QString& arm : arms)
            EXPECT_FALSE(t.text.contains(arm)) << str(t.where) << ": " << str(t.text);
}

} // namespace

// One trial for every step: login roles are the server's, so each name is made once.
TEST_F(ServerWindowTest, SignInLiveUpdatesAndBlindingOnAServerTrial)
{
    LanguageManager languages;
    ASignInIsTheServersOwnAndAWrongPasswordIsRefused(languages);
    if (HasFatalFailure())
        return;

    const qint64 first = randomized(m_armPdt).id;
    // The window as the application opens it: the sign-in connects, the session holds it.
    LoginDialog login(address(), languages, false);
    ASSERT_TRUE(login.signIn(m_coordinator.username, passwordOf(m_coordinator.username)));
    std::unique_ptr<Database> holder = login.takeDatabase();
    ASSERT_TRUE(holder);
    SessionController session(*holder, languages, false);
    session.reconnectPerUser(address(), holder);
    session.start(login.actor());
    settle();

    AnotherClientsRandomizationShowsInTheOpenWindow(session);
    if (HasFatalFailure())
        return;
    SigningInAsAnotherUserConnectsAsThem(session);
    if (HasFatalFailure())
        return;
    TheBlindedAssessorsWindowShowsNoArm(session, first);
}
