#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace td {

class Database;

// The blinded assessor's guess of a participant's arm after a rating (docs/science.md section 3,
// blinding integrity). Empty guessedArmId: "don't know".
struct ArmGuess
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 assessorId = 0;
    std::optional<qint64> guessedArmId;
    QDateTime recordedAt;
};

// Records guesses: one per completed assessment, by the blinded assessor who rated it, for a
// participant randomized by the time of the rating; the guess is an arm of the trial or "don't
// know", is audited, and never changes. Nothing here tells whether a guess was right: that is
// for the dashboard's blinding index (PI and statistician only).
class ArmGuessRepository
{
    Q_DECLARE_TR_FUNCTIONS(ArmGuessRepository)

public:
    explicit ArmGuessRepository(Database& db) : m_db(db) {}

    // Ok when `actor` may record the guess of this assessment now, else the refusal (the entry
    // form asks for a guess only when this is ok).
    Status canRecord(const Actor& actor, qint64 assessmentId);
    Result<ArmGuess> record(const Actor& actor, qint64 assessmentId,
                            std::optional<qint64> guessedArmId);

private:
    Database& m_db;
};

} // namespace td
