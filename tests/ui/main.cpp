#include "access/PasswordHasher.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrialDeskTests"));
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
