#pragma once

#include "access/Actor.h"
#include "audit/AuditRowFormat.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVariant>
#include <utility>
#include <vector>

namespace td {

class Database;

// One audited value: who did what to which value, when and why (a row of the per-value format;
// in the compact format one change of a row).
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
//
// From schema version 10 on the trail is compact: one row per changed record, its changed
// values in one canonical text (AuditRowFormat). Rows written before keep their per-value
// format; a marker row between the two says from which row the compact format starts
// (docs/audit-trail.md). Readers get per-value entries from AuditTrail, whatever the format.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr auto genesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    // One row holding the entry.
    static Status record(Database& db, const QString& username, const QString& role,
                         const AuditEntry& entry);
    static Status record(Database& db, const Actor& actor, const AuditEntry& entry);
    // One "created" row holding every non-empty value of a new record (with `reason`, when
    // given); no row when every value is empty.
    static Status recordCreated(Database& db, const Actor& actor, const QString& entity, qint64 id,
                                const std::vector<std::pair<QString, QVariant>>& values,
                                const QString& reason = {});
    // One "changed" row holding every value that actually changed; returns how many values
    // there were (no row when none).
    static Result<int> recordChanges(Database& db, const Actor& actor, const QString& entity,
                                     qint64 id, const std::vector<FieldChange>& changes,
                                     const QString& reason);

    // Appends the format marker (the schema step of version 10 does, in its transaction): a
    // per-value row saying that the rows after it are compact. From then on every row is.
    static Status markCompactFormat(Database& db);
    // Whether a per-value row is the format marker.
    static bool isFormatMarker(qint64 id, const AuditEntry& row);

    // A row as stored: UTF-8 texts, a null view for NULL (`changes` null: a per-value row).
    struct StoredAuditRow
    {
        qint64 id = 0;
        QByteArrayView atUtc, username, role, action, entity, entityId, field, oldValue, newValue,
            reason, changes, prevHash;
    };
    // rowHash or compactRowHash of a stored row, from its texts as they are (the verifier's
    // way: no text is converted).
    static QByteArray storedRowHash(const StoredAuditRow& row);
    static bool isFormatMarker(const StoredAuditRow& row);

    // SHA-256 (hex) over a per-value row's content and the previous row's hash.
    static QByteArray rowHash(qint64 id, const QString& atUtc, const QString& username,
                              const QString& role, const AuditEntry& entry,
                              const QByteArray& prevHash);
    // SHA-256 (hex) over a compact row's content (its changes as their canonical text) and the
    // previous row's hash.
    static QByteArray compactRowHash(qint64 id, const QString& atUtc, const QString& username,
                                     const QString& role, const QString& action,
                                     const QString& entity, const QString& entityId,
                                     const QString& changes, const QString& reason,
                                     const QByteArray& prevHash);
    static QString valueText(const QVariant& v);

private:
    static Status append(Database& db, const QString& username, const QString& role,
                         const QString& action, const QString& entity, const QString& entityId,
                         const std::vector<AuditChange>& changes, const QString& reason);
};

} // namespace td
