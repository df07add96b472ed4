#pragma once

#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QDate>
#include <QString>
#include <algorithm>
#include <optional>

namespace td {

enum class Attendance { Attended, CancelledByPatient, CancelledByClinic, DidNotAttend };

struct TherapySession
{
    qint64 id = 0;
    qint64 participantId = 0;
    // Who gave the session: the participant's therapist unless another therapist stood in
    // (0 on a new session: the assigned therapist).
    qint64 therapistId = 0;
    qint64 recorderId = 0; // who entered it (set by the repository)
    QDate date;
    int number = 0; // 0 on a new session: the next number is taken
    SessionKind kind = SessionKind::Regular;
    Attendance attendance = Attendance::Attended;
    std::optional<int> durationMinutes; // required when attended
    bool removed = false;
    QString removedReason;
    // The person recording it confirmed that the participant had another session on the same
    // date (not stored: the core refuses a second session on a date until it is confirmed).
    bool sameDateConfirmed = false;
};

// Attendance against the arm's planned dose.
struct SessionDose
{
    int planned = 0;
    int plannedRegular = 0;
    int plannedBooster = 0;
    int attended = 0;
    int attendedRegular = 0;
    int attendedBooster = 0;
    int cancelledByPatient = 0;
    int cancelledByClinic = 0;
    int didNotAttend = 0;

    // Attended share of the planned dose (0..1, capped at 1).
    double proportion() const
    {
        return planned > 0 ? std::min(1.0, static_cast<double>(attended) / planned) : 0.0;
    }
};

// Attendance against the dose of one randomized participant, with the last session held.
struct ParticipantSessions
{
    Participant participant;
    SessionDose dose;
    QDate lastSession; // of the sessions not removed; invalid when none
};

inline constexpr Attendance allAttendances[] = {
    Attendance::Attended, Attendance::CancelledByPatient, Attendance::CancelledByClinic,
    Attendance::DidNotAttend};

QString attendanceKey(Attendance a);
// Names for people, in the current language.
QString attendanceDisplayName(Attendance a);
QString sessionKindDisplayName(SessionKind kind);
std::optional<Attendance> attendanceFromKey(const QString& key);

} // namespace td
