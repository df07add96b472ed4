// Sign-in: Argon2id password hashes, audited failures, and throttling after
// UserRepository::freeFailures failed attempts (on the fixed clock).

#include "TestTrial.h"
#include "access/PasswordHasher.h"
#include "access/UserRepository.h"

using namespace td;
using namespace tdtest;

namespace {

class LoginTest : public TestTrial
{
protected:
    Result<Actor> login(const QString& user, const QString& password)
    {
        return UserRepository(db()).login(user, password);
    }
    Result<Actor> loginCoordinator(const QString& password)
    {
        return login(QStringLiteral("coordinator"), password);
    }
    int wait() { return UserRepository(db()).secondsToWait(QStringLiteral("coordinator")); }
};

TEST_F(LoginTest, CorrectPasswordGivesTheActor)
{
    const qint64 before = lastAuditId(db());
    auto a = loginCoordinator(passwordOf(QStringLiteral("coordinator")));
    ASSERT_TRUE(a.ok()) << str(a.message());
    EXPECT_EQ(a->userId, m_coordinator.userId);
    EXPECT_EQ(a->username, QStringLiteral("coordinator"));
    EXPECT_EQ(a->role, Role::Coordinator);
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("login"));
    EXPECT_EQ(rows[0].username, QStringLiteral("coordinator"));
    EXPECT_EQ(rows[0].role, QStringLiteral("coordinator"));
    EXPECT_EQ(rows[0].entityId, QString::number(m_coordinator.userId));

    auto assessor = login(QStringLiteral("assessor"), passwordOf(QStringLiteral("assessor")));
    ASSERT_TRUE(assessor.ok());
    EXPECT_EQ(assessor->role, Role::BlindedAssessor);
}

TEST_F(LoginTest, WrongPasswordIsRefusedAndAudited)
{
    const qint64 before = lastAuditId(db());
    auto a = loginCoordinator(QStringLiteral("pw-coordinatoR"));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::AuthenticationFailed);
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("login_failed"));
    EXPECT_EQ(rows[0].username, QStringLiteral("coordinator"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("wrong password"));
    EXPECT_EQ(rows[0].atUtc, startTime().toString(Qt::ISODateWithMs));
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT failures FROM login_throttle WHERE username "
                                            "= 'coordinator'")),
              1);
}

TEST_F(LoginTest, UnknownUserLooksLikeAWrongPassword)
{
    auto wrong = loginCoordinator(QStringLiteral("nope"));
    auto unknown = login(QStringLiteral("nobody"), QStringLiteral("nope"));
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(unknown.message(), wrong.message());
    const auto rows = auditRows(db(), lastAuditId(db()) - 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("login_failed"));
    EXPECT_EQ(rows[0].username, QStringLiteral("nobody"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("unknown user"));
}

TEST_F(LoginTest, EmptyPasswordIsRefused)
{
    auto a = loginCoordinator(QString());
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::AuthenticationFailed);
}

TEST_F(LoginTest, ThrottledAfterTheFreeFailuresUntilTheWaitIsOver)
{
    ASSERT_EQ(UserRepository::freeFailures, 3);
    for (int i = 0; i < UserRepository::freeFailures; ++i) {
        EXPECT_EQ(wait(), 0) << "attempt " << i;
        auto a = loginCoordinator(QStringLiteral("guess-%1").arg(i));
        ASSERT_FALSE(a.ok());
        EXPECT_EQ(a.error().code, ErrorCode::AuthenticationFailed);
    }
    ASSERT_EQ(wait(), 1);
    const QString before = dumpDatabase(db());
    // Even the right password is not tried while throttled, and nothing is written.
    auto throttled = loginCoordinator(passwordOf(QStringLiteral("coordinator")));
    ASSERT_FALSE(throttled.ok());
    EXPECT_EQ(throttled.error().code, ErrorCode::Throttled);
    EXPECT_TRUE(throttled.message().contains(QStringLiteral("1 second")))
        << str(throttled.message());
    EXPECT_TRUE(throttled.message().contains(QStringLiteral("coordinator")))
        << str(throttled.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    // Another user is not affected.
    EXPECT_TRUE(login(QStringLiteral("pi"), passwordOf(QStringLiteral("pi"))).ok());

    clock().advanceSeconds(1);
    EXPECT_EQ(wait(), 0);
    auto allowed = loginCoordinator(passwordOf(QStringLiteral("coordinator")));
    ASSERT_TRUE(allowed.ok()) << str(allowed.message());
    EXPECT_EQ(allowed->userId, m_coordinator.userId);
    // A successful sign-in clears the count.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM login_throttle WHERE username "
                                            "= 'coordinator'")),
              0);
    EXPECT_EQ(wait(), 0);
}

