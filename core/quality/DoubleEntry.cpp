#include "quality/DoubleEntry.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditedWrite.h"
#include "instruments/ItemNumber.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <map>
#include <set>

namespace td {

namespace {

const char* const statusKeys[] = {"agreed", "discrepant", "adjudicated"};

DoubleEntryStatus statusFromKey(const QString& key)
{
    for (int i = 0; i < 3; ++i)
        if (key == QLatin1String(statusKeys[i]))
            return static_cast<DoubleEntryStatus>(i);
    return DoubleEntryStatus::Discrepant;
}

QList<int> differingItems(const QStringList& first, const QStringList& second)
{
    QList<int> out;
    for (qsizetype i = 0; i < std::max(first.size(), second.size()); ++i)
        if (!ItemNumber::sameAnswer(first.value(i), second.value(i)))
            out << static_cast<int>(i + 1);
    return out;
}

// A user's name as the reader may see it (Disclosure: blinded readers see only the names of
// other blinded staff).
QString shownName(const Disclosure& d, const QVariant& name, const QVariant& role)
{
    return d.names(role.toString()) ? name.toString() : QString();
}

} // namespace

QString DoubleEntries::statusKey(DoubleEntryStatus s)
{
    return QLatin1String(statusKeys[static_cast<int>(s)]);
}

QString DoubleEntries::statusName(DoubleEntryStatus s)
{
    switch (s) {
    case DoubleEntryStatus::Agreed:
        return tr("entries agree");
    case DoubleEntryStatus::Discrepant:
        return tr("entries differ");
    case DoubleEntryStatus::Adjudicated:
        return tr("adjudicated");
    }
    return {};
}

bool DoubleEntries::maySecond(const Actor& actor, qint64 firstById)
{
    return actor.can(Permission::EnterAssessments) && actor.userId != firstById;
}

bool DoubleEntries::mayAdjudicate(const Actor& actor, qint64 firstById, qint64 secondById)
{
    return actor.can(Permission::AdjudicateEntries) && actor.userId != firstById &&
           actor.userId != secondById;
}

Result<bool> DoubleEntries::required(qint64 timePointId, const QString& instrumentId)
{
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return false;
    auto q = m_db.exec(QStringLiteral("SELECT double_entry FROM time_point_instrument WHERE "
                                      "time_point_id = ? AND instrument_id = ?"),
                       {timePointId, instrumentId});
    TD_TRY(q);
    const bool twice = (*q)->next() && (*q)->value(0).toBool();
    // Leave no statement in progress (a compaction or a checkpoint waits for none).
    (*q)->finish();
    return twice;
}

Result<DoubleEntry> DoubleEntries::load(qint64 assessmentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, first_values, second_values, first_by, "
                                      "second_by, status, at_utc FROM double_entry WHERE "
                                      "assessment_id = ?"),
                       {assessmentId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("This form has not been keyed a second time."));
    DoubleEntry d;
    QSqlQuery& r = **q;
    d.id = r.value(0).toLongLong();
    d.assessmentId = assessmentId;
    d.firstValues = AssessmentRepository::decodeItems(r.value(1).toString());
    d.secondValues = AssessmentRepository::decodeItems(r.value(2).toString());
    d.firstById = r.value(3).toLongLong();
    d.secondById = r.value(4).toLongLong();
    d.status = statusFromKey(r.value(5).toString());
    d.at = QDateTime::fromString(r.value(6).toString(), Qt::ISODateWithMs).toUTC();
    r.finish();
    d.differing = differingItems(d.firstValues, d.secondValues);
    auto resolved = m_db.exec(
        QStringLiteral("SELECT item FROM double_entry_resolution WHERE double_entry_id = ?"),
        {d.id});
    TD_TRY(resolved);
    QList<int> done;
    while ((*resolved)->next())
        done << (*resolved)->value(0).toInt();
    for (int item : d.differing)
        if (!done.contains(item))
            d.unresolved << item;
    return d;
}

Result<DoubleEntry> DoubleEntries::enterSecond(const Actor& actor, qint64 participantId,
                                               qint64 timePointId, const QString& instrumentId,
                                               const QStringList& items)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    auto id =
        AssessmentRepository(m_db).latestAtVisit(actor, participantId, timePointId, instrumentId);
    TD_TRY(id);
    if (*id == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no first entry of %1 at this visit to key a second time; "
                            "enter the form first.")
                             .arg(instrumentId));
    return enterSecond(actor, *id, items);
}

