#include "assessments/ArmGuessRepository.h"

#include "audit/AuditedWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace td {

Status ArmGuessRepository::canRecord(const Actor& actor, qint64 assessmentId)
{
    TD_TRY(Access::require(actor, Permission::RecordArmGuess));
    auto q = m_db.exec(QStringLiteral("SELECT a.rater_id, a.status, a.removed, a.assessment_date, "
                                      "substr(p.randomized_at, 1, 10), g.id FROM assessment a "
                                      "JOIN participant p ON p.id = a.participant_id LEFT JOIN "
                                      "arm_guess g ON g.assessment_id = a.id WHERE a.id = ?"),
                       {assessmentId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("Assessment %1 was not found.").arg(assessmentId));
    const qint64 rater = (*q)->value(0).toLongLong();
    const bool complete = (*q)->value(1).toString() == QStringLiteral("complete");
    const bool removed = (*q)->value(2).toBool();
    const QString rated = (*q)->value(3).toString();
    const QString randomized = (*q)->value(4).toString();
    const bool guessed = !(*q)->isNull(5);
    (*q)->finish();
    if (removed)
        return makeError(ErrorCode::Invalid,
                         tr("Assessment %1 was removed: no guess of the arm is recorded for it.")
                             .arg(assessmentId));
    if (rater != actor.userId)
        return makeError(ErrorCode::Forbidden,
                         tr("Only the assessor who rated assessment %1 records the guess of the "
                            "arm after it.")
                             .arg(assessmentId));
    if (!complete)
        return makeError(ErrorCode::Invalid, tr("Assessment %1 is a draft: the guess of the arm "
                                                "is recorded once the rating is complete.")
                                                 .arg(assessmentId));
    // ISO dates compare as text. A rating before randomization (baseline) has no arm to guess.
    if (randomized.isEmpty() || rated < randomized)
        return makeError(ErrorCode::Invalid,
                         tr("The participant was not yet randomized when assessment %1 was "
                            "rated: there is no arm to guess.")
                             .arg(assessmentId));
    if (guessed)
        return makeError(ErrorCode::Conflict,
                         tr("A guess of the arm was already recorded for assessment %1; it cannot "
                            "be recorded again or changed.")
                             .arg(assessmentId));
    return {};
}

Result<ArmGuess> ArmGuessRepository::record(const Actor& actor, qint64 assessmentId,
                                            std::optional<qint64> guessedArmId)
{
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(canRecord(actor, assessmentId));
    if (guessedArmId) {
        auto arm =
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM arm WHERE id = ?"), {*guessedArmId});
        TD_TRY(arm);
        if (arm->toInt() == 0)
            return makeError(ErrorCode::Invalid,
                             tr("Arm %1 is not an arm of this trial; guess one of the trial's "
                                "arms, or \"don't know\".")
                                 .arg(*guessedArmId));
    }
    ArmGuess g;
    g.assessmentId = assessmentId;
    g.assessorId = actor.userId;
    g.guessedArmId = guessedArmId;
    g.recordedAt = m_db.clock().nowUtc();
    const QVariant arm = guessedArmId ? QVariant(*guessedArmId) : QVariant();
    const QString at = g.recordedAt.toString(Qt::ISODate);
    // "don't know" is a NULL arm in the table; the audit trail spells it out.
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("arm_guess"),
        {{QStringLiteral("assessment_id"), assessmentId},
         {QStringLiteral("assessor_id"), actor.userId},
         {QStringLiteral("guessed_arm_id"), arm},
         {QStringLiteral("recorded_at"), at}},
        {{QStringLiteral("assessment_id"), assessmentId},
         {QStringLiteral("assessor_id"), actor.userId},
         {QStringLiteral("guessed_arm_id"),
          guessedArmId ? QVariant(*guessedArmId) : QVariant(QStringLiteral("dont_know"))},
         {QStringLiteral("recorded_at"), at}});
    TD_TRY(id);
    g.id = *id;
    TD_TRY(tx.commit());
    return g;
}

} // namespace td
