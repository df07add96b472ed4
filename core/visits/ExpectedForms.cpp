#include "visits/ExpectedForms.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "participants/ParticipantStatus.h"
#include "quality/DoubleEntry.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"
#include "trial/ProtocolRepository.h"

#include <unordered_map>
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

Result<std::vector<ScheduledParticipant>> ExpectedForms::participants(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    std::vector<ScheduledParticipant> rows;
    const bool arms = Disclosure::of(actor).arms();
    // A blinded reader's query names no arm (on a server their login may not read it).
    TD_TRY(m_db.read(QStringLiteral("SELECT id, study_id, site_id, status, screening_date, "
                                    "consent_date, randomized_at, %1 FROM participant WHERE "
                                    "1 = 1%2 ORDER BY study_id")
                         .arg(arms ? QStringLiteral("arm_id") : QStringLiteral("NULL"),
                              Reach::participantCondition(actor)),
                     {}, [&](const SqlRow& r) -> Status {
                         ScheduledParticipant row;
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

Status ExpectedForms::forEach(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                              const QDate& today, const Wanted& wanted, const Visitor& visit)
{
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    // The wanted instruments, numbered for the record keys.
    QStringList instruments;
    for (const TimePoint& tp : protocol->schedule)
        for (const ScheduledInstrument& si : tp.instruments)
            if (wanted(si) && !instruments.contains(si.instrumentId))
                instruments << si.instrumentId;
    if (instruments.isEmpty())
        return {};

    // What is recorded at visits (completed, or recorded as missing with a reason), read in
    // place: on a large trial this is the bulk of the work.
    QStringList marks;
    QVariantList bindings;
    std::vector<QByteArray> utf8;
    for (const QString& id : instruments) {
        marks << QStringLiteral("?");
        bindings << id;
        utf8.push_back(id.toUtf8());
    }
    // A record is confirmed unless the protocol asks for double entry of it and its entries
    // do not yet agree (the second entry missing, or differences not all adjudicated); a form
    // recorded as missing, with a reason, is not keyed twice. Which forms are keyed twice
    // comes from the protocol; the second entry's status from one indexed join.
    auto version = m_db.schemaVersion();
    TD_TRY(version);
    std::unordered_set<quint64> twice; // (visit, instrument) keys, participant 0
    QStringList twiceForms;            // the same as SQL over the record `a`
    QVariantList twiceIds;
    if (*version >= DoubleEntries::firstSchema)
        for (const TimePoint& tp : protocol->schedule)
            for (const ScheduledInstrument& si : tp.instruments)
                if (si.doubleEntry && instruments.contains(si.instrumentId)) {
                    twice.insert(recordKey(0, tp.id,
                                           static_cast<int>(instruments.indexOf(si.instrumentId))));
                    twiceForms << QStringLiteral("(a.time_point_id = %1 AND a.instrument_id = ?)")
                                      .arg(tp.id);
                    twiceIds << si.instrumentId;
                }
    // Column 3, only for forms keyed twice (other records are read from the index alone, with
    // no look-up): the second entry's status, "none" before it, NULL when the form was
    // recorded as missing with a reason.
    const QString columns =
        twice.empty() ? QString()
                      : QStringLiteral(", CASE WHEN (%1) AND (a.missing_reason IS NULL OR "
                                       "a.missing_reason = '') THEN COALESCE((SELECT d.status FROM "
                                       "double_entry d WHERE d.assessment_id = a.id), 'none') END")
                            .arg(twiceForms.join(QStringLiteral(" OR ")));
    std::unordered_map<quint64, bool> recorded;
    TD_TRY(m_db.read(
        QStringLiteral("SELECT a.participant_id, a.time_point_id, a.instrument_id%2 FROM "
                       "assessment a WHERE a.removed = 0 AND a.status = 'complete' AND "
                       "a.time_point_id IS NOT NULL AND a.instrument_id IN (%1)")
            .arg(marks.join(QLatin1Char(',')), columns),
        twiceIds + bindings, [&](const SqlRow& r) -> Status {
            const QByteArrayView id = r.text(2);
            int index = 0;
            while (index < static_cast<int>(utf8.size()) && utf8[index] != id)
                ++index;
            const qint64 timePoint = r.text(1).toLongLong();
            const bool confirmed =
                twice.empty() || r.isNull(3) ||
                (r.text(3) != QByteArrayView("discrepant") && r.text(3) != QByteArrayView("none"));
            bool& known = recorded[recordKey(r.text(0).toLongLong(), timePoint, index)];
            known = known || confirmed;
            return {};
        }));

    ExpectedVisit v;
    for (const ScheduledParticipant& p : rows) {
        if (!followedUp(p.status))
            continue;
        const Arm* arm = p.armId ? protocol->arm(*p.armId) : nullptr;
        v.participant = &p;
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
            v.opens = target.addDays(-tp.windowDays);
            v.closes = target.addDays(tp.windowDays);
            if (today < v.opens)
                continue;
            v.timePoint = &tp;
            v.expected.clear();
            v.missing.clear();
            v.unconfirmed.clear();
            for (const ScheduledInstrument& si : tp.instruments) {
                if (!wanted(si))
                    continue;
                v.expected << si.instrumentId;
                const auto found = recorded.find(
                    recordKey(p.id, tp.id, static_cast<int>(instruments.indexOf(si.instrumentId))));
                if (found == recorded.end())
                    v.missing << si.instrumentId;
                else if (!found->second)
                    v.unconfirmed << si.instrumentId;
            }
            if (!v.expected.isEmpty())
                visit(v);
        }
    }
    return {};
}

} // namespace td
