#include "worklists/Worklist.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantStatus.h"
#include "randomization/EmergencyUnblinding.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"
#include "trial/ProtocolRepository.h"

#include <algorithm>
#include <unordered_set>

namespace td {

namespace {
// The statuses whose scheduled visits are still expected.
bool followedUp(ParticipantStatus s)
{
    using S = ParticipantStatus;
    return s == S::Consented || s == S::Randomized || s == S::InTreatment || s == S::Completed ||
           s == S::Discontinued;
}

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

QDate dateOf(QByteArrayView text)
{
    return text.size() >= 10 ? QDate::fromString(QString::fromLatin1(text.first(10)), Qt::ISODate)
                             : QDate();
}

quint64 recordKey(qint64 participant, qint64 timePoint, int instrument)
{
    return (static_cast<quint64>(participant) << 24) ^ (static_cast<quint64>(timePoint) << 8) ^
           static_cast<quint64>(instrument);
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
    }
    return {};
}

Result<std::vector<Worklist::Row>> Worklist::reachable(const Actor& actor)
{
    // What the tasks need of every participant the actor reaches, read once and in place (a
    // large trial has ten thousand). The arm only for those who may see it.
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    std::vector<Row> rows;
    const bool arms = Disclosure::of(actor).arms();
    TD_TRY(m_db.read(QStringLiteral("SELECT id, study_id, site_id, status, screening_date, "
                                    "consent_date, randomized_at, arm_id FROM participant WHERE "
                                    "1 = 1%1 ORDER BY study_id")
                         .arg(Reach::participantCondition(actor)),
                     {}, [&](const SqlRow& r) -> Status {
                         Row row;
                         row.id = r.text(0).toLongLong();
                         row.studyId = QString::fromUtf8(r.text(1).data(), r.text(1).size());
                         row.siteId = r.text(2).toLongLong();
                         row.status = StatusRules::fromKey(QString::fromLatin1(r.text(3)))
                                          .value_or(ParticipantStatus::Screened);
                         row.screened = dateOf(r.text(4));
                         row.consented = dateOf(r.text(5));
                         row.randomized = dateOf(r.text(6));
                         if (arms && !r.isNull(7))
                             row.armId = r.text(7).toLongLong();
                         rows.push_back(std::move(row));
                         return {};
                     }));
    return rows;
}

Result<std::vector<WorkItem>> Worklist::forActor(const Actor& actor, const QDate& today)
{
    std::vector<WorkItem> out;
    const bool visits = actor.can(Permission::EnterAssessments) &&
                        (actor.role == Role::Coordinator || actor.role == Role::BlindedAssessor);
    if (actor.can(Permission::ScreenParticipants) || visits) {
        auto rows = reachable(actor);
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

void Worklist::addPipeline(const Actor& actor, const std::vector<Row>& rows,
                           std::vector<WorkItem>& out)
{
    for (const Row& p : rows) {
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

Status Worklist::addVisits(const Actor& actor, const std::vector<Row>& rows, const QDate& today,
                           std::vector<WorkItem>& out)
{
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    // The role's instruments, numbered for the record keys.
    QStringList instruments;
    for (const TimePoint& tp : protocol->schedule)
        for (const ScheduledInstrument& si : tp.instruments)
            if (ownsInstrument(actor.role, si.rater) && !instruments.contains(si.instrumentId))
                instruments << si.instrumentId;
    if (instruments.isEmpty())
        return {};

    // What is recorded at visits (completed, or recorded as missing with a reason), read in
    // place: on a large trial this is the bulk of the work.
    QStringList marks;
    QVariantList bindings;
    for (const QString& id : instruments) {
        marks << QStringLiteral("?");
        bindings << id;
    }
    std::vector<QByteArray> utf8;
    for (const QString& id : instruments)
        utf8.push_back(id.toUtf8());
    std::unordered_set<quint64> recorded;
    TD_TRY(m_db.read(QStringLiteral("SELECT participant_id, time_point_id, instrument_id FROM "
                                    "assessment WHERE removed = 0 AND status = 'complete' AND "
                                    "time_point_id IS NOT NULL AND instrument_id IN (%1)")
                         .arg(marks.join(QLatin1Char(','))),
                     bindings, [&](const SqlRow& r) -> Status {
                         const QByteArrayView id = r.text(2);
                         int index = 0;
                         while (index < static_cast<int>(utf8.size()) && utf8[index] != id)
                             ++index;
                         recorded.insert(
                             recordKey(r.text(0).toLongLong(), r.text(1).toLongLong(), index));
                         return {};
                     }));

    for (const Row& p : rows) {
        if (!followedUp(p.status))
            continue;
        const Arm* arm = p.armId ? protocol->arm(*p.armId) : nullptr;
        for (const TimePoint& tp : protocol->schedule) {
            // As the timeline: a visit for other arms is left out only when the arm is known.
            if (arm && !tp.isForArm(arm->code))
                continue;
            QDate target;
            if (p.randomized.isValid())
                target = p.randomized.addDays(7LL * tp.weekOffset);
            else if (tp.weekOffset <= 0 && p.consented.isValid())
                target = p.consented;
            if (!target.isValid())
                continue;
            const QDate open = target.addDays(-tp.windowDays);
            const QDate close = target.addDays(tp.windowDays);
            if (today < open)
                continue;
            QStringList missing;
            for (const ScheduledInstrument& si : tp.instruments)
                if (ownsInstrument(actor.role, si.rater) &&
                    !recorded.count(recordKey(
                        p.id, tp.id, static_cast<int>(instruments.indexOf(si.instrumentId)))))
                    missing << si.instrumentId;
            if (missing.isEmpty())
                continue;
            WorkItem w;
            w.kind = today > close ? TaskKind::VisitOverdue : TaskKind::VisitDue;
            w.participantId = p.id;
            w.studyId = p.studyId;
            w.siteId = p.siteId;
            w.since = open;
            w.due = close;
            w.timePointId = tp.id;
            w.detail = tp.code;
            w.instruments = missing;
            out.push_back(std::move(w));
        }
    }
    return {};
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
