#include "worklists/Worklist.h"

#include "outcomes/AlertRepository.h"
#include "participants/ParticipantRepository.h"

#include <algorithm>

namespace td {

QString Worklist::describe(TaskKind kind)
{
    switch (kind) {
    case TaskKind::DecideEligibility:
        return tr("Decide eligibility");
    case TaskKind::RecordConsent:
        return tr("Record consent");
    case TaskKind::Randomize:
        return tr("Randomize");
    case TaskKind::VisitDue:
        return tr("Visit due");
    case TaskKind::VisitOverdue:
        return tr("Visit overdue");
    case TaskKind::ReviewAlert:
        return tr("Review safety alert");
    }
    return {};
}

Result<std::vector<WorkItem>> Worklist::forActor(const Actor& actor, const QDate& today)
{
    std::vector<WorkItem> out;
    if (actor.can(Permission::ScreenParticipants))
        TD_TRY(addPipeline(actor, out));
    if (actor.can(Permission::ViewAlerts) && actor.role != Role::BlindedAssessor)
        TD_TRY(addAlerts(actor, out));
    Q_UNUSED(today);
    const auto rank = [](const WorkItem& w) {
        switch (w.kind) {
        case TaskKind::ReviewAlert:
            return 0;
        case TaskKind::VisitOverdue:
            return 1;
        default:
            return 2;
        }
    };
    std::stable_sort(out.begin(), out.end(), [&](const WorkItem& a, const WorkItem& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        const QDate da = a.due.isValid() ? a.due : a.since;
        const QDate dbb = b.due.isValid() ? b.due : b.since;
        return da < dbb;
    });
    return out;
}

Status Worklist::addPipeline(const Actor& actor, std::vector<WorkItem>& out)
{
    auto list = ParticipantRepository(m_db).list(actor);
    TD_TRY(list);
    for (const Participant& p : *list) {
        switch (p.status) {
        case ParticipantStatus::Screened:
            out.push_back(
                {TaskKind::DecideEligibility, p.id, p.studyId, p.screeningDate, {}, 0, {}, 0});
            break;
        case ParticipantStatus::Eligible:
            out.push_back(
                {TaskKind::RecordConsent, p.id, p.studyId, p.screeningDate, {}, 0, {}, 0});
            break;
        case ParticipantStatus::Consented:
            if (actor.can(Permission::Randomize))
                out.push_back({TaskKind::Randomize, p.id, p.studyId, p.consentDate, {}, 0, {}, 0});
            break;
        default:
            break;
        }
    }
    return {};
}

Status Worklist::addAlerts(const Actor& actor, std::vector<WorkItem>& out)
{
    auto alerts = AlertRepository(m_db).list(actor, true);
    TD_TRY(alerts);
    for (const Alert& a : *alerts)
        out.push_back({TaskKind::ReviewAlert,
                       a.participantId,
                       a.studyId,
                       a.createdAt.date(),
                       {},
                       0,
                       a.detail,
                       a.id});
    return {};
}

} // namespace td
