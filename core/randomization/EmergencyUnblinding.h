#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <vector>

namespace td {

class Database;

// One emergency unblinding: a blinded user learned one participant's arm.
struct UnblindingRecord
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString studyId;
    qint64 userId = 0;
    QString username;
    QString reason;
    QDateTime createdAt;
    QDateTime reviewedAt; // invalid until the principal investigator has seen it
    qint64 reviewedBy = 0;
    std::optional<ElectronicSignature> signature{}; // of the review
};

// Emergency unblinding of one participant for a blinded user (e.g. a serious adverse event).
// It needs a reason, is audited, and leaves a record the principal investigator reviews.
class EmergencyUnblinding
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyUnblinding)

public:
    static constexpr int minReasonLength = 10;

    explicit EmergencyUnblinding(Database& db) : m_db(db) {}

    // The participant's arm id, for a user with EmergencyUnblind.
    Result<qint64> unblind(const Actor& actor, qint64 participantId, const QString& reason);
    // The arm of a participant whom the signed-in user unblinded: from the table where their
    // login may read it, else (a blinded login on a server) from td_unblinded_arm, which gives
    // it only after a recorded, committed unblinding. NULL when not randomized.
    static Result<QVariant> armOf(Database& db, qint64 participantId);
    // For the principal investigator (ReviewUnblindings), newest first.
    Result<std::vector<UnblindingRecord>> list(const Actor& actor, bool unreviewedOnly = false);
    // The review is signed electronically (`signature`: the password typed again).
    Status acknowledge(const Actor& actor, qint64 recordId, const SignWith& signature);

private:
    Database& m_db;
};

} // namespace td
