#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

// The password rules, in one place: at least 10 characters, not containing the user name, and
// not one of the 10,000 most common passwords. A refusal names the rule that failed.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int minLength = 10;

    static Status check(const QString& username, const QString& password);
    static bool isCommon(const QString& password);
    // The rules as one sentence, for forms that ask for a new password.
    static QString describe();
};

} // namespace td
