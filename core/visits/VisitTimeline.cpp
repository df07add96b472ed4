#include "visits/VisitTimeline.h"

#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <cstdlib>

namespace td {

std::optional<qint64> Visit::daysFromTarget() const
{
    if (!target.isValid() || !performedOn.isValid())
        return std::nullopt;
    return target.daysTo(performedOn);
}

bool Visit::outsideWindow() const
{
    const auto days = daysFromTarget();
    return days && std::llabs(*days) > windowDays;
}

bool VisitTimeline::hasNoData(const Assessment& a)
{
    for (const QString& item : a.items)
        if (item != Assessment::missingItem())
            return false;
    return true;
}

std::vector<Visit> VisitTimeline::build(const Protocol& protocol, const Participant& participant,
                                        const std::vector<Assessment>& assessments,
                                        const QDate& today)
{
    const bool randomized = participant.isRandomized();
    const QDate randomizedOn = randomized ? participant.randomizedAt.date() : QDate();
    std::vector<Visit> out;
    out.reserve(protocol.schedule.size());
    const Arm* arm = participant.armId ? protocol.arm(*participant.armId) : nullptr;
    for (const TimePoint& tp : protocol.schedule) {
        // A visit for some arms only (the DIT pilot's 12-month follow-up). When the reader may
        // not see the arm, every visit is listed: leaving one out would reveal the arm.
        if (arm && !tp.isForArm(arm->code))
            continue;
        Visit v;
        v.timePointId = tp.id;
        v.code = tp.code;
        v.label = tp.label;
        v.weekOffset = tp.weekOffset;
        v.windowDays = tp.windowDays;
        for (const ScheduledInstrument& si : tp.instruments)
            v.scheduled << si.instrumentId;
        if (randomized)
            v.target = randomizedOn.addDays(7LL * tp.weekOffset);
        else if (tp.weekOffset <= 0 && participant.consentDate.isValid())
            v.target = participant.consentDate;
        if (v.target.isValid()) {
            v.windowOpen = v.target.addDays(-tp.windowDays);
            v.windowClose = v.target.addDays(tp.windowDays);
        }

        bool anyData = false;
        bool missedRecord = false;
        for (const Assessment& a : assessments) {
            if (a.removed || a.participantId != participant.id || a.timePointId != tp.id)
                continue;
            if (hasNoData(a)) {
                // All items missing: the reason is what says the visit (or this instrument)
                // was missed.
                if (!a.missingReason.trimmed().isEmpty()) {
                    missedRecord = true;
                    if (v.missingReason.isEmpty())
                        v.missingReason = a.missingReason.trimmed();
                }
                continue;
            }
            anyData = true;
            if (!v.performedOn.isValid() || a.date < v.performedOn)
                v.performedOn = a.date;
            if (v.missingReason.isEmpty() && !a.missingReason.trimmed().isEmpty())
                v.missingReason = a.missingReason.trimmed();
            if (a.status == AssessmentStatus::Complete && v.scheduled.contains(a.instrumentId) &&
                !v.completed.contains(a.instrumentId))
                v.completed << a.instrumentId;
        }
        // In the protocol's order, whatever order the records came in.
        QStringList ordered;
        for (const QString& id : v.scheduled)
            if (v.completed.contains(id))
                ordered << id;
        v.completed = ordered;

        if (anyData) {
            // A visit that schedules nothing is done by any record with data.
            v.state =
                v.completed.size() == v.scheduled.size() ? VisitState::Done : VisitState::Partial;
        } else if (missedRecord) {
            v.state = VisitState::Missed;
        } else if (!v.target.isValid()) {
            v.state = VisitState::NotScheduled;
        } else if (today < v.windowOpen) {
            v.state = VisitState::Upcoming;
        } else if (today <= v.windowClose) {
            v.state = VisitState::Due;
        } else {
            v.state = VisitState::Overdue;
        }
        out.push_back(std::move(v));
    }
    return out;
}

Result<std::vector<Visit>> VisitTimeline::forParticipant(Database& db, const Actor& actor,
                                                         qint64 participantId)
{
    auto participant = ParticipantRepository(db).get(actor, participantId);
    TD_TRY(participant);
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);
    auto assessments = AssessmentRepository(db).forParticipant(actor, participantId);
    TD_TRY(assessments);
    return build(*protocol, *participant, *assessments, db.clock().today());
}

QString VisitTimeline::stateKey(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return QStringLiteral("done");
    case VisitState::Partial:
        return QStringLiteral("partial");
    case VisitState::Missed:
        return QStringLiteral("missed");
    case VisitState::Overdue:
        return QStringLiteral("overdue");
    case VisitState::Due:
        return QStringLiteral("due");
    case VisitState::Upcoming:
        return QStringLiteral("upcoming");
    case VisitState::NotScheduled:
        return QStringLiteral("not_scheduled");
    }
    return {};
}

QString VisitTimeline::displayName(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return tr("Done");
    case VisitState::Partial:
        return tr("Partly done");
    case VisitState::Missed:
        return tr("Missed");
    case VisitState::Overdue:
        return tr("Overdue");
    case VisitState::Due:
        return tr("Due");
    case VisitState::Upcoming:
        return tr("Upcoming");
    case VisitState::NotScheduled:
        return tr("Not scheduled");
    }
    return {};
}

} // namespace td
