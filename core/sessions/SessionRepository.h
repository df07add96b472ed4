#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "sessions/TherapySession.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class Database;

// Therapy sessions. Session records reveal the arm (the planned dose differs), so only callers
// who may see arms read them; therapists reach only their own participants.
class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)

public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    Result<TherapySession> record(const Actor& actor, TherapySession session);
    Result<TherapySession> correct(const Actor& actor, const TherapySession& session,
                                   const QString& reason);
    Status remove(const Actor& actor, qint64 sessionId, const QString& reason);
    Result<std::vector<TherapySession>> forParticipant(const Actor& actor, qint64 participantId);
    Result<SessionDose> dose(const Actor& actor, qint64 participantId);
    // dose() for every randomized, not withdrawn participant within the caller's reach, in
    // study id order: two queries whatever the size of the trial (the session log's list).
    Result<std::vector<ParticipantSessions>> doses(const Actor& actor);

private:
    Status validate(const TherapySession& s, const QDate& randomizedOn);
    // A second session of the participant on the same date is rare (a cancelled session
    // rebooked that day, an intensive day): refused as a Conflict on the field "same_date",
    // naming the sessions already there, until the caller confirms it.
    Status checkSameDate(const TherapySession& s);
    Result<TherapySession> load(const Actor& actor, qint64 id);
    Status requireReach(const Actor& actor, qint64 participantId, QDate* randomizedOn = nullptr,
                        qint64* armId = nullptr, qint64* therapistId = nullptr);

    Database& m_db;
};

} // namespace td
