#include "assessments/AssessmentRepository.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "audit/AuditedWrite.h"
#include "participants/ParticipantRepository.h"
#include "quality/SourceVerification.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnitOfWork.h"
#include "trial/Protocol.h"
#include "visits/VisitTimeline.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace td {

namespace {
const QString kColumns = QStringLiteral(
    "id, participant_id, time_point_id, session_id, instrument_id, assessment_date, rater_id, "
    "item_values, status, missing_reason, removed, removed_reason, out_of_window_reason");

QString statusKey(AssessmentStatus s)
{
    return s == AssessmentStatus::Draft ? QStringLiteral("draft") : QStringLiteral("complete");
}

Assessment fromRow(const QSqlQuery& r)
{
    Assessment a;
    a.id = r.value(0).toLongLong();
    a.participantId = r.value(1).toLongLong();
    if (!r.value(2).isNull())
        a.timePointId = r.value(2).toLongLong();
    if (!r.value(3).isNull())
        a.sessionId = r.value(3).toLongLong();
    a.instrumentId = r.value(4).toString();
    a.date = QDate::fromString(r.value(5).toString(), Qt::ISODate);
    a.raterId = r.value(6).toLongLong();
    a.items = AssessmentRepository::decodeItems(r.value(7).toString());
    a.status = r.value(8).toString() == QStringLiteral("draft") ? AssessmentStatus::Draft
                                                                : AssessmentStatus::Complete;
    a.missingReason = r.value(9).toString();
    a.removed = r.value(10).toBool();
    a.removedReason = r.value(11).toString();
    a.outOfWindowReason = r.value(12).toString();
    return a;
}

QVariant optId(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString itemField(qsizetype index)
{
    // Imports name items for every row: the first names are made once.
    static const QStringList names = [] {
        QStringList out;
        for (int i = 1; i <= 200; ++i)
            out << QStringLiteral("item_%1").arg(i);
        return out;
    }();
    return index < names.size() ? names[index] : QStringLiteral("item_%1").arg(index + 1);
}

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it for years 1000-9999, without its
// formatting machinery (an import writes a date per row).
QString isoDate(const QDate& d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char text[10];
    int y = d.year();
    for (int i = 3; i >= 0; --i, y /= 10)
        text[i] = static_cast<char>('0' + y % 10);
    text[4] = text[7] = '-';
    text[5] = static_cast<char>('0' + d.month() / 10);
    text[6] = static_cast<char>('0' + d.month() % 10);
    text[8] = static_cast<char>('0' + d.day() / 10);
    text[9] = static_cast<char>('0' + d.day() % 10);
    return QString::fromLatin1(text, 10);
}

// The values of a new assessment, as its audit rows name them (items aside).
AuditedWrite::Values metaValues(const Assessment& a, const QVariant& date)
{
    return {
        {QStringLiteral("participant_id"), a.participantId},
        {QStringLiteral("time_point_id"), optId(a.timePointId)},
        {QStringLiteral("session_id"), optId(a.sessionId)},
        {QStringLiteral("instrument_id"), a.instrumentId},
        {QStringLiteral("assessment_date"), date},
        {QStringLiteral("rater_id"), a.raterId},
        {QStringLiteral("status"), statusKey(a.status)},
        {QStringLiteral("missing_reason"),
         a.missingReason.isEmpty() ? QVariant() : QVariant(a.missingReason)},
    };
}

// What the audit trail holds of a new assessment: its columns, each item value as a field of
// its own (item_1, ...) and when it was entered.
AuditedWrite::Values auditedValues(const AuditedWrite::Values& meta, const QStringList& items,
                                   const QString& createdAt)
{
    AuditedWrite::Values out = meta;
    out.reserve(meta.size() + static_cast<std::size_t>(items.size()) + 1);
    for (qsizetype i = 0; i < items.size(); ++i)
        out.push_back({itemField(i), items[i]});
    out.push_back({QStringLiteral("created_at"), createdAt});
    return out;
}
} // namespace

// Stored as one comma-separated column: the raw values never contain commas.
QString AssessmentRepository::encodeItems(const QStringList& items)
{
    return items.join(QLatin1Char(','));
}

QStringList AssessmentRepository::decodeItems(const QString& stored)
{
    return stored.isEmpty() ? QStringList() : stored.split(QLatin1Char(','));
}

Status AssessmentRepository::validate(const Assessment& a, QString* field)
{
    auto refused = [field](const char* name, const QString& why) -> Error {
        if (field)
            *field = QString::fromLatin1(name);
        return makeError(ErrorCode::Invalid, why);
    };
    // Item count, allowed values and letters come from the instrument's definition.
    if (Status s = m_scoring.validate(a); !s.ok()) {
        if (field)
            *field = QStringLiteral("items");
        return s;
    }
    if (!a.date.isValid() || a.date > m_db.clock().today())
        return refused("assessment_date",
                       tr("The assessment date must be a valid date no later than today."));
    if (a.timePointId && a.sessionId)
        return refused("visit", tr("An assessment belongs to a visit or to a session, not both."));
    if (a.items.count(Assessment::missingItem()) == a.items.size() &&
        a.missingReason.trimmed().isEmpty())
        return refused("missing_reason",
                       tr("Every item is missing: record why the data are missing."));
    return {};
}

Status AssessmentRepository::requireReach(const Actor& actor, qint64 participantId)
{
    return ParticipantRepository(m_db).requireVisible(actor, participantId);
}

bool AssessmentRepository::mayKey(const Actor& actor, Rater rater)
{
    return rater != Rater::BlindedClinician || actor.role == Role::BlindedAssessor;
}

Status AssessmentRepository::requireRater(const Actor& actor, const Assessment& a)
{
    // The protocol's rater of an instrument at a visit: a blinded_clinician instrument is
    // entered only by a blinded assessor (docs/protocol.md).
    if (!a.timePointId)
        return {};
    auto q = m_db.exec(QStringLiteral("SELECT rater FROM time_point_instrument WHERE "
                                      "time_point_id = ? AND instrument_id = ?"),
                       {*a.timePointId, a.instrumentId});
    TD_TRY(q);
    const QString rater = (*q)->next() ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (!mayKey(actor, raterFromKey(rater).value_or(Rater::SelfReport)))
        return makeError(ErrorCode::Forbidden,
                         tr("%1 at this visit is rated by a blinded assessor, as the protocol "
                            "says; %2 (%3) may not enter it.")
                             .arg(a.instrumentId, actor.username, Roles::displayName(actor.role)));
    return {};
}

Status AssessmentRepository::requireWindow(const Actor& actor, const Assessment& a)
{
    if (!a.timePointId || VisitTimeline::hasNoData(a) || !a.outOfWindowReason.trimmed().isEmpty())
        return {};
    auto visits = VisitTimeline::forParticipant(m_db, actor, a.participantId);
    TD_TRY(visits);
    for (const Visit& v : *visits) {
        if (v.timePointId != *a.timePointId || !v.windowOpen.isValid())
            continue;
        if (a.date >= v.windowOpen && a.date <= v.windowClose)
            return {};
        return makeError(ErrorCode::Conflict,
                         tr("%1 on %2 is outside the window of the visit %3 (%4 to %5). To enter "
                            "it anyway, confirm and give the reason; the export flags it.")
                             .arg(a.instrumentId, a.date.toString(Qt::ISODate), v.code,
                                  v.windowOpen.toString(Qt::ISODate),
                                  v.windowClose.toString(Qt::ISODate)),
                         QStringLiteral("out_of_window"));
    }
    return {};
}

Result<std::vector<Assessment>> AssessmentRepository::recordMissedVisit(const Actor& actor,
                                                                        qint64 participantId,
                                                                        qint64 timePointId,
                                                                        const QDate& date,
                                                                        const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A missed visit needs the reason it was missed."),
                         QStringLiteral("missing_reason"));
    auto visits = VisitTimeline::forParticipant(m_db, actor, participantId);
    TD_TRY(visits);
    const Visit* visit = nullptr;
    for (const Visit& v : *visits)
        if (v.timePointId == timePointId)
            visit = &v;
    if (!visit)
        return makeError(ErrorCode::NotFound,
                         tr("Visit %1 is not in this participant's schedule.").arg(timePointId),
                         QStringLiteral("visit"));
    if (visit->state == VisitState::Upcoming || visit->state == VisitState::NotScheduled)
        return makeError(
            ErrorCode::Invalid,
            visit->windowOpen.isValid()
                ? tr("The visit %1 cannot be missed yet: its window opens on %2.")
                      .arg(visit->code, QLocale().toString(visit->windowOpen, QLocale::ShortFormat))
                : tr("The visit %1 is not scheduled yet: it counts from "
                     "randomization.")
                      .arg(visit->code),
            QStringLiteral("visit"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    std::vector<Assessment> out;
    for (const QString& instrument : visit->scheduled) {
        auto recorded = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                                   "participant_id = ? AND time_point_id = ? AND "
                                                   "instrument_id = ? AND removed = 0"),
                                    {participantId, timePointId, instrument});
        TD_TRY(recorded);
        if (recorded->toInt() > 0)
            continue; // what was recorded stays
        auto def = m_scoring.definition(instrument);
        TD_TRY(def);
        Assessment a;
        a.participantId = participantId;
        a.timePointId = timePointId;
        a.instrumentId = instrument;
        a.date = date;
        a.items =
            QStringList(static_cast<qsizetype>((*def)->items.size()), Assessment::missingItem());
        a.missingReason = reason.trimmed();
        auto saved = save(actor, a);
        TD_TRY(saved);
        out.push_back(*saved);
    }
    if (out.empty())
        return makeError(
            ErrorCode::Conflict,
            tr("Every instrument of the visit %1 is already recorded.").arg(visit->code),
            QStringLiteral("visit"));
    TD_TRY(tx.commit());
    return out;
}

