#include "participants/ParticipantRepository.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "audit/AuditedWrite.h"
#include "randomization/EmergencyUnblinding.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QSqlQuery>
#include <algorithm>

namespace td {

namespace {
const QString kColumns = QStringLiteral(
    "id, study_id, site_id, screening_date, status, exclusion_category, exclusion_reason, "
    "consent_date, age, sex, education_years, episode_months, therapist_id, arm_id, "
    "randomized_at, withdrawal_reason, data_usable, protocol_version_screened, "
    "protocol_version_randomized, consent_form_version");

// The columns as a reader's query names them. A blinded reader's query names no arm and no
// therapist (on a server their login may not read those columns, docs/postgresql.md): -1 stands
// for "set, and hidden" once the participant is randomized, which redact() then hides.
QString columnsFor(const Actor& actor)
{
    if (Disclosure::of(actor).arms())
        return kColumns;
    QString columns = kColumns;
    const QString hidden = QStringLiteral("CASE WHEN randomized_at IS NULL THEN NULL ELSE -1 END");
    columns.replace(QStringLiteral("therapist_id, arm_id"), hidden + QStringLiteral(", ") + hidden);
    return columns;
}

std::optional<int> optInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant fromOpt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

Participant fromRow(const QSqlQuery& r)
{
    Participant p;
    p.id = r.value(0).toLongLong();
    p.studyId = r.value(1).toString();
    p.siteId = r.value(2).toLongLong();
    p.screeningDate = QDate::fromString(r.value(3).toString(), Qt::ISODate);
    p.status = StatusRules::fromKey(r.value(4).toString()).value_or(ParticipantStatus::Screened);
    p.exclusion = StatusRules::exclusionFromKey(r.value(5).toString());
    p.exclusionReason = r.value(6).toString();
    p.consentDate = QDate::fromString(r.value(7).toString(), Qt::ISODate);
    p.covariates = {optInt(r.value(8)), r.value(9).toString(), optInt(r.value(10)),
                    optInt(r.value(11))};
    p.therapistId = r.value(12).toLongLong();
    if (!r.value(13).isNull())
        p.armId = r.value(13).toLongLong();
    p.randomizedAt = QDateTime::fromString(r.value(14).toString(), Qt::ISODate);
    p.withdrawalReason = r.value(15).toString();
    if (!r.value(16).isNull())
        p.dataUsable = r.value(16).toBool();
    p.protocolVersionScreened = r.value(17).toInt();
    p.protocolVersionRandomized = r.value(18).toInt();
    p.consentFormVersion = r.value(19).toString();
    return p;
}

QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

void ParticipantRepository::redact(const Actor& actor, Participant& p) const
{
    const Disclosure disclosure = Disclosure::of(actor);
    p.status = disclosure.status(p.status);
    if (p.armId && !disclosure.arms()) {
        p.armId.reset();
        p.armHidden = true;
    }
    // Written by unblinded staff ("stopped after the 12th PDT session"): a note, not shared.
    if (!disclosure.note(false))
        p.withdrawalReason.clear();
    // Therapists usually deliver one therapy, so who treats a participant reveals the arm.
    if (p.therapistId && !disclosure.therapists()) {
        p.therapistId = 0;
        p.therapistHidden = true;
    }
}

Status ParticipantRepository::revealUnblinded(const Actor& actor, const Participant& stored,
                                              Participant& p) const
{
    // An emergency unblinding shows this one reader this one participant's arm, and when.
    if (!p.armHidden)
        return {};
    auto at = m_db.exec(QStringLiteral("SELECT MIN(created_at) FROM emergency_unblinding WHERE "
                                       "participant_id = ? AND user_id = ?"),
                        {p.id, actor.userId});
    TD_TRY(at);
    if ((*at)->next() && !(*at)->value(0).isNull()) {
        p.unblindedAt = QDateTime::fromString((*at)->value(0).toString(), Qt::ISODate);
        (*at)->finish();
        // The stored row was read as this blinded reader reads it (columnsFor): the arm itself
        // comes from the table here.
        auto arm = EmergencyUnblinding::armOf(m_db, stored.id);
        TD_TRY(arm);
        p.armId = arm->toLongLong();
        p.armHidden = false;
    }
    (*at)->finish();
    return {};
}

QString ParticipantRepository::reachFilter(const Actor& actor) const
{
    return Reach::participantCondition(actor);
}

Result<Participant> ParticipantRepository::load(const Actor& actor, qint64 id)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM participant WHERE id = ?%2")
                           .arg(columnsFor(actor), reachFilter(actor)),
                       {id});
    TD_TRY(q);
    if (!(*q)->next())
        return Reach::refusal(m_db, actor, id);
    Participant p = fromRow(**q);
    (*q)->finish();
    return p;
}

