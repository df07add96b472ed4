// Users: the password policy, deactivation, resets and own changes, the timing-safe sign-in
// and the bounded throttle. Every change is audited and a refusal changes nothing.

#include "TestTrial.h"
#include "access/PasswordHasher.h"
#include "access/PasswordPolicy.h"
#include "access/UserRepository.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class UserManagementTest : public TestTrial
{
protected:
    UserRepository users() { return UserRepository(db()); }
    User newCoordinator(std::vector<qint64> sites = {})
    {
        return must(users().create(m_admin, {QStringLiteral("kari"), QStringLiteral("Kari"),
                                             Role::Coordinator, kGood, std::move(sites)}),
                    "create kari");
    }
    const QString kGood = QStringLiteral("Blåbær-og-tyttebær");
};

TEST(PasswordPolicyTest, EachRuleIsNamedWhenItFails)
{
    auto shortOne = PasswordPolicy::check(QStringLiteral("kari"), QStringLiteral("Ab1-xyz"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_TRUE(shortOne.message().contains(QStringLiteral("at least 10")))
        << str(shortOne.message());
    EXPECT_EQ(shortOne.error().field, QStringLiteral("password"));

    auto withName = PasswordPolicy::check(QStringLiteral("kari"), QStringLiteral("KARI-sin-2026"));
    ASSERT_FALSE(withName.ok());
    EXPECT_TRUE(withName.message().contains(QStringLiteral("user name \"kari\"")))
        << str(withName.message());

    EXPECT_TRUE(PasswordPolicy::isCommon(QStringLiteral("password123")));
    EXPECT_TRUE(PasswordPolicy::isCommon(QStringLiteral("QWERTYUIOP")));
    auto common = PasswordPolicy::check(QStringLiteral("kari"), QStringLiteral("qwertyuiop"));
    ASSERT_FALSE(common.ok());
    EXPECT_TRUE(common.message().contains(QStringLiteral("10,000 most common")))
        << str(common.message());

    EXPECT_TRUE(
        PasswordPolicy::check(QStringLiteral("kari"), QStringLiteral("Tre-små-kattunger")).ok());
    // Ten characters as people count them (æ, ø and å are one each).
    EXPECT_TRUE(PasswordPolicy::check(QStringLiteral("kari"), QStringLiteral("æøåæøåæøåx")).ok());
}

TEST_F(UserManagementTest, AWeakPasswordChangesNothing)
{
    const QString before = dumpDatabase(db());
    auto weak = users().create(
        m_admin, {QStringLiteral("kari"), {}, Role::Coordinator, QStringLiteral("kari2026abc")});
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(UserManagementTest, SitesAreOnlyForCoordinatorsAndTherapists)
{
    const User kari = newCoordinator({m_siteBrg});
    EXPECT_EQ(kari.sites, std::vector<qint64>{m_siteBrg});
    auto signedIn = must(users().login(QStringLiteral("kari"), kGood), "login");
    EXPECT_EQ(signedIn.sites, std::vector<qint64>{m_siteBrg});
    auto pi = users().create(
        m_admin, {QStringLiteral("boss"), {}, Role::PrincipalInvestigator, kGood, {m_siteOsl}});
    ASSERT_FALSE(pi.ok());
    EXPECT_EQ(pi.error().field, QStringLiteral("site"));
    auto unknown = users().create(
        m_admin, {QStringLiteral("ola"), {}, Role::Therapist, kGood, {m_siteOsl, 999}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("999")));

    const qint64 audit = lastAuditId(db());
    const User moved =
        must(users().update(m_admin, kari.id, QStringLiteral("Kari N."), {m_siteOsl, m_siteBrg}),
             "update");
    EXPECT_EQ(moved.displayName, QStringLiteral("Kari N."));
    EXPECT_EQ(moved.sites.size(), 2u);
    const auto rows = auditRows(db(), audit);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].field, QStringLiteral("sites"));
    EXPECT_EQ(rows[1].oldValue.toString(), QStringLiteral("BRG"));
    EXPECT_EQ(rows[1].newValue.toString(), QStringLiteral("OSL, BRG"));
}

TEST_F(UserManagementTest, ADeactivatedUserCannotSignInAndKeepsTheirName)
{
    const User kari = newCoordinator();
    auto noReason = users().deactivate(m_admin, kari.id, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));

    const User off =
        must(users().deactivate(m_admin, kari.id, QStringLiteral("Left the trial")), "deactivate");
    EXPECT_FALSE(off.active);
    EXPECT_TRUE(off.deactivatedAt.isValid());
    auto login = users().login(QStringLiteral("kari"), kGood);
    ASSERT_FALSE(login.ok());
    EXPECT_TRUE(login.message().contains(QStringLiteral("deactivated")));
    // Never deleted: the row and the name stay, and administrators still list it.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'kari'")),
              1);
    const auto all = must(users().list(m_admin), "list");
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const User& u) {
        return u.username == QStringLiteral("kari") && !u.active;
    }));
    const auto seen = must(users().list(m_coordinator), "list");
    EXPECT_FALSE(std::any_of(seen.begin(), seen.end(),
                             [](const User& u) { return u.username == QStringLiteral("kari"); }));
    const auto rows = auditRows(db(), 0);
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
        return r.field == QStringLiteral("active") && r.reason == QStringLiteral("Left the trial");
    }));

    must(users().reactivate(m_admin, kari.id, QStringLiteral("Came back")), "reactivate");
    EXPECT_TRUE(users().login(QStringLiteral("kari"), kGood).ok());
}

