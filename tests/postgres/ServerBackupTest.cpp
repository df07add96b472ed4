// Backups of a trial on a server (ServerBackup, docs/postgresql.md "Backups on a server"): the
// commands the Data tools show are run here as the server's administrator would run them. The
// dump holds the whole trial; restoring it takes back what was written since, in one
// transaction, and the trial opens and verifies as before; a restore that fails changes nothing.

#include "exchange/ServerBackup.h"

#include "TestBackend.h"
#include "TestTrial.h"
#include "audit/AuditVerifier.h"

#include <QFile>
#include <QProcess>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerBackupTest : public TestTrial
{
protected:
    static int run(const QStringList& command, QString* said = nullptr)
    {
        QProcess p;
        p.start(command.first(), command.mid(1));
        if (!p.waitForFinished(120000))
            return -1;
        if (said)
            *said = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    qint64 participants()
    {
        Database::Options asIs;
        asIs.mode = OpenMode::AsIs;
        auto fresh = Database::open(dbPath(), asIs);
        EXPECT_TRUE(fresh.ok()) << str(fresh.message());
        return fresh.ok() ? sqlCount(**fresh, QStringLiteral("SELECT COUNT(*) FROM participant"))
                          : -1;
    }
};

TEST_F(ServerBackupTest, TheShownCommandsDumpAndRestoreTheWholeTrial)
{
    ASSERT_TRUE(onServer());
    const QString file = m_dir.filePath(QStringLiteral("trial.dump"));
    const auto plan = ServerBackup::plan(db(), db().clock().nowUtc(), file);
    ASSERT_TRUE(plan.ok()) << str(plan.message());
    const ConnectionSpec& spec = db().spec();
    EXPECT_EQ(plan->owner, spec.user); // the harness made the trial
    EXPECT_EQ(plan->dump.first(), QStringLiteral("pg_dump"));
    EXPECT_TRUE(plan->dumpCommand().contains(QStringLiteral("dbname=") + spec.database))
        << str(plan->dumpCommand());
    EXPECT_TRUE(plan->dumpCommand().contains(QStringLiteral("port=%1").arg(spec.port)));
    EXPECT_FALSE(plan->restoreCommand().contains(QStringLiteral("password")));
    // The name it suggests without a file: the database and the time.
    const auto named =
        ServerBackup::plan(db(), QDateTime(QDate(2026, 3, 1), QTime(9, 5), QTimeZone::utc()));
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(named->file, spec.database + QStringLiteral("-20260301T090500Z.dump"));

    consented();
    const qint64 dumped = participants();
    QString said;
    ASSERT_EQ(run(plan->dump, &said), 0) << str(said);
    ASSERT_TRUE(QFile::exists(file));

    // Written after the dump: taken back by the restore.
    consented();
    consented();
    EXPECT_EQ(participants(), dumped + 2);
    ASSERT_EQ(run(plan->restore, &said), 0) << str(said);
    EXPECT_EQ(participants(), dumped);
    {
        Database::Options asIs;
        asIs.mode = OpenMode::AsIs;
        auto restored = Database::open(dbPath(), asIs);
        ASSERT_TRUE(restored.ok()) << str(restored.message());
        EXPECT_EQ(must((*restored)->schemaVersion(), "version"), must(db().schemaVersion(), "v"));
        const auto chain = AuditVerifier::verify(**restored);
        ASSERT_TRUE(chain.ok()) << str(chain.message());
        EXPECT_TRUE(chain->intact);
    }

    // A restore that fails (a file that is no dump) changes nothing.
    const QString broken = m_dir.filePath(QStringLiteral("broken.dump"));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("PGDMP not really");
    }
    const auto bad = ServerBackup::plan(db(), db().clock().nowUtc(), broken);
    ASSERT_TRUE(bad.ok());
    EXPECT_NE(run(bad->restore), 0);
    EXPECT_EQ(participants(), dumped);
}

TEST_F(ServerBackupTest, AFileTrialHasNoServerCommands)
{
    Database::Options options;
    auto file = Database::open(m_dir.filePath(QStringLiteral("plain.sqlite")), options);
    ASSERT_TRUE(file.ok()) << str(file.message());
    EXPECT_FALSE(ServerBackup::plan(**file, QDateTime::currentDateTimeUtc()).ok());
}

} // namespace
