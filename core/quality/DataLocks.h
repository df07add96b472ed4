#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"
#include "quality/DataQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <vector>

namespace td {

class Database;
class Disclosure;

enum class LockScope { Trial, Participant, Visit };

// Whether a lock is made while data queries on the data it covers are still open.
enum class OpenQueries { Refuse, LockAnyway };

// What to lock: the whole trial, one participant, or one participant's visit.
struct LockTarget
{
    LockScope scope = LockScope::Trial;
    qint64 participantId = 0; // Participant and Visit
    qint64 timePointId = 0;   // Visit
};

// A lock in force or lifted.
struct DataLockRecord
{
    qint64 id = 0;
    LockTarget target;
    QString studyId;   // Participant and Visit
    QString visitCode; // Visit
    QString reason;
    QString lockedBy;
    QDateTime lockedAt;
    qint64 headId = 0; // the audit trail's last row when the lock was made
    QString headHash;
    qint64 unlockId = 0; // 0 while in force
    QString unlockReason;
    QString unlockedBy;
    QDateTime unlockedAt;
    std::optional<ElectronicSignature> signature{};       // of the lock
    std::optional<ElectronicSignature> unlockSignature{}; // of the unlock

    bool inForce() const { return unlockId == 0; }
};

// The database lock (docs/data-lock.md). The principal investigator (LockData) locks the data
// of the whole trial, one participant or one visit for the analysis, with a reason and an
// electronic signature; while the lock is in force the schema's guard refuses every change to
// the data it covers (DataLockGuard), whoever makes it. An unlock needs a reason and a
// signature too; both are rows of their own, so the history of locks is kept whole.
class DataLocks
{
    Q_DECLARE_TR_FUNCTIONS(DataLocks)

public:
    static constexpr int firstSchema = 12;

    explicit DataLocks(Database& db) : m_db(db) {}

    // With open (not closed) data queries on the data, refused (Conflict, field
    // "open_queries", naming how many and the oldest) unless the PI confirmed LockAnyway.
    Result<DataLockRecord> lock(const Actor& actor, const LockTarget& target, const QString& reason,
                                const SignWith& signature,
                                OpenQueries openQueries = OpenQueries::Refuse);
    // The data queries not yet closed on the data a lock of `target` would cover, oldest first.
    Result<std::vector<DataQuery>> openQueries(const Actor& actor, const LockTarget& target);
    Result<DataLockRecord> unlock(const Actor& actor, qint64 lockId, const QString& reason,
                                  const SignWith& signature);
    // Newest first; every user who may view participants may see which data are locked.
    Result<std::vector<DataLockRecord>> list(const Actor& actor, bool inForceOnly = false);

    // The whole-trial lock in force, if any (for the exports and the comparative outcomes).
    static Result<std::optional<DataLockRecord>> trialLock(Database& db);

    static QString scopeKey(LockScope scope);

private:
    Result<std::vector<DataLockRecord>> select(const Disclosure& disclosure, const QString& where);

    Database& m_db;
};

} // namespace td