TEST_F(UserManagementTest, NobodyDeactivatesThemselvesOrTheLastAdministrator)
{
    auto self = users().deactivate(m_admin, m_admin.userId, QStringLiteral("Testing"));
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, ErrorCode::Forbidden);
    auto byCoordinator =
        users().deactivate(m_coordinator, m_therapist.userId, QStringLiteral("No"));
    ASSERT_FALSE(byCoordinator.ok());
    EXPECT_EQ(byCoordinator.error().code, ErrorCode::Forbidden);

    const User second =
        must(users().create(m_admin, {QStringLiteral("admin2"), {}, Role::Administrator, kGood}),
             "admin2");
    const Actor other = must(users().login(QStringLiteral("admin2"), kGood), "login");
    must(users().deactivate(other, m_admin.userId, QStringLiteral("Retired")), "first admin off");
    auto last = users().deactivate(other, second.id, QStringLiteral("Oops"));
    ASSERT_FALSE(last.ok());
}

TEST_F(UserManagementTest, AResetForcesANewPasswordWhichTheUserChooses)
{
    const User kari = newCoordinator();
    auto weak = users().resetPassword(m_admin, kari.id, QStringLiteral("short"));
    ASSERT_FALSE(weak.ok());
    EXPECT_TRUE(users().login(QStringLiteral("kari"), kGood).ok()); // unchanged

    const QString temporary = QStringLiteral("Midlertidig-7391");
    ASSERT_TRUE(users().resetPassword(m_admin, kari.id, temporary).ok());
    EXPECT_FALSE(users().login(QStringLiteral("kari"), kGood).ok());
    const Actor signedIn = must(users().login(QStringLiteral("kari"), temporary), "temporary");
    EXPECT_TRUE(signedIn.mustChangePassword);

    auto wrongCurrent = users().changePassword(signedIn, kGood, QStringLiteral("Ny-og-lang-2026"));
    ASSERT_FALSE(wrongCurrent.ok());
    EXPECT_EQ(wrongCurrent.error().field, QStringLiteral("current_password"));
    auto same = users().changePassword(signedIn, temporary, temporary);
    ASSERT_FALSE(same.ok());
    auto common = users().changePassword(signedIn, temporary, QStringLiteral("1234567890"));
    ASSERT_FALSE(common.ok());

    const Actor changed = must(
        users().changePassword(signedIn, temporary, QStringLiteral("Ny-og-lang-2026")), "change");
    EXPECT_FALSE(changed.mustChangePassword);
    const Actor again =
        must(users().login(QStringLiteral("kari"), QStringLiteral("Ny-og-lang-2026")), "login");
    EXPECT_FALSE(again.mustChangePassword);
    const auto rows = auditRows(db(), 0);
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
        return r.action == QStringLiteral("password_reset");
    }));
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
        return r.action == QStringLiteral("password_changed");
    }));
}

TEST_F(UserManagementTest, SignInRunsOneVerificationWhetherOrNotTheNameExists)
{
    const quint64 before = PasswordHasher::verifications();
    EXPECT_FALSE(users().login(QStringLiteral("nobody"), QStringLiteral("whatever-it-is")).ok());
    EXPECT_EQ(PasswordHasher::verifications(), before + 1);
    EXPECT_FALSE(users().login(QStringLiteral("coordinator"), QStringLiteral("wrong-one-1")).ok());
    EXPECT_EQ(PasswordHasher::verifications(), before + 2);
    EXPECT_TRUE(users()
                    .login(QStringLiteral("coordinator"), passwordOf(QStringLiteral("coordinator")))
                    .ok());
    EXPECT_EQ(PasswordHasher::verifications(), before + 3);
    // Unknown and known names get the same words.
    auto unknown = users().login(QStringLiteral("nobody"), QStringLiteral("x"));
    auto wrong = users().login(QStringLiteral("therapist1"), QStringLiteral("x"));
    EXPECT_EQ(unknown.message(), wrong.message());
}

TEST_F(UserManagementTest, ThrottlingIsAuditedAndNeverLongerThanFiveMinutes)
{
    for (int i = 0; i < 40; ++i)
        (void)users().login(QStringLiteral("coordinator"), QStringLiteral("guess"));
    const int wait = users().secondsToWait(QStringLiteral("coordinator"));
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, 300);
    clock().advanceSeconds(301);
    EXPECT_EQ(users().secondsToWait(QStringLiteral("coordinator")), 0);
    EXPECT_TRUE(users()
                    .login(QStringLiteral("coordinator"), passwordOf(QStringLiteral("coordinator")))
                    .ok());
    const auto rows = auditRows(db(), 0);
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
        return r.action == QStringLiteral("login_failed") &&
               r.newValue.toString().startsWith(QStringLiteral("throttled"));
    }));
}

TEST_F(UserManagementTest, TheLockChecksTheSignedInUsersPassword)
{
    EXPECT_FALSE(users().verify(m_coordinator, QStringLiteral("not-it-at-all")).ok());
    EXPECT_TRUE(users().verify(m_coordinator, passwordOf(QStringLiteral("coordinator"))).ok());
}

} // namespace
