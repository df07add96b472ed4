// An encrypted trial (docs/encryption.md) through Database::open and the user repository: it
// opens with a user's name and password and with nothing else; adding a user, changing and
// resetting a password and deactivating a user keep the key slots with the users; a change cut
// off between its slot and its commit is settled at the next sign-in; the recovery key, made
// once and audited, opens the trial when the administrators' passwords are forgotten.

#include "TestTrial.h"
#include "access/TrialKeys.h"
#include "access/UserRepository.h"
#include "storage/KeySlots.h"

#include <QFile>

using namespace td;
using namespace tdtest;

namespace {

const QString adminName = QStringLiteral("kari.nordmann.secret");
const QString adminPassword = QStringLiteral("Admin passord 17!");
const QString olaName = QStringLiteral("ola.secret");
const QString olaPassword = QStringLiteral("Ola passord 23!");

class EncryptedTrialTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Database::Options options;
        options.encrypt = true;
        auto db = Database::open(path(), options);
        ASSERT_TRUE(db.ok()) << str(db.message());
        ASSERT_TRUE((*db)->encrypted());
        auto admin = UserRepository(**db).bootstrapAdministrator(
            {adminName, QStringLiteral("Kari"), Role::Administrator, adminPassword});
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        m_admin = *admin;
    }

    QString path() const { return m_dir.filePath(QStringLiteral("trial.sqlite")); }

    Result<std::unique_ptr<Database>> openAs(const QString& user, const QString& password)
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.user = user;
        options.password = password;
        return Database::open(path(), options);
    }

    bool opens(const QString& user, const QString& password) { return openAs(user, password).ok(); }

    QTemporaryDir m_dir;
    Actor m_admin;
};

TEST_F(EncryptedTrialTest, OpensWithAUsersPasswordAndNothingElse)
{
    auto db = openAs(adminName, adminPassword);
    ASSERT_TRUE(db.ok()) << str(db.message());
    EXPECT_TRUE((*db)->encrypted());
    EXPECT_EQ(sqlCount(**db, QStringLiteral("SELECT COUNT(*) FROM users")), 1);
    db = Result<std::unique_ptr<Database>>(makeError(ErrorCode::Invalid, QString()));

    auto wrong = openAs(adminName, QStringLiteral("not the password"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(wrong.message().startsWith(
        QStringLiteral("The user name or password does not open the encrypted trial file")));
    EXPECT_FALSE(opens(QStringLiteral("nobody"), adminPassword));
    Database::Options asIs;
    asIs.mode = OpenMode::AsIs;
    auto none = Database::open(path(), asIs);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("is encrypted")));

    // The user's name is nowhere in the file's bytes.
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains(adminName.toUtf8()));
}

TEST_F(EncryptedTrialTest, KeySlotsFollowTheUsers)
{
    {
        auto db = openAs(adminName, adminPassword);
        ASSERT_TRUE(db.ok());
        UserRepository users(**db);
        auto ola =
            users.create(m_admin, {olaName, QStringLiteral("Ola"), Role::Coordinator, olaPassword});
        ASSERT_TRUE(ola.ok()) << str(ola.message());
    }
    EXPECT_TRUE(opens(olaName, olaPassword));

    const QString changed = QStringLiteral("Ola nytt passord 29!");
    {
        auto db = openAs(olaName, olaPassword);
        ASSERT_TRUE(db.ok());
        UserRepository users(**db);
        auto ola = users.login(olaName, olaPassword);
        ASSERT_TRUE(ola.ok()) << str(ola.message());
        ASSERT_TRUE(users.changePassword(*ola, olaPassword, changed).ok());
        auto header = (*db)->cryptHeader();
        ASSERT_TRUE(header.ok());
        EXPECT_EQ(KeySlots::read(*header).size(), 2u); // admin and Ola, one each
    }
    EXPECT_FALSE(opens(olaName, olaPassword));
    EXPECT_TRUE(opens(olaName, changed));

    const QString temporary = QStringLiteral("Midlertidig 31!");
    qint64 olaId = 0;
    {
        auto db = openAs(adminName, adminPassword);
        ASSERT_TRUE(db.ok());
        UserRepository users(**db);
        olaId = users.get(m_admin, olaName)->id;
        ASSERT_TRUE(users.resetPassword(m_admin, olaId, temporary).ok());
    }
    EXPECT_FALSE(opens(olaName, changed));
    EXPECT_TRUE(opens(olaName, temporary));

    {
        auto db = openAs(adminName, adminPassword);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(UserRepository(**db).deactivate(m_admin, olaId, QStringLiteral("left")).ok());
    }
    EXPECT_FALSE(opens(olaName, temporary));
    EXPECT_TRUE(opens(adminName, adminPassword));
}

