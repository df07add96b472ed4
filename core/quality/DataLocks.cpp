#include "quality/DataLocks.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace td {

namespace {
const char* const scopeKeys[] = {"trial", "participant", "visit"};

LockScope scopeFrom(const QString& key)
{
    for (int i = 0; i < 3; ++i)
        if (key == QLatin1String(scopeKeys[i]))
            return static_cast<LockScope>(i);
    return LockScope::Trial;
}

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The audit trail's last row: what the lock was made at.
struct Head
{
    qint64 id = 0;
    QString hash;
};
Result<Head> head(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    TD_TRY(q);
    Head h;
    if ((*q)->next()) {
        h.id = (*q)->value(0).toLongLong();
        h.hash = (*q)->value(1).toString();
    }
    (*q)->finish();
    return h;
}

const QString selectLocks = QStringLiteral(
    "SELECT l.id, l.scope, l.participant_id, p.study_id, l.time_point_id, tp.code, l.reason, "
    "lu.username, lu.role, l.at_utc, l.head_id, l.head_hash, u.id, u.reason, uu.username, "
    "uu.role, u.at_utc FROM data_lock l JOIN users lu ON lu.id = l.user_id LEFT JOIN data_lock "
    "u ON u.lifts = l.id LEFT JOIN users uu ON uu.id = u.user_id LEFT JOIN participant p ON "
    "p.id = l.participant_id LEFT JOIN time_point tp ON tp.id = l.time_point_id WHERE "
    "l.action = 'lock'");
} // namespace

QString DataLocks::scopeKey(LockScope scope)
{
    return QString::fromLatin1(scopeKeys[static_cast<int>(scope)]);
}

Result<std::vector<DataLockRecord>> DataLocks::select(const Disclosure& disclosure,
                                                      const QString& where)
{
    std::vector<DataLockRecord> out;
    TD_TRY(m_db.read(selectLocks + where + QStringLiteral(" ORDER BY l.id DESC"), {},
                     [&](const SqlRow& r) -> Status {
                         auto text = [&r](int i) { return QString::fromUtf8(r.text(i)); };
                         DataLockRecord d;
                         d.id = text(0).toLongLong();
                         d.target.scope = scopeFrom(text(1));
                         d.target.participantId = text(2).toLongLong();
                         d.studyId = text(3);
                         d.target.timePointId = text(4).toLongLong();
                         d.visitCode = text(5);
                         d.reason = text(6);
                         d.lockedBy = disclosure.names(text(8)) ? text(7) : QString();
                         d.lockedAt = utc(text(9));
                         d.headId = text(10).toLongLong();
                         d.headHash = text(11);
                         d.unlockId = text(12).toLongLong();
                         d.unlockReason = text(13);
                         d.unlockedBy = disclosure.names(text(15)) ? text(14) : QString();
                         if (!r.isNull(16))
                             d.unlockedAt = utc(text(16));
                         out.push_back(std::move(d));
                         return {};
                     }));
    auto signatures =
        ElectronicSignatures::lastByRecord(m_db, disclosure, QStringLiteral("data_lock"));
    TD_TRY(signatures);
    for (DataLockRecord& d : out) {
        if (auto s = signatures->constFind(QString::number(d.id)); s != signatures->cend())
            d.signature = *s;
        if (auto s = signatures->constFind(QString::number(d.unlockId));
            d.unlockId != 0 && s != signatures->cend())
            d.unlockSignature = *s;
    }
    return out;
}

Result<std::vector<DataLockRecord>> DataLocks::list(const Actor& actor, bool inForceOnly)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    QString where = QStringLiteral(" AND (l.participant_id IS NULL OR (1 = 1%1))")
                        .arg(Reach::participantCondition(actor, QStringLiteral("p")));
    if (inForceOnly)
        where += QStringLiteral(" AND u.id IS NULL");
    return select(Disclosure::of(actor), where);
}

Result<std::optional<DataLockRecord>> DataLocks::trialLock(Database& db)
{
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema) // a file of an older schema, read as it is
        return std::optional<DataLockRecord>();
    DataLocks locks(db);
    auto found = locks.select(Disclosure::unblinded(),
                              QStringLiteral(" AND l.scope = 'trial' AND u.id IS NULL"));
    TD_TRY(found);
    if (found->empty())
        return std::optional<DataLockRecord>();
    return std::optional<DataLockRecord>(found->front());
}

Result<std::vector<DataQuery>> DataLocks::openQueries(const Actor& actor, const LockTarget& target)
{
    QueryFilter filter;
    filter.openOnly = true;
    filter.participantId = target.scope == LockScope::Trial ? 0 : target.participantId;
    auto open = DataQueries(m_db).list(actor, filter);
    TD_TRY(open);
    std::vector<DataQuery> out;
    for (auto q = open->rbegin(); q != open->rend(); ++q) // the list is newest first
        if (target.scope != LockScope::Visit || q->target.timePointId == target.timePointId)
            out.push_back(*q);
    return out;
}

