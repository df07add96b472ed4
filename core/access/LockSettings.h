#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// How long the window may be left alone before it locks (minutes), set per trial by an
// administrator and audited.
class LockSettings
{
    Q_DECLARE_TR_FUNCTIONS(LockSettings)

public:
    static constexpr int defaultMinutes = 10;
    static constexpr int minMinutes = 1;
    static constexpr int maxMinutes = 240;

    explicit LockSettings(Database& db) : m_db(db) {}
    // The trial's setting; the default when the trial has none yet.
    int minutes();
    Status setMinutes(const Actor& actor, int minutes);

private:
    Database& m_db;
};

} // namespace td