TEST_F(EncryptedTrialTest, ASlotLeftByAChangeCutOffIsSettledAtTheNextSignIn)
{
    auto db = openAs(adminName, adminPassword);
    ASSERT_TRUE(db.ok());
    // A user whose creation wrote its slot but never committed, and a second slot of the
    // administrator's from a password change that never committed.
    ASSERT_TRUE((*db)
                    ->changeCryptHeader([&](CryptHeader& h) -> Status {
                        TD_TRY(KeySlots::addPassword(h, *(*db)->dataKey(), QStringLiteral("ghost"),
                                                     QStringLiteral("Ghost 1")));
                        return KeySlots::addPassword(h, *(*db)->dataKey(), adminName,
                                                     QStringLiteral("Never committed 2"), true);
                    })
                    .ok());
    EXPECT_TRUE(opens(QStringLiteral("ghost"), QStringLiteral("Ghost 1")));
    ASSERT_TRUE(UserRepository(**db).login(adminName, adminPassword).ok());
    auto header = (*db)->cryptHeader();
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(KeySlots::count(*header, adminName), 1);
    EXPECT_EQ(KeySlots::count(*header, QStringLiteral("ghost")), 0);
    EXPECT_EQ(KeySlots::read(*header).size(), 1u);
    db = Result<std::unique_ptr<Database>>(makeError(ErrorCode::Invalid, QString()));
    EXPECT_FALSE(opens(QStringLiteral("ghost"), QStringLiteral("Ghost 1")));
    EXPECT_FALSE(opens(adminName, QStringLiteral("Never committed 2")));
    EXPECT_TRUE(opens(adminName, adminPassword));
}

TEST_F(EncryptedTrialTest, TheRecoveryKeyOpensTheTrialOnceEveryPasswordIsForgotten)
{
    QString words;
    {
        auto db = openAs(adminName, adminPassword);
        ASSERT_TRUE(db.ok());
        auto made = TrialKeys::makeRecoveryKey(**db, m_admin);
        ASSERT_TRUE(made.ok()) << str(made.message());
        words = *made;
        EXPECT_FALSE(TrialKeys::makeRecoveryKey(**db, m_admin).ok());
        EXPECT_EQ(auditEntries(**db, QStringLiteral("action = 'recovery_key_made'")), 1);
    }
    Database::Options options;
    options.mode = OpenMode::Upgrade;
    options.recoveryKey = QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000");
    auto refused = Database::open(path(), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);

    const QString fresh = QStringLiteral("Ny admin 37!");
    {
        options.recoveryKey = words;
        auto db = Database::open(path(), options);
        ASSERT_TRUE(db.ok()) << str(db.message());
        EXPECT_TRUE((*db)->openedWithRecoveryKey());
        auto admin = TrialKeys::recover(**db, adminName, fresh);
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        EXPECT_EQ(auditEntries(**db, QStringLiteral("action = 'recovery_key_used'")), 1);
        EXPECT_EQ(auditEntries(**db, QStringLiteral("action = 'password_reset'")), 1);
    }
    EXPECT_FALSE(opens(adminName, adminPassword));
    auto db = openAs(adminName, fresh);
    ASSERT_TRUE(db.ok()) << str(db.message());
    auto signedIn = UserRepository(**db).login(adminName, fresh);
    ASSERT_TRUE(signedIn.ok());
    EXPECT_TRUE(signedIn->mustChangePassword);
}

} // namespace
