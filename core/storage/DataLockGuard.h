#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

// The database lock's guard in the schema (docs/data-lock.md): triggers on every clinical table
// refuse a write while a lock covers the row, with this marker in the database's message, so
// the refusal reaches the user as one clear error whatever wrote the row.
class DataLockGuard
{
    Q_DECLARE_TR_FUNCTIONS(DataLockGuard)

public:
    static constexpr auto marker = "trialdesk: data locked";
    // The condition, over the row's participant and time point, that a lock covers it.
    static QString covers(const QString& participant, const QString& timePoint);
    // Whether a database message is the guard's refusal.
    static bool isRefusal(const QString& databaseMessage);
    static Error refusal();
};

} // namespace td
