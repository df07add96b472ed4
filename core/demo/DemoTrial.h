#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

struct DemoOptions
{
    int participants = 120; // people screened
    quint64 seed = 20261121;
};

struct DemoSummary
{
    int participants = 0;
    int randomized = 0;
    int sessions = 0;
    int assessments = 0;
    qint64 itemValues = 0;
};

// Builds a MOP-like demo trial (CBT vs PDT 1:1, two sites) by replaying its history on a
// simulated clock through the same core calls a user makes, so the audit trail is real.
// The same seed gives the same trial.
class DemoTrial
{
    Q_DECLARE_TR_FUNCTIONS(DemoTrial)

public:
    static constexpr auto password = "trialdesk-demo";
    static Result<DemoSummary> create(Database& db, const DemoOptions& options);
};

} // namespace td
