// The command line on a trial on the server: reading, checking and exporting commands take
// --db postgresql://... as they take a file, and a backup is refused with the reason.

#include "TestTrial.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerCliTest : public TestTrial
{
protected:
    void TearDown() override
    {
        qunsetenv("TRIALDESK_PASSWORD");
        TestTrial::TearDown();
    }
    CliResult as(const Actor& who, QStringList args)
    {
        qputenv("TRIALDESK_PASSWORD", passwordOf(who.username).toUtf8());
        args << QStringLiteral("--db") << dbPath() << QStringLiteral("--user") << who.username;
        return runCli(args);
    }
};

TEST_F(ServerCliTest, InfoVerifyReplayAndExportReadTheServersTrial)
{
    randomized(m_armCbt);
    randomized(m_armPdt, m_therapist2);
    m_db.reset(); // the command line is another client

    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--db"), dbPath()});
    ASSERT_EQ(info.exitCode, 0) << str(info.err);
    EXPECT_TRUE(info.out.contains(QStringLiteral("randomized: 2"))) << str(info.out);

    const CliResult verify = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbPath()});
    ASSERT_EQ(verify.exitCode, 0) << str(verify.err) << str(verify.out);
    EXPECT_TRUE(verify.out.contains(QStringLiteral("intact"))) << str(verify.out);

    const CliResult replay = runCli({QStringLiteral("randomization"), QStringLiteral("replay"),
                                     QStringLiteral("--db"), dbPath()});
    ASSERT_EQ(replay.exitCode, 0) << str(replay.err) << str(replay.out);

    const QString out = m_dir.filePath(QStringLiteral("long.csv"));
    const CliResult exported =
        as(m_statistician, {QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv-long"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << str(exported.err);
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readLine().startsWith("participant") || csv.size() > 0);

    const CliResult backup = as(m_admin, {QStringLiteral("backup"), QStringLiteral("--out"),
                                          m_dir.filePath(QStringLiteral("bk"))});
    EXPECT_NE(backup.exitCode, 0);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << str(backup.err);
    // The refusals give the server's own commands, and who runs them.
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump --format=custom"))) << str(backup.err);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_restore --clean"))) << str(backup.err);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("bk"))));
    const QString someFile = m_dir.filePath(QStringLiteral("some.sqlite"));
    const CliResult restore =
        as(m_admin, {QStringLiteral("restore"), QStringLiteral("--from"), someFile});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("pg_restore --clean"))) << str(restore.err);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("Nothing was restored"))) << str(restore.err);
    // Only who may restore is told how.
    const CliResult notAllowed =
        as(m_coordinator, {QStringLiteral("restore"), QStringLiteral("--from"), someFile});
    EXPECT_EQ(notAllowed.exitCode, 1);
    EXPECT_FALSE(notAllowed.err.contains(QStringLiteral("pg_restore"))) << str(notAllowed.err);
    const CliResult compact = as(m_admin, {QStringLiteral("compact")});
    EXPECT_NE(compact.exitCode, 0);
    EXPECT_TRUE(compact.err.contains(QStringLiteral("nothing to compact"))) << str(compact.err);
}

} // namespace