Result<Assessment> AssessmentRepository::save(const Actor& actor, Assessment given, Entry entry)
{
    // A lost race with another client runs the whole save again (UnitOfWork).
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    TD_TRY(validate(given));
    return UnitOfWork::run(m_db, [&]() -> Result<Assessment> {
        Assessment a = given;
        // Whether the participant is within reach is asked before the writers' lock is taken:
        // on a server each read inside it is a round trip that every other writer waits for
        // (and the server's row policy checks the site again when the form goes in).
        TD_TRY(requireReach(actor, a.participantId));
        Transaction tx(m_db);
        TD_TRY(tx.status());
        if (a.sessionId) {
            auto owner = m_db.scalar(
                QStringLiteral("SELECT participant_id FROM therapy_session WHERE id = ?"),
                {*a.sessionId});
            if (!owner.ok() || owner->toLongLong() != a.participantId)
                return makeError(
                    ErrorCode::Invalid,
                    tr("Session %1 does not belong to this participant.").arg(*a.sessionId));
        }
        // Who rated: the person keying; an import names its rater (the ODM import takes it from
        // the form's audit record, else the importer).
        Actor rater = actor;
        if (entry == Entry::Imported && a.raterId != 0 && a.raterId != actor.userId) {
            auto q = m_db.exec(QStringLiteral("SELECT username, role FROM users WHERE id = ?"),
                               {a.raterId});
            TD_TRY(q);
            if (!(*q)->next())
                return makeError(ErrorCode::Invalid,
                                 tr("The rater %1 is not a user of this trial.").arg(a.raterId));
            rater = Actor{a.raterId, (*q)->value(0).toString(),
                          Roles::fromKey((*q)->value(1).toString()).value_or(Role::Coordinator)};
            (*q)->finish();
            TD_TRY(Access::require(rater, Permission::EnterAssessments));
        }
        // The protocol's rater rule, for keying and imports alike. A record that only says the
        // data are missing is no rating, so anyone may make it.
        if (!VisitTimeline::hasNoData(a))
            TD_TRY(requireRater(rater, a));
        if (entry == Entry::Keyed)
            TD_TRY(requireWindow(actor, a));
        a.raterId = rater.userId;
        AuditedWrite::Values meta = metaValues(a, a.date);
        if (!a.outOfWindowReason.trimmed().isEmpty())
            meta.push_back({QStringLiteral("out_of_window_reason"), a.outOfWindowReason.trimmed()});
        const QString createdAt = m_db.clock().nowUtc().toString(Qt::ISODate);
        AuditedWrite::Values values = meta;
        values.push_back({QStringLiteral("item_values"), encodeItems(a.items)});
        values.push_back({QStringLiteral("created_at"), createdAt});
        // The audit trail keeps each item value as a field of its own.
        const AuditedWrite::Values audited = auditedValues(meta, a.items, createdAt);
        auto id = AuditedWrite::insert(m_db, actor, QStringLiteral("assessment"), values, audited);
        TD_TRY(id);
        a.id = *id;
        TD_TRY(m_scoring.apply(actor, std::nullopt, a));
        TD_TRY(tx.commit());
        return a;
    });
}

