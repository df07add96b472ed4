#include "access/PasswordHasher.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Tests create many users; the smallest Argon2id cost keeps them quick.
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
