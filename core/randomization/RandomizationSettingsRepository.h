#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"
#include "randomization/RandomizationSettings.h"

#include <QCoreApplication>
#include <optional>

namespace td {

class Database;

// Reads and changes the randomization settings. Only the unblinded statistician may do either
// (block lengths and the method help predict allocations); changes are audited and refused
// once the first participant is allocated.
class RandomizationSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(RandomizationSettingsRepository)

public:
    explicit RandomizationSettingsRepository(Database& db) : m_db(db) {}

    // Nothing when the trial has no randomization settings yet.
    Result<std::optional<RandomizationSettings>> load(const Actor& actor);
    // Changing settings that exist needs a reason. The settings are approved with the
    // statistician's electronic signature (`signature`: their password typed again).
    Result<RandomizationSettings> save(const Actor& actor, const RandomizationSettings& settings,
                                       const SignWith& signature, const QString& reason = {});

    // Whether the trial randomizes in TrialDesk (settings exist). Reveals nothing else.
    static Result<bool> configured(Database& db);
    // Participants who have an arm, however it was decided.
    static Result<int> allocationsMade(Database& db);

private:
    friend class Randomizer;
    friend class AllocationListRepository;
    friend class RandomizationReplay;
    // Without a permission check: for the core's own allocation logic, never for a caller.
    static Result<std::optional<RandomizationSettings>> read(Database& db);

    Database& m_db;
};

} // namespace td
