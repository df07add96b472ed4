#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVariant>
#include <utility>
#include <vector>

namespace td {

class Database;

// One audit row: who did what to which value, when and why.
struct AuditEntry
{
    QString action; // created, changed, removed, status, login, login_failed, ...
    QString entity; // participant, therapy_session, assessment, user, ...
    QString entityId;
    QString field;
    QVariant oldValue; // null when there was none
    QVariant newValue;
    QString reason;
};

struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// The append-only, hash-chained audit trail (GCP / 21 CFR 11). Rows are written inside the
// caller's transaction, so a change and its audit rows commit together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr auto genesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    static Status record(Database& db, const QString& username, const QString& role,
                         const AuditEntry& entry);
    static Status record(Database& db, const Actor& actor, const AuditEntry& entry);
    // One "created" row per non-empty value of a new record (with `reason`, when given).
    static Status recordCreated(Database& db, const Actor& actor, const QString& entity, qint64 id,
                                const std::vector<std::pair<QString, QVariant>>& values,
                                const QString& reason = {});
    // One "changed" row per value that actually changed; returns how many there were.
    static Result<int> recordChanges(Database& db, const Actor& actor, const QString& entity,
                                     qint64 id, const std::vector<FieldChange>& changes,
                                     const QString& reason);

    // SHA-256 (hex) over a row's content and the previous row's hash.
    static QByteArray rowHash(qint64 id, const QString& atUtc, const QString& username,
                              const QString& role, const AuditEntry& entry,
                              const QByteArray& prevHash);
    static QString valueText(const QVariant& v);
};

} // namespace td
