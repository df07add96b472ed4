#include "sessions/SessionRepository.h"

#include "access/Disclosure.h"
#include "audit/AuditedWrite.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <unordered_map>

namespace td {

QString attendanceKey(Attendance a)
{
    switch (a) {
    case Attendance::Attended:
        return QStringLiteral("attended");
    case Attendance::CancelledByPatient:
        return QStringLiteral("cancelled_patient");
    case Attendance::CancelledByClinic:
        return QStringLiteral("cancelled_clinic");
    case Attendance::DidNotAttend:
        return QStringLiteral("did_not_attend");
    }
    return {};
}

namespace {
class SessionNames
{
    Q_DECLARE_TR_FUNCTIONS(SessionNames)

public:
    static QString attendance(Attendance a)
    {
        switch (a) {
        case Attendance::Attended:
            return tr("Attended");
        case Attendance::CancelledByPatient:
            return tr("Cancelled by patient");
        case Attendance::CancelledByClinic:
            return tr("Cancelled by clinic");
        case Attendance::DidNotAttend:
            return tr("Did not attend");
        }
        return {};
    }
    static QString kind(SessionKind k)
    {
        return k == SessionKind::Booster ? tr("Booster") : tr("Regular");
    }
};
} // namespace

QString attendanceDisplayName(Attendance a)
{
    return SessionNames::attendance(a);
}

QString sessionKindDisplayName(SessionKind kind)
{
    return SessionNames::kind(kind);
}

std::optional<Attendance> attendanceFromKey(const QString& key)
{
    for (auto a : allAttendances)
        if (attendanceKey(a) == key)
            return a;
    return std::nullopt;
}

namespace {
const QString kColumns = QStringLiteral("id, participant_id, therapist_id, session_date, "
                                        "session_number, kind, attendance, duration_minutes, "
                                        "removed, removed_reason, recorder_id");

TherapySession fromRow(const QSqlQuery& r)
{
    TherapySession s;
    s.id = r.value(0).toLongLong();
    s.participantId = r.value(1).toLongLong();
    s.therapistId = r.value(2).toLongLong();
    s.date = QDate::fromString(r.value(3).toString(), Qt::ISODate);
    s.number = r.value(4).toInt();
    s.kind = r.value(5).toString() == QStringLiteral("booster") ? SessionKind::Booster
                                                                : SessionKind::Regular;
    s.attendance = attendanceFromKey(r.value(6).toString()).value_or(Attendance::Attended);
    if (!r.value(7).isNull())
        s.durationMinutes = r.value(7).toInt();
    s.removed = r.value(8).toBool();
    s.removedReason = r.value(9).toString();
    s.recorderId = r.value(10).toLongLong();
    return s;
}

QVariant duration(const TherapySession& s)
{
    return s.durationMinutes ? QVariant(*s.durationMinutes) : QVariant();
}
} // namespace

Status SessionRepository::requireReach(const Actor& actor, qint64 participantId,
                                       QDate* randomizedOn, qint64* armId, qint64* therapistId)
{
    if (!Disclosure::of(actor).sessions())
        return makeError(ErrorCode::Forbidden,
                         tr("Therapy session records reveal the treatment arm, so %1 (%2) may not "
                            "see them.")
                             .arg(actor.username, Roles::displayName(actor.role)));
    ParticipantRepository participants(m_db);
    auto p = participants.get(actor, participantId);
    TD_TRY(p);
    if (!p->isRandomized())
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not randomized; sessions are recorded only after "
                            "randomization.")
                             .arg(p->studyId));
    if (randomizedOn)
        *randomizedOn = p->randomizedAt.date();
    if (armId)
        *armId = p->armId.value_or(0);
    if (therapistId)
        *therapistId = p->therapistId;
    return {};
}