Result<qint64> AssessmentRepository::insertImported(const Actor& actor, Assessment& a,
                                                    const QString& source, const QString& createdAt)
{
    if (m_db.transactionDepth() == 0)
        return makeError(ErrorCode::Database,
                         tr("An import writes its assessments inside its own transaction."));
    // The columns save() writes, the date as the text it is stored as.
    const AuditedWrite::Values meta = metaValues(a, isoDate(a.date));
    QVariantList bindings;
    bindings.reserve(static_cast<qsizetype>(meta.size()) + 2);
    for (const auto& [column, value] : meta)
        bindings << value;
    bindings << encodeItems(a.items) << createdAt;
    static const QString insert = QStringLiteral(
        "INSERT INTO assessment (participant_id, time_point_id, session_id, instrument_id, "
        "assessment_date, rater_id, status, missing_reason, item_values, created_at) VALUES (?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto ins = m_db.write(insert, bindings);
    TD_TRY(ins);
    a.id = ins->lastId;
    // One audit row per imported assessment, holding every value, as a save writes it.
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("assessment"), a.id,
                                   auditedValues(meta, a.items, createdAt), source));
    // Nothing but this import writes until it commits: norms and baselines can stay in memory.
    m_scoring.beginBulk();
    TD_TRY(m_scoring.apply(actor, std::nullopt, a));
    return a.id;
}