Result<Participant> ParticipantRepository::get(const Actor& actor, qint64 id)
{
    auto p = load(actor, id);
    TD_TRY(p);
    Participant out = *p;
    redact(actor, out);
    TD_TRY(revealUnblinded(actor, *p, out));
    auto values = m_db.exec(QStringLiteral("SELECT c.code, v.value FROM covariate_value v JOIN "
                                           "covariate c ON c.id = v.covariate_id WHERE "
                                           "v.participant_id = ?"),
                            {id});
    TD_TRY(values);
    while ((*values)->next())
        out.covariates.values[(*values)->value(0).toString()] = (*values)->value(1).toString();
    return out;
}

Status ParticipantRepository::requireVisible(const Actor& actor, qint64 id)
{
    auto p = load(actor, id);
    TD_TRY(p);
    return {};
}

Result<Participant> ParticipantRepository::getByStudyId(const Actor& actor, const QString& studyId)
{
    auto id =
        m_db.scalar(QStringLiteral("SELECT id FROM participant WHERE study_id = ?"), {studyId});
    if (!id.ok())
        return Reach::notFound(studyId);
    auto p = get(actor, id->toLongLong());
    // "Does not exist" and "not yours" read the same.
    if (!p.ok() && p.error().code == ErrorCode::NotFound)
        return Reach::notFound(studyId);
    return p;
}

Result<std::vector<Participant>> ParticipantRepository::list(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM participant WHERE 1 = 1%2 ORDER BY study_id")
                           .arg(columnsFor(actor), reachFilter(actor)));
    TD_TRY(q);
    std::vector<Participant> out;
    while ((*q)->next()) {
        out.push_back(fromRow(**q));
        redact(actor, out.back());
    }
    return out;
}

Result<std::map<ParticipantStatus, int>> ParticipantRepository::countByStatus(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    auto q = m_db.exec(
        QStringLiteral("SELECT status, COUNT(*) FROM participant WHERE 1 = 1%1 GROUP BY status")
            .arg(reachFilter(actor)));
    TD_TRY(q);
    std::map<ParticipantStatus, int> counts;
    const Disclosure disclosure = Disclosure::of(actor);
    while ((*q)->next())
        if (auto s = StatusRules::fromKey((*q)->value(0).toString()))
            counts[disclosure.status(*s)] += (*q)->value(1).toInt();
    return counts;
}

Result<std::map<qint64, int>> ParticipantRepository::countByArm(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    TD_TRY(Disclosure::requireArms(actor));
    auto q = m_db.exec(QStringLiteral("SELECT arm_id, COUNT(*) FROM participant WHERE arm_id IS "
                                      "NOT NULL%1 GROUP BY arm_id")
                           .arg(reachFilter(actor)));
    TD_TRY(q);
    std::map<qint64, int> counts;
    while ((*q)->next())
        counts[(*q)->value(0).toLongLong()] = (*q)->value(1).toInt();
    return counts;
}

