#include "participants/Screening.h"

#include "audit/AuditLog.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QStringList>

namespace td {

std::vector<EligibilityCriterion> Screening::criteriaFor(const Protocol& protocol, int version)
{
    std::vector<EligibilityCriterion> out;
    for (const EligibilityCriterion& c : protocol.eligibility)
        if (c.sinceVersion <= std::max(version, 1))
            out.push_back(c);
    return out;
}

Result<std::map<QString, bool>> Screening::answers(const Actor& actor, qint64 participantId)
{
    TD_TRY(ParticipantRepository(m_db).get(actor, participantId));
    auto q = m_db.exec(QStringLiteral("SELECT c.code, a.answer FROM eligibility_answer a JOIN "
                                      "eligibility_criterion c ON c.id = a.criterion_id WHERE "
                                      "a.participant_id = ?"),
                       {participantId});
    TD_TRY(q);
    std::map<QString, bool> out;
    while ((*q)->next())
        out[(*q)->value(0).toString()] = (*q)->value(1).toBool();
    return out;
}

Status Screening::store(const Actor& actor, const Protocol& protocol, const Participant& p,
                        const std::map<QString, bool>& answers)
{
    const auto criteria = criteriaFor(protocol, p.protocolVersionScreened);
    auto stored = this->answers(actor, p.id);
    TD_TRY(stored);
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    // One audit row for the answers given together, with the time they were given.
    std::vector<std::pair<QString, QVariant>> audited;
    for (const auto& [code, applies] : answers) {
        const EligibilityCriterion* c = nullptr;
        QStringList known;
        for (const EligibilityCriterion& candidate : criteria) {
            known << candidate.code;
            if (candidate.code == code)
                c = &candidate;
        }
        if (!c)
            return makeError(
                ErrorCode::Invalid,
                tr("\"%1\" is not an eligibility criterion of this protocol for %2. "
                   "Its criteria: %3.")
                    .arg(code, p.studyId,
                         known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))),
                code);
        if (stored->count(code)) {
            if (stored->at(code) == applies)
                continue;
            return makeError(ErrorCode::Conflict,
                             tr("The answer to \"%1\" for %2 is already recorded; an answer is "
                                "not changed once given.")
                                 .arg(code, p.studyId),
                             code);
        }
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO eligibility_answer (participant_id, "
                                        "criterion_id, answer, answered_at) VALUES (?, ?, ?, ?)"),
                         {p.id, c->id, applies ? 1 : 0, now}));
        audited.push_back({QStringLiteral("eligibility.") + code,
                           applies ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    if (audited.empty())
        return {};
    audited.push_back({QStringLiteral("eligibility_answered_at"), now});
    return AuditLog::recordCreated(m_db, actor, QStringLiteral("participant"), p.id, audited);
}

Result<Participant> Screening::decide(const Actor& actor, const Protocol& protocol,
                                      qint64 participantId)
{
    ParticipantRepository participants(m_db);
    auto p = participants.get(actor, participantId);
    TD_TRY(p);
    const auto criteria = criteriaFor(protocol, p->protocolVersionScreened);
    if (p->status != ParticipantStatus::Screened || criteria.empty())
        return p;
    auto given = answers(actor, participantId);
    TD_TRY(given);
    QStringList notMet, present;
    for (const EligibilityCriterion& c : criteria) {
        const auto a = given->find(c.code);
        if (a == given->end())
            return p; // not every criterion answered yet
        // Stored in English with the code, whatever the screen's language (the screening log
        // and CONSORT reasons must read the same for everyone).
        const QString named = QStringLiteral("%1 (%2)").arg(c.code, c.text.en);
        if (c.kind == CriterionKind::Inclusion && !a->second)
            notMet << named;
        if (c.kind == CriterionKind::Exclusion && a->second)
            present << named;
    }
    if (notMet.isEmpty() && present.isEmpty())
        return participants.markEligible(actor, participantId);
    QStringList why;
    if (!notMet.isEmpty())
        why << QStringLiteral("Inclusion not met: %1").arg(notMet.join(QStringLiteral(", ")));
    if (!present.isEmpty())
        why << QStringLiteral("Exclusion present: %1").arg(present.join(QStringLiteral(", ")));
    return participants.markIneligible(actor, participantId, ExclusionCategory::InclusionNotMet,
                                       why.join(QStringLiteral("; ")));
}

Result<Participant> Screening::screen(const Actor& actor, const ScreeningInput& input)
{
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    ParticipantRepository participants(m_db);
    auto p = participants.screen(actor, input.siteId, input.date);
    TD_TRY(p);
    TD_TRY(CovariateValues(m_db).write(actor, *protocol, *p, input.covariates, {}));
    TD_TRY(store(actor, *protocol, *p, input.answers));
    auto decided = decide(actor, *protocol, p->id);
    TD_TRY(decided);
    TD_TRY(tx.commit());
    return decided;
}

Result<Participant> Screening::answer(const Actor& actor, qint64 participantId,
                                      const std::map<QString, bool>& answers)
{
    TD_TRY(Access::require(actor, Permission::ScreenParticipants));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto p = ParticipantRepository(m_db).get(actor, participantId);
    TD_TRY(p);
    if (p->status != ParticipantStatus::Screened)
        return makeError(ErrorCode::Conflict,
                         tr("Eligibility of %1 is already decided (\"%2\").")
                             .arg(p->studyId, StatusRules::displayName(p->status)));
    TD_TRY(store(actor, *protocol, *p, answers));
    auto decided = decide(actor, *protocol, participantId);
    TD_TRY(decided);
    TD_TRY(tx.commit());
    return decided;
}

} // namespace td