Status SessionRepository::validate(const TherapySession& s, const QDate& randomizedOn)
{
    if (!s.date.isValid() || s.date > m_db.clock().today())
        return makeError(ErrorCode::Invalid,
                         tr("The session date must be a valid date no later than today."));
    if (randomizedOn.isValid() && s.date < randomizedOn)
        return makeError(ErrorCode::Invalid, tr("Session date %1 is before randomization (%2).")
                                                 .arg(s.date.toString(Qt::ISODate),
                                                      randomizedOn.toString(Qt::ISODate)));
    if (s.number < 1 || s.number > 500)
        return makeError(ErrorCode::Invalid,
                         tr("Session number %1 is not allowed: enter 1 to 500.").arg(s.number));
    if (s.attendance == Attendance::Attended) {
        if (!s.durationMinutes || *s.durationMinutes < 5 || *s.durationMinutes > 240)
            return makeError(ErrorCode::Invalid,
                             tr("An attended session needs its duration: enter 5 to 240 "
                                "minutes."));
    } else if (s.durationMinutes) {
        return makeError(ErrorCode::Invalid,
                         tr("A session that did not take place has no duration; leave it "
                            "empty."));
    }
    return {};
}

Status SessionRepository::checkSameDate(const TherapySession& s)
{
    if (s.sameDateConfirmed)
        return {};
    auto q = m_db.exec(QStringLiteral("SELECT session_number, attendance FROM therapy_session "
                                      "WHERE participant_id = ? AND session_date = ? AND "
                                      "removed = 0 AND id <> ? ORDER BY session_number"),
                       {s.participantId, s.date.toString(Qt::ISODate), s.id});
    TD_TRY(q);
    QStringList held;
    const QLocale locale;
    while ((*q)->next())
        held << tr("session %1, %2")
                    .arg(locale.toString((*q)->value(0).toInt()),
                         attendanceDisplayName(attendanceFromKey((*q)->value(1).toString())
                                                   .value_or(Attendance::Attended))
                             .toLower());
    (*q)->finish();
    if (held.isEmpty())
        return {};
    auto studyId = m_db.scalar(QStringLiteral("SELECT study_id FROM participant WHERE id = ?"),
                               {s.participantId});
    TD_TRY(studyId);
    const QString who = studyId->toString();
    const QString date = locale.toString(s.date, QLocale::ShortFormat);
    const QString message =
        held.size() == 1
            ? tr("%1 already has a session on %2 (%3). Two sessions on one date are rare: "
                 "check the date, or confirm that this is another session on the same day.")
                  .arg(who, date, held.front())
            : tr("%1 already has %2 sessions on %3 (%4). Check the date, or confirm that this "
                 "is another session on the same day.")
                  .arg(who, locale.toString(static_cast<int>(held.size())), date,
                       held.join(QStringLiteral("; ")));
    return makeError(ErrorCode::Conflict, message, QStringLiteral("same_date"));
}

Result<TherapySession> SessionRepository::record(const Actor& actor, TherapySession s)
{
    TD_TRY(Access::require(actor, Permission::RecordSessions));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    QDate randomizedOn;
    qint64 assignedTherapist = 0;
    TD_TRY(requireReach(actor, s.participantId, &randomizedOn, nullptr, &assignedTherapist));
    // The participant's therapist gave the session, whoever keys it in; a therapist keying
    // their own session is that therapist.
    if (s.therapistId == 0)
        s.therapistId = actor.role == Role::Therapist ? actor.userId : assignedTherapist;
    if (s.therapistId == 0)
        return makeError(ErrorCode::Invalid,
                         tr("The session needs a therapist; assign one to the participant first."),
                         QStringLiteral("therapist"));
    if (s.therapistId != assignedTherapist) {
        auto role = m_db.scalar(
            QStringLiteral("SELECT role FROM users WHERE id = ? AND active = 1"), {s.therapistId});
        if (!role.ok() || role->toString() != Roles::key(Role::Therapist))
            return makeError(ErrorCode::Invalid,
                             tr("User %1 is not an active therapist; a session is given by the "
                                "participant's therapist or another therapist standing in.")
                                 .arg(s.therapistId),
                             QStringLiteral("therapist"));
    }
    s.recorderId = actor.userId;
    if (s.number == 0) {
        auto next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(session_number), 0) + 1 FROM "
                                               "therapy_session WHERE participant_id = ? AND "
                                               "removed = 0"),
                                {s.participantId});
        TD_TRY(next);
        s.number = next->toInt();
    }
    TD_TRY(validate(s, randomizedOn));
    TD_TRY(checkSameDate(s));
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("therapy_session"),
        {{QStringLiteral("participant_id"), s.participantId},
         {QStringLiteral("therapist_id"), s.therapistId},
         {QStringLiteral("recorder_id"), s.recorderId},
         {QStringLiteral("session_date"), s.date},
         {QStringLiteral("session_number"), s.number},
         {QStringLiteral("kind"), sessionKindKey(s.kind)},
         {QStringLiteral("attendance"), attendanceKey(s.attendance)},
         {QStringLiteral("duration_minutes"), duration(s)},
         {QStringLiteral("created_at"), m_db.clock().nowUtc().toString(Qt::ISODate)}});
    TD_TRY(id);
    TD_TRY(tx.commit());
    s.id = *id;
    return s;
}

