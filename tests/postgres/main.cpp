#include "TestCluster.h"
#include "access/PasswordHasher.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The core tests again, on PostgreSQL: a throwaway cluster (TestCluster.h) starts before the
// first test and stops after the last. TRIALDESK_TEST_SERVER, when set, names a server to use
// instead (postgresql://user@host:port, a superuser that may create databases).

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.qttest/config")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);

    tdtest::TestCluster cluster;
    if (!cluster.start())
        return 1;
    const int result = RUN_ALL_TESTS();
    cluster.stop();
    return result;
}
