// Where an export may go (ExportFile): never over the open trial or its journal, never over any
// TrialDesk trial or backup (known by content, whatever its name), over another existing file
// only with --force; written through a temporary file, readable by its owner only unless
// --umask. Every refusal leaves the trial and the target byte for byte as they were.

#include "SafeFilesSupport.h"
#include "exchange/BackupService.h"
#include "exchange/ExportService.h"
#include "storage/FileOps.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace td;
using namespace tdtest;

namespace {

class SafeExportTest : public TestTrial
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    CliResult exportCli(const QString& out, const QStringList& extra = {})
    {
        return cliWithPassword(passwordOf(QStringLiteral("statistician")),
                               QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                           dbPath(), QStringLiteral("--user"),
                                           QStringLiteral("statistician"),
                                           QStringLiteral("--format"), QStringLiteral("csv-long"),
                                           QStringLiteral("--out"), out} +
                                   extra);
    }

    // No temporary export file is left in the folder.
    bool noPartials() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden)
            .isEmpty();
    }
};

TEST_F(SafeExportTest, TheOpenTrialAndItsJournalAreRefusedEvenWithForce)
{
    m_db.reset();
    const QByteArray before = digest(dbPath());
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--force")}}) {
        const CliResult r = exportCli(dbPath(), extra);
        EXPECT_EQ(r.exitCode, 1) << str(r.out);
        EXPECT_TRUE(r.err.contains(QStringLiteral("the trial file the export reads")))
            << str(r.err);
        EXPECT_EQ(digest(dbPath()), before);
    }
    // Through another path to the same file, and the journal names.
    ASSERT_TRUE(QFile::link(dbPath(), file(QStringLiteral("alias.csv"))));
    EXPECT_EQ(exportCli(file(QStringLiteral("alias.csv")), {QStringLiteral("--force")}).exitCode,
              1);
    auto reopened = Database::open(dbPath());
    ASSERT_TRUE(reopened.ok());
    const Status wal = ExportFile::checkTarget(dbPath() + QStringLiteral("-wal"), dbPath(),
                                               ExportFileOptions{.replace = true});
    EXPECT_EQ(wal.error().code, ErrorCode::Conflict) << str(wal.message());
    reopened.value().reset();
    EXPECT_EQ(digest(dbPath()), before);
    EXPECT_TRUE(noPartials());
}

TEST_F(SafeExportTest, AnyTrialOrBackupIsRefusedByItsContentEvenWithForce)
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(BackupService::backup(db(), m_admin, backup).ok());
    // A backup renamed to look like an export is still a backup.
    const QString disguised = file(QStringLiteral("results.csv"));
    ASSERT_TRUE(QFile::copy(backup, disguised));
    m_db.reset();
    const QByteArray trial = digest(dbPath());
    for (const QString& target : {backup, disguised}) {
        const QByteArray before = digest(target);
        const CliResult r = exportCli(target, {QStringLiteral("--force")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("TrialDesk trial or backup"))) << str(r.err);
        EXPECT_EQ(digest(target), before) << str(target);
    }
    EXPECT_EQ(digest(dbPath()), trial);
    EXPECT_TRUE(noPartials());
}

TEST_F(SafeExportTest, EveryFormatAndTheProtocolFileGoThroughTheSameRule)
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(BackupService::backup(db(), m_admin, backup).ok());
    const QByteArray before = digest(backup);
    ExportOptions options;
    options.file.replace = true;
    for (const QString& key : ExportFormats::keys()) {
        auto done = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(key), backup,
                                                 options);
        ASSERT_FALSE(done.ok()) << str(key);
        EXPECT_EQ(done.error().code, ErrorCode::Conflict)
            << str(key) << ": " << str(done.message());
        EXPECT_EQ(digest(backup), before) << str(key);
    }
    const Protocol protocol = must(ProtocolRepository(db()).load(m_admin), "protocol");
    EXPECT_FALSE(ProtocolFile::writeFile(protocol, backup, {.replace = true}).ok());
    EXPECT_FALSE(ProtocolFile::writeFile(protocol, dbPath(), {.replace = true}, dbPath()).ok());
    EXPECT_EQ(digest(backup), before);
    EXPECT_TRUE(noPartials());
}

TEST_F(SafeExportTest, AnExistingFileIsReplacedOnlyWithForce)
{
    const QString old = file(QStringLiteral("old.csv"));
    writeBytes(old, "keep me\n");
    const QByteArray before = digest(old);
    m_db.reset();
    const QByteArray trial = digest(dbPath());
    const CliResult refused = exportCli(old);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << str(refused.err);
    EXPECT_EQ(digest(old), before);
    EXPECT_EQ(digest(dbPath()), trial); // refused before anyone signed in
    const CliResult forced = exportCli(old, {QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << str(forced.err);
    EXPECT_NE(digest(old), before);
    EXPECT_EQ(modeOf(old), 0600);
    EXPECT_TRUE(noPartials());
}

TEST_F(SafeExportTest, ExportsAreTheOwnersOnlyUnlessUmaskIsAsked)
{
    m_db.reset();
    const QString privateFile = file(QStringLiteral("private.csv"));
    const CliResult r = exportCli(privateFile);
    ASSERT_EQ(r.exitCode, 0) << str(r.err);
    EXPECT_EQ(modeOf(privateFile), 0600);
    const QString shared = file(QStringLiteral("shared.csv"));
    const CliResult u = exportCli(shared, {QStringLiteral("--umask")});
    ASSERT_EQ(u.exitCode, 0) << str(u.err);
    EXPECT_EQ(QFileInfo(shared).permissions(), FileOps::umaskPermissions());
    EXPECT_TRUE(noPartials());
    // The help names the options.
    const CliResult help = runCli({QStringLiteral("export")});
    EXPECT_TRUE(help.err.contains(QStringLiteral("--umask"))) << str(help.err);
    EXPECT_TRUE(help.err.contains(QStringLiteral("--force")));
}

} // namespace