Result<TherapySession> SessionRepository::load(const Actor& actor, qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM therapy_session WHERE id = ?").arg(kColumns),
                       {id});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("Session %1 was not found.").arg(id));
    TherapySession s = fromRow(**q);
    (*q)->finish();
    TD_TRY(requireReach(actor, s.participantId));
    return s;
}

Result<TherapySession> SessionRepository::correct(const Actor& actor, const TherapySession& s,
                                                  const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::RecordSessions));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto old = load(actor, s.id);
    TD_TRY(old);
    if (old->removed)
        return makeError(ErrorCode::Invalid,
                         tr("Session %1 was removed and cannot be changed.").arg(s.id));
    QDate randomizedOn;
    TD_TRY(requireReach(actor, old->participantId, &randomizedOn));
    TD_TRY(validate(s, randomizedOn));
    if (s.date != old->date) {
        TherapySession moved = s;
        moved.participantId = old->participantId;
        TD_TRY(checkSameDate(moved));
    }
    TD_TRY(AuditedWrite::update(
        m_db, actor, QStringLiteral("therapy_session"), s.id,
        {{QStringLiteral("session_date"), old->date, s.date},
         {QStringLiteral("session_number"), old->number, s.number},
         {QStringLiteral("kind"), sessionKindKey(old->kind), sessionKindKey(s.kind)},
         {QStringLiteral("attendance"), attendanceKey(old->attendance),
          attendanceKey(s.attendance)},
         {QStringLiteral("duration_minutes"), duration(*old), duration(s)}},
        reason, AuditedWrite::Reason::RequiredToOverwrite));
    TD_TRY(tx.commit());
    return load(actor, s.id);
}

Status SessionRepository::remove(const Actor& actor, qint64 sessionId, const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::RemoveClinicalRecords));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Removing a session needs a reason."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto old = load(actor, sessionId);
    TD_TRY(old);
    if (old->removed)
        return makeError(ErrorCode::Invalid, tr("Session %1 is already removed.").arg(sessionId));
    // Removal is a status, never a DELETE: the record and its history stay.
    TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("therapy_session"), sessionId,
                                {{QStringLiteral("removed"), 0, 1},
                                 {QStringLiteral("removed_reason"), {}, reason.trimmed()}},
                                reason, AuditedWrite::Reason::Optional));
    return tx.commit();
}

Result<std::vector<TherapySession>> SessionRepository::forParticipant(const Actor& actor,
                                                                      qint64 participantId)
{
    TD_TRY(requireReach(actor, participantId));
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM therapy_session WHERE participant_id = ? "
                                      "ORDER BY session_date, session_number, id")
                           .arg(kColumns),
                       {participantId});
    TD_TRY(q);
    std::vector<TherapySession> out;
    while ((*q)->next())
        out.push_back(fromRow(**q));
    return out;
}

namespace {
// Adds `n` sessions of one kind and attendance to a dose.
void countSessions(SessionDose& d, const QString& kind, const QString& attendance, int n)
{
    const bool booster = kind == QStringLiteral("booster");
    switch (attendanceFromKey(attendance).value_or(Attendance::Attended)) {
    case Attendance::Attended:
        d.attended += n;
        (booster ? d.attendedBooster : d.attendedRegular) += n;
        break;
    case Attendance::CancelledByPatient:
        d.cancelledByPatient += n;
        break;
    case Attendance::CancelledByClinic:
        d.cancelledByClinic += n;
        break;
    case Attendance::DidNotAttend:
        d.didNotAttend += n;
        break;
    }
}
} // namespace

