#include "quality/SourceVerification.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditedWrite.h"
#include "quality/DataQuery.h"
#include "quality/DoubleEntry.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace td {

namespace {

Result<std::optional<SourceMark>> currentMark(Database& db, const Disclosure& disclosure,
                                              qint64 assessmentId)
{
    auto q = db.exec(QStringLiteral("SELECT v.id, v.verified_by, u.username, u.role, "
                                    "v.verified_at FROM source_verification v JOIN users u ON "
                                    "u.id = v.verified_by WHERE v.assessment_id = ? AND "
                                    "v.cleared_at IS NULL"),
                     {assessmentId});
    TD_TRY(q);
    if (!(*q)->next()) {
        (*q)->finish();
        return std::optional<SourceMark>();
    }
    QSqlQuery& r = **q;
    SourceMark m;
    m.id = r.value(0).toLongLong();
    m.assessmentId = assessmentId;
    m.verifiedById = r.value(1).toLongLong();
    m.verifiedBy = disclosure.names(r.value(3).toString()) ? r.value(2).toString() : QString();
    m.at = QDateTime::fromString(r.value(4).toString(), Qt::ISODateWithMs).toUTC();
    r.finish();
    return std::optional<SourceMark>(m);
}

} // namespace

Result<SourceMark> SourceVerifications::verify(const Actor& actor, qint64 participantId,
                                               qint64 timePointId, const QString& instrumentId)
{
    TD_TRY(Access::require(actor, Permission::VerifySource));
    auto id =
        AssessmentRepository(m_db).latestAtVisit(actor, participantId, timePointId, instrumentId);
    TD_TRY(id);
    if (*id == 0)
        return makeError(ErrorCode::NotFound,
                         tr("%1 has not been recorded at this visit; there is nothing to verify.")
                             .arg(instrumentId));
    return verify(actor, *id);
}

Result<SourceMark> SourceVerifications::verify(const Actor& actor, qint64 assessmentId)
{
    TD_TRY(Access::require(actor, Permission::VerifySource));
    AssessmentRepository assessments(m_db);
    auto form = assessments.get(actor, assessmentId);
    TD_TRY(form);
    if (form->removed)
        return makeError(
            ErrorCode::Invalid,
            tr("Assessment %1 was removed; there is nothing to verify.").arg(assessmentId));
    if (!form->timePointId)
        return makeError(ErrorCode::Invalid,
                         tr("Source data verification is for the forms of a visit."));
    if (form->status != AssessmentStatus::Complete)
        return makeError(ErrorCode::Conflict,
                         tr("This form is a draft; verify it once it is complete."));
    DoubleEntries doubles(m_db);
    auto twice = doubles.required(*form->timePointId, form->instrumentId);
    TD_TRY(twice);
    if (*twice && form->missingReason.trimmed().isEmpty()) {
        auto entry = doubles.forAssessment(actor, assessmentId);
        if (!entry.ok() || entry->status == DoubleEntryStatus::Discrepant)
            return makeError(ErrorCode::Conflict,
                             tr("This form is keyed twice and its double entry is not complete "
                                "(the second entry, or the adjudication of its differences); "
                                "verify it after that."));
    }
    auto known = currentMark(m_db, Disclosure::of(actor), assessmentId);
    TD_TRY(known);
    if (*known)
        return makeError(
            ErrorCode::Conflict,
            tr("This form was already verified against its source on %1. Nothing "
               "was changed.")
                .arg(QLocale().toString((*known)->at.toLocalTime().date(), QLocale::ShortFormat)));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(AuditedWrite::insert(
        m_db, actor, QStringLiteral("source_verification"),
        {{QStringLiteral("assessment_id"), assessmentId},
         {QStringLiteral("verified_by"), actor.userId},
         {QStringLiteral("verified_at"), m_db.clock().nowUtc().toString(Qt::ISODateWithMs)}}));
    TD_TRY(tx.commit());
    auto made = currentMark(m_db, Disclosure::of(actor), assessmentId);
    TD_TRY(made);
    return **made;
}

Result<std::optional<SourceMark>> SourceVerifications::mark(const Actor& actor, qint64 assessmentId)
{
    AssessmentRepository assessments(m_db);
    TD_TRY(assessments.get(actor, assessmentId));
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return std::optional<SourceMark>();
    return currentMark(m_db, Disclosure::of(actor), assessmentId);
}

Result<std::vector<SiteVerification>> SourceVerifications::bySite(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    std::vector<SiteVerification> out;
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return out;
    // Forms with data: a form recorded as missing has no source to check.
    TD_TRY(m_db.read(
        QStringLiteral("SELECT s.id, s.code, COUNT(a.id), COUNT(v.id) FROM site s LEFT JOIN "
                       "participant p ON p.site_id = s.id%1 LEFT JOIN assessment a ON "
                       "a.participant_id = p.id AND a.removed = 0 AND a.status = 'complete' AND "
                       "a.time_point_id IS NOT NULL AND (a.missing_reason IS NULL OR "
                       "a.missing_reason = '') LEFT JOIN source_verification v ON "
                       "v.assessment_id = a.id AND v.cleared_at IS NULL GROUP BY s.id, s.code "
                       "ORDER BY s.code")
            .arg(Reach::participantCondition(actor, QStringLiteral("p"))),
        {}, [&](const SqlRow& r) -> Status {
            SiteVerification s;
            s.siteId = r.text(0).toLongLong();
            if (!Reach::coversSite(actor, s.siteId))
                return {};
            s.siteCode = QString::fromUtf8(r.text(1));
            s.forms = r.text(2).toInt();
            s.verified = r.text(3).toInt();
            out.push_back(s);
            return {};
        }));
    return out;
}

Status SourceVerifications::onChange(Database& db, const Actor& actor, const Assessment& before,
                                     const Assessment& after, const QString& reason)
{
    if (!before.timePointId)
        return {};
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return {};
    if (before.items == after.items && before.date == after.date && before.status == after.status &&
        before.removed == after.removed && before.missingReason == after.missingReason)
        return {};
    auto mark = db.scalar(QStringLiteral("SELECT id FROM source_verification WHERE "
                                         "assessment_id = ? AND cleared_at IS NULL"),
                          {before.id});
    if (!mark.ok() || mark->isNull())
        return {};
    TD_TRY(AuditedWrite::update(db, actor, QStringLiteral("source_verification"),
                                mark->toLongLong(),
                                {{QStringLiteral("cleared_at"), QVariant(),
                                  db.clock().nowUtc().toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("cleared_reason"), QVariant(), reason}},
                                {}, AuditedWrite::Reason::Optional));
    // The query names the item when exactly one changed.
    int item = 0;
    for (qsizetype i = 0; i < std::min(before.items.size(), after.items.size()); ++i)
        if (before.items[i] != after.items[i])
            item = item == 0 ? static_cast<int>(i + 1) : -1;
    Assessment asked = after;
    asked.id = before.id;
    asked.participantId = before.participantId;
    asked.timePointId = before.timePointId;
    asked.instrumentId = before.instrumentId;
    return DataQueries::raiseForRule(db, actor, asked, QueryOrigin::SourceChanged, reason,
                                     std::max(item, 0), false);
}

} // namespace td
