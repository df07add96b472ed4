// The command line and an encrypted trial (docs/encryption.md): `demo --encrypted` and
// `new --encrypted` make one that sqlite3 cannot open and that holds no participant id in its
// bytes; commands that open it (info, audit verify, scores verify, randomization replay) take
// --user and the password from TRIALDESK_PASSWORD; a missing user or a wrong password opens
// nothing and says so.

#include "TestTrial.h"
#include "demo/DemoTrial.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace td;
using namespace tdtest;

namespace {

class EncryptedCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override { qunsetenv("TRIALDESK_PASSWORD"); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(EncryptedCliTest, AnEncryptedDemoOpensWithAUserAndPasswordOnly)
{
    const QString demo = file(QStringLiteral("demo.sqlite"));
    const CliResult made = runCli({QStringLiteral("demo"), QStringLiteral("--db"), demo,
                                   QStringLiteral("--participants"), QStringLiteral("30"),
                                   QStringLiteral("--encrypted")});
    ASSERT_EQ(made.exitCode, 0) << str(made.err);

    // Neither the program nor plain SQLite reads it; no study id is in its bytes.
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite.isEmpty()) {
        QProcess p;
        p.start(sqlite, {demo, QStringLiteral("SELECT COUNT(*) FROM participant;")});
        ASSERT_TRUE(p.waitForFinished(10000));
        EXPECT_NE(p.exitCode(), 0);
    }
    QFile f(demo);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_FALSE(bytes.contains("OSL-001"));
    EXPECT_FALSE(bytes.contains("therapist"));
    EXPECT_FALSE(QFile::exists(demo + QStringLiteral("-wal")));

    const CliResult anonymous = runCli({QStringLiteral("info"), QStringLiteral("--db"), demo});
    EXPECT_EQ(anonymous.exitCode, 2);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("is encrypted"))) << str(anonymous.err);
    qputenv("TRIALDESK_PASSWORD", "not the password");
    const CliResult wrong = runCli({QStringLiteral("info"), QStringLiteral("--db"), demo,
                                    QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("does not open the encrypted trial")))
        << str(wrong.err);

    qputenv("TRIALDESK_PASSWORD", DemoTrial::password);
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--db"), demo,
                                   QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(info.exitCode, 0) << str(info.err);
    EXPECT_TRUE(info.out.contains(QStringLiteral("participants: 30"))) << str(info.out);
    // A backup is not written yet rather than written in plaintext.
    const QString backup = file(QStringLiteral("backup.sqlite"));
    const CliResult backedUp =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--out"), backup});
    EXPECT_NE(backedUp.exitCode, 0);
    EXPECT_FALSE(QFile::exists(backup));
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_TRUE(name.startsWith(QStringLiteral("demo.sqlite"))) << str(name);

    // An export is plaintext, and the command says so; it is its owner's alone.
    const QString csv = file(QStringLiteral("long.csv"));
    qputenv("TRIALDESK_PASSWORD", DemoTrial::password);
    const CliResult exported =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("statistician"), QStringLiteral("--format"),
                QStringLiteral("csv-long"), QStringLiteral("--out"), csv});
    ASSERT_EQ(exported.exitCode, 0) << str(exported.err);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("is not encrypted"))) << str(exported.err);
    EXPECT_FALSE(QFile::permissions(csv) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    for (const QStringList& command :
         {QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("scores"), QStringLiteral("verify")},
          QStringList{QStringLiteral("randomization"), QStringLiteral("replay")}}) {
        const QString user = command.first() == QStringLiteral("randomization")
                                 ? QStringLiteral("statistician")
                                 : QStringLiteral("admin");
        const CliResult r = runCli(
            command + QStringList{QStringLiteral("--db"), demo, QStringLiteral("--user"), user});
        EXPECT_EQ(r.exitCode, 0) << str(command.join(QLatin1Char(' '))) << ": " << str(r.err)
                                 << str(r.out);
    }
}

TEST_F(EncryptedCliTest, NewMakesAnEncryptedTrialForItsAdministrator)
{
    const QString trial = file(QStringLiteral("new.sqlite"));
    qputenv("TRIALDESK_PASSWORD", "Nytt-passord-for-admin-7");
    const CliResult made =
        runCli({QStringLiteral("new"), QStringLiteral("--db"), trial, QStringLiteral("--template"),
                QStringLiteral("mop"), QStringLiteral("--admin"), QStringLiteral("leder"),
                QStringLiteral("--encrypted")});
    ASSERT_EQ(made.exitCode, 0) << str(made.err);
    QFile f(trial);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(14) == "TrialDeskCrypt");
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--db"), trial,
                                   QStringLiteral("--user"), QStringLiteral("leder")});
    ASSERT_EQ(info.exitCode, 0) << str(info.err);
    EXPECT_TRUE(info.out.contains(QStringLiteral("users: 1"))) << str(info.out);
}

} // namespace
