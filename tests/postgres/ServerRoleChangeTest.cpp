// A user's role change on a server (docs/postgresql.md, "Roles and sign-in"): the login moves to
// the new role's group in the change's transaction, asked by the administrator's own login, so
// it reads as the new role at once; nobody else may move a login. And the sign-in throttle: a
// login writes its own row only, so nobody clears (or fills) another user's failed attempts.

#include "SecuredTrial.h"
#include "access/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerRoleChangeTest : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        addFixtureLogins();
    }

    // Runs `sql` on `on`: whether the server accepted it, and the rows it changed or read.
    struct Outcome
    {
        bool ok = false;
        int rows = 0;
        QString error;
    };
    static Outcome run(Database& on, const QString& sql)
    {
        QSqlQuery q(on.connection());
        Outcome o;
        o.ok = q.exec(sql);
        o.error = q.lastError().text();
        if (o.ok)
            o.rows = q.isSelect() ? (q.last() ? q.at() + 1 : 0) : q.numRowsAffected();
        return o;
    }
    // The groups of this trial the login is a member of.
    QStringList groupsOf(const QString& login)
    {
        QStringList out;
        auto q = must(
            db().exec(QStringLiteral(
                          "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                          "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND "
                          "r.rolname LIKE current_database() || ':%' ORDER BY 1"),
                      {login}),
            "groups");
        while (q->next())
            out << q->value(0).toString().section(QLatin1Char(':'), 1);
        return out;
    }
    int throttleRows(const QString& username)
    {
        return must(db().scalar(QStringLiteral("SELECT COUNT(*) FROM login_throttle WHERE "
                                               "username = ?"),
                                {username}),
                    "throttle")
            .toInt();
    }
};

TEST_F(ServerRoleChangeTest, ACoordinatorMovedToAssessorNoLongerReadsTheArmAndMovedBackDoes)
{
    randomized(m_armCbt);
    const QString readArm = QStringLiteral("SELECT arm_id FROM participant");
    {
        auto own = signedIn(m_coordinator.username);
        const Outcome before = run(*own, readArm);
        ASSERT_TRUE(before.ok) << str(before.error);
        EXPECT_EQ(before.rows, 1);
    }
    EXPECT_EQ(groupsOf(m_coordinator.username), QStringList{QStringLiteral("coordinator")});

    // Nobody but an administrator moves a login: not by hand, not through the core.
    auto coordinator = signedIn(m_coordinator.username);
    const Outcome byHand =
        run(*coordinator, QStringLiteral("SELECT td_set_role('%1')").arg(m_coordinator.username));
    EXPECT_FALSE(byHand.ok);
    EXPECT_TRUE(byHand.error.contains(QStringLiteral("permission denied"))) << str(byHand.error);
    EXPECT_FALSE(UserRepository(*coordinator)
                     .changeRole(m_coordinator, m_therapist.userId, Role::Coordinator,
                                 QStringLiteral("by myself"), std::vector<qint64>{})
                     .ok());
    EXPECT_EQ(groupsOf(m_therapist.username), QStringList{QStringLiteral("therapist")});

    // The administrator's own login moves the coordinator to the assessors.
    auto admin = signedIn(m_admin.username);
    const User moved =
        must(UserRepository(*admin).changeRole(m_admin, m_coordinator.userId, Role::BlindedAssessor,
                                               QStringLiteral("rates now")),
             "to assessor");
    EXPECT_EQ(moved.role, Role::BlindedAssessor);
    EXPECT_EQ(groupsOf(m_coordinator.username), QStringList{QStringLiteral("blinded_assessor")});
    {
        auto own = signedIn(m_coordinator.username);
        const Outcome arm = run(*own, readArm);
        EXPECT_FALSE(arm.ok);
        EXPECT_TRUE(arm.error.contains(QStringLiteral("permission denied"))) << str(arm.error);
        EXPECT_FALSE(run(*own, QStringLiteral("SELECT id FROM therapy_session")).ok);
        // And the program signs them in as the assessor.
        EXPECT_EQ(must(UserRepository(*own).login(m_coordinator.username,
                                                  passwordOf(m_coordinator.username)),
                       "sign in")
                      .role,
                  Role::BlindedAssessor);
    }
    // The connection that was open already reads as the new role too.
    EXPECT_FALSE(run(*coordinator, readArm).ok);

    // Moved back, the login reads the arm again.
    must(UserRepository(*admin).changeRole(m_admin, m_coordinator.userId, Role::Coordinator,
                                           QStringLiteral("back to screening"),
                                           std::vector<qint64>{}),
         "back to coordinator");
    EXPECT_EQ(groupsOf(m_coordinator.username), QStringList{QStringLiteral("coordinator")});
    auto again = signedIn(m_coordinator.username);
    const Outcome arm = run(*again, readArm);
    ASSERT_TRUE(arm.ok) << str(arm.error);
    EXPECT_EQ(arm.rows, 1);

    // A refused change leaves the login where it was.
    EXPECT_FALSE(UserRepository(*admin)
                     .changeRole(m_admin, m_coordinator.userId, Role::Therapist, QString(),
                                 std::vector<qint64>{})
                     .ok());
    EXPECT_EQ(groupsOf(m_coordinator.username), QStringList{QStringLiteral("coordinator")});
}