Result<Participant> ParticipantRepository::screen(const Actor& actor, qint64 siteId,
                                                  const QDate& screeningDate)
{
    TD_TRY(Access::require(actor, Permission::ScreenParticipants));
    TD_TRY(Reach::requireSite(m_db, actor, siteId));
    if (!screeningDate.isValid() || screeningDate > m_db.clock().today())
        return makeError(ErrorCode::Invalid,
                         tr("The screening date must be a valid date no later than today."),
                         QStringLiteral("date"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto site =
        m_db.exec(QStringLiteral("SELECT code, next_number FROM site WHERE id = ?"), {siteId});
    TD_TRY(site);
    if (!(*site)->next())
        return makeError(ErrorCode::NotFound, tr("Site %1 does not exist.").arg(siteId));
    const QString code = (*site)->value(0).toString();
    const int number = (*site)->value(1).toInt();
    (*site)->finish();
    const QString studyId =
        QStringLiteral("%1-%2").arg(code).arg(number, number < 1000 ? 3 : 0, 10, QLatin1Char('0'));
    TD_TRY(m_db.exec(QStringLiteral("UPDATE site SET next_number = next_number + 1 WHERE id = ?"),
                     {siteId}));
    auto version = ProtocolRepository(m_db).currentVersion();
    TD_TRY(version);
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("participant"),
        {{QStringLiteral("study_id"), studyId},
         {QStringLiteral("site_id"), siteId},
         {QStringLiteral("screening_date"), screeningDate},
         {QStringLiteral("status"), StatusRules::key(ParticipantStatus::Screened)},
         {QStringLiteral("created_at"), m_db.clock().nowUtc().toString(Qt::ISODate)},
         {QStringLiteral("protocol_version_screened"), *version}});
    TD_TRY(id);
    TD_TRY(tx.commit());
    return get(actor, *id);
}

Error ParticipantRepository::refusedTransition(const Participant& p, ParticipantStatus to)
{
    return makeError(ErrorCode::Invalid,
                     tr("%1 cannot go from \"%2\" to \"%3\". Allowed next: %4.")
                         .arg(p.studyId, StatusRules::displayName(p.status),
                              StatusRules::displayName(to), StatusRules::allowedNext(p.status)));
}

Result<Participant> ParticipantRepository::transition(const Actor& actor, qint64 id,
                                                      ParticipantStatus to,
                                                      std::vector<FieldChange> extra,
                                                      const QString& reason, Permission permission)
{
    TD_TRY(Access::require(actor, permission));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto p = load(actor, id);
    TD_TRY(p);
    if (!StatusRules::allowed(p->status, to))
        return refusedTransition(*p, to);
    // The audit rows must show what each field held before, whatever the caller assumed.
    for (FieldChange& c : extra) {
        auto before = m_db.scalar(
            QStringLiteral("SELECT %1 FROM participant WHERE id = ?").arg(c.field), {id});
        TD_TRY(before);
        c.oldValue = *before;
    }
    extra.push_back({QStringLiteral("status"), StatusRules::key(p->status), StatusRules::key(to)});
    TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("participant"), id, extra, reason,
                                AuditedWrite::Reason::Optional));
    TD_TRY(tx.commit());
    return get(actor, id);
}