TEST_F(LoginTest, WaitDoublesWithEveryFurtherFailureUpToTheCap)
{
    for (int i = 0; i < UserRepository::freeFailures; ++i)
        ASSERT_FALSE(loginCoordinator(QStringLiteral("guess")).ok());
    int expected = 1;
    for (int extra = 0; extra < 12; ++extra) {
        ASSERT_EQ(wait(), expected) << "after " << (3 + extra) << " failures";
        clock().advanceSeconds(expected - 1);
        auto early = loginCoordinator(QStringLiteral("guess"));
        ASSERT_FALSE(early.ok());
        EXPECT_EQ(early.error().code, ErrorCode::Throttled);
        EXPECT_TRUE(early.message().contains(QStringLiteral("in 1 second")))
            << str(early.message());
        clock().advanceSeconds(1);
        auto late = loginCoordinator(QStringLiteral("guess"));
        ASSERT_FALSE(late.ok());
        EXPECT_EQ(late.error().code, ErrorCode::AuthenticationFailed);
        expected = std::min(UserRepository::maxDelaySeconds, expected * 2);
    }
    EXPECT_EQ(wait(), UserRepository::maxDelaySeconds);
    auto capped = loginCoordinator(QStringLiteral("guess"));
    ASSERT_FALSE(capped.ok());
    EXPECT_TRUE(capped.message().contains(QStringLiteral("300 second"))) << str(capped.message());
    // Every real attempt is in the audit trail; throttled ones were never tried.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                            "'login_failed' AND username = 'coordinator'")),
              15);
}

TEST_F(LoginTest, PasswordsAreStoredAsArgon2idHashes)
{
    QSqlQuery q(db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT username, password_hash FROM users")));
    int users = 0;
    QStringList hashes;
    while (q.next()) {
        ++users;
        const QString user = q.value(0).toString();
        const QString hash = q.value(1).toString();
        EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << str(hash);
        EXPECT_FALSE(hash.contains(passwordOf(user)));
        EXPECT_TRUE(PasswordHasher::verify(hash, passwordOf(user))) << str(user);
        EXPECT_FALSE(PasswordHasher::verify(hash, passwordOf(user) + QLatin1Char('x')));
        hashes << hash;
    }
    EXPECT_EQ(users, 9);
    // Salted: no two hashes alike, even for the same password.
    hashes.removeDuplicates();
    EXPECT_EQ(hashes.size(), 9);
    EXPECT_NE(PasswordHasher::hash(QStringLiteral("same")),
              PasswordHasher::hash(QStringLiteral("same")));
}

TEST_F(LoginTest, DeactivatedAccountCannotSignIn)
{
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE users SET active = 0 WHERE username = "
                                           "'statistician'")),
              QString());
    const qint64 before = lastAuditId(db());
    auto a = login(QStringLiteral("statistician"), passwordOf(QStringLiteral("statistician")));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::Forbidden);
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("login_failed"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("account deactivated"));
}

TEST_F(LoginTest, BootstrapOnlyOnAnEmptyDatabase)
{
    const QString before = dumpDatabase(db());
    auto again = UserRepository(db()).bootstrapAdministrator(
        {QStringLiteral("root"), {}, Role::Administrator, QStringLiteral("long-password")});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(LoginTest, NewUsersAreValidated)
{
    UserRepository users(db());
    const QString before = dumpDatabase(db());
    auto badName = users.create(
        m_admin,
        {QStringLiteral("Bad Name"), {}, Role::Coordinator, QStringLiteral("long-password")});
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().code, ErrorCode::Invalid);
    auto shortPassword = users.create(
        m_admin, {QStringLiteral("newuser"), {}, Role::Coordinator, QStringLiteral("abc")});
    ASSERT_FALSE(shortPassword.ok());
    EXPECT_EQ(shortPassword.error().code, ErrorCode::Invalid);
    auto duplicate = users.create(
        m_admin,
        {QStringLiteral("coordinator"), {}, Role::Coordinator, QStringLiteral("long-password")});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    auto created = users.create(m_admin, {QStringLiteral("newuser"), QStringLiteral("New User"),
                                          Role::Therapist, QStringLiteral("long-password")});
    ASSERT_TRUE(created.ok()) << str(created.message());
    auto signedIn = users.login(QStringLiteral("newuser"), QStringLiteral("long-password"));
    ASSERT_TRUE(signedIn.ok()) << str(signedIn.message());
    EXPECT_EQ(signedIn->role, Role::Therapist);
}

} // namespace
