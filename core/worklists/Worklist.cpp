#include "worklists/Worklist.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantStatus.h"
#include "quality/DoubleEntry.h"
#include "randomization/EmergencyUnblinding.h"
#include "randomization/StratumReserve.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"
#include "trial/ProtocolRepository.h"
#include "visits/ExpectedForms.h"

#include <QSet>
#include <algorithm>
#include <unordered_set>

namespace td {

namespace {
// Which scheduled instruments are the role's to record at visits: the blinded assessor rates
// the blinded clinician instruments, the coordinator sees to the rest.
bool ownsInstrument(Role role, Rater rater)
{
    if (role == Role::BlindedAssessor)
        return rater == Rater::BlindedClinician;
    if (role == Role::Coordinator)
        return rater != Rater::BlindedClinician;
    return false;
}

} // namespace

bool WorkItem::isOverdue(const QDate& today) const
{
    if (kind == TaskKind::VisitOverdue)
        return true;
    if (kind == TaskKind::VisitDue || kind == TaskKind::ReviewAlert ||
        kind == TaskKind::ReviewUnblinding)
        return false;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return since.isValid() && since < monday;
}

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
    case TaskKind::ReviewUnblinding:
        return tr("Review emergency unblinding");
    case TaskKind::AnswerQuery:
        return tr("Answer data query");
    case TaskKind::ReviewQuery:
        return tr("Close answered query");
    case TaskKind::KeySecondEntry:
        return tr("Key second entry");
    case TaskKind::AdjudicateEntries:
        return tr("Adjudicate double entry");
    case TaskKind::ExtendStratum:
        return tr("Extend allocation list");
    }
    return {};
}

Result<std::vector<WorkItem>> Worklist::forActor(const Actor& actor, const QDate& today)
{
    std::vector<WorkItem> out;
    const bool visits = actor.can(Permission::EnterAssessments) &&
                        (actor.role == Role::Coordinator || actor.role == Role::BlindedAssessor);
    if (actor.can(Permission::ScreenParticipants) || visits) {
        auto rows = ExpectedForms(m_db).participants(actor);
        TD_TRY(rows);
        if (actor.can(Permission::ScreenParticipants))
            addPipeline(actor, *rows, out);
        if (visits)
            TD_TRY(addVisits(actor, *rows, today, out));
    }
    // Only those who can act on an alert get it as a task.
    if (actor.can(Permission::AcknowledgeAlerts))
        TD_TRY(addAlerts(actor, out));
    if (actor.can(Permission::ReviewUnblindings))
        TD_TRY(addUnblindings(actor, out));
    if (actor.can(Permission::AnswerQueries) || actor.can(Permission::RaiseQueries))
        TD_TRY(addQueries(actor, out));
    if (actor.can(Permission::EnterAssessments) || actor.can(Permission::AdjudicateEntries))
        TD_TRY(addDoubleEntries(actor, out));
    if (StratumReserve::mayKnow(actor))
        TD_TRY(addLowStrata(actor, out));
    const auto rank = [&](const WorkItem& w) {
        if (w.kind == TaskKind::ReviewAlert || w.kind == TaskKind::ReviewUnblinding)
            return 0;
        return w.isOverdue(today) ? 1 : 2;
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

Status Worklist::addLowStrata(const Actor& actor, std::vector<WorkItem>& out)
{
    auto low = StratumReserve::low(m_db, actor);
    TD_TRY(low);
    for (const LowStratum& s : *low) {
        WorkItem w;
        w.kind = TaskKind::ExtendStratum;
        w.detail = s.stratum;
        w.entriesLeft = s.left();
        out.push_back(w);
    }
    return {};
}

QString Worklist::extendDetail(const WorkItem& item)
{
    return tr("Stratum %1 has %n allocation list entry(s) left. Extend it before it runs out: "
              "trialdesk-cli randomization extend --stratum %1 (on a server a randomization "
              "is refused once it has run out).",
              nullptr, item.entriesLeft)
        .arg(item.detail);
}

Status Worklist::addQueries(const Actor& actor, std::vector<WorkItem>& out)
{
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < DataQueries::firstSchema)
        return {};
    auto queries = DataQueries(m_db).list(actor, {true, 0});
    TD_TRY(queries);
    // A blinded assessor's queries are those on the ratings they make.
    auto ratings = blindedRatings();
    TD_TRY(ratings);
    const QSet<QPair<qint64, QString>>& rated = *ratings;
    const bool siteStaff = actor.can(Permission::AnswerQueries) &&
                           (actor.role == Role::Coordinator || actor.role == Role::BlindedAssessor);
    for (const DataQuery& q : *queries) {
        TaskKind kind;
        if (q.status == QueryStatus::Open && siteStaff) {
            const bool rating = rated.contains({q.target.timePointId, q.target.instrumentId});
            if (rating != (actor.role == Role::BlindedAssessor))
                continue;
            kind = TaskKind::AnswerQuery;
        } else if (q.status == QueryStatus::Answered &&
                   ((q.origin == QueryOrigin::Manual && q.raisedById == actor.userId &&
                     actor.can(Permission::RaiseQueries)) ||
                    (q.origin != QueryOrigin::Manual &&
                     actor.role == Role::PrincipalInvestigator))) {
            kind = TaskKind::ReviewQuery;
        } else {
            continue;
        }
        WorkItem w;
        w.kind = kind;
        w.participantId = q.target.participantId;
        w.studyId = q.studyId;
        w.siteId = q.siteId;
        w.since = q.lastAt.toLocalTime().date();
        w.timePointId = q.target.timePointId;
        w.instruments = {q.target.instrumentId};
        w.queryId = q.id;
        w.queryOrigin = q.origin;
        w.detail = q.lastText;
        out.push_back(std::move(w));
    }
    return {};
}

Result<QSet<QPair<qint64, QString>>> Worklist::blindedRatings()
{
    QSet<QPair<qint64, QString>> rated;
    TD_TRY(m_db.read(QStringLiteral("SELECT time_point_id, instrument_id FROM "
                                    "time_point_instrument WHERE rater = 'blinded_clinician'"),
                     {}, [&rated](const SqlRow& r) -> Status {
                         rated.insert({r.text(0).toLongLong(), QString::fromUtf8(r.text(1))});
                         return {};
                     }));
    return rated;
}

Status Worklist::addDoubleEntries(const Actor& actor, std::vector<WorkItem>& out)
{
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < DoubleEntries::firstSchema)
        return {};
    DoubleEntries entries(m_db);
    const bool keys = actor.can(Permission::EnterAssessments) &&
                      (actor.role == Role::Coordinator || actor.role == Role::BlindedAssessor);
    if (keys) {
        auto awaiting = entries.awaiting(actor);
        TD_TRY(awaiting);
        auto ratings = blindedRatings();
        TD_TRY(ratings);
        for (const AwaitingSecondEntry& a : *awaiting) {
            // The assessor keys the blinded ratings again, the coordinator the other forms.
            const bool rating = ratings->contains({a.timePointId, a.instrumentId});
            if (rating != (actor.role == Role::BlindedAssessor) ||
                !DoubleEntries::maySecond(actor, a.firstById))
                continue;
            WorkItem w;
            w.kind = TaskKind::KeySecondEntry;
            w.participantId = a.participantId;
            w.studyId = a.studyId;
            w.siteId = a.siteId;
            w.since = a.assessed;
            w.timePointId = a.timePointId;
            w.detail = a.visitCode;
            w.instruments = {a.instrumentId};
            w.assessmentId = a.assessmentId;
            out.push_back(std::move(w));
        }
    }
    if (!actor.can(Permission::AdjudicateEntries))
        return {};
    auto differences = entries.discrepancies(actor);
    TD_TRY(differences);
    // One task per form, naming its differing items.
    for (const Discrepancy& d : *differences) {
        if (!DoubleEntries::mayAdjudicate(actor, d.firstById, d.secondById))
            continue;
        if (!out.empty() && out.back().kind == TaskKind::AdjudicateEntries &&
            out.back().assessmentId == d.assessmentId) {
            out.back().items << d.item;
            continue;
        }
        WorkItem w;
        w.kind = TaskKind::AdjudicateEntries;
        w.participantId = d.participantId;
        w.studyId = d.studyId;
        w.siteId = d.siteId;
        w.since = d.keyed;
        w.timePointId = d.timePointId;
        w.detail = d.visitCode;
        w.instruments = {d.instrumentId};
        w.assessmentId = d.assessmentId;
        w.items = {d.item};
        out.push_back(std::move(w));
    }
    return {};
}

