#include "TestCluster.h"
#include "access/PasswordHasher.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The window's tests against a server: the widgets offscreen, settings in a folder of this run's
// own (as tests/ui/main.cpp), and a throwaway cluster for the run (TestCluster.h).

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.qttest/config")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TrialDeskTests"));
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);

    tdtest::TestCluster cluster;
    if (!cluster.start())
        return 1;
    const int result = RUN_ALL_TESTS();
    cluster.stop();
    return result;
}
