#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "outcomes/ChangeStatistics.h"

#include <QCoreApplication>

namespace td {

class Database;

// The norms a trial uses for change statistics, per instrument: the published SD of the
// definition (or one configured here), or the trial's own baseline SD; reliability; clinical
// and functional norms for the cut-off.
struct InstrumentNorms
{
    enum class SdSource { Published, TrialBaseline };
    SdSource sdSource = SdSource::TrialBaseline;
    std::optional<double> sd;
    std::optional<double> reliability;
    std::optional<ClinicalNorms> norms;
};

class NormRepository
{
    Q_DECLARE_TR_FUNCTIONS(NormRepository)

public:
    explicit NormRepository(Database& db) : m_db(db) {}

    Result<InstrumentNorms> get(const QString& instrumentId);
    Status set(const Actor& actor, const QString& instrumentId, const InstrumentNorms& norms);
    // The ChangeInput defaults this trial uses for the instrument (sd, reliability, norms).
    Result<ChangeInput> defaults(const InstrumentDefinition& d);
    static constexpr int minimumBaselines = 10;
    // SD of the completed baseline-visit totals; empty until there are minimumBaselines.
    Result<std::optional<double>> trialBaselineSd(const QString& instrumentId);
    // Keeps the running baseline sums in step with a baseline total that was removed, added
    // or changed (call inside the change's transaction).
    Status updateBaseline(const QString& instrumentId, std::optional<double> removed,
                          std::optional<double> added);

private:
    Database& m_db;
};

} // namespace td
