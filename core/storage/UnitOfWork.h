#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <utility>

namespace td {

// Runs a unit of work (a function that opens its own Transaction, writes and commits) and, when
// the server aborted it because it lost a race with another transaction (a serialization failure
// or a deadlock, SqlFailure::Serialization), runs it again after a short random wait, up to
// `attempts` times in all. The Transaction's guard has rolled the failed attempt back, so each
// attempt starts afresh; the user sees only the last attempt's outcome. Inside a caller's
// transaction the unit runs once: the outermost unit of work is the one retried.
namespace UnitOfWork {

inline constexpr int attempts = 5;

// Whether `status` failed because the server aborted the transaction (retrying may succeed).
bool lostRace(const Database& db, const Error& error);
// Waits a little longer after each failed attempt (1-based), with jitter, so two clients that
// collided do not collide again in step.
void backOff(int attempt);

template <typename Unit> auto run(Database& db, Unit&& unit) -> decltype(unit())
{
    if (db.transactionDepth() > 0)
        return unit();
    for (int attempt = 1;; ++attempt) {
        auto result = unit();
        if (result.ok() || attempt >= attempts || !lostRace(db, result.error()))
            return result;
        backOff(attempt);
    }
}

} // namespace UnitOfWork

} // namespace td