Result<DataLockRecord> DataLocks::lock(const Actor& actor, const LockTarget& target,
                                       const QString& reason, const SignWith& signature,
                                       OpenQueries policy)
{
    TD_TRY(Access::require(actor, Permission::LockData));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("A database lock needs a reason (for example \"Last participant's "
                            "last visit; data cleaned for the primary analysis\")."),
                         QStringLiteral("reason"));
    if (target.scope != LockScope::Trial) {
        auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE id = ?"),
                                  {target.participantId});
        TD_TRY(exists);
        if (exists->toInt() == 0)
            return makeError(
                ErrorCode::NotFound,
                tr("There is no participant to lock (id %1).").arg(target.participantId));
    }
    if (target.scope == LockScope::Visit) {
        auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM time_point WHERE id = ?"),
                                  {target.timePointId});
        TD_TRY(exists);
        if (exists->toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("The protocol has no such visit."));
    }
    // The same data locked twice would need two unlocks: refused, naming the lock in force.
    auto inForce = select(Disclosure::unblinded(), QStringLiteral(" AND u.id IS NULL"));
    TD_TRY(inForce);
    for (const DataLockRecord& d : *inForce) {
        const bool covers =
            d.target.scope == LockScope::Trial ||
            (target.scope != LockScope::Trial && d.target.participantId == target.participantId &&
             (d.target.scope == LockScope::Participant ||
              (target.scope == LockScope::Visit && d.target.timePointId == target.timePointId)));
        if (covers)
            return makeError(
                ErrorCode::Conflict,
                tr("These data are already locked (lock %1, %2). Nothing was "
                   "changed.")
                    .arg(d.id)
                    .arg(QLocale().toString(d.lockedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    // Open queries are listed first: locking with them is a decision the PI confirms.
    if (policy == OpenQueries::Refuse) {
        auto open = openQueries(actor, target);
        TD_TRY(open);
        if (!open->empty()) {
            const DataQuery& oldest = open->front();
            return makeError(
                ErrorCode::Conflict,
                tr("%1 data queries are still open on these data (the oldest: query %2, %3, "
                   "%4 at %5). Close them first, or confirm that the data are locked with open "
                   "queries. Nothing was locked.")
                    .arg(open->size())
                    .arg(oldest.id)
                    .arg(oldest.studyId, oldest.target.instrumentId, oldest.visitCode),
                QStringLiteral("open_queries"));
        }
    }
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto at = head(m_db);
    TD_TRY(at);
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
    const QVariant participant =
        target.scope == LockScope::Trial ? QVariant() : QVariant(target.participantId);
    const QVariant timePoint =
        target.scope == LockScope::Visit ? QVariant(target.timePointId) : QVariant();
    auto written = m_db.write(
        QStringLiteral("INSERT INTO data_lock (action, scope, participant_id, time_point_id, "
                       "reason, head_id, head_hash, user_id, at_utc) VALUES ('lock', ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {scopeKey(target.scope), participant, timePoint, reason.trimmed(), at->id, at->hash,
         actor.userId, now});
    TD_TRY(written);
    const qint64 id = written->lastId;
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("data_lock"), id,
                                   {{QStringLiteral("action"), QStringLiteral("lock")},
                                    {QStringLiteral("scope"), scopeKey(target.scope)},
                                    {QStringLiteral("participant_id"), participant},
                                    {QStringLiteral("time_point_id"), timePoint},
                                    {QStringLiteral("reason"), reason.trimmed()},
                                    {QStringLiteral("head_id"), at->id},
                                    {QStringLiteral("head_hash"), at->hash},
                                    {QStringLiteral("user_id"), actor.userId},
                                    {QStringLiteral("at_utc"), now}},
                                   reason.trimmed()));
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Approval,
                                      QStringLiteral("data_lock"), QString::number(id)));
    TD_TRY(tx.commit());
    auto made = select(Disclosure::of(actor), QStringLiteral(" AND l.id = %1").arg(id));
    TD_TRY(made);
    return made->front();
}

Result<DataLockRecord> DataLocks::unlock(const Actor& actor, qint64 lockId, const QString& reason,
                                         const SignWith& signature)
{
    TD_TRY(Access::require(actor, Permission::LockData));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Unlocking needs a reason: which data must change, and why."),
                         QStringLiteral("reason"));
    auto found = select(Disclosure::unblinded(), QStringLiteral(" AND l.id = %1").arg(lockId));
    TD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, tr("There is no lock %1.").arg(lockId));
    if (!found->front().inForce())
        return makeError(ErrorCode::Conflict,
                         tr("Lock %1 was already lifted. Nothing was changed.").arg(lockId));
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto at = head(m_db);
    TD_TRY(at);
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto written = m_db.write(
        QStringLiteral("INSERT INTO data_lock (action, lifts, reason, head_id, head_hash, "
                       "user_id, at_utc) VALUES ('unlock', ?, ?, ?, ?, ?, ?)"),
        {lockId, reason.trimmed(), at->id, at->hash, actor.userId, now});
    TD_TRY(written);
    const qint64 id = written->lastId;
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("data_lock"), id,
                                   {{QStringLiteral("action"), QStringLiteral("unlock")},
                                    {QStringLiteral("lifts"), lockId},
                                    {QStringLiteral("reason"), reason.trimmed()},
                                    {QStringLiteral("head_id"), at->id},
                                    {QStringLiteral("head_hash"), at->hash},
                                    {QStringLiteral("user_id"), actor.userId},
                                    {QStringLiteral("at_utc"), now}},
                                   reason.trimmed()));
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Responsibility,
                                      QStringLiteral("data_lock"), QString::number(id)));
    TD_TRY(tx.commit());
    auto made = select(Disclosure::of(actor), QStringLiteral(" AND l.id = %1").arg(lockId));
    TD_TRY(made);
    return made->front();
}

} // namespace td