Result<Assessment> AssessmentRepository::get(const Actor& actor, qint64 id)
{
    auto found = stored(actor, id);
    TD_TRY(found);
    Assessment a = std::move(found).value();
    TD_TRY(hideRater(actor, a));
    return a;
}

Result<Assessment> AssessmentRepository::stored(const Actor& actor, qint64 id)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM assessment WHERE id = ?").arg(kColumns), {id});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("Assessment %1 was not found.").arg(id));
    Assessment a = fromRow(**q);
    (*q)->finish();
    TD_TRY(requireReach(actor, a.participantId));
    if (!Disclosure::of(actor).sessions() && a.sessionId)
        return makeError(ErrorCode::NotFound, tr("Assessment %1 was not found.").arg(id));
    return a;
}

Status AssessmentRepository::hideRater(const Actor& actor, Assessment& a)
{
    // Unblinded staff who entered a value would tell a blinded reader about the participant's
    // care (a therapist reveals the arm, as ParticipantRepository's therapist does).
    const Disclosure disclosure = Disclosure::of(actor);
    if (disclosure.arms() || a.raterId == 0)
        return {};
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {a.raterId});
    TD_TRY(role);
    if (!disclosure.names(role->toString())) {
        a.raterId = 0;
        // Their notes too ("missed: was at an extra PDT session").
        a.missingReason.clear();
        a.outOfWindowReason.clear();
    }
    return {};
}

