// A server trial's address as the window builds and remembers it: from its parts, refused by
// name, and never with a password.

#include "storage/ServerAddress.h"

#include "TestTrial.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

TEST(ServerAddressTest, AServerAddressFromItsPartsKeepsItsTlsSettingsAndNoUser)
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("dit-ca.pem"));
    QFile file(ca);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto spec = ServerAddress::build(QStringLiteral(" db.example.org "), 5433,
                                     QStringLiteral("dit"), QStringLiteral("verify-full"), ca);
    ASSERT_TRUE(spec.ok()) << str(spec.message());
    EXPECT_TRUE(ServerAddress::signsInAsUser(*spec));
    EXPECT_EQ(ServerAddress::of(*spec),
              QStringLiteral("postgresql://db.example.org:5433/dit?sslmode=verify-full&"
                             "sslrootcert=") +
                  ca);
    // The address reads back as the same server, database and settings.
    auto again = ConnectionSpec::parse(ServerAddress::of(*spec));
    ASSERT_TRUE(again.ok()) << str(again.message());
    EXPECT_EQ(again->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(again->port, 5433);
    EXPECT_EQ(again->database, QStringLiteral("dit"));
    EXPECT_EQ(ServerAddress::option(*again, QStringLiteral("sslmode")),
              QStringLiteral("verify-full"));
    EXPECT_EQ(ServerAddress::option(*again, QStringLiteral("sslrootcert")), ca);
    EXPECT_TRUE(ServerAddress::signsInAsUser(*again));

    // No default port: libpq's.
    auto plain = ServerAddress::build(QStringLiteral("10.0.0.5"), 0, QStringLiteral("mop"),
                                      QStringLiteral("prefer"), {});
    ASSERT_TRUE(plain.ok()) << str(plain.message());
    EXPECT_EQ(ServerAddress::of(*plain),
              QStringLiteral("postgresql://10.0.0.5/mop?sslmode=prefer"));
}

TEST(ServerAddressTest, AnAddressNeverStoresAPassword)
{
    auto spec = ConnectionSpec::parse(
        QStringLiteral("postgresql://kari:hemmelig@db.example.org/dit?sslmode=require"));
    ASSERT_TRUE(spec.ok()) << str(spec.message());
    EXPECT_FALSE(ServerAddress::of(*spec).contains(QStringLiteral("hemmelig")));
    EXPECT_EQ(ServerAddress::of(*spec),
              QStringLiteral("postgresql://kari@db.example.org/dit?sslmode=require"));
    EXPECT_FALSE(ServerAddress::signsInAsUser(*spec)); // a user in the address: what libpq finds
}

TEST(ServerAddressTest, TheUnusablePartsOfAServerAddressAreRefusedByName)
{
    auto field = [](const Result<ConnectionSpec>& r) {
        return r.ok() ? QString() : r.error().field;
    };
    EXPECT_EQ(field(ServerAddress::build({}, 5432, QStringLiteral("dit"), {}, {})),
              QStringLiteral("host"));
    EXPECT_EQ(
        field(ServerAddress::build(QStringLiteral("db host"), 5432, QStringLiteral("dit"), {}, {})),
        QStringLiteral("host"));
    EXPECT_EQ(
        field(ServerAddress::build(QStringLiteral("h"), 70000, QStringLiteral("dit"), {}, {})),
        QStringLiteral("port"));
    EXPECT_EQ(field(ServerAddress::build(QStringLiteral("h"), 5432, {}, {}, {})),
              QStringLiteral("database"));
    EXPECT_EQ(field(ServerAddress::build(QStringLiteral("h"), 5432, QStringLiteral("a/b"), {}, {})),
              QStringLiteral("database"));
    EXPECT_EQ(field(ServerAddress::build(QStringLiteral("h"), 5432, QStringLiteral("dit"),
                                         QStringLiteral("paranoid"), {})),
              QStringLiteral("sslmode"));
    const auto noCa = ServerAddress::build(QStringLiteral("h"), 5432, QStringLiteral("dit"),
                                           QStringLiteral("verify-ca"), {});
    EXPECT_EQ(field(noCa), QStringLiteral("sslrootcert"));
    EXPECT_TRUE(noCa.message().contains(QStringLiteral("certificate authority")))
        << str(noCa.message());
    EXPECT_EQ(field(ServerAddress::build(QStringLiteral("h"), 5432, QStringLiteral("dit"),
                                         QStringLiteral("verify-full"),
                                         QStringLiteral("/no/such/ca.pem"))),
              QStringLiteral("sslrootcert"));
}
