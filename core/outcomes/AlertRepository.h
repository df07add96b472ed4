#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <vector>

namespace td {

class Database;

// A safety signal about one participant: a suicidality flag or a reliable deterioration.
// It stays open until someone acknowledges it with a note. It never carries the arm.
struct Alert
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString studyId;
    qint64 assessmentId = 0;
    QString kind;   // suicidality, deterioration
    QString detail; // language-neutral facts, e.g. "phq9 item 9 = 2"
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;  // empty for a blinded reader
    QString acknowledgement; // empty for a blinded reader unless shared with blinded staff
    bool shared = false;     // the note may be shown to blinded staff
    // The reviewer's electronic signature of the acknowledgement (none before signatures, and
    // none for an open alert); the signer unnamed as for acknowledgedBy.
    std::optional<ElectronicSignature> signature{};

    bool isOpen() const { return !acknowledgedAt.isValid(); }
};

class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)

public:
    explicit AlertRepository(Database& db) : m_db(db) {}

    // Called inside the transaction that saves the assessment; audited.
    Result<qint64> raise(const Actor& actor, qint64 participantId, qint64 assessmentId,
                         const QString& kind, const QString& detail);
    // The principal investigator and coordinators see every alert (site-bound coordinators:
    // of their sites); a therapist those of their own participants. A reader who may not see
    // arms gets no alert raised by a session measure (its date would tell when sessions were),
    // and sees an acknowledgement without who made it, and without its note unless the note
    // was shared with blinded staff (a note such as "seen in an extra session" names the arm).
    Result<std::vector<Alert>> list(const Actor& actor, bool openOnly);
    // One participant's alerts, newest first (one indexed query; the same rules as list()).
    Result<std::vector<Alert>> forParticipant(const Actor& actor, qint64 participantId);
    // The acknowledgement is a review signed electronically (`signature`: the password typed
    // again), in the transaction that records it.
    Status acknowledge(const Actor& actor, qint64 alertId, const QString& note,
                       const SignWith& signature, bool shareWithBlinded = false);

private:
    Result<std::vector<Alert>> select(const Actor& actor, bool openOnly,
                                      std::optional<qint64> participantId);

    Database& m_db;
};

} // namespace td
