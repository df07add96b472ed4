#include "audit/AuditVerifier.h"

#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "storage/Database.h"

#include <string>
#include <string_view>

namespace td {

namespace {
QByteArrayView column(const SqlRow& r, int i)
{
    return auditColumn(r, i);
}
} // namespace

Result<AuditVerification> AuditVerifier::verify(Database& db)
{
    AuditVerification v;
    QByteArray prev(AuditLog::genesisHash);
    std::string previousAt; // rows are never dated before the row ahead of them
    qint64 expectedId = 1;
    const QString sql =
        QStringLiteral("SELECT id, at_utc, username, role, action, entity, entity_id, field, "
                       "old_value, new_value, reason, prev_hash, hash, %1 FROM audit_log ORDER BY "
                       "id")
            .arg(AuditTrail::changesColumn(db));
    const Status read = db.read(sql, {}, [&](const SqlRow& r) -> Status {
        AuditLog::StoredAuditRow row;
        row.id = r.text(0).toLongLong();
        row.atUtc = column(r, 1);
        row.username = column(r, 2);
        row.role = column(r, 3);
        row.action = column(r, 4);
        row.entity = column(r, 5);
        row.entityId = column(r, 6);
        row.field = column(r, 7);
        row.oldValue = column(r, 8);
        row.newValue = column(r, 9);
        row.reason = column(r, 10);
        row.prevHash = column(r, 11);
        row.changes = column(r, 13);
        const QByteArrayView storedHash = column(r, 12);
        const qint64 id = row.id;
        auto broken = [&](const QString& problem) {
            v.intact = false;
            v.firstBrokenId = id;
            v.problem = problem;
            // Stops the reading: the first break is the finding.
            return makeError(ErrorCode::Conflict, problem);
        };
        if (id != expectedId)
            return broken(tr("row %1 follows row %2: rows are missing or were inserted")
                              .arg(id)
                              .arg(expectedId - 1));
        if (row.prevHash != prev)
            return broken(tr("row %1 does not link to the hash of the row before it").arg(id));
        if (v.formatMarkerId == 0) {
            // The per-value format, up to and with the format marker.
            if (!row.changes.isNull())
                return broken(tr("row %1 is in the compact format, but no format marker comes "
                                 "before it")
                                  .arg(id));
        } else {
            if (row.changes.isNull() || !row.field.isNull() || !row.oldValue.isNull() ||
                !row.newValue.isNull())
                return broken(tr("row %1 is not in the compact format that the trail uses after "
                                 "its format marker (row %2)")
                                  .arg(id)
                                  .arg(v.formatMarkerId));
            if (!AuditRowFormat::isCanonical(row.changes))
                return broken(tr("row %1 holds changed values that are not in the canonical "
                                 "compact form")
                                  .arg(id));
        }
        if (AuditLog::storedRowHash(row) != storedHash)
            return broken(tr("row %1 was altered: its content does not match its hash").arg(id));
        const std::string_view at(row.atUtc.data(), static_cast<size_t>(row.atUtc.size()));
        if (at < previousAt)
            return broken(tr("row %1 is dated %2, before the row ahead of it: time goes backwards")
                              .arg(id)
                              .arg(QString::fromUtf8(row.atUtc)));
        previousAt.assign(at);
        if (v.formatMarkerId == 0 && AuditLog::isFormatMarker(row))
            v.formatMarkerId = id;
        prev = storedHash.toByteArray();
        ++expectedId;
        ++v.rowsChecked;
        return {};
    });
    if (!v.intact)
        return v;
    TD_TRY(read);
    return v;
}

} // namespace td