Result<Participant> ParticipantRepository::markEligible(const Actor& actor, qint64 id)
{
    return transition(actor, id, ParticipantStatus::Eligible, {}, {},
                      Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::markIneligible(const Actor& actor, qint64 id,
                                                          ExclusionCategory category,
                                                          const QString& reason)
{
    if (category == ExclusionCategory::Declined)
        return makeError(ErrorCode::Invalid,
                         tr("A person who declines is recorded with \"declined\", after the "
                            "eligibility check; use inclusion criteria not met or other reasons "
                            "here."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("An ineligible person needs a reason in the screening log."),
                         QStringLiteral("reason"));
    return transition(actor, id, ParticipantStatus::Ineligible,
                      {{QStringLiteral("exclusion_category"), {}, StatusRules::key(category)},
                       {QStringLiteral("exclusion_reason"), {}, reason.trimmed()}},
                      reason.trimmed(), Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::recordDeclined(const Actor& actor, qint64 id,
                                                          const QString& reason)
{
    return transition(
        actor, id, ParticipantStatus::Declined,
        {{QStringLiteral("exclusion_category"), {}, StatusRules::key(ExclusionCategory::Declined)},
         {QStringLiteral("exclusion_reason"), {}, text(reason.trimmed())}},
        reason.trimmed(), Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::recordConsent(const Actor& actor, qint64 id,
                                                         const QDate& consentDate,
                                                         const QString& formVersion)
{
    auto p = load(actor, id);
    TD_TRY(p);
    if (!consentDate.isValid() || consentDate > m_db.clock().today() ||
        consentDate < p->screeningDate)
        return makeError(
            ErrorCode::Invalid,
            tr("Consent date %1 is not allowed: it must lie between the screening "
               "date (%2) and today.")
                .arg(consentDate.toString(Qt::ISODate), p->screeningDate.toString(Qt::ISODate)),
            QStringLiteral("consent_date"));
    return transition(actor, id, ParticipantStatus::Consented,
                      {{QStringLiteral("consent_date"), {}, consentDate},
                       {QStringLiteral("consent_form_version"), {}, text(formVersion.trimmed())}},
                      {}, Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::setCovariates(const Actor& actor, qint64 id,
                                                         const Covariates& c, const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::ScreenParticipants));
    auto inRange = [](const std::optional<int>& v, int lo, int hi) {
        return !v || (*v >= lo && *v <= hi);
    };
    if (!inRange(c.age, 16, 110))
        return makeError(ErrorCode::Invalid,
                         tr("Age %1 is not allowed: enter 16 to 110 years.").arg(*c.age));
    if (!c.sex.isEmpty() && c.sex != QStringLiteral("female") && c.sex != QStringLiteral("male") &&
        c.sex != QStringLiteral("other"))
        return makeError(ErrorCode::Invalid,
                         tr("Sex \"%1\" is not allowed: use female, male or other.").arg(c.sex));
    if (!inRange(c.educationYears, 0, 30))
        return makeError(
            ErrorCode::Invalid,
            tr("Years of education %1 is not allowed: enter 0 to 30.").arg(*c.educationYears));
    if (!inRange(c.episodeMonths, 0, 720))
        return makeError(
            ErrorCode::Invalid,
            tr("Episode duration %1 months is not allowed: enter 0 to 720.").arg(*c.episodeMonths));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto p = load(actor, id);
    TD_TRY(p);
    const Covariates& old = p->covariates;
    TD_TRY(AuditedWrite::update(
        m_db, actor, QStringLiteral("participant"), id,
        {{QStringLiteral("age"), fromOpt(old.age), fromOpt(c.age)},
         {QStringLiteral("sex"), text(old.sex), text(c.sex)},
         {QStringLiteral("education_years"), fromOpt(old.educationYears),
          fromOpt(c.educationYears)},
         {QStringLiteral("episode_months"), fromOpt(old.episodeMonths), fromOpt(c.episodeMonths)}},
        reason, AuditedWrite::Reason::RequiredToOverwrite));
    TD_TRY(tx.commit());
    return get(actor, id);
}

Result<Participant> ParticipantRepository::assignTherapist(const Actor& actor, qint64 id,
                                                           qint64 therapistUserId,
                                                           const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::AssignTherapist));
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ? AND active = 1"),
                            {therapistUserId});
    if (!role.ok() || role->toString() != Roles::key(Role::Therapist))
        return makeError(ErrorCode::Invalid,
                         tr("User %1 is not an active therapist; only therapists can be "
                            "assigned.")
                             .arg(therapistUserId));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto p = load(actor, id);
    TD_TRY(p);
    // A therapist bound to sites treats participants of those sites only.
    auto sites = m_db.exec(QStringLiteral("SELECT site_id FROM user_site WHERE user_id = ?"),
                           {therapistUserId});
    TD_TRY(sites);
    std::vector<qint64> therapistSites;
    while ((*sites)->next())
        therapistSites.push_back((*sites)->value(0).toLongLong());
    if (!therapistSites.empty() &&
        std::find(therapistSites.begin(), therapistSites.end(), p->siteId) == therapistSites.end())
        return makeError(ErrorCode::Invalid,
                         tr("The therapist works at %1, not at %2, the site of %3.")
                             .arg(Reach::siteCodes(m_db, therapistSites),
                                  Reach::siteCodes(m_db, {p->siteId}), p->studyId),
                         QStringLiteral("therapist"));
    if (p->therapistId && p->therapistId != therapistUserId && reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("%1 already has a therapist; reassigning needs a reason.").arg(p->studyId),
            QStringLiteral("reason"));
    TD_TRY(AuditedWrite::update(
        m_db, actor, QStringLiteral("participant"), id,
        {{QStringLiteral("therapist_id"), p->therapistId ? QVariant(p->therapistId) : QVariant(),
          therapistUserId}},
        reason, AuditedWrite::Reason::RequiredToOverwrite));
    TD_TRY(tx.commit());
    return get(actor, id);
}

Result<Participant> ParticipantRepository::recordAllocation(const Actor& actor, qint64 id,
                                                            qint64 armId)
{
    TD_TRY(Access::require(actor, Permission::Randomize));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto inHouse = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM randomization_settings"));
    TD_TRY(inHouse);
    if (inHouse->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This trial randomizes in TrialDesk, so an arm cannot be chosen by "
                            "hand; use Randomize, which takes the next allocation."));
    auto done = applyAllocation(actor, id, armId);
    TD_TRY(done);
    TD_TRY(tx.commit());
    return done;
}

Result<Participant> ParticipantRepository::applyAllocation(const Actor& actor, qint64 id,
                                                           qint64 armId)
{
    TD_TRY(Access::require(actor, Permission::Randomize));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto p = load(actor, id);
    TD_TRY(p);
    if (p->armId)
        return makeError(
            ErrorCode::Conflict,
            tr("%1 is already randomized; a participant is randomized only once.").arg(p->studyId));
    auto arm = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM arm WHERE id = ?"), {armId});
    TD_TRY(arm);
    if (arm->toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("Arm %1 does not exist.").arg(armId));
    auto version = ProtocolRepository(m_db).currentVersion();
    TD_TRY(version);
    auto done = transition(
        actor, id, ParticipantStatus::Randomized,
        {{QStringLiteral("arm_id"), {}, armId},
         {QStringLiteral("randomized_at"), {}, m_db.clock().nowUtc().toString(Qt::ISODate)},
         {QStringLiteral("protocol_version_randomized"), {}, *version}},
        {}, Permission::Randomize);
    TD_TRY(done);
    TD_TRY(tx.commit());
    return done;
}

Result<Participant> ParticipantRepository::startTreatment(const Actor& actor, qint64 id)
{
    return transition(actor, id, ParticipantStatus::InTreatment, {}, {},
                      Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::completeTreatment(const Actor& actor, qint64 id)
{
    return transition(actor, id, ParticipantStatus::Completed, {}, {},
                      Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::withdraw(const Actor& actor, qint64 id,
                                                    const QString& reason, bool dataUsable)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A withdrawal needs a reason."),
                         QStringLiteral("reason"));
    return transition(actor, id, ParticipantStatus::Withdrawn,
                      {{QStringLiteral("withdrawal_reason"), {}, reason.trimmed()},
                       {QStringLiteral("data_usable"), {}, dataUsable ? 1 : 0}},
                      reason.trimmed(), Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::markLostToFollowUp(const Actor& actor, qint64 id,
                                                              const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Loss to follow-up needs a reason (for the CONSORT diagram)."),
                         QStringLiteral("reason"));
    return transition(actor, id, ParticipantStatus::LostToFollowUp,
                      {{QStringLiteral("withdrawal_reason"), {}, reason.trimmed()}},
                      reason.trimmed(), Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::discontinueTreatment(const Actor& actor, qint64 id,
                                                                const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Discontinuing treatment needs a reason (for the CONSORT diagram)."),
                         QStringLiteral("reason"));
    return transition(actor, id, ParticipantStatus::Discontinued,
                      {{QStringLiteral("withdrawal_reason"), {}, reason.trimmed()}},
                      reason.trimmed(), Permission::ScreenParticipants);
}

Result<Participant> ParticipantRepository::changeStatus(const Actor& actor, qint64 id,
                                                        ParticipantStatus to, const QString& reason,
                                                        bool dataUsable)
{
    auto p = load(actor, id);
    TD_TRY(p);
    if (!StatusRules::allowed(p->status, to))
        return refusedTransition(*p, to);
    if (StatusRules::needsReason(p->status, to) && reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("Going from \"%1\" to \"%2\" needs a reason.")
                .arg(StatusRules::displayName(p->status), StatusRules::displayName(to)),
            QStringLiteral("reason"));
    using S = ParticipantStatus;
    switch (to) {
    case S::Eligible:
        return markEligible(actor, id);
    case S::Ineligible:
        return markIneligible(actor, id, ExclusionCategory::Other, reason);
    case S::Declined:
        return recordDeclined(actor, id, reason);
    case S::Withdrawn:
        return withdraw(actor, id, reason, dataUsable);
    case S::LostToFollowUp:
        return markLostToFollowUp(actor, id, reason);
    case S::Discontinued:
        return discontinueTreatment(actor, id, reason);
    case S::InTreatment:
    case S::Completed:
        return transition(actor, id, to, {}, reason.trimmed(), Permission::ScreenParticipants);
    case S::Screened:
    case S::Consented:
    case S::Randomized:
        break;
    }
    return makeError(ErrorCode::Invalid,
                     tr("\"%1\" is reached by its own step (screening, consent or "
                        "randomization), not by a status change.")
                         .arg(StatusRules::displayName(to)),
                     QStringLiteral("status"));
}

Result<Participant> ParticipantRepository::returnFromLost(const Actor& actor, qint64 id,
                                                          ParticipantStatus to,
                                                          const QString& reason)
{
    auto p = load(actor, id);
    TD_TRY(p);
    // Only a participant lost to follow-up returns, and only to treatment or completion
    // (withdrawal has its own call, which asks for the reason and data use).
    if (p->status != ParticipantStatus::LostToFollowUp ||
        (to != ParticipantStatus::InTreatment && to != ParticipantStatus::Completed &&
         to != ParticipantStatus::Discontinued))
        return refusedTransition(*p, to);
    return transition(actor, id, to, {}, reason, Permission::ScreenParticipants);
}

} // namespace td