Result<SessionDose> SessionRepository::dose(const Actor& actor, qint64 participantId)
{
    qint64 armId = 0;
    TD_TRY(requireReach(actor, participantId, nullptr, &armId));
    SessionDose d;
    auto plan = m_db.exec(QStringLiteral("SELECT kind, SUM(session_count) FROM arm_session_plan "
                                         "WHERE arm_id = ? GROUP BY kind"),
                          {armId});
    TD_TRY(plan);
    while ((*plan)->next()) {
        const int n = (*plan)->value(1).toInt();
        ((*plan)->value(0).toString() == QStringLiteral("booster") ? d.plannedBooster
                                                                   : d.plannedRegular) = n;
    }
    d.planned = d.plannedRegular + d.plannedBooster;
    auto q = m_db.exec(QStringLiteral("SELECT kind, attendance, COUNT(*) FROM therapy_session "
                                      "WHERE participant_id = ? AND removed = 0 GROUP BY kind, "
                                      "attendance"),
                       {participantId});
    TD_TRY(q);
    while ((*q)->next())
        countSessions(d, (*q)->value(0).toString(), (*q)->value(1).toString(),
                      (*q)->value(2).toInt());
    return d;
}

Result<std::vector<ParticipantSessions>> SessionRepository::doses(const Actor& actor)
{
    if (!Disclosure::of(actor).sessions())
        return makeError(ErrorCode::Forbidden,
                         tr("Therapy session records reveal the treatment arm, so %1 (%2) may not "
                            "see them.")
                             .arg(actor.username, Roles::displayName(actor.role)));
    // The reach (a therapist's own participants) is the participant list's.
    auto list = ParticipantRepository(m_db).list(actor);
    TD_TRY(list);
    std::unordered_map<qint64, std::pair<int, int>> plans; // arm -> regular, booster
    auto plan = m_db.exec(QStringLiteral("SELECT arm_id, kind, SUM(session_count) FROM "
                                         "arm_session_plan GROUP BY arm_id, kind"));
    TD_TRY(plan);
    while ((*plan)->next()) {
        auto& [regular, booster] = plans[(*plan)->value(0).toLongLong()];
        ((*plan)->value(1).toString() == QStringLiteral("booster") ? booster : regular) =
            (*plan)->value(2).toInt();
    }
    std::unordered_map<qint64, std::size_t> at;
    std::vector<ParticipantSessions> out;
    for (Participant& p : list.value()) {
        if (!p.isRandomized() || p.status == ParticipantStatus::Withdrawn)
            continue;
        ParticipantSessions row{std::move(p), {}, {}};
        const auto [regular, booster] = plans[row.participant.armId.value_or(0)];
        row.dose.plannedRegular = regular;
        row.dose.plannedBooster = booster;
        row.dose.planned = regular + booster;
        at[row.participant.id] = out.size();
        out.push_back(std::move(row));
    }
    auto q = m_db.exec(QStringLiteral("SELECT participant_id, kind, attendance, COUNT(*), "
                                      "MAX(session_date) FROM therapy_session WHERE removed = 0 "
                                      "GROUP BY participant_id, kind, attendance"));
    TD_TRY(q);
    while ((*q)->next()) {
        const auto it = at.find((*q)->value(0).toLongLong());
        if (it == at.end())
            continue; // out of reach, or not on the list
        ParticipantSessions& row = out[it->second];
        countSessions(row.dose, (*q)->value(1).toString(), (*q)->value(2).toString(),
                      (*q)->value(3).toInt());
        const QDate last = QDate::fromString((*q)->value(4).toString(), Qt::ISODate);
        if (last.isValid() && (!row.lastSession.isValid() || last > row.lastSession))
            row.lastSession = last;
    }
    return out;
}

} // namespace td
