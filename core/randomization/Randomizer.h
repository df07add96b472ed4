#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "randomization/RandomizationSettings.h"
#include "randomization/Strata.h"

#include <QCoreApplication>
#include <QDateTime>

namespace td {

class Database;
struct AllocationListEntry;

// What a randomization will use, shown before it is made: the participant and the stratum
// (each factor's name and the participant's level), nothing about the list or the next arm.
struct RandomizationPreview
{
    struct Level
    {
        QString factor;
        QString level;
    };
    Participant participant;
    std::vector<Level> stratum; // empty when the trial does not stratify
};

// One participant's allocation, as recorded: who, when, stratum and position.
struct Allocation
{
    qint64 id = 0;
    qint64 participantId = 0;
    int sequence = 0; // 1-based order of allocation in the trial
    RandomizationMethod method = RandomizationMethod::PermutedBlocks;
    qint64 armId = 0;
    QString stratum;
    int position = 0; // permuted blocks: the list position within the stratum; else 0
    qint64 allocatedBy = 0;
    QDateTime allocatedAt;
};

// Allocates consented participants by the trial's randomization settings. One allocation is
// atomic: the list entry (or minimization record), the participant's arm and status, and the
// audit rows commit together. The caller learns an arm only when it has been made.
class Randomizer
{
    Q_DECLARE_TR_FUNCTIONS(Randomizer)

public:
    // `severity` reads baseline severity for severity factors (default: baselineItemSum).
    explicit Randomizer(Database& db, SeverityProvider severity = {});

    Result<Allocation> allocate(const Actor& actor, qint64 participantId);
    // Every check allocate() makes, without allocating: the participant and their stratum, or
    // the reason allocation would be refused.
    Result<RandomizationPreview> preview(const Actor& actor, qint64 participantId);
    // A participant's allocation, for those who may see arms.
    Result<Allocation> allocationOf(const Actor& actor, qint64 participantId);
    // Ok when allocation can take place (settings and, for blocks, a list made for them);
    // otherwise what is missing. Reveals nothing about the settings or the list.
    Status ready(const Actor& actor);

private:
    // Required covariates recorded and visits before randomization complete.
    Status prerequisites(const Protocol& protocol, const Participant& p);
    struct Checked
    {
        Protocol protocol;
        RandomizationSettings settings;
        std::vector<FactorLevel> levels;
        RandomizationPreview preview;
    };
    Result<Checked> check(const Actor& actor, qint64 participantId);
    struct Decision
    {
        qint64 armId = 0;
        int position = 0;
        qint64 listEntryId = 0;
        QString details;
    };
    Status readiness(const Protocol& protocol,
                     const std::optional<RandomizationSettings>& settings);
    Result<Decision> byBlocks(const Actor& actor, const Protocol& protocol,
                              const RandomizationSettings& settings, const QString& stratum);
    Result<Decision> byMinimization(const Protocol& protocol, const RandomizationSettings& settings,
                                    const std::vector<FactorLevel>& levels);
    Result<Allocation> insert(const Actor& actor, qint64 participantId,
                              const RandomizationSettings& settings, const QString& stratum,
                              const std::vector<FactorLevel>& levels, const Decision& decision);

    Database& m_db;
    SeverityProvider m_severity;
};

} // namespace td
