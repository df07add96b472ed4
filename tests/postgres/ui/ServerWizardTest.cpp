// File > New trial… on a server (docs/postgresql.md): the wizard's summary takes a server
// database's address with the server's credentials (postgresql://postgres@...), makes the trial
// there through NewTrial::create as `trialdesk-cli new` does, and hands back the address without
// its user, so the first administrator then signs in as their own login role.
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_pg_ui_tests writes server-wizard-*.png there.

#include "TestBackend.h"
#include "i18n/LanguageManager.h"
#include "main/LoginDialog.h"
#include "protocol/AdministratorPage.h"
#include "protocol/NewTrialWizard.h"
#include "protocol/StartPage.h"
#include "protocol/SummaryPage.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

bool nextEnabled(const QWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void saveShot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        w.grab().save(dir + QStringLiteral("/server-wizard-") + name + QStringLiteral(".png")));
}

} // namespace

TEST(ServerWizardTest, TheNewTrialWizardMakesATrialOnAServerAndItsAdministratorSignsIn)
{
    if (!onServer())
        GTEST_SKIP() << "server only";
    LanguageManager languages;
    const QString password = QStringLiteral("Veiviser-passord-7");
    const QString admin = QStringLiteral("wizadmin%1").arg(QCoreApplication::applicationPid());
    for (const QString& language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        NewTrialWizard wizard;
        wizard.resize(900, 700);
        wizard.show();
        wizard.startPage()->choose(StartPage::Start::Dit);
        while (wizard.currentId() != NewTrialWizard::Administrator) {
            ASSERT_TRUE(nextEnabled(wizard)) << wizard.currentId();
            wizard.next();
        }
        AdministratorPage* page = wizard.administratorPage();
        page->userEdit()->setText(admin);
        page->nameEdit()->setText(QStringLiteral("Ada Admin"));
        page->passwordEdit()->setText(password);
        page->repeatEdit()->setText(password);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewTrialWizard::Summary);
        const QString target = newServerDatabase(); // postgresql://postgres@host:port/tPID_N
        wizard.summaryPage()->setFilePath(target);
        QCoreApplication::processEvents();
        // A server protects its own data: no encryption is offered, a note says how it is made.
        EXPECT_FALSE(wizard.summaryPage()->encrypt());
        EXPECT_FALSE(wizard.summaryPage()
                         ->findChild<QCheckBox*>(QStringLiteral("encryptFile"))
                         ->isVisibleTo(&wizard));
        EXPECT_TRUE(wizard.summaryPage()
                        ->findChild<QLabel*>(QStringLiteral("serverNote"))
                        ->isVisibleTo(&wizard));
        saveShot(wizard, QStringLiteral("summary-") + language);
        if (language == QLatin1String("nb"))
            continue; // the trial is made once: login roles are the server's
        wizard.button(QWizard::FinishButton)->click();
        ASSERT_EQ(wizard.result(), QDialog::Accepted)
            << qPrintable(wizard.summaryPage()->errorText());

        // The address the window opens next has no user: the administrator signs in as themself.
        const QString created = wizard.createdPath();
        const QUrl targetUrl(target);
        EXPECT_EQ(created, QStringLiteral("postgresql://%1:%2%3")
                               .arg(targetUrl.host())
                               .arg(targetUrl.port())
                               .arg(targetUrl.path()));
        LoginDialog login(created, languages, false);
        ASSERT_TRUE(login.signIn(admin, password));
        std::unique_ptr<Database> db = login.takeDatabase();
        ASSERT_NE(db, nullptr);
        EXPECT_EQ(db->scalar(QStringLiteral("SELECT session_user"))->toString(), admin);
        EXPECT_EQ(login.actor().role, Role::Administrator);
    }
}