Result<DoubleEntry> DoubleEntries::enterSecond(const Actor& actor, qint64 assessmentId,
                                               const QStringList& items)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    AssessmentRepository assessments(m_db);
    auto first = assessments.get(actor, assessmentId);
    TD_TRY(first);
    if (first->removed)
        return makeError(
            ErrorCode::Invalid,
            tr("Assessment %1 was removed; there is nothing to key again.").arg(assessmentId));
    if (!first->timePointId)
        return makeError(ErrorCode::Invalid,
                         tr("Double data entry is for the forms of a visit, not of a session."));
    auto needed = required(*first->timePointId, first->instrumentId);
    TD_TRY(needed);
    if (!*needed)
        return makeError(ErrorCode::Invalid,
                         tr("The protocol does not ask for double entry of %1 at this visit.")
                             .arg(first->instrumentId));
    if (first->status != AssessmentStatus::Complete)
        return makeError(ErrorCode::Conflict,
                         tr("The first entry of this form is a draft; complete it before the "
                            "second entry."));
    if (!first->missingReason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("This form was recorded as missing (\"%1\"); a missing form is not "
                            "keyed twice.")
                             .arg(first->missingReason));
    auto stored = m_db.exec(QStringLiteral("SELECT a.rater_id, a.item_values, ti.rater FROM "
                                           "assessment a JOIN time_point_instrument ti ON "
                                           "ti.time_point_id = a.time_point_id AND "
                                           "ti.instrument_id = a.instrument_id WHERE a.id = ?"),
                            {assessmentId});
    TD_TRY(stored);
    if (!(*stored)->next())
        return makeError(ErrorCode::NotFound, tr("Assessment %1 was not found.").arg(assessmentId));
    const qint64 firstBy = (*stored)->value(0).toLongLong();
    const QStringList firstValues =
        AssessmentRepository::decodeItems((*stored)->value(1).toString());
    const Rater rater = raterFromKey((*stored)->value(2).toString()).value_or(Rater::SelfReport);
    (*stored)->finish();
    if (!AssessmentRepository::mayKey(actor, rater))
        return makeError(ErrorCode::Forbidden,
                         tr("%1 is rated by a blinded outcome assessor; only a blinded assessor "
                            "may key it, the second time too.")
                             .arg(first->instrumentId));
    if (!maySecond(actor, firstBy))
        return makeError(ErrorCode::Forbidden,
                         tr("You keyed the first entry of this form; the second entry must be "
                            "keyed by someone else."));
    if (auto known = load(assessmentId); known.ok())
        return makeError(ErrorCode::Conflict,
                         tr("This form has already been keyed twice (%1). Nothing was changed.")
                             .arg(statusName(known->status)));
    if (items.size() != firstValues.size())
        return makeError(ErrorCode::Invalid,
                         tr("%1 was keyed with %2 items the first time; key all %2 (NA for a "
                            "missing item), not %3.")
                             .arg(first->instrumentId)
                             .arg(firstValues.size())
                             .arg(items.size()),
                         QStringLiteral("items"));
    Assessment second = *first;
    second.items = items;
    QString field;
    TD_TRY(assessments.validate(second, &field));
    const QList<int> differing = differingItems(firstValues, items);
    const DoubleEntryStatus status =
        differing.isEmpty() ? DoubleEntryStatus::Agreed : DoubleEntryStatus::Discrepant;
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(AuditedWrite::insert(
        m_db, actor, QStringLiteral("double_entry"),
        {{QStringLiteral("assessment_id"), assessmentId},
         {QStringLiteral("first_values"), AssessmentRepository::encodeItems(firstValues)},
         {QStringLiteral("second_values"), AssessmentRepository::encodeItems(items)},
         {QStringLiteral("first_by"), firstBy},
         {QStringLiteral("second_by"), actor.userId},
         {QStringLiteral("status"), statusKey(status)},
         {QStringLiteral("at_utc"), m_db.clock().nowUtc().toString(Qt::ISODateWithMs)}}));
    TD_TRY(tx.commit());
    auto saved = load(assessmentId);
    TD_TRY(saved);
    // The second keyer is never shown the first entry: only which items differ.
    DoubleEntry shown = *saved;
    shown.firstValues.clear();
    return shown;
}

Result<DoubleEntry> DoubleEntries::forAssessment(const Actor& actor, qint64 assessmentId)
{
    AssessmentRepository assessments(m_db);
    TD_TRY(assessments.get(actor, assessmentId));
    return load(assessmentId);
}

