// Server roles for a trial written onto a server after the fact (docs/postgresql.md, "Moving a
// trial"): `migrate --to postgresql://...` and `demo --db postgresql://...` make the groups, the
// grants and every user's login role; a user name the server already has refuses the move and
// leaves nothing behind; an upgrade runs as the tables' owner only, and gives the grants again.

#include "ServerTrialRoles.h"
#include "TestBackend.h"
#include "TestTrial.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "access/UserRepository.h"
#include "instruments/TrialDatabase.h"
#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

const QString demoPassword = QStringLiteral("trialdesk-demo");
const QStringList demoUsers{QStringLiteral("admin"),       QStringLiteral("assessor"),
                            QStringLiteral("coordinator"), QStringLiteral("dataentry"),
                            QStringLiteral("dmc"),         QStringLiteral("monitor"),
                            QStringLiteral("pi"),          QStringLiteral("statistician"),
                            QStringLiteral("therapist1"),  QStringLiteral("therapist2")};

class ServerLoginsTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (!onServer())
            GTEST_SKIP() << "server only";
    }
    void TearDown() override
    {
        qunsetenv("TRIALDESK_PASSWORD");
        TestTrial::TearDown();
        for (const QString& uri : m_made)
            dropTrialAndRoles(uri);
    }

    // A new database on the test server, whose roles and database go when the test ends.
    QString newTrial()
    {
        m_made << newServerDatabase();
        return m_made.last();
    }

    // The trial opened by `user`'s own login role, as any client opens it.
    static Result<std::unique_ptr<Database>> openAs(const QString& uri, const QString& user,
                                                    const QString& password)
    {
        Database::Options options;
        options.mode = OpenMode::AsIs;
        options.user = user;
        options.password = password;
        return Database::open(withoutUser(uri), options);
    }

    static bool databaseExists(const QString& uri)
    {
        auto spec = ConnectionSpec::parse(uri);
        auto exists = ServerDatabases::exists(*spec);
        EXPECT_TRUE(exists.ok()) << str(exists.message());
        return exists.ok() && *exists;
    }

    static qint64 groupsOf(const QString& uri)
    {
        auto spec = ConnectionSpec::parse(uri);
        auto taken =
            ServerDatabases::rolesAmong(*spec, {spec->database + QStringLiteral(":administrator"),
                                                spec->database + QStringLiteral(":coordinator")});
        return taken.ok() ? taken->size() : -1;
    }

    // `new` on `server`: the DIT template, its administrator "upgrader" (whose password stays
    // in TRIALDESK_PASSWORD).
    static void makeWithNew(const QString& server)
    {
        qputenv("TRIALDESK_PASSWORD", "Oppgradering-42");
        const CliResult made =
            runCli({QStringLiteral("new"), QStringLiteral("--db"), server,
                    QStringLiteral("--template"), QStringLiteral("dit"), QStringLiteral("--admin"),
                    QStringLiteral("upgrader"), QStringLiteral("--unencrypted")});
        ASSERT_EQ(made.exitCode, 0) << str(made.err);
    }

    QStringList m_made;
};

