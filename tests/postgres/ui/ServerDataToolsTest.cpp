// The Data tools on a trial on a server (docs/postgresql.md, "Backups on a server"): the
// administrator and the statistician see what backup and restore mean there, with the
// commands for the trial's own address, and none of the file backups' settings, buttons or
// compaction, which the core refuses on a server. Roles without backups see none of it.
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_pg_ui_tests writes server-datatools-*.png.

#include "SecuredTrial.h"
#include "i18n/LanguageManager.h"
#include "tools/DataToolsView.h"
#include "tools/ServerBackupBox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerDataToolsTest : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        addFixtureLogins();
    }

    static QStringList visibleButtons(const QWidget& view)
    {
        QStringList out;
        for (const QPushButton* b : view.findChildren<QPushButton*>())
            if (b->isVisibleTo(&view))
                out << b->text();
        return out;
    }
};

TEST_F(ServerDataToolsTest, TheDataToolsSayWhatBackupMeansOnAServer)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    auto own = signedIn(m_admin.username);
    ASSERT_TRUE(own);
    DataToolsView view(*own, m_admin);
    view.resize(900, 700);
    ServerBackupBox* server = view.serverBackups();
    ASSERT_NE(server, nullptr);
    EXPECT_TRUE(server->isVisibleTo(&view));

    // The commands name this trial's server, port and database, as the tables' owner (the
    // harness made the trial), and no password.
    const ConnectionSpec spec = must(ConnectionSpec::parse(dbPath()), "address");
    const QString dump = server->dumpCommand();
    EXPECT_TRUE(dump.startsWith(QStringLiteral("pg_dump --format=custom"))) << str(dump);
    EXPECT_TRUE(dump.contains(QStringLiteral("port=%1").arg(spec.port))) << str(dump);
    EXPECT_TRUE(dump.contains(QStringLiteral("dbname=") + spec.database)) << str(dump);
    EXPECT_TRUE(dump.contains(QStringLiteral("user=") + spec.user)) << str(dump);
    EXPECT_FALSE(dump.contains(passwordOf(m_admin.username)));
    EXPECT_TRUE(server->restoreCommand().startsWith(
        QStringLiteral("pg_restore --clean --if-exists --single-transaction")))
        << str(server->restoreCommand());
    const auto shown = view.findChild<QLineEdit*>(QStringLiteral("dumpCommand"));
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->text(), dump);
    EXPECT_TRUE(shown->isReadOnly());

    // Nothing of the file backups: no folder, no backup now, no restore from a file, no
    // compaction.
    const QStringList buttons = visibleButtons(view);
    for (const QString& gone :
         {QStringLiteral("Back up &now"), QStringLiteral("&Restore from backup…"),
          QStringLiteral("&Compact the trial file")})
        EXPECT_FALSE(buttons.contains(gone)) << str(gone) << str(buttons.join(QLatin1Char('|')));
    QString texts;
    for (const QLabel* l : view.findChildren<QLabel*>()) {
        if (!l->isVisibleTo(&view))
            continue;
        EXPECT_NE(l->text(), QStringLiteral("F&older:"));
        texts += l->text() + QLatin1Char('\n');
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("nothing to compact"))) << str(texts);
    EXPECT_TRUE(texts.contains(QStringLiteral("one transaction"))) << str(texts);

    // Pictures in English and Bokmål.
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        QApplication::processEvents();
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            EXPECT_TRUE(view.grab().save(dir + QStringLiteral("/server-datatools-") + language +
                                         QStringLiteral(".png")));
        }
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));

    // The statistician, who may back up too, sees the same; a coordinator, who may not, none.
    auto statistician = signedIn(m_statistician.username);
    DataToolsView theirs(*statistician, m_statistician);
    ASSERT_NE(theirs.serverBackups(), nullptr);
    EXPECT_EQ(theirs.serverBackups()->dumpCommand().section(QLatin1Char(' '), 0, 1),
              dump.section(QLatin1Char(' '), 0, 1));
    auto coordinator = signedIn(m_coordinator.username);
    DataToolsView none(*coordinator, m_coordinator);
    EXPECT_EQ(none.serverBackups(), nullptr);
}

} // namespace
