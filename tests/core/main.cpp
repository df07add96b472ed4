#include "access/PasswordHasher.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Settings (remembered trail heads, languages, last trial) go to a folder of this run's
    // own, never the user's. In test mode Qt keeps them under $HOME/.qttest/config, so HOME is
    // this run's own folder (parallel runs under ctest do not share one), and the command lines
    // the tests start (not in test mode) find the same settings through XDG_CONFIG_HOME.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.qttest/config")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Tests create many users; the smallest Argon2id cost keeps them quick.
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
