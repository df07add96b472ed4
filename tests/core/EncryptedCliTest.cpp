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
    // Not a participant id, an instrument id, an arm or a user name (issue 17's "done when").
    for (const char* known : {"OSL-001", "therapist", "statistician", "hrsd17", "phq9",
                              "Cognitive behavioural", "Ingrid Solberg"})
        EXPECT_FALSE(bytes.contains(known)) << known;
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
    // A backup is encrypted like the trial (EncryptedBackupTest has the core's side).
    const QString backup = file(QStringLiteral("backup.sqlite"));
    const CliResult backedUp =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--out"), backup});
    ASSERT_EQ(backedUp.exitCode, 0) << str(backedUp.err);
    QFile b(backup);
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    const QByteArray backupBytes = b.readAll();
    EXPECT_TRUE(backupBytes.startsWith("TrialDeskCrypt"));
    EXPECT_FALSE(backupBytes.contains("OSL-001"));
    EXPECT_FALSE(backupBytes.contains("therapist1"));

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
    // The allocation list is sealed under the statisticians' key (docs/encryption.md): their
    // export opens it; another user's replay is refused, saying what it needs and who has it.
    const QString list = file(QStringLiteral("allocation.csv"));
    const CliResult listed =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("statistician"), QStringLiteral("--format"),
                QStringLiteral("allocation"), QStringLiteral("--out"), list});
    ASSERT_EQ(listed.exitCode, 0) << str(listed.err);
    QFile listFile(list);
    ASSERT_TRUE(listFile.open(QIODevice::ReadOnly));
    const QByteArray listText = listFile.readAll();
    EXPECT_GT(listText.count("\nlist,"), 20) << listText.left(300).toStdString();
    const CliResult refused =
        runCli({QStringLiteral("randomization"), QStringLiteral("replay"), QStringLiteral("--db"),
                demo, QStringLiteral("--user"), QStringLiteral("pi")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("allocation key")) &&
                refused.err.contains(QStringLiteral("held by statistician")))
        << str(refused.err);
}

TEST_F(EncryptedCliTest, RestoreOfAnEncryptedBackupNeedsItsPasswordOrRecoveryKey)
{
    const QString demo = file(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--db"), demo,
                      QStringLiteral("--participants"), QStringLiteral("20"),
                      QStringLiteral("--encrypted")})
                  .exitCode,
              0);
    qputenv("TRIALDESK_PASSWORD", DemoTrial::password);
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--out"), backup})
            .exitCode,
        0);
    QFile trial(demo);
    ASSERT_TRUE(trial.open(QIODevice::ReadOnly));
    const QByteArray before = trial.readAll();
    trial.close();

    // A wrong recovery key restores nothing and says so.
    qputenv("TRIALDESK_RECOVERY_KEY", "0000-0000-0000-0000-0000-0000-0000-0000");
    const CliResult wrong =
        runCli({QStringLiteral("restore"), QStringLiteral("--db"), demo, QStringLiteral("--from"),
                backup, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--recovery-key"), QStringLiteral("--yes")});
    qunsetenv("TRIALDESK_RECOVERY_KEY");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Nothing was restored"))) << str(wrong.err);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("recovery key does not open"))) << str(wrong.err);
    ASSERT_TRUE(trial.open(QIODevice::ReadOnly));
    EXPECT_EQ(trial.readAll(), before);
    trial.close();

    // The administrator's password of the backup restores it; the restore is audited.
    const CliResult restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), demo,
                                       QStringLiteral("--from"), backup, QStringLiteral("--user"),
                                       QStringLiteral("admin"), QStringLiteral("--yes")});
    ASSERT_EQ(restored.exitCode, 0) << str(restored.err);
    EXPECT_FALSE(restored.err.contains(QStringLiteral("could not be audited")))
        << str(restored.err);
    const CliResult verified =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), demo,
                QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(verified.exitCode, 0) << str(verified.err) << str(verified.out);
}

TEST_F(EncryptedCliTest, EncryptInPlaceAndDecryptToANewFile)
{
    const QString demo = file(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--db"), demo,
                      QStringLiteral("--participants"), QStringLiteral("20"),
                      QStringLiteral("--unencrypted")})
                  .exitCode,
              0);
    auto bytes = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    ASSERT_TRUE(bytes(demo).startsWith("SQLite format 3"));
    qputenv("TRIALDESK_PASSWORD", DemoTrial::password);

    // Only an administrator encrypts; a refusal changes nothing.
    const CliResult notAdmin = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), demo,
                                       QStringLiteral("--user"), QStringLiteral("coordinator")});
    EXPECT_EQ(notAdmin.exitCode, 4) << str(notAdmin.err);
    EXPECT_TRUE(bytes(demo).startsWith("SQLite format 3")); // only the sign-in was recorded

    const CliResult encrypted = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), demo,
                                        QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(encrypted.exitCode, 0) << str(encrypted.err);
    EXPECT_TRUE(encrypted.out.contains(QStringLiteral("statistician"))) << str(encrypted.out);
    const QByteArray sealed = bytes(demo);
    EXPECT_TRUE(sealed.startsWith("TrialDeskCrypt"));
    EXPECT_FALSE(sealed.contains("OSL-001"));
    EXPECT_FALSE(sealed.contains("therapist1"));
    // Nothing plaintext stays behind: no log, no copy.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("demo.sqlite")});
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--db"), demo,
                                   QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(info.exitCode, 0) << str(info.err);
    EXPECT_TRUE(info.out.contains(QStringLiteral("participants: 20"))) << str(info.out);
    const CliResult verified =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), demo,
                QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(verified.exitCode, 0) << str(verified.err) << str(verified.out);
    const CliResult again = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), demo,
                                    QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("encrypted already"))) << str(again.err);

    // A plain copy, to a new file only, its owner's alone; the trial stays encrypted.
    const QString copy = file(QStringLiteral("plain.sqlite"));
    const CliResult decrypted =
        runCli({QStringLiteral("decrypt"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--out"), copy});
    ASSERT_EQ(decrypted.exitCode, 0) << str(decrypted.err);
    EXPECT_TRUE(bytes(copy).startsWith("SQLite format 3"));
    EXPECT_FALSE(QFile::permissions(copy) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    EXPECT_TRUE(bytes(demo).startsWith("TrialDeskCrypt"));
    const CliResult plainInfo = runCli({QStringLiteral("info"), QStringLiteral("--db"), copy});
    ASSERT_EQ(plainInfo.exitCode, 0) << str(plainInfo.err);
    EXPECT_TRUE(plainInfo.out.contains(QStringLiteral("participants: 20"))) << str(plainInfo.out);
    const QByteArray copyBytes = bytes(copy);
    const CliResult overwrite =
        runCli({QStringLiteral("decrypt"), QStringLiteral("--db"), demo, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--out"), copy});
    EXPECT_NE(overwrite.exitCode, 0);
    EXPECT_TRUE(overwrite.err.contains(QStringLiteral("already exists"))) << str(overwrite.err);
    EXPECT_EQ(bytes(copy), copyBytes);
    // Both acts are in the trail.
    const CliResult trail =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), demo,
                QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(trail.exitCode, 0) << str(trail.err) << str(trail.out);
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
