#include "randomization/EmergencyUnblinding.h"

#include "access/Disclosure.h"
#include "access/ServerRoles.h"
#include "audit/AuditedWrite.h"
#include "audit/ElectronicSignature.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace td {

Result<qint64> EmergencyUnblinding::unblind(const Actor& actor, qint64 participantId,
                                            const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::EmergencyUnblind));
    const QString why = reason.trimmed();
    if (why.size() < minReasonLength)
        return makeError(ErrorCode::Invalid,
                         tr("An emergency unblinding needs a reason of at least %1 characters; "
                            "it goes to the audit trail and to the principal investigator.")
                             .arg(minReasonLength));
    // On a server a blinded login cannot read the arm: the unblinding is recorded and
    // committed first, and the arm read after (armOf, td_unblinded_arm).
    const bool armReadable =
        ServerRoles::mayRead(m_db, QStringLiteral("participant"), QStringLiteral("arm_id"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    // Also checks that the participant is within the user's reach.
    auto p = ParticipantRepository(m_db).get(actor, participantId);
    TD_TRY(p);
    auto arm = armReadable ? m_db.scalar(QStringLiteral("SELECT arm_id FROM participant WHERE "
                                                        "id = ?"),
                                         {participantId})
                           : m_db.scalar(QStringLiteral("SELECT CASE WHEN randomized_at IS NULL "
                                                        "THEN NULL ELSE -1 END FROM participant "
                                                        "WHERE id = ?"),
                                         {participantId});
    TD_TRY(arm);
    if (arm->isNull())
        return makeError(
            ErrorCode::Invalid,
            tr("%1 is not randomized, so there is no arm to unblind.").arg(p->studyId));
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    TD_TRY(AuditedWrite::insert(m_db, actor, QStringLiteral("emergency_unblinding"),
                                {{QStringLiteral("participant_id"), participantId},
                                 {QStringLiteral("user_id"), actor.userId},
                                 {QStringLiteral("reason"), why},
                                 {QStringLiteral("created_at"), now}}));
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("unblinded"),
                             QStringLiteral("participant"),
                             QString::number(participantId),
                             QStringLiteral("arm_id"),
                             {},
                             {},
                             why}));
    TD_TRY(tx.commit());
    if (armReadable)
        return arm->toLongLong();
    auto unblinded = armOf(m_db, participantId);
    TD_TRY(unblinded);
    return unblinded->toLongLong();
}

Result<QVariant> EmergencyUnblinding::armOf(Database& db, qint64 participantId)
{
    if (ServerRoles::mayRead(db, QStringLiteral("participant"), QStringLiteral("arm_id")))
        return db.scalar(QStringLiteral("SELECT arm_id FROM participant WHERE id = ?"),
                         {participantId});
    return db.scalar(QStringLiteral("SELECT td_unblinded_arm(?)"), {participantId});
}

Result<std::vector<UnblindingRecord>> EmergencyUnblinding::list(const Actor& actor,
                                                                bool unreviewedOnly)
{
    TD_TRY(Access::require(actor, Permission::ReviewUnblindings));
    auto q = m_db.exec(
        QStringLiteral("SELECT e.id, e.participant_id, p.study_id, e.user_id, u.username, "
                       "e.reason, e.created_at, e.reviewed_at, e.reviewed_by FROM "
                       "emergency_unblinding e JOIN participant p ON p.id = e.participant_id "
                       "JOIN users u ON u.id = e.user_id WHERE (? = 0 OR e.reviewed_at IS NULL) "
                       "ORDER BY e.id DESC"),
        {unreviewedOnly ? 1 : 0});
    TD_TRY(q);
    std::vector<UnblindingRecord> out;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        out.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                       r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString(),
                       QDateTime::fromString(r.value(6).toString(), Qt::ISODate),
                       QDateTime::fromString(r.value(7).toString(), Qt::ISODate),
                       r.value(8).toLongLong()});
    }
    auto signatures = ElectronicSignatures::lastByRecord(m_db, Disclosure::of(actor),
                                                         QStringLiteral("emergency_unblinding"));
    TD_TRY(signatures);
    for (UnblindingRecord& u : out)
        if (auto found = signatures->constFind(QString::number(u.id)); found != signatures->cend())
            u.signature = *found;
    return out;
}

Status EmergencyUnblinding::acknowledge(const Actor& actor, qint64 recordId,
                                        const SignWith& signature)
{
    TD_TRY(Access::require(actor, Permission::ReviewUnblindings));
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto reviewed = m_db.exec(
        QStringLiteral("SELECT reviewed_at FROM emergency_unblinding WHERE id = ?"), {recordId});
    TD_TRY(reviewed);
    if (!(*reviewed)->next())
        return makeError(ErrorCode::NotFound,
                         tr("Emergency unblinding %1 does not exist.").arg(recordId));
    const bool done = !(*reviewed)->value(0).isNull();
    (*reviewed)->finish();
    if (done)
        return makeError(ErrorCode::Conflict,
                         tr("Emergency unblinding %1 has already been reviewed.").arg(recordId));
    TD_TRY(AuditedWrite::update(
        m_db, actor, QStringLiteral("emergency_unblinding"), recordId,
        {{QStringLiteral("reviewed_at"), {}, m_db.clock().nowUtc().toString(Qt::ISODate)},
         {QStringLiteral("reviewed_by"), {}, actor.userId}},
        {}, AuditedWrite::Reason::Optional));
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Review,
                                      QStringLiteral("emergency_unblinding"),
                                      QString::number(recordId)));
    return tx.commit();
}

} // namespace td