void Worklist::addPipeline(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                           std::vector<WorkItem>& out)
{
    for (const ScheduledParticipant& p : rows) {
        WorkItem w;
        w.participantId = p.id;
        w.studyId = p.studyId;
        w.siteId = p.siteId;
        switch (p.status) {
        case ParticipantStatus::Screened:
            w.kind = TaskKind::DecideEligibility;
            w.since = p.screened;
            break;
        case ParticipantStatus::Eligible:
            w.kind = TaskKind::RecordConsent;
            w.since = p.screened;
            break;
        case ParticipantStatus::Consented:
            if (!actor.can(Permission::Randomize))
                continue;
            w.kind = TaskKind::Randomize;
            w.since = p.consented;
            break;
        default:
            continue;
        }
        out.push_back(w);
    }
}

Status Worklist::addVisits(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                           const QDate& today, std::vector<WorkItem>& out)
{
    return ExpectedForms(m_db).forEach(
        actor, rows, today,
        [&actor](const ScheduledInstrument& si) { return ownsInstrument(actor.role, si.rater); },
        [&](const ExpectedVisit& v) {
            if (v.missing.isEmpty())
                return;
            WorkItem w;
            w.kind = v.overdue(today) ? TaskKind::VisitOverdue : TaskKind::VisitDue;
            w.participantId = v.participant->id;
            w.studyId = v.participant->studyId;
            w.siteId = v.participant->siteId;
            w.since = v.opens;
            w.due = v.closes;
            w.timePointId = v.timePoint->id;
            w.detail = v.timePoint->code;
            w.instruments = v.missing;
            out.push_back(std::move(w));
        });
}

Status Worklist::addAlerts(const Actor& actor, std::vector<WorkItem>& out)
{
    auto alerts = AlertRepository(m_db).list(actor, true);
    TD_TRY(alerts);
    for (const Alert& a : *alerts) {
        WorkItem w;
        w.kind = TaskKind::ReviewAlert;
        w.participantId = a.participantId;
        w.studyId = a.studyId;
        w.since = a.createdAt.date();
        w.detail = a.detail;
        w.alertId = a.id;
        w.alertKind = a.kind;
        out.push_back(std::move(w));
    }
    return {};
}

Status Worklist::addUnblindings(const Actor& actor, std::vector<WorkItem>& out)
{
    auto records = EmergencyUnblinding(m_db).list(actor, true);
    TD_TRY(records);
    for (const UnblindingRecord& r : *records) {
        WorkItem w;
        w.kind = TaskKind::ReviewUnblinding;
        w.participantId = r.participantId;
        w.studyId = r.studyId;
        w.since = r.createdAt.date();
        w.detail = r.username;
        w.unblindingId = r.id;
        out.push_back(std::move(w));
    }
    return {};
}

} // namespace td