Result<DoubleEntry> DoubleEntries::resolve(const Actor& actor, qint64 assessmentId, int item,
                                           const QString& value, const QString& note)
{
    TD_TRY(Access::require(actor, Permission::AdjudicateEntries));
    AssessmentRepository assessments(m_db);
    auto current = assessments.get(actor, assessmentId);
    TD_TRY(current);
    auto entry = load(assessmentId);
    if (!entry.ok())
        return makeError(ErrorCode::NotFound,
                         tr("Assessment %1 has no second entry; there is nothing to adjudicate.")
                             .arg(assessmentId));
    if (!mayAdjudicate(actor, entry->firstById, entry->secondById))
        return makeError(ErrorCode::Forbidden,
                         tr("You keyed one of the two entries of this form; a third person "
                            "adjudicates the differences."));
    if (!entry->differing.contains(item))
        return makeError(ErrorCode::Invalid,
                         entry->differing.isEmpty()
                             ? tr("The two entries of this form agree; there is nothing to "
                                  "adjudicate.")
                             : tr("The two entries agree on item %1; the items that differ are "
                                  "%2.")
                                   .arg(item)
                                   .arg([&] {
                                       QStringList s;
                                       for (int i : entry->differing)
                                           s << QString::number(i);
                                       return s.join(QStringLiteral(", "));
                                   }()),
                         QStringLiteral("item"));
    if (!entry->unresolved.contains(item))
        return makeError(
            ErrorCode::Conflict,
            tr("Item %1 has already been adjudicated. Nothing was changed.").arg(item));
    const QString chosen = value.trimmed();
    if (chosen.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("Give the value of item %1 (the first entry has \"%2\", the second "
               "\"%3\").")
                .arg(item)
                .arg(entry->firstValues.value(item - 1), entry->secondValues.value(item - 1)),
            QStringLiteral("value"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
    TD_TRY(AuditedWrite::insert(m_db, actor, QStringLiteral("double_entry_resolution"),
                                {{QStringLiteral("double_entry_id"), entry->id},
                                 {QStringLiteral("item"), item},
                                 {QStringLiteral("chosen_value"), chosen},
                                 {QStringLiteral("user_id"), actor.userId},
                                 {QStringLiteral("at_utc"), now}},
                                {}, note.trimmed()));
    Assessment corrected = *current;
    if (corrected.items.value(item - 1) != chosen) {
        corrected.items[item - 1] = chosen;
        QString reason =
            tr("Double data entry, item %1 adjudicated: first entry \"%2\", second "
               "entry \"%3\".")
                .arg(item)
                .arg(entry->firstValues.value(item - 1), entry->secondValues.value(item - 1));
        if (!note.trimmed().isEmpty())
            reason += QLatin1Char(' ') + note.trimmed();
        TD_TRY(assessments.correct(actor, corrected, reason));
    }
    if (entry->unresolved.size() == 1)
        TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("double_entry"), entry->id,
                                    {{QStringLiteral("status"), statusKey(entry->status),
                                      statusKey(DoubleEntryStatus::Adjudicated)}},
                                    {}, AuditedWrite::Reason::Optional));
    TD_TRY(tx.commit());
    return load(assessmentId);
}

Result<std::vector<Discrepancy>> DoubleEntries::discrepancies(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    std::vector<Discrepancy> out;
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return out;
    std::multimap<qint64, int> resolved;
    auto done = m_db.exec(
        QStringLiteral("SELECT r.double_entry_id, r.item FROM double_entry_resolution r JOIN "
                       "double_entry d ON d.id = r.double_entry_id WHERE d.status = "
                       "'discrepant'"));
    TD_TRY(done);
    while ((*done)->next())
        resolved.emplace((*done)->value(0).toLongLong(), (*done)->value(1).toInt());
    (*done)->finish();
    const Disclosure disclosure = Disclosure::of(actor);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT d.id, d.assessment_id, a.participant_id, p.study_id, p.site_id, "
            "a.time_point_id, t.code, a.instrument_id, d.first_values, d.second_values, "
            "uf.username, uf.role, us.username, us.role, d.first_by, d.second_by, d.at_utc FROM "
            "double_entry d JOIN assessment a "
            "ON a.id = d.assessment_id JOIN participant p ON p.id = a.participant_id JOIN "
            "time_point t ON t.id = a.time_point_id JOIN users uf ON uf.id = d.first_by JOIN "
            "users us ON us.id = d.second_by WHERE d.status = 'discrepant' AND a.removed = 0%1 "
            "ORDER BY p.study_id, t.position, a.instrument_id")
            .arg(Reach::participantCondition(actor, QStringLiteral("p"))));
    TD_TRY(q);
    QSqlQuery& r = **q;
    while (r.next()) {
        const qint64 entryId = r.value(0).toLongLong();
        const QStringList first = AssessmentRepository::decodeItems(r.value(8).toString());
        const QStringList second = AssessmentRepository::decodeItems(r.value(9).toString());
        const auto [from, to] = resolved.equal_range(entryId);
        for (int item : differingItems(first, second)) {
            if (std::any_of(from, to, [item](const auto& e) { return e.second == item; }))
                continue;
            Discrepancy d;
            d.assessmentId = r.value(1).toLongLong();
            d.participantId = r.value(2).toLongLong();
            d.studyId = r.value(3).toString();
            d.siteId = r.value(4).toLongLong();
            d.timePointId = r.value(5).toLongLong();
            d.visitCode = r.value(6).toString();
            d.instrumentId = r.value(7).toString();
            d.item = item;
            d.firstValue = first.value(item - 1);
            d.secondValue = second.value(item - 1);
            d.firstBy = shownName(disclosure, r.value(10), r.value(11));
            d.secondBy = shownName(disclosure, r.value(12), r.value(13));
            d.firstById = r.value(14).toLongLong();
            d.secondById = r.value(15).toLongLong();
            d.keyed =
                QDateTime::fromString(r.value(16).toString(), Qt::ISODate).toLocalTime().date();
            out.push_back(d);
        }
    }
    return out;
}