TEST_F(ServerRoleChangeTest, ALoginWritesOnlyItsOwnSignInThrottleRow)
{
    // The therapist's failed attempt, counted by the program as they sign in.
    {
        auto own = signedIn(m_therapist.username);
        EXPECT_FALSE(
            UserRepository(*own).verify(m_therapist, QStringLiteral("not the password")).ok());
    }
    ASSERT_EQ(throttleRows(m_therapist.username), 1);

    // Another login can neither clear nor change it, nor count one in another's name.
    auto coordinator = signedIn(m_coordinator.username);
    const QString name = m_therapist.username;
    const Outcome cleared = run(
        *coordinator, QStringLiteral("DELETE FROM login_throttle WHERE username = '%1'").arg(name));
    EXPECT_EQ(cleared.rows, 0) << str(cleared.error);
    const Outcome reset = run(
        *coordinator,
        QStringLiteral("UPDATE login_throttle SET failures = 0 WHERE username = '%1'").arg(name));
    EXPECT_EQ(reset.rows, 0) << str(reset.error);
    const Outcome other = run(*coordinator, QStringLiteral("INSERT INTO login_throttle (username, "
                                                           "failures, last_failure_at) VALUES "
                                                           "('%1', 99, '2030-01-01T00:00:00Z')")
                                                .arg(m_pi.username));
    EXPECT_FALSE(other.ok);
    EXPECT_TRUE(other.error.contains(QStringLiteral("row-level security"))) << str(other.error);
    EXPECT_FALSE(run(*coordinator, QStringLiteral("TRUNCATE login_throttle")).ok);
    EXPECT_EQ(throttleRows(m_therapist.username), 1);
    EXPECT_EQ(throttleRows(m_pi.username), 0);
    EXPECT_EQ(run(*coordinator, QStringLiteral("SELECT * FROM login_throttle")).rows, 0);

    // The program's own writes still go through: a login's own failure and its clearing...
    UserRepository coordinators(*coordinator);
    EXPECT_FALSE(coordinators.verify(m_coordinator, QStringLiteral("not the password")).ok());
    EXPECT_EQ(throttleRows(m_coordinator.username), 1);
    EXPECT_TRUE(coordinators.verify(m_coordinator, passwordOf(m_coordinator.username)).ok());
    EXPECT_EQ(throttleRows(m_coordinator.username), 0);
    // ...and an administrator's password reset, which clears the user's count.
    auto admin = signedIn(m_admin.username);
    must(UserRepository(*admin).resetPassword(m_admin, m_therapist.userId,
                                              QStringLiteral("Midlertidig-passord-77")),
         "reset");
    EXPECT_EQ(throttleRows(m_therapist.username), 0);
}

} // namespace
