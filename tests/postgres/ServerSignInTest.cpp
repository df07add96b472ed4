// Opening a server trial as a TrialDesk user (docs/postgresql.md, "Signing in"): what the window
// and the command line say when the connection cannot be made, each naming what was wrong.

#include "TestBackend.h"
#include "TestTrial.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

// The test server's address for `database`, with no user (a user signs in as their own role)
// and these settings after it.
QString address(const QString& database, const QString& settings = {}, int port = 0)
{
    const QUrl server(testServer());
    QString out = QStringLiteral("postgresql://%1:%2/%3")
                      .arg(server.host())
                      .arg(port > 0 ? port : server.port())
                      .arg(database);
    if (!settings.isEmpty())
        out += QLatin1Char('?') + settings;
    return out;
}

Result<std::unique_ptr<Database>> signIn(const QString& uri, const QString& user,
                                         const QString& password)
{
    Database::Options options;
    options.mode = OpenMode::Upgrade;
    options.user = user;
    options.password = password;
    return openTrialDatabase(uri, options);
}

class ServerSignInTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (!onServer())
            GTEST_SKIP() << "server only";
        m_database = QUrl(dbPath()).path().mid(1);
    }
    QString m_database;
};

TEST_F(ServerSignInTest, AnAddressWithoutAUserOpensOnlyWithASignIn)
{
    EXPECT_TRUE(trialOpensWithSignIn(address(m_database)));
    EXPECT_FALSE(trialOpensWithSignIn(dbPath())); // the harness's address names its user
}

TEST_F(ServerSignInTest, AWrongUserOrPasswordIsRefusedWithoutSayingWhich)
{
    auto unknown =
        signIn(address(m_database), QStringLiteral("nobody_here"), QStringLiteral("whatever"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(unknown.error().field, QStringLiteral("user"));
    EXPECT_TRUE(
        unknown.message().contains(QStringLiteral("refused the sign-in of \"nobody_here\"")))
        << str(unknown.message());
}

TEST_F(ServerSignInTest, AnUnreachableServerIsNamed)
{
    // Port 1 on the loopback: nothing listens there.
    auto closed = signIn(address(m_database, QStringLiteral("connect_timeout=5"), 1),
                         QStringLiteral("coordinator"), QStringLiteral("x"));
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().field, QStringLiteral("host")) << str(closed.message());
    EXPECT_TRUE(closed.message().contains(QStringLiteral("cannot be reached")))
        << str(closed.message());
}

TEST_F(ServerSignInTest, AMissingDatabaseIsNamed)
{
    // The server checks the password before it looks for the database, so this asks as the
    // harness's own superuser, whom the test cluster trusts.
    Database::Options upgrade;
    upgrade.mode = OpenMode::Upgrade;
    auto none = openTrialDatabase(dbPath() + QStringLiteral("_none"), upgrade);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    EXPECT_EQ(none.error().field, QStringLiteral("database"));
    EXPECT_TRUE(none.message().contains(QStringLiteral("does not exist on the server")))
        << str(none.message());
}

TEST_F(ServerSignInTest, ATlsFailureIsNamedAndNothingIsSent)
{
    // The test cluster has no TLS: a connection that requires it fails before the sign-in.
    auto tls = signIn(address(m_database, QStringLiteral("sslmode=require")),
                      QStringLiteral("coordinator"), passwordOf(QStringLiteral("coordinator")));
    ASSERT_FALSE(tls.ok());
    EXPECT_EQ(tls.error().field, QStringLiteral("sslmode")) << str(tls.message());
    EXPECT_TRUE(tls.message().contains(QStringLiteral("secure connection (TLS)")))
        << str(tls.message());
}

} // namespace