Result<std::vector<AwaitingSecondEntry>> DoubleEntries::awaiting(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    std::vector<AwaitingSecondEntry> out;
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return out;
    const Disclosure disclosure = Disclosure::of(actor);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.participant_id, p.study_id, p.site_id, a.time_point_id, t.code, "
            "a.instrument_id, u.username, u.role, a.rater_id, a.assessment_date FROM assessment a "
            "JOIN time_point_instrument "
            "ti ON ti.time_point_id = a.time_point_id AND ti.instrument_id = a.instrument_id "
            "JOIN participant p ON p.id = a.participant_id JOIN time_point t ON t.id = "
            "a.time_point_id JOIN users u ON u.id = a.rater_id LEFT JOIN double_entry d ON "
            "d.assessment_id = a.id WHERE ti.double_entry = 1 AND d.id IS NULL AND a.removed = "
            "0 AND a.status = 'complete' AND (a.missing_reason IS NULL OR a.missing_reason = "
            "'')%1 ORDER BY p.study_id, t.position, ti.position")
            .arg(Reach::participantCondition(actor, QStringLiteral("p"))));
    TD_TRY(q);
    QSqlQuery& r = **q;
    while (r.next())
        out.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                       r.value(3).toLongLong(), r.value(4).toLongLong(), r.value(5).toString(),
                       r.value(6).toString(), shownName(disclosure, r.value(7), r.value(8)),
                       r.value(9).toLongLong(),
                       QDate::fromString(r.value(10).toString().left(10), Qt::ISODate)});
    return out;
}

Result<AgreementReport> DoubleEntries::agreement(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    AgreementReport report;
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return report;
    const Disclosure disclosure = Disclosure::of(actor);
    std::map<QString, EntryAgreement> byInstrument, byPerson;
    auto q = m_db.exec(QStringLiteral("SELECT a.instrument_id, d.first_values, d.second_values, "
                                      "uf.username, uf.role, us.username, us.role FROM "
                                      "double_entry d JOIN assessment a ON a.id = "
                                      "d.assessment_id JOIN participant p ON p.id = "
                                      "a.participant_id JOIN users uf ON uf.id = d.first_by JOIN "
                                      "users us ON us.id = d.second_by WHERE a.removed = 0%1")
                           .arg(Reach::participantCondition(actor, QStringLiteral("p"))));
    TD_TRY(q);
    QSqlQuery& r = **q;
    auto count = [](EntryAgreement& e, const QString& key, qint64 fields, qint64 discrepant) {
        e.key = key;
        ++e.forms;
        e.fields += fields;
        e.discrepant += discrepant;
    };
    while (r.next()) {
        const QStringList first = AssessmentRepository::decodeItems(r.value(1).toString());
        const QStringList second = AssessmentRepository::decodeItems(r.value(2).toString());
        const qint64 fields = std::max(first.size(), second.size());
        const qint64 discrepant = differingItems(first, second).size();
        const QString instrument = r.value(0).toString();
        count(byInstrument[instrument], instrument, fields, discrepant);
        // Each keyer's fields count for them; a name the reader may not see is not listed.
        for (int k : {3, 5}) {
            const QString name = shownName(disclosure, r.value(k), r.value(k + 1));
            if (!name.isEmpty())
                count(byPerson[name], name, fields, discrepant);
        }
    }
    for (auto& [key, e] : byInstrument)
        report.byInstrument.push_back(e);
    for (auto& [key, e] : byPerson)
        report.byPerson.push_back(e);
    return report;
}

} // namespace td