Result<Assessment> AssessmentRepository::correct(const Actor& actor, const Assessment& a,
                                                 const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    TD_TRY(validate(a));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto old = stored(actor, a.id);
    TD_TRY(old);
    if (old->removed)
        return makeError(ErrorCode::Invalid,
                         tr("Assessment %1 was removed and cannot be changed.").arg(a.id));
    // A blinded corrector never saw a note of unblinded staff: an empty one keeps it.
    Assessment seen = *old;
    TD_TRY(hideRater(actor, seen));
    const QString missingReason =
        seen.missingReason != old->missingReason && a.missingReason.trimmed().isEmpty()
            ? old->missingReason
            : a.missingReason;
    if (old->instrumentId != a.instrumentId || old->items.size() != a.items.size())
        return makeError(ErrorCode::Invalid,
                         tr("A correction keeps the instrument and its number of items; record "
                            "a new assessment instead."));
    // Drafts may be edited freely; a completed value needs a reason to change.
    const auto rule = old->status == AssessmentStatus::Complete
                          ? AuditedWrite::Reason::RequiredToOverwrite
                          : AuditedWrite::Reason::Optional;
    const QVariant oldReason = old->missingReason.isEmpty() ? QVariant() : old->missingReason;
    const QVariant newReason = missingReason.isEmpty() ? QVariant() : missingReason;
    const std::vector<FieldChange> columns = {
        {QStringLiteral("assessment_date"), old->date, a.date},
        {QStringLiteral("status"), statusKey(old->status), statusKey(a.status)},
        {QStringLiteral("missing_reason"), oldReason, newReason},
        {QStringLiteral("item_values"), encodeItems(old->items), encodeItems(a.items)},
    };
    // The item list is one column, but the audit trail records each item that changed.
    std::vector<FieldChange> audited(columns.begin(), columns.end() - 1);
    for (qsizetype i = 0; i < a.items.size(); ++i)
        audited.push_back({itemField(i), old->items[i], a.items[i]});
    TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("assessment"), a.id, columns, reason,
                                rule, audited));
    Assessment after = a;
    after.participantId = old->participantId;
    after.timePointId = old->timePointId;
    after.sessionId = old->sessionId;
    TD_TRY(SourceVerifications::onChange(m_db, actor, *old, after, reason));
    TD_TRY(m_scoring.apply(actor, *old, after));
    TD_TRY(tx.commit());
    return get(actor, a.id);
}

Result<qint64> AssessmentRepository::latestAtVisit(const Actor& actor, qint64 participantId,
                                                   qint64 timePointId, const QString& instrumentId)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    auto id = m_db.scalar(QStringLiteral("SELECT MAX(a.id) FROM assessment a JOIN participant p "
                                         "ON p.id = a.participant_id WHERE a.participant_id = ? "
                                         "AND a.time_point_id = ? AND a.instrument_id = ? AND "
                                         "a.removed = 0%1")
                              .arg(Reach::participantCondition(actor, QStringLiteral("p"))),
                          {participantId, timePointId, instrumentId});
    TD_TRY(id);
    return id->isNull() ? 0 : id->toLongLong();
}

Status AssessmentRepository::remove(const Actor& actor, qint64 id, const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::RemoveClinicalRecords));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Removing an assessment needs a reason."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto old = stored(actor, id);
    TD_TRY(old);
    if (old->removed)
        return makeError(ErrorCode::Invalid, tr("Assessment %1 is already removed.").arg(id));
    TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("assessment"), id,
                                {{QStringLiteral("removed"), 0, 1},
                                 {QStringLiteral("removed_reason"), {}, reason.trimmed()}},
                                reason, AuditedWrite::Reason::Optional));
    Assessment after = *old;
    after.removed = true;
    TD_TRY(SourceVerifications::onChange(m_db, actor, *old, after, reason.trimmed()));
    TD_TRY(m_scoring.apply(actor, *old, after));
    return tx.commit();
}

Result<std::vector<Assessment>> AssessmentRepository::forParticipant(const Actor& actor,
                                                                     qint64 participantId)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    TD_TRY(requireReach(actor, participantId));
    // Session-by-session measures follow the therapy's schedule, which differs by arm: a
    // blinded user does not receive them.
    const Disclosure disclosure = Disclosure::of(actor);
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM assessment WHERE participant_id = ?%2 ORDER "
                                      "BY assessment_date, id")
                           .arg(kColumns, disclosure.withoutSessions(QStringLiteral("session_id"))),
                       {participantId});
    TD_TRY(q);
    std::vector<Assessment> out;
    while ((*q)->next())
        out.push_back(fromRow(**q));
    if (!disclosure.arms()) {
        // As hideRater, with one query for the list rather than one per record.
        auto users = m_db.exec(QStringLiteral("SELECT id, role FROM users"));
        TD_TRY(users);
        QSet<qint64> hidden;
        while ((*users)->next())
            if (!disclosure.names((*users)->value(1).toString()))
                hidden.insert((*users)->value(0).toLongLong());
        for (Assessment& a : out)
            if (hidden.contains(a.raterId)) {
                a.raterId = 0;
                a.missingReason.clear();
                a.outOfWindowReason.clear();
            }
    }
    return out;
}

} // namespace td
