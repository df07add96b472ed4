#include "CliParticipantJson.h"

#include "access/UserRepository.h"
#include "participants/ParticipantStatus.h"

#include <QJsonArray>

namespace td::cli {

namespace {
QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString username(const std::vector<User>& users, qint64 id)
{
    for (const User& u : users)
        if (u.id == id)
            return u.username;
    return {};
}
} // namespace

QJsonObject participantJson(const Participant& p, const Protocol& protocol,
                            const std::vector<User>& users, bool seesArms)
{
    const Site* site = protocol.site(p.siteId);
    QJsonObject o{
        {QStringLiteral("study_id"), p.studyId},
        {QStringLiteral("site"), site ? site->code : QString()},
        {QStringLiteral("status"), StatusRules::key(p.status)},
        {QStringLiteral("screening_date"), date(p.screeningDate)},
        {QStringLiteral("consent_date"), date(p.consentDate)},
        {QStringLiteral("randomized_date"), date(p.randomizedAt.date())},
        {QStringLiteral("protocol_screened"), p.protocolVersionScreened},
        {QStringLiteral("protocol_randomized"),
         p.protocolVersionRandomized ? QJsonValue(p.protocolVersionRandomized) : QJsonValue()}};
    // Arm and therapist keys only for readers who may see arms (the repositories withheld the
    // values from the others already): a blinded reader's objects all have the same keys.
    if (seesArms && !p.armHidden) {
        const Arm* arm = p.armId ? protocol.arm(*p.armId) : nullptr;
        o.insert(QStringLiteral("arm"), arm ? QJsonValue(arm->code) : QJsonValue());
    }
    if (seesArms && !p.therapistHidden)
        o.insert(QStringLiteral("therapist"),
                 p.therapistId ? QJsonValue(username(users, p.therapistId)) : QJsonValue());
    if (p.status == ParticipantStatus::Ineligible || p.status == ParticipantStatus::Declined)
        o.insert(QStringLiteral("exclusion_reason"), p.exclusionReason);
    if (!p.withdrawalReason.isEmpty())
        o.insert(QStringLiteral("status_reason"), p.withdrawalReason);
    return o;
}

QJsonObject participantDetailJson(const Participant& p, const Protocol& protocol,
                                  const std::vector<User>& users,
                                  const std::map<QString, bool>& answers, bool seesArms)
{
    QJsonObject o = participantJson(p, protocol, users, seesArms);
    o.insert(QStringLiteral("consent_form_version"),
             p.consentFormVersion.isEmpty() ? QJsonValue() : QJsonValue(p.consentFormVersion));
    QJsonObject covariates;
    for (const auto& [code, value] : p.covariates.values)
        covariates.insert(code, value);
    o.insert(QStringLiteral("covariates"), covariates);
    QJsonObject eligibility;
    for (const auto& [code, applies] : answers)
        eligibility.insert(code, applies ? QStringLiteral("yes") : QStringLiteral("no"));
    o.insert(QStringLiteral("eligibility"), eligibility);
    return o;
}

QJsonObject workItemJson(const WorkItem& w, const Protocol& protocol, const QDate& today)
{
    static const char* kinds[] = {"decide_eligibility", "record_consent",     "randomize",
                                  "visit_due",          "visit_overdue",      "review_alert",
                                  "review_unblinding",  "answer_query",       "review_query",
                                  "key_second_entry",   "adjudicate_entries", "extend_stratum"};
    QJsonObject o{{QStringLiteral("task"), QString::fromLatin1(kinds[static_cast<int>(w.kind)])},
                  {QStringLiteral("study_id"), w.studyId},
                  {QStringLiteral("since"), date(w.since)},
                  {QStringLiteral("due"), date(w.due)},
                  {QStringLiteral("overdue"), w.isOverdue(today)}};
    if (const Site* site = protocol.site(w.siteId))
        o.insert(QStringLiteral("site"), site->code);
    if (w.queryId) {
        o.insert(QStringLiteral("query_id"), w.queryId);
        for (const TimePoint& t : protocol.schedule)
            if (t.id == w.timePointId)
                o.insert(QStringLiteral("visit"), t.code);
        o.insert(QStringLiteral("text"), w.detail);
    } else if (w.timePointId)
        o.insert(QStringLiteral("visit"), w.detail);
    else if (!w.detail.isEmpty())
        o.insert(QStringLiteral("detail"), w.detail);
    if (!w.instruments.isEmpty())
        o.insert(QStringLiteral("instruments"), QJsonArray::fromStringList(w.instruments));
    if (w.kind == TaskKind::ExtendStratum) {
        o.insert(QStringLiteral("stratum"), w.detail);
        o.insert(QStringLiteral("entries_left"), w.entriesLeft);
    }
    return o;
}

} // namespace td::cli