TEST_F(ServerLoginsTest, MigrateMakesEveryUsersLoginAndRefusesATakenNameLeavingNothing)
{
    // A plain demo file with one deactivated user.
    const QString file = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                                   QStringLiteral("--participants"), QStringLiteral("16"),
                                   QStringLiteral("--unencrypted")});
    ASSERT_EQ(demo.exitCode, 0) << str(demo.err);
    {
        auto plain = Database::open(file, Database::Options{});
        ASSERT_TRUE(plain.ok()) << str(plain.message());
        UserRepository users(**plain);
        const Actor admin = must(users.login(QStringLiteral("admin"), demoPassword), "admin");
        const User dmc = must(users.get(admin, QStringLiteral("dmc")), "dmc");
        must(users.deactivate(admin, dmc.id, QStringLiteral("left the committee")), "deactivate");
    }
    qputenv("TRIALDESK_PASSWORD", demoPassword.toUtf8());

    // Without an administrator named, nothing happens.
    const QString server = newTrial();
    const CliResult nobody = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                     QStringLiteral("--to"), server});
    EXPECT_EQ(nobody.exitCode, 2);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("--user ADMIN"))) << str(nobody.err);
    // A user who is no administrator moves nothing either.
    const CliResult notAdmin =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("coordinator")});
    EXPECT_EQ(notAdmin.exitCode, 2);
    EXPECT_TRUE(notAdmin.err.contains(QStringLiteral("not an active administrator")))
        << str(notAdmin.err);
    EXPECT_FALSE(databaseExists(server));

    const CliResult moved =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(moved.exitCode, 0) << str(moved.err) << str(moved.out);
    EXPECT_TRUE(moved.out.contains(QStringLiteral("once an administrator gives them a new "
                                                  "password: assessor, coordinator")))
        << str(moved.out);
    EXPECT_FALSE(moved.out.contains(QStringLiteral("dmc"))) << str(moved.out);

    // The administrator signs in with the password given, to the server and to TrialDesk.
    auto adminDb = openAs(server, QStringLiteral("admin"), demoPassword);
    ASSERT_TRUE(adminDb.ok()) << str(adminDb.message());
    UserRepository users(**adminDb);
    const Actor admin = must(users.login(QStringLiteral("admin"), demoPassword), "admin login");
    // The others' logins open with no password anyone had; the deactivated user's not at all.
    auto before = openAs(server, QStringLiteral("coordinator"), demoPassword);
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().code, ErrorCode::AuthenticationFailed);
    {
        auto superuser = Database::open(server, Database::Options{});
        ASSERT_TRUE(superuser.ok());
        EXPECT_EQ(sqlCount(**superuser, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE "
                                                       "rolname = 'dmc' AND NOT rolcanlogin")),
                  1);
        EXPECT_EQ(sqlCount(**superuser,
                           QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolcanlogin AND "
                                          "rolname IN ('admin', 'pi', 'coordinator', "
                                          "'therapist1', 'therapist2', 'assessor', "
                                          "'statistician', 'dataentry', 'monitor')")),
                  9);
    }
    // After a reset by the administrator, each one signs in.
    const QString temporary = QStringLiteral("Tillfallig-123");
    for (const QString& name : demoUsers) {
        if (name == QLatin1String("admin") || name == QLatin1String("dmc"))
            continue;
        const User u = must(users.get(admin, name), "user");
        must(users.resetPassword(admin, u.id, temporary), "reset");
        auto own = openAs(server, name, temporary);
        ASSERT_TRUE(own.ok()) << str(name) << ": " << str(own.message());
        auto signedIn = UserRepository(**own).login(name, temporary);
        EXPECT_TRUE(signedIn.ok()) << str(name) << ": " << str(signedIn.message());
        EXPECT_TRUE(signedIn.ok() && signedIn->mustChangePassword) << str(name);
    }
    // The moved trial holds what RoleSecurityTest shows on a trial made by `new`.
    auto coordinator = openAs(server, QStringLiteral("coordinator"), temporary);
    ASSERT_TRUE(coordinator.ok());
    EXPECT_FALSE(
        (*coordinator)->scalar(QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry")).ok());
    EXPECT_FALSE((*coordinator)
                     ->scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = "
                                             "'admin'"))
                     .ok());
    EXPECT_GT(sqlCount(**coordinator, QStringLiteral("SELECT COUNT(*) FROM participant")), 0);
    auto assessor = openAs(server, QStringLiteral("assessor"), temporary);
    ASSERT_TRUE(assessor.ok());
    EXPECT_FALSE((*assessor)->scalar(QStringLiteral("SELECT COUNT(arm_id) FROM participant")).ok());
    coordinator.value().reset();
    assessor.value().reset();
    adminDb.value().reset();

    // Every name is the server's now: the same trial moved again is refused before anything is
    // made, naming every user the server already has, and leaves no database and no groups.
    const QString again = newTrial();
    const CliResult taken =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                again, QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(taken.exitCode, 2) << str(taken.out);
    for (const QString& name : demoUsers)
        EXPECT_TRUE(taken.err.contains(QLatin1Char('"') + name + QLatin1Char('"')))
            << str(name) << ": " << str(taken.err);
    EXPECT_FALSE(databaseExists(again));
    EXPECT_EQ(groupsOf(again), 0);
}

