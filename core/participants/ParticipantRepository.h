#pragma once

#include "access/Actor.h"
#include "audit/AuditLog.h"
#include "common/Result.h"
#include "participants/Participant.h"

#include <QCoreApplication>
#include <map>
#include <vector>

namespace td {

class Database;

// Participants from screening to the end of follow-up. Every call checks the caller's
// permission; therapists reach only their own participants; callers who may not see arms
// never receive one.
class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    explicit ParticipantRepository(Database& db) : m_db(db) {}

    // A screening log entry: everyone assessed gets one, with a study id such as OSL-007.
    Result<Participant> screen(const Actor& actor, qint64 siteId, const QDate& screeningDate);
    Result<Participant> markEligible(const Actor& actor, qint64 id);
    Result<Participant> markIneligible(const Actor& actor, qint64 id, ExclusionCategory category,
                                       const QString& reason);
    // Consent on `consentDate` to the consent form `formVersion` (e.g. "2.1 of 2026-03-01").
    Result<Participant> recordConsent(const Actor& actor, qint64 id, const QDate& consentDate,
                                      const QString& formVersion = {});
    Result<Participant> recordDeclined(const Actor& actor, qint64 id, const QString& reason);
    Result<Participant> setCovariates(const Actor& actor, qint64 id, const Covariates& c,
                                      const QString& reason = {});
    Result<Participant> assignTherapist(const Actor& actor, qint64 id, qint64 therapistUserId,
                                        const QString& reason = {});
    // Records an allocation made outside TrialDesk (e.g. a central web randomization service).
    // Refused when the trial randomizes in TrialDesk (randomization settings exist): then only
    // the Randomizer allocates, and nobody chooses an arm by hand.
    Result<Participant> recordAllocation(const Actor& actor, qint64 id, qint64 armId);
    Result<Participant> startTreatment(const Actor& actor, qint64 id);
    Result<Participant> completeTreatment(const Actor& actor, qint64 id);
    Result<Participant> withdraw(const Actor& actor, qint64 id, const QString& reason,
                                 bool dataUsable);
    Result<Participant> markLostToFollowUp(const Actor& actor, qint64 id, const QString& reason);
    // Stops treatment early; follow-up assessments go on (unlike withdrawal).
    Result<Participant> discontinueTreatment(const Actor& actor, qint64 id, const QString& reason);
    // Any status change after screening that is not its own step (eligibility decisions,
    // declining, treatment started/completed/discontinued/resumed, withdrawal, loss to
    // follow-up and return): the window's and the command line's one entry. StatusRules says
    // what may follow what and where a reason is needed.
    Result<Participant> changeStatus(const Actor& actor, qint64 id, ParticipantStatus to,
                                     const QString& reason, bool dataUsable = true);
    Result<Participant> returnFromLost(const Actor& actor, qint64 id, ParticipantStatus to,
                                       const QString& reason);

    Result<Participant> get(const Actor& actor, qint64 id);
    // Refuses as get() does a participant `actor` may not see (one read, without the
    // covariates get() adds).
    Status requireVisible(const Actor& actor, qint64 id);
    Result<Participant> getByStudyId(const Actor& actor, const QString& studyId);
    Result<std::vector<Participant>> list(const Actor& actor);
    Result<std::map<ParticipantStatus, int>> countByStatus(const Actor& actor);
    // Randomized participants per arm id; refused to anyone who may not see arms.
    Result<std::map<qint64, int>> countByArm(const Actor& actor);

private:
    friend class Randomizer;
    // Sets the arm, randomized_at and the status (audited) inside the caller's transaction.
    Result<Participant> applyAllocation(const Actor& actor, qint64 id, qint64 armId);
    Result<Participant> load(const Actor& actor, qint64 id);
    Result<Participant> transition(const Actor& actor, qint64 id, ParticipantStatus to,
                                   std::vector<FieldChange> extra, const QString& reason,
                                   Permission permission);
    static Error refusedTransition(const Participant& p, ParticipantStatus to);
    // The blinding policy (Disclosure) applied to one participant read for `actor`.
    void redact(const Actor& actor, Participant& p) const;
    // Undoes the arm's redaction for a reader who unblinded this participant in an emergency.
    Status revealUnblinded(const Actor& actor, const Participant& stored, Participant& p) const;
    QString reachFilter(const Actor& actor) const;

    Database& m_db;
};

} // namespace td
