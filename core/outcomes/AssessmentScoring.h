#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/Score.h"
#include "outcomes/AlertRepository.h"
#include "outcomes/NormRepository.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace td {

class Database;

// Everything that follows from saving, correcting or removing an assessment, in the same
// transaction: its stored score, the trial's baseline sums, and safety alerts (a suicidality
// flag, or a reliable deterioration from the participant's baseline).
class AssessmentScoring
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentScoring)

public:
    explicit AssessmentScoring(Database& db) : m_db(db), m_norms(db), m_alerts(db) {}

    Result<const InstrumentDefinition*> definition(const QString& instrumentId);
    // Validates the answers against the instrument (item count, allowed values, letters).
    Status validate(const Assessment& a);
    // before: the stored state (empty for a new assessment); after: the new state.
    Status apply(const Actor& actor, const std::optional<Assessment>& before,
                 const Assessment& after);
    // The alerts the last apply() raised (for showing them where the answers were entered).
    const std::vector<qint64>& raisedAlerts() const { return m_raised; }
    // For one transaction that adds many new assessments and changes nothing else (an import):
    // from now on the trial's norms and each participant's baseline are kept in memory between
    // apply() calls (updated by them) instead of being read from the database for every row.
    void beginBulk() { m_bulk = true; }

private:
    Result<bool> atBaselineVisit(const Assessment& a);
    Status raiseAlerts(const Actor& actor, const InstrumentDefinition& d, const Assessment& a,
                       const Score& score, bool isNew);
    Result<bool> alreadyRaised(qint64 assessmentId, const QString& kind);
    Result<ChangeInput> changeDefaults(const InstrumentDefinition& d);

    // The participant's baseline for change: the first by (baseline visit first, date, id).
    struct Baseline
    {
        bool found = false;
        int rank = 1; // 0 at the baseline visit
        QDate date;
        qint64 id = 0;
        double total = 0;
        bool before(const Baseline& o) const
        {
            return !o.found || std::tie(rank, date, id) < std::tie(o.rank, o.date, o.id);
        }
    };
    Result<Baseline> findBaseline(const Assessment& a);
    void remember(const Assessment& a, bool atBaseline, double total);

    Database& m_db;
    std::optional<InstrumentCatalog> m_catalog;
    std::map<qint64, int> m_weekOffsets;
    std::vector<qint64> m_raised;
    bool m_bulk = false;
    std::map<QString, ChangeInput> m_defaults;                  // bulk only
    std::map<std::pair<qint64, QString>, Baseline> m_baselines; // bulk only
    NormRepository m_norms;
    AlertRepository m_alerts;
};

} // namespace td
