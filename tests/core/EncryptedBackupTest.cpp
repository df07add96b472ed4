// Backups of an encrypted trial (docs/encryption.md): the backup is encrypted under the trial's
// key with the trial's key slots, so no participant id, instrument id, arm or user name is in
// its bytes; it is listed and verified like a plain backup; a restore needs a password of one
// of its users or the recovery key, and a wrong password restores nothing.

#include "TestTrial.h"
#include "access/PasswordHasher.h"
#include "access/TrialKeys.h"
#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/BackupService.h"
#include "storage/CryptVfs.h"
#include "storage/TrialFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace td;
using namespace tdtest;

namespace {

const QString demoPassword = QString::fromLatin1(DemoTrial::password);

// What the demo's data holds and no encrypted byte may show.
const QList<QByteArray> knownStrings = {"OSL-001",       "hrsd17",       "Cognitive behavioural",
                                        "therapist1",    "statistician", "coordinator",
                                        "Ingrid Solberg"};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class EncryptedBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        Database::Options options;
        options.encrypt = true;
        auto db = Database::open(trial(), options);
        ASSERT_TRUE(db.ok()) << str(db.message());
        auto made = DemoTrial::create(**db, DemoOptions{30, 20261121});
        ASSERT_TRUE(made.ok()) << str(made.message());
    }

    QString trial() const { return m_dir.filePath(QStringLiteral("trial.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    Result<std::unique_ptr<Database>> openAs(const QString& path, const QString& user,
                                             const QString& password)
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.user = user;
        options.password = password;
        return Database::open(path, options);
    }

    // A backup of the trial by its administrator; with `recovery` set, the recovery key is
    // made first and returned there.
    void backUp(const QString& target, QString* recovery = nullptr)
    {
        auto db = openAs(trial(), QStringLiteral("admin"), demoPassword);
        ASSERT_TRUE(db.ok()) << str(db.message());
        auto admin = UserRepository(**db).login(QStringLiteral("admin"), demoPassword);
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        if (recovery) {
            auto key = TrialKeys::makeRecoveryKey(**db, *admin);
            ASSERT_TRUE(key.ok()) << str(key.message());
            *recovery = *key;
        }
        Status s = BackupService::backup(**db, *admin, target);
        ASSERT_TRUE(s.ok()) << str(s.message());
    }

    QTemporaryDir m_dir;
};

TEST_F(EncryptedBackupTest, TheBackupIsEncryptedAndHoldsNoKnownString)
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    backUp(backup);
    ASSERT_TRUE(CryptVfs::isEncrypted(backup));
    const QByteArray bytes = bytesOf(backup);
    ASSERT_GT(bytes.size(), CryptHeader::regionSize);
    for (const QByteArray& s : knownStrings)
        EXPECT_FALSE(bytes.contains(s)) << s.constData() << " is in the backup's bytes";
    EXPECT_NE(TrialFile::contentOf(backup), TrialFile::Content::Sqlite);

    // The strings are there, sealed: the backup opens with a user's password and holds them.
    auto opened = openAs(backup, QStringLiteral("statistician"), demoPassword);
    ASSERT_TRUE(opened.ok()) << str(opened.message());
    EXPECT_TRUE((*opened)->encrypted());
    EXPECT_GT(sqlCount(**opened, QStringLiteral("SELECT COUNT(*) FROM participant WHERE "
                                                "study_id = 'OSL-001'")),
              0);
    EXPECT_GT(sqlCount(**opened, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = "
                                                "'therapist1'")),
              0);
}

TEST_F(EncryptedBackupTest, DatedBackupsOfAnEncryptedTrialAreListedAndVerified)
{
    const QString folder = file(QStringLiteral("backups"));
    auto db = openAs(trial(), QStringLiteral("admin"), demoPassword);
    ASSERT_TRUE(db.ok()) << str(db.message());
    auto admin = UserRepository(**db).login(QStringLiteral("admin"), demoPassword);
    ASSERT_TRUE(admin.ok());
    auto made = BackupService::backupRotating(**db, *admin, folder, 2);
    ASSERT_TRUE(made.ok()) << str(made.message());
    EXPECT_EQ(BackupService::backupsIn(folder, trial()), QStringList{*made});
    EXPECT_TRUE(BackupService::verify(*made, (*db)->dataKey()).ok());
    // Without its key, the backup is not taken as checked.
    EXPECT_FALSE(BackupService::verify(*made).ok());
    // A backup cut short is not listed.
    QFile cut(*made);
    ASSERT_TRUE(cut.resize(cut.size() - 100));
    EXPECT_TRUE(BackupService::backupsIn(folder, trial()).isEmpty());
}

