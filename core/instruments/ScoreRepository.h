#pragma once

#include "common/Result.h"
#include "instruments/Score.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace td {

class Database;
class InstrumentCatalog;

struct ScoreMismatch
{
    qint64 assessmentId = 0;
    QString instrumentId;
    QString stored;     // JSON of the stored score, or empty when none was stored
    QString recomputed; // JSON of the score the engine gives now, or the validation error
};

struct ScoreCheck
{
    qint64 checked = 0;
    std::vector<ScoreMismatch> mismatches;
};

// Derived scores, stored for speed next to the raw answers they come from.
class ScoreRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScoreRepository)

public:
    static Status store(Database& db, qint64 assessmentId, const Score& score);
    // The score of an assessment that has none stored yet (a new one).
    static Status insert(Database& db, qint64 assessmentId, const Score& score);
    static Result<std::optional<Score>> load(Database& db, qint64 assessmentId,
                                             const QString& instrumentId);
    // Recomputes every stored score from its raw answers and reports any that differ.
    static Result<ScoreCheck> verify(Database& db, const InstrumentCatalog& catalog);
    // Scores the assessments that have no stored score yet (recorded before scores were
    // stored, schema < 5). Answers the instrument rules now refuse stay unscored and are
    // counted, for the data manager to correct; nothing else changes.
    struct Backfill
    {
        qint64 scored = 0;
        qint64 unscorable = 0;
    };
    static Result<Backfill> scoreMissing(Database& db, const InstrumentCatalog& catalog);
    // Recomputes and stores every score (after a scoring rule changed). Maintenance without an
    // actor or audit rows: on a server only the tables' owner may (ServerAuditTie).
    static Result<qint64> rescoreAll(Database& db, const InstrumentCatalog& catalog);

    // The stored columns of a score as insert() and store() write them: total, band, complete,
    // prorated, flags, subscales, engine_version.
    static std::vector<std::pair<QString, QVariant>> columns(const Score& score);
};

} // namespace td