TEST_F(ServerLoginsTest, DemoOnAServerMakesEveryDemoUsersLoginWithTheDemoPassword)
{
    const QString server = newTrial();
    const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), server,
                                   QStringLiteral("--participants"), QStringLiteral("6")});
    ASSERT_EQ(demo.exitCode, 0) << str(demo.err) << str(demo.out);
    EXPECT_TRUE(demo.out.contains(QStringLiteral("login role"))) << str(demo.out);
    for (const QString& name : demoUsers) {
        auto own = openAs(server, name, demoPassword);
        ASSERT_TRUE(own.ok()) << str(name) << ": " << str(own.message());
        auto signedIn = UserRepository(**own).login(name, demoPassword);
        EXPECT_TRUE(signedIn.ok()) << str(name) << ": " << str(signedIn.message());
    }
    // A command as a demo user's own login, as the README's server demo does.
    qputenv("TRIALDESK_PASSWORD", demoPassword.toUtf8());
    const CliResult info =
        runCli({QStringLiteral("info"), QStringLiteral("--db"), withoutUser(server),
                QStringLiteral("--user"), QStringLiteral("coordinator")});
    EXPECT_EQ(info.exitCode, 0) << str(info.err);

    // A second demo on the same server finds the names taken: it is refused and removed.
    const QString second = newTrial();
    const CliResult refused = runCli({QStringLiteral("demo"), QStringLiteral("--db"), second,
                                      QStringLiteral("--participants"), QStringLiteral("2")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already has roles named")))
        << str(refused.err);
    EXPECT_FALSE(databaseExists(second));
    EXPECT_EQ(groupsOf(second), 0);
}

TEST_F(ServerLoginsTest, AnUpgradeRunsAsTheTablesOwnerAndGivesTheGrantsAgain)
{
    const QString server = newTrial();
    ASSERT_NO_FATAL_FAILURE(makeWithNew(server));
    const int latest = Migrations::schema().latestVersion();
    // The trial as it was one version before: the last step's table, column and index undone.
    {
        auto owner = Database::open(server, Database::Options{});
        ASSERT_TRUE(owner.ok()) << str(owner.message());
        for (const QString& sql : {QStringLiteral("DROP TABLE allocation_list_sealed_entry"),
                                   QStringLiteral("DROP INDEX allocation_block_position"),
                                   QStringLiteral("ALTER TABLE allocation_list DROP COLUMN sealed"),
                                   PostgresDialect().setSchemaVersion(latest - 1)})
            must((*owner)->execDirect(sql), "older schema");
    }
    // The user's own login is told that the upgrade is the server credentials' job; nothing
    // changes.
    auto asUser = openTrialDatabase(withoutUser(server), [] {
        Database::Options o;
        o.mode = OpenMode::Upgrade;
        o.user = QStringLiteral("upgrader");
        o.password = QStringLiteral("Oppgradering-42");
        return o;
    }());
    ASSERT_FALSE(asUser.ok());
    EXPECT_EQ(asUser.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(asUser.message().contains(QStringLiteral("server's credentials")))
        << str(asUser.message());
    {
        Database::Options asIs;
        asIs.mode = OpenMode::AsIs;
        auto owner = Database::open(server, asIs);
        ASSERT_TRUE(owner.ok());
        EXPECT_EQ(*(*owner)->schemaVersion(), latest - 1);
    }
    // The server's credentials upgrade it, and the new table gets the groups' grants.
    {
        Database::Options upgrade;
        upgrade.mode = OpenMode::Upgrade;
        auto owner = openTrialDatabase(server, upgrade);
        ASSERT_TRUE(owner.ok()) << str(owner.message());
        EXPECT_TRUE((*owner)->upgraded());
        auto database = (*owner)->scalar(QStringLiteral("SELECT current_database()"));
        const QString statistician =
            ServerRoles::groupRole(database->toString(), Role::Statistician);
        const QString coordinator = ServerRoles::groupRole(database->toString(), Role::Coordinator);
        auto may = [&](const QString& group, const QString& what) {
            return sqlCount(**owner, QStringLiteral("SELECT CASE WHEN has_table_privilege('%1', "
                                                    "'allocation_list_sealed_entry', '%2') THEN "
                                                    "1 ELSE 0 END")
                                         .arg(group, what));
        };
        EXPECT_EQ(may(statistician, QStringLiteral("SELECT")), 1);
        EXPECT_EQ(may(coordinator, QStringLiteral("SELECT")), 0);
    }
    auto after = openAs(server, QStringLiteral("upgrader"), QStringLiteral("Oppgradering-42"));
    ASSERT_TRUE(after.ok()) << str(after.message());
    EXPECT_EQ(*(*after)->schemaVersion(), latest);
}

TEST_F(ServerLoginsTest, PrivilegesOlderThanTheProgramsAreGivenAgainWhenTheOwnerOpens)
{
    const QString server = newTrial();
    ASSERT_NO_FATAL_FAILURE(makeWithNew(server));
    const QString policy = QStringLiteral("SELECT COUNT(*) FROM pg_policies WHERE tablename = "
                                          "'participant' AND qual LIKE '%td_site_bound%'");
    {
        auto owner = Database::open(server, Database::Options{});
        ASSERT_TRUE(owner.ok()) << str(owner.message());
        EXPECT_EQ(*ServerPrivileges::grantedVersion(**owner), ServerPrivileges::version);
        EXPECT_EQ(sqlCount(**owner, policy), 1);
        // As an older program left it: the reach policy without its first test, and no version.
        for (const QString& sql :
             {QStringLiteral("ALTER POLICY td_site ON participant USING (site_id IN (SELECT "
                             "td_my_sites())) WITH CHECK (site_id IN (SELECT td_my_sites()))"),
              QStringLiteral("COMMENT ON FUNCTION td_site_bound() IS NULL")})
            must((*owner)->execDirect(sql), "older grants");
        EXPECT_EQ(*ServerPrivileges::grantedVersion(**owner), 0);
    }
    // A user's own login may not grant: the trial opens as it is.
    {
        Database::Options o;
        o.user = QStringLiteral("upgrader");
        o.password = QStringLiteral("Oppgradering-42");
        auto asUser = openTrialDatabase(withoutUser(server), o);
        ASSERT_TRUE(asUser.ok()) << str(asUser.message());
        EXPECT_FALSE(*ServerPrivileges::mayGrant(**asUser));
        EXPECT_EQ(*ServerPrivileges::grantedVersion(**asUser), 0);
    }
    // The owner's next open gives them again.
    {
        auto owner = openTrialDatabase(server, Database::Options{});
        ASSERT_TRUE(owner.ok()) << str(owner.message());
        EXPECT_TRUE(*ServerPrivileges::mayGrant(**owner));
        EXPECT_EQ(*ServerPrivileges::grantedVersion(**owner), ServerPrivileges::version);
        EXPECT_EQ(sqlCount(**owner, policy), 1);
    }
}

TEST_F(ServerLoginsTest, ALoginsPrivilegesAreAskedOncePerConnection)
{
    const QString server = newTrial();
    qputenv("TRIALDESK_PASSWORD", "Privilegier-42");
    const CliResult made =
        runCli({QStringLiteral("new"), QStringLiteral("--db"), server, QStringLiteral("--template"),
                QStringLiteral("dit"), QStringLiteral("--admin"), QStringLiteral("asker"),
                QStringLiteral("--unencrypted")});
    ASSERT_EQ(made.exitCode, 0) << str(made.err);
    auto own = openAs(server, QStringLiteral("asker"), QStringLiteral("Privilegier-42"));
    ASSERT_TRUE(own.ok()) << str(own.message());
    EXPECT_FALSE(ServerRoles::mayInsert(**own, QStringLiteral("audit_log")));
    EXPECT_FALSE(
        ServerRoles::mayRead(**own, QStringLiteral("users"), QStringLiteral("password_hash")));
    // The server changes its mind; this connection keeps what it was told when it asked.
    {
        auto owner = Database::open(server, Database::Options{});
        ASSERT_TRUE(owner.ok());
        auto database = (*owner)->scalar(QStringLiteral("SELECT current_database()"));
        must((*owner)->execDirect(QStringLiteral("GRANT INSERT ON audit_log TO %1")
                                      .arg(ServerRoles::identifier(ServerRoles::groupRole(
                                          database->toString(), Role::Administrator)))),
             "grant");
    }
    EXPECT_FALSE(ServerRoles::mayInsert(**own, QStringLiteral("audit_log")));
    ServerRoles::forgetPrivileges(**own);
    EXPECT_TRUE(ServerRoles::mayInsert(**own, QStringLiteral("audit_log")));
    // A second connection asks for itself.
    auto other = openAs(server, QStringLiteral("asker"), QStringLiteral("Privilegier-42"));
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(ServerRoles::mayInsert(**other, QStringLiteral("audit_log")));
}

} // namespace
