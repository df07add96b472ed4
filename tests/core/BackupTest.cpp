#include "TestTrial.h"
#include "exchange/BackupService.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <future>
#include <thread>

using namespace td;
using namespace tdtest;

namespace {

class BackupTest : public TestTrial
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    static qint64 siteCount(const QString& path)
    {
        auto copy = Database::open(path);
        if (!copy.ok())
            return -1;
        return sqlCount(**copy, QStringLiteral("SELECT COUNT(*) FROM site"));
    }

    // trialdesk-cli with `input` on its standard input (closed afterwards).
    static CliResult cliWithInput(const QStringList& args, const QByteArray& input)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI), args);
        p.write(input);
        p.closeWriteChannel();
        CliResult r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
};

TEST_F(BackupTest, OnlineBackupIsConsistentWhileAnotherConnectionWrites)
{
    // Another connection (its own thread, as Qt SQL connections are per thread) holds an open
    // write transaction with an uncommitted row while the backup copies; it commits a little
    // later, which also lets the backup's audit row through.
    std::promise<void> writing;
    std::thread writer([&] {
        auto opened = Database::open(dbPath());
        if (!opened.ok()) {
            writing.set_value();
            return;
        }
        std::unique_ptr<Database> other = std::move(opened).value();
        {
            Transaction tx(*other);
            sqlExec(*other, QStringLiteral("INSERT INTO site (code, name) VALUES ('TRD', 'T')"));
            writing.set_value();
            QThread::msleep(1500);
            (void)tx.commit();
        }
        other.reset();
    });
    writing.get_future().wait();
    const Status s = BackupService::backup(db(), m_statistician, file(QStringLiteral("b1.sqlite")));
    writer.join();
    ASSERT_TRUE(s.ok()) << str(s.message());
    EXPECT_TRUE(BackupService::verify(file(QStringLiteral("b1.sqlite"))).ok());
    EXPECT_EQ(siteCount(file(QStringLiteral("b1.sqlite"))), 2); // the uncommitted row is not in it
    ASSERT_TRUE(BackupService::backup(db(), m_admin, file(QStringLiteral("b2.sqlite"))).ok());
    EXPECT_EQ(siteCount(file(QStringLiteral("b2.sqlite"))), 3);
    const auto rows = auditRows(db());
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.back().action, QStringLiteral("backup"));
    EXPECT_EQ(rows.back().username, QStringLiteral("admin"));
}

TEST_F(BackupTest, NeedsBackupRestorePermissionAndNeverOverwrites)
{
    for (const Actor* a : {&m_pi, &m_coordinator, &m_therapist, &m_assessor}) {
        const Status s = BackupService::backup(db(), *a, file(QStringLiteral("no.sqlite")));
        EXPECT_EQ(s.error().code, ErrorCode::Forbidden) << str(a->username);
        EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("no.sqlite"))));
    }
    ASSERT_TRUE(BackupService::backup(db(), m_admin, file(QStringLiteral("b.sqlite"))).ok());
    const Status again = BackupService::backup(db(), m_admin, file(QStringLiteral("b.sqlite")));
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(BackupTest, RotationKeepsTheNewestN)
{
    const QString folder = file(QStringLiteral("backups"));
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto r = BackupService::backupRotating(db(), m_statistician, folder, 3);
        ASSERT_TRUE(r.ok()) << str(r.message());
        made << *r;
    }
    const QStringList left = BackupService::backupsIn(folder, dbPath());
    EXPECT_EQ(left, made.mid(2));
    EXPECT_TRUE(QFileInfo(left.front()).fileName().startsWith(QStringLiteral("trial-")));
    EXPECT_TRUE(QFileInfo(made.front())
                    .fileName()
                    .contains(clock().nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    EXPECT_FALSE(BackupService::backupRotating(db(), m_statistician, folder, 0).ok());
}

TEST_F(BackupTest, TheBackupOnCloseIsMadeForAnyUserAndAuditedAsSuch)
{
    const QString folder = file(QStringLiteral("onclose"));
    EXPECT_FALSE(BackupService::backupRotating(db(), m_coordinator, folder, 3).ok());
    EXPECT_TRUE(BackupService::backupsIn(folder, dbPath()).isEmpty());
    auto made =
        BackupService::backupRotating(db(), m_coordinator, folder, 3, BackupTrigger::OnClose);
    ASSERT_TRUE(made.ok()) << str(made.message());
    EXPECT_TRUE(BackupService::verify(*made).ok());
    auto audited = db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'backup_on_close' AND username = ?"),
                               {m_coordinator.username});
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(audited->toInt(), 1);
}

TEST_F(BackupTest, RestoreKeepsTheCurrentFileAside)
{
    const QString backup = file(QStringLiteral("b.sqlite"));
    ASSERT_TRUE(BackupService::backup(db(), m_admin, backup).ok());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO site (code, name) VALUES ('TRD', 'T')")),
              QString());
    m_db.reset(); // the caller closes the trial first
    auto kept = BackupService::restore(dbPath(), backup, clock().nowUtc());
    ASSERT_TRUE(kept.ok()) << str(kept.message());
    EXPECT_TRUE(kept->startsWith(dbPath() + QStringLiteral(".before-restore-")));
    EXPECT_EQ(siteCount(*kept), 3);
    EXPECT_EQ(siteCount(dbPath()), 2);
    auto reopened = Database::open(dbPath());
    ASSERT_TRUE(reopened.ok());
    ASSERT_TRUE(BackupService::recordRestore(**reopened, m_admin, backup, *kept).ok());
    EXPECT_EQ(auditRows(**reopened).back().action, QStringLiteral("restored"));
}

TEST_F(BackupTest, RestoreRefusesACorruptBackupAndChangesNothing)
{
    const QString backup = file(QStringLiteral("b.sqlite"));
    ASSERT_TRUE(BackupService::backup(db(), m_admin, backup).ok());
    const QString before = dumpDatabase(db());
    m_db.reset();
    {
        QFile f(backup);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, 'x'));
        f.seek(0);
        f.write("garbage!");
    }
    auto refused = BackupService::restore(dbPath(), backup, clock().nowUtc());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(backup)) << str(refused.message());
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
    auto reopened = Database::open(dbPath());
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(sameDump(before, dumpDatabase(**reopened)));
    EXPECT_FALSE(
        BackupService::restore(dbPath(), file(QStringLiteral("none.sqlite")), clock().nowUtc())
            .ok());
}

TEST_F(BackupTest, CommandLineBacksUpAndRestores)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("statistician")).toUtf8());
    const QString backup = file(QStringLiteral("cli.sqlite"));
    const CliResult b =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), dbPath(), QStringLiteral("--out"),
                backup, QStringLiteral("--user"), QStringLiteral("statistician")});
    EXPECT_EQ(b.exitCode, 0) << str(b.err);
    EXPECT_TRUE(BackupService::verify(backup).ok());
    const CliResult noConfirm = cliWithInput(
        {QStringLiteral("restore"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
         backup, QStringLiteral("--user"), QStringLiteral("statistician")},
        "n\n");
    EXPECT_EQ(noConfirm.exitCode, 1);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
    const CliResult r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), dbPath(),
                                QStringLiteral("--from"), backup, QStringLiteral("--user"),
                                QStringLiteral("statistician"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 0) << str(r.err);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}).size(), 1);
    const CliResult bad = runCli({QStringLiteral("restore"), QStringLiteral("--db"), dbPath()});
    EXPECT_EQ(bad.exitCode, 2);
    qunsetenv("TRIALDESK_PASSWORD");
}

} // namespace
