// A restore takes only a verified TrialDesk trial of a schema version this program can open,
// with an intact audit trail (BackupService::verifyRestorable). Every refusal names what was
// wrong, and leaves the trial file and the offered backup byte for byte as they were.

#include "SafeFilesSupport.h"
#include "exchange/BackupService.h"

#include <QDir>

using namespace td;
using namespace tdtest;

namespace {

class SafeRestoreTest : public TestTrial
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // A backup of the trial, then `statements` run on it as another program would.
    QString alteredBackup(const QString& name, const QStringList& statements)
    {
        const QString path = file(name);
        if (!BackupService::backup(db(), m_admin, path).ok())
            throw SetupFailure("backup failed");
        sqliteFile(path, statements);
        return path;
    }

    // Refused by the core and by the command line; nothing changes.
    void expectRefused(const QString& backup, const QString& why)
    {
        m_db.reset();
        const QByteArray trial = digest(dbPath());
        const QByteArray offered = digest(backup);
        auto refused = BackupService::restore(dbPath(), backup, clock().nowUtc());
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.message().contains(why)) << str(refused.message());
        const CliResult r = cliWithPassword(
            passwordOf(QStringLiteral("admin")),
            {QStringLiteral("restore"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
             backup, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--yes")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was restored"))) << str(r.err);
        EXPECT_TRUE(r.err.contains(why)) << str(r.err);
        EXPECT_EQ(digest(dbPath()), trial);
        EXPECT_EQ(digest(backup), offered);
        EXPECT_TRUE(
            QDir(m_dir.path())
                .entryList({QStringLiteral("*before-restore*"), QStringLiteral("*restoring*")},
                           QDir::Files | QDir::Hidden)
                .isEmpty());
    }
};

TEST_F(SafeRestoreTest, AForeignSqliteFileIsRefused)
{
    const QString foreign = file(QStringLiteral("patients.sqlite"));
    sqliteFile(foreign, {QStringLiteral("CREATE TABLE patients (id INTEGER, name TEXT)"),
                         QStringLiteral("INSERT INTO patients VALUES (1, 'Kari')"),
                         QStringLiteral("PRAGMA user_version = 3")});
    expectRefused(foreign, QStringLiteral("not a TrialDesk trial"));
}

TEST_F(SafeRestoreTest, ATrialWithTablesOfItsOwnIsRefused)
{
    const QString mixed = alteredBackup(QStringLiteral("mixed.sqlite"),
                                        {QStringLiteral("CREATE TABLE patients (id INTEGER)")});
    expectRefused(mixed, QStringLiteral("patients"));
}

TEST_F(SafeRestoreTest, ANewerSchemaVersionIsRefused)
{
    const QString newer =
        alteredBackup(QStringLiteral("newer.sqlite"), {QStringLiteral("PRAGMA user_version = 99")});
    expectRefused(newer, QStringLiteral("newer TrialDesk"));
}

TEST_F(SafeRestoreTest, ABrokenAuditTrailIsRefused)
{
    const QString edited =
        alteredBackup(QStringLiteral("edited.sqlite"),
                      {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                       QStringLiteral("UPDATE audit_log SET new_value = 'edited' WHERE id = 2")});
    expectRefused(edited, QStringLiteral("audit trail"));
}

TEST_F(SafeRestoreTest, AnEmptyOrNonDatabaseFileIsRefused)
{
    const QString empty = file(QStringLiteral("empty.sqlite"));
    writeBytes(empty, QByteArray());
    expectRefused(empty, QStringLiteral("not a readable trial database"));
    const QString text = file(QStringLiteral("notes.sqlite"));
    writeBytes(text, "these are notes, not a database\n");
    expectRefused(text, QStringLiteral("not an SQLite database"));
}

TEST_F(SafeRestoreTest, AnOlderVerifiedTrialIsAcceptedAndTheRestoredFileIsPrivate)
{
    const QString backup = file(QStringLiteral("good.sqlite"));
    ASSERT_TRUE(BackupService::backup(db(), m_admin, backup).ok());
    EXPECT_TRUE(BackupService::verifyRestorable(backup).ok());
    const QString old = file(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TD_FIXTURE_DIR "/schema_v1.sqlite"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray oldBytes = digest(old);
    const Status older = BackupService::verifyRestorable(old);
    EXPECT_TRUE(older.ok()) << str(older.message());
    EXPECT_EQ(digest(old), oldBytes); // checked without upgrading it
    m_db.reset();
    auto kept = BackupService::restore(dbPath(), backup, clock().nowUtc());
    ASSERT_TRUE(kept.ok()) << str(kept.message());
    EXPECT_EQ(modeOf(dbPath()), 0600);
}

} // namespace
