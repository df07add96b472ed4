// A user's role changes (UserRepository::changeRole, docs/people.md): administrators only, with
// a reason, audited with the old and new role; the last active administrator and one's own
// role are refused, and so are sites for a role without them; a
// refusal changes nothing. On an encrypted trial the allocation key's slot follows the role.

#include "RandomizationFixture.h"
#include "TestTrial.h"
#include "access/UserRepository.h"
#include "audit/Keyring.h"
#include "storage/KeySlots.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

const QString kPassword = QStringLiteral("Blåbær-og-tyttebær");

class UserRoleChangeTest : public TestTrial
{
protected:
    UserRepository users() { return UserRepository(db()); }
    User newUser(const QString& name, Role role, std::vector<qint64> sites = {})
    {
        return must(users().create(m_admin, {name, name, role, kPassword, std::move(sites)}),
                    "create");
    }
    // The refusal, checked to have changed nothing at all.
    Error refused(const Actor& actor, qint64 userId, Role role, const QString& reason,
                  const std::optional<std::vector<qint64>>& sites = std::nullopt)
    {
        const QString before = dumpDatabase(db());
        auto r = users().changeRole(actor, userId, role, reason, sites);
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
        return r.ok() ? Error{} : r.error();
    }
};

TEST_F(UserRoleChangeTest, AnAdministratorChangesARoleWithAReasonAndTheTrailKeepsBoth)
{
    const User kari = newUser(QStringLiteral("kari"), Role::Coordinator, {m_siteBrg});
    const qint64 audit = lastAuditId(db());
    const User moved = must(users().changeRole(m_admin, kari.id, Role::BlindedAssessor,
                                               QStringLiteral("Rates outcomes from March")),
                            "change role");
    EXPECT_EQ(moved.role, Role::BlindedAssessor);
    // An assessor works at every site: the coordinator's site goes with the old role.
    EXPECT_TRUE(moved.sites.empty());
    const auto rows = auditRows(db(), audit);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].username, m_admin.username);
    EXPECT_EQ(rows[0].field, QStringLiteral("role"));
    EXPECT_EQ(rows[0].oldValue.toString(), QStringLiteral("coordinator"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("blinded_assessor"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("Rates outcomes from March"));
    EXPECT_EQ(rows[1].field, QStringLiteral("sites"));
    EXPECT_EQ(rows[1].oldValue.toString(), QStringLiteral("BRG"));
    // The next sign-in is in the new role.
    EXPECT_EQ(must(users().login(kari.username, kPassword), "sign in").role, Role::BlindedAssessor);
}

TEST_F(UserRoleChangeTest, SitesFollowTheNewRoleAndTheRefusalSaysWhatIsAllowed)
{
    const User pia = newUser(QStringLiteral("pia"), Role::PrincipalInvestigator);
    // To a role that works at sites, from one that does not: where must be said.
    const Error where = refused(m_admin, pia.id, Role::Coordinator, QStringLiteral("new job"));
    EXPECT_EQ(where.field, QStringLiteral("site"));
    EXPECT_TRUE(where.message.contains(QStringLiteral("every site"))) << str(where.message);
    // Sites for a role that has none are refused, naming who has them.
    const Error none = refused(m_admin, pia.id, Role::Statistician, QStringLiteral("new job"),
                               std::vector<qint64>{m_siteOsl});
    EXPECT_EQ(none.field, QStringLiteral("site"));
    EXPECT_TRUE(none.message.contains(QStringLiteral("coordinators and therapists")))
        << str(none.message);
    const User coordinator =
        must(users().changeRole(m_admin, pia.id, Role::Coordinator, QStringLiteral("new job"),
                                std::vector<qint64>{m_siteOsl}),
             "to coordinator");
    EXPECT_EQ(coordinator.sites, std::vector<qint64>{m_siteOsl});
    // Between two roles that work at sites, the sites stay unless others are given.
    const User therapist =
        must(users().changeRole(m_admin, pia.id, Role::Therapist, QStringLiteral("now treats")),
             "to therapist");
    EXPECT_EQ(therapist.sites, std::vector<qint64>{m_siteOsl});
}

TEST_F(UserRoleChangeTest, RefusalsNameWhatIsWrongAndChangeNothing)
{
    const User kari = newUser(QStringLiteral("kari"), Role::Coordinator);
    // Only administrators.
    EXPECT_EQ(refused(m_pi, kari.id, Role::Therapist, QStringLiteral("why not")).code,
              ErrorCode::Forbidden);
    // A reason, and another role than the one they have.
    EXPECT_EQ(refused(m_admin, kari.id, Role::Therapist, QStringLiteral("  ")).field,
              QStringLiteral("reason"));
    const Error same = refused(m_admin, kari.id, Role::Coordinator, QStringLiteral("again"));
    EXPECT_EQ(same.code, ErrorCode::Conflict);
    EXPECT_TRUE(same.message.contains(QStringLiteral("already"))) << str(same.message);
    // The last active administrator keeps that role, even asked by themselves.
    const Error last = refused(m_admin, m_admin.userId, Role::Coordinator,
                               QStringLiteral("stepping down"), std::vector<qint64>{});
    EXPECT_EQ(last.code, ErrorCode::Forbidden);
    EXPECT_TRUE(last.message.contains(QStringLiteral("last active administrator")))
        << str(last.message);
    // With a second administrator, still nobody changes their own role.
    const User second = newUser(QStringLiteral("admin2"), Role::Administrator);
    const Error own =
        refused(m_admin, m_admin.userId, Role::Statistician, QStringLiteral("stepping down"));
    EXPECT_TRUE(own.message.contains(QStringLiteral("your own role"))) << str(own.message);
    // The other administrator's role may change while the first stays.
    EXPECT_TRUE(
        users().changeRole(m_admin, second.id, Role::Statistician, QStringLiteral("moved")).ok());
}

// The encrypted trial with a list generated by the fixture's statistician, who holds the
// allocation key on the open trial.
class EncryptedRoleChangeTest : public RandomizationTest
{
protected:
    void SetUp() override
    {
        qputenv("TD_TEST_ENCRYPTED", "1");
        RandomizationTest::SetUp();
        qunsetenv("TD_TEST_ENCRYPTED");
        ASSERT_TRUE(db().encrypted());
    }
    int allocationSlots(const QString& username)
    {
        return KeySlots::countAllocation(must(db().cryptHeader(), "header"), username);
    }
};

TEST_F(EncryptedRoleChangeTest, TheAllocationKeySlotFollowsTheRole)
{
    useBlocks({2, 4}, {m_siteFactor});
    UserRepository users(db());
    const User kari = must(users.create(m_admin, {QStringLiteral("kari"), QStringLiteral("Kari"),
                                                  Role::Coordinator, kPassword}),
                           "kari");
    ASSERT_EQ(allocationSlots(kari.username), 0);
    ASSERT_TRUE(db().keyring().allocationKey(m_statistician.username));

    // Made a statistician: the slot needs her password, so it is written at her sign-in beside
    // the statistician who holds the key.
    must(users.changeRole(m_admin, kari.id, Role::Statistician, QStringLiteral("analyses now")),
         "to statistician");
    EXPECT_EQ(allocationSlots(kari.username), 0);
    must(users.login(kari.username, kPassword), "kari signs in");
    EXPECT_EQ(allocationSlots(kari.username), 1);
    EXPECT_TRUE(db().keyring().allocationKey(kari.username));

    // No longer a statistician: the slot and the key she held go at once; her password still
    // opens the file.
    must(users.changeRole(m_admin, kari.id, Role::Coordinator, QStringLiteral("back to sites"),
                          std::vector<qint64>{}),
         "to coordinator");
    EXPECT_EQ(allocationSlots(kari.username), 0);
    EXPECT_FALSE(db().keyring().allocationKey(kari.username));
    EXPECT_EQ(KeySlots::count(must(db().cryptHeader(), "header"), kari.username), 1);
    EXPECT_EQ(allocationSlots(m_statistician.username), 1);
    EXPECT_TRUE(db().keyring().allocationKey(m_statistician.username));
}

} // namespace