TEST_F(EncryptedBackupTest, RestoreNeedsAPasswordOfTheBackup)
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    backUp(backup);
    const QByteArray before = bytesOf(trial());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Nothing, a wrong password, an unknown user: refused, and nothing changes.
    auto none = BackupService::restore(trial(), backup, now);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("is encrypted"))) << str(none.message());
    Database::Unlock wrong{QStringLiteral("admin"), QStringLiteral("not the password"), {}, {}};
    auto refused = BackupService::restore(trial(), backup, now, wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("does not open the encrypted backup")))
        << str(refused.message());
    Database::Unlock stranger{QStringLiteral("nobody"), demoPassword, {}, {}};
    EXPECT_FALSE(BackupService::restore(trial(), backup, now, stranger).ok());
    EXPECT_EQ(bytesOf(trial()), before);
    EXPECT_EQ(QDir(m_dir.path())
                  .entryList({QStringLiteral("*before-restore*")}, QDir::Files | QDir::Hidden)
                  .size(),
              0);

    // A user's password of the backup restores it.
    Database::Unlock pi{QStringLiteral("pi"), demoPassword, {}, {}};
    ASSERT_TRUE(BackupService::verifyRestorable(backup, pi).ok());
    auto kept = BackupService::restore(trial(), backup, now, pi);
    ASSERT_TRUE(kept.ok()) << str(kept.message());
    EXPECT_TRUE(QFile::exists(*kept));
    ASSERT_TRUE(CryptVfs::isEncrypted(trial()));
    auto restored = openAs(trial(), QStringLiteral("coordinator"), demoPassword);
    ASSERT_TRUE(restored.ok()) << str(restored.message());
    EXPECT_GT(sqlCount(**restored, QStringLiteral("SELECT COUNT(*) FROM participant")), 0);
}

TEST_F(EncryptedBackupTest, TheRecoveryKeyRestoresAndAPasswordChangedSinceDoesNot)
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    QString recovery;
    backUp(backup, &recovery);
    ASSERT_FALSE(recovery.isEmpty());
    // The PI's password changes after the backup: the backup keeps the old one.
    {
        auto db = openAs(trial(), QStringLiteral("pi"), demoPassword);
        ASSERT_TRUE(db.ok());
        UserRepository users(**db);
        auto pi = users.login(QStringLiteral("pi"), demoPassword);
        ASSERT_TRUE(pi.ok());
        auto changed = users.changePassword(*pi, demoPassword, QStringLiteral("Helt nytt 2026!"));
        ASSERT_TRUE(changed.ok()) << str(changed.message());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Database::Unlock newPassword{QStringLiteral("pi"), QStringLiteral("Helt nytt 2026!"), {}, {}};
    EXPECT_FALSE(BackupService::verifyRestorable(backup, newPassword).ok());

    Database::Unlock wrongKey;
    wrongKey.recoveryKey = QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000");
    auto refused = BackupService::restore(trial(), backup, now, wrongKey);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("recovery key does not open")))
        << str(refused.message());

    Database::Unlock withKey;
    withKey.recoveryKey = recovery.toLower();
    auto kept = BackupService::restore(trial(), backup, now, withKey);
    ASSERT_TRUE(kept.ok()) << str(kept.message());
    // The restored trial has the slots of the backup: the PI's password of that time.
    EXPECT_TRUE(openAs(trial(), QStringLiteral("pi"), demoPassword).ok());
    EXPECT_FALSE(openAs(trial(), QStringLiteral("pi"), QStringLiteral("Helt nytt 2026!")).ok());
}

} // namespace
