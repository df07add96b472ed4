// Dated backups in a folder: listing and rotation count only complete TrialDesk backups, so
// a backup cut short (killed half-way by an older TrialDesk) or someone else's file of a
// backup's name is never counted, never deleted and never makes a good backup go; a temporary
// file of a backup killed long ago is removed, one being written now is left alone.

#include "SafeFilesSupport.h"
#include "exchange/BackupService.h"

#include <QDir>
#include <QFileInfo>

using namespace td;
using namespace tdtest;

namespace {

class SafeBackupTest : public TestTrial
{
protected:
    QString inFolder(const QString& name) const
    {
        return QDir(m_dir.filePath(QStringLiteral("backups"))).filePath(name);
    }
    QString stamped(int secondsFromNow, const QString& prefix = {})
    {
        return inFolder(prefix + QStringLiteral("trial-%1.sqlite")
                                     .arg(clock()
                                              .nowUtc()
                                              .addSecs(secondsFromNow)
                                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    }
    static void touch(const QString& path, const QDateTime& when)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) ||
            !f.setFileTime(when, QFileDevice::FileModificationTime))
            throw SetupFailure("cannot set the time of " + str(path));
    }
};

TEST_F(SafeBackupTest, RotationCountsOnlyCompleteTrialDeskBackupsAndDeletesNothingElse)
{
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    auto good = BackupService::backupRotating(db(), m_admin, folder, 2);
    ASSERT_TRUE(good.ok()) << str(good.message());

    // Named like a newer backup, but cut short (as an older TrialDesk left one it was killed in).
    const QString broken = stamped(3600);
    {
        QFile full(*good);
        ASSERT_TRUE(full.open(QIODevice::ReadOnly));
        writeBytes(broken, full.read(full.size() / 2));
    }
    // Someone else's complete database, named like an older backup.
    const QString foreign = stamped(-3600);
    sqliteFile(foreign, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    // Temporary files of a backup killed two hours ago, and of one being written now.
    const QString stale = stamped(7200, QStringLiteral(".")) + QStringLiteral(".partial-abc123");
    writeBytes(stale, "half a backup");
    touch(stale, QDateTime::currentDateTimeUtc().addSecs(-7200));
    const QString fresh = stamped(7300, QStringLiteral(".")) + QStringLiteral(".partial-def456");
    writeBytes(fresh, "a backup being written");
    const QByteArray brokenBytes = digest(broken);
    const QByteArray foreignBytes = digest(foreign);

    EXPECT_EQ(BackupService::backupsIn(folder, dbPath()), QStringList{*good});

    // With --keep 2 the good backup stays: the broken one does not count.
    auto second = BackupService::backupRotating(db(), m_admin, folder, 2);
    ASSERT_TRUE(second.ok()) << str(second.message());
    EXPECT_EQ(BackupService::backupsIn(folder, dbPath()), (QStringList{*good, *second}));
    EXPECT_TRUE(QFileInfo::exists(*good));
    EXPECT_EQ(digest(broken), brokenBytes);
    EXPECT_EQ(digest(foreign), foreignBytes);
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_TRUE(QFileInfo::exists(fresh));

    // A third: the oldest good backup goes, nothing else.
    auto third = BackupService::backupRotating(db(), m_admin, folder, 2);
    ASSERT_TRUE(third.ok()) << str(third.message());
    EXPECT_EQ(BackupService::backupsIn(folder, dbPath()), (QStringList{*second, *third}));
    EXPECT_FALSE(QFileInfo::exists(*good));
    EXPECT_EQ(digest(broken), brokenBytes);
    EXPECT_EQ(digest(foreign), foreignBytes);
    EXPECT_TRUE(QFileInfo::exists(fresh));
    for (const QString& b : BackupService::backupsIn(folder, dbPath()))
        EXPECT_EQ(modeOf(b), 0600);
}

TEST_F(SafeBackupTest, AFailedBackupLeavesNoFile)
{
    // The target's folder is missing: refused before anything is written.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/b.sqlite"));
    EXPECT_EQ(BackupService::backup(db(), m_admin, nowhere).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
    // A trial open read-only is not backed up (the backup could not be audited).
    m_db.reset();
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner);
    auto readOnly = Database::open(dbPath());
    ASSERT_TRUE(readOnly.ok()) << str(readOnly.message());
    const Status refused =
        BackupService::backup(**readOnly, m_admin, m_dir.filePath(QStringLiteral("ro.sqlite")));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("read-only"))) << str(refused.message());
    EXPECT_TRUE(QDir(m_dir.path())
                    .entryList({QStringLiteral("*ro.sqlite*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    readOnly.value().reset();
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace
