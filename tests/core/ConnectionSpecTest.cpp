// Where a trial's database is: a file path as it is, or a PostgreSQL URI in libpq's syntax.

#include "storage/ConnectionSpec.h"

#include "TestTrial.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

TEST(ConnectionSpecTest, AFilePathIsAFile)
{
    auto spec = ConnectionSpec::parse(QStringLiteral("/data/trials/dit.sqlite"));
    ASSERT_TRUE(spec.ok());
    EXPECT_FALSE(spec->isServer());
    EXPECT_EQ(spec->path, QStringLiteral("/data/trials/dit.sqlite"));
    EXPECT_EQ(spec->displayName(), QStringLiteral("/data/trials/dit.sqlite"));
}

TEST(ConnectionSpecTest, AServerUriGivesItsPartsAndKeepsThePasswordOutOfSight)
{
    auto spec = ConnectionSpec::parse(
        QStringLiteral("postgresql://kari:hemmelig@db.example.org:5433/dit?sslmode=verify-full"
                       "&sslrootcert=/etc/ssl/dit-ca.pem"));
    ASSERT_TRUE(spec.ok()) << str(spec.message());
    EXPECT_TRUE(spec->isServer());
    EXPECT_EQ(spec->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(spec->port, 5433);
    EXPECT_EQ(spec->database, QStringLiteral("dit"));
    EXPECT_EQ(spec->user, QStringLiteral("kari"));
    EXPECT_EQ(spec->password, QStringLiteral("hemmelig"));
    EXPECT_EQ(spec->connectOptions(),
              QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/dit-ca.pem"));
    EXPECT_EQ(spec->displayName(), QStringLiteral("postgresql://kari@db.example.org:5433/dit"));
    EXPECT_TRUE(ConnectionSpec::isServerUri(QStringLiteral("postgres://h/d")));
}

TEST(ConnectionSpecTest, AUriWithoutADatabaseOrWithForeignSettingsIsRefusedByName)
{
    auto noDatabase = ConnectionSpec::parse(QStringLiteral("postgresql://127.0.0.1:5432"));
    ASSERT_FALSE(noDatabase.ok());
    EXPECT_EQ(noDatabase.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(noDatabase.message().contains(QStringLiteral("names no database")))
        << str(noDatabase.message());
    auto foreign = ConnectionSpec::parse(QStringLiteral("postgresql://h/dit?options=-c%20x"));
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.message().contains(QStringLiteral("\"options\"")) &&
                foreign.message().contains(QStringLiteral("sslmode")))
        << str(foreign.message());
}

// What the computer remembers of a trial is kept under a key that names the database itself:
// the same server database under another user or other settings shares it, and another
// server's database of the same name does not.
TEST(ConnectionSpecTest, TheSettingsKeyNamesTheServerPortAndDatabase)
{
    const auto key = [](const char* uri) {
        auto spec = ConnectionSpec::parse(QString::fromLatin1(uri));
        EXPECT_TRUE(spec.ok()) << str(spec.message());
        return spec.ok() ? spec->settingsKey() : QString();
    };
    EXPECT_EQ(key("postgresql://kari:pw@DB.example.org:5433/dit?sslmode=verify-full"),
              QStringLiteral("postgresql://db.example.org:5433/dit"));
    EXPECT_EQ(key("postgresql://ola@db.example.org:5433/dit"),
              key("postgresql://db.example.org:5433/dit"));
    EXPECT_EQ(key("postgresql://db.example.org/dit"), key("postgresql://db.example.org:5432/dit"));
    EXPECT_NE(key("postgresql://db.example.org/dit"), key("postgresql://db2.example.org/dit"));
    EXPECT_NE(key("postgresql://db.example.org:5433/dit"), key("postgresql://db.example.org/dit"));
    EXPECT_NE(key("postgresql://db.example.org/dit"), key("postgresql://db.example.org/mop"));
    // A file: its absolute path.
    EXPECT_EQ(ConnectionSpec::file(QStringLiteral("trial.sqlite")).settingsKey(),
              QDir::current().absoluteFilePath(QStringLiteral("trial.sqlite")));
}
