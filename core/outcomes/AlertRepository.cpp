#include "outcomes/AlertRepository.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "audit/AuditedWrite.h"
#include "audit/ElectronicSignature.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace td {

Result<qint64> AlertRepository::raise(const Actor& actor, qint64 participantId, qint64 assessmentId,
                                      const QString& kind, const QString& detail)
{
    return AuditedWrite::insert(
        m_db, actor, QStringLiteral("alert"),
        {{QStringLiteral("participant_id"), participantId},
         {QStringLiteral("assessment_id"), assessmentId},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("detail"), detail},
         {QStringLiteral("created_at"), m_db.clock().nowUtc().toString(Qt::ISODate)}});
}

Result<std::vector<Alert>> AlertRepository::list(const Actor& actor, bool openOnly)
{
    return select(actor, openOnly, std::nullopt);
}

Result<std::vector<Alert>> AlertRepository::forParticipant(const Actor& actor, qint64 participantId)
{
    return select(actor, false, participantId);
}

Result<std::vector<Alert>> AlertRepository::select(const Actor& actor, bool openOnly,
                                                   std::optional<qint64> participantId)
{
    TD_TRY(Access::require(actor, Permission::ViewAlerts));
    QString sql = QStringLiteral(
        "SELECT a.id, a.participant_id, p.study_id, a.assessment_id, a.kind, a.detail, "
        "a.created_at, a.acknowledged_at, u.username, a.acknowledgement, "
        "a.acknowledgement_shared, u.role FROM alert a JOIN participant p ON p.id = "
        "a.participant_id "
        "LEFT JOIN users u ON u.id = a.acknowledged_by WHERE 1 = 1");
    // Alerts of session measures would date the therapy sessions.
    const Disclosure disclosure = Disclosure::of(actor);
    sql += disclosure.alertsWithoutSessions(QStringLiteral("a"));
    QVariantList bindings;
    if (openOnly)
        sql += QStringLiteral(" AND a.acknowledged_at IS NULL");
    if (participantId) {
        sql += QStringLiteral(" AND a.participant_id = ?");
        bindings << *participantId;
    }
    sql += Reach::participantCondition(actor, QStringLiteral("p"));
    sql += QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC");
    auto q = m_db.exec(sql, bindings);
    TD_TRY(q);
    std::vector<Alert> out;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        out.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                       r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString(),
                       QDateTime::fromString(r.value(6).toString(), Qt::ISODate),
                       QDateTime::fromString(r.value(7).toString(), Qt::ISODate),
                       r.value(8).toString(), r.value(9).toString(), r.value(10).toBool()});
        if (!disclosure.names(r.value(11).toString()))
            out.back().acknowledgedBy.clear();
        if (!disclosure.note(out.back().shared))
            out.back().acknowledgement.clear();
    }
    if (openOnly)
        return out;
    // One participant's few alerts: their own signatures (indexed); a list: all in one query.
    if (participantId) {
        for (Alert& a : out) {
            if (a.isOpen())
                continue;
            auto own = ElectronicSignatures::of(m_db, disclosure, QStringLiteral("alert"),
                                                QString::number(a.id));
            TD_TRY(own);
            if (!own->empty())
                a.signature = own->back();
        }
        return out;
    }
    auto signatures = ElectronicSignatures::lastByRecord(m_db, disclosure, QStringLiteral("alert"));
    TD_TRY(signatures);
    for (Alert& a : out)
        if (auto found = signatures->constFind(QString::number(a.id)); found != signatures->cend())
            a.signature = *found;
    return out;
}

Status AlertRepository::acknowledge(const Actor& actor, qint64 alertId, const QString& note,
                                    const SignWith& signature, bool shareWithBlinded)
{
    TD_TRY(Access::require(actor, Permission::AcknowledgeAlerts));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Acknowledging an alert needs a note saying what was done."));
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto q = m_db.exec(QStringLiteral("SELECT a.acknowledged_at, p.therapist_id FROM alert a JOIN "
                                      "participant p ON p.id = a.participant_id WHERE a.id = ?"),
                       {alertId});
    TD_TRY(q);
    const bool found = (*q)->next();
    const bool open = found && (*q)->value(0).isNull();
    const qint64 therapist = found ? (*q)->value(1).toLongLong() : 0;
    (*q)->finish();
    if (!found || (actor.role == Role::Therapist && therapist != actor.userId))
        return Disclosure::notFound(tr("Alert %1").arg(alertId));
    if (!open)
        return makeError(ErrorCode::Conflict, tr("Alert %1 is already acknowledged.").arg(alertId));
    TD_TRY(AuditedWrite::update(
        m_db, actor, QStringLiteral("alert"), alertId,
        {{QStringLiteral("acknowledged_at"), {}, m_db.clock().nowUtc().toString(Qt::ISODate)},
         {QStringLiteral("acknowledged_by"), {}, actor.userId},
         {QStringLiteral("acknowledgement"), {}, note.trimmed()},
         {QStringLiteral("acknowledgement_shared"), 0, shareWithBlinded ? 1 : 0}},
        note.trimmed(), AuditedWrite::Reason::Optional));
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Review, QStringLiteral("alert"),
                                      QString::number(alertId)));
    return tx.commit();
}

} // namespace td
