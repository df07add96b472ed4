#include "audit/AuditVerifier.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

namespace td {

Result<AuditVerification> AuditVerifier::verify(Database& db)
{
    AuditVerification v;
    QByteArray prev(AuditLog::genesisHash);
    qint64 expectedId = 1;
    const QString sql = QStringLiteral(
        "SELECT id, at_utc, username, role, action, entity, entity_id, field, old_value, "
        "new_value, reason, prev_hash, hash, changes FROM audit_log ORDER BY id");
    const Status read = db.read(sql, {}, [&](const SqlRow& r) -> Status {
        auto text = [&r](int i) { return r.isNull(i) ? QString() : QString::fromUtf8(r.text(i)); };
        auto value = [&r](int i) {
            return r.isNull(i) ? QVariant() : QVariant(QString::fromUtf8(r.text(i)));
        };
        const qint64 id = r.text(0).toLongLong();
        const QByteArray storedPrev = r.text(11).toByteArray();
        const QByteArray storedHash = r.text(12).toByteArray();
        const bool compactRow = !r.isNull(13);
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
        if (storedPrev != prev)
            return broken(tr("row %1 does not link to the hash of the row before it").arg(id));
        if (v.formatMarkerId == 0) {
            // The per-value format, up to and with the format marker.
            if (compactRow)
                return broken(tr("row %1 is in the compact format, but no format marker comes "
                                 "before it")
                                  .arg(id));
            const AuditEntry e{text(4), text(5), text(6), text(7), value(8), value(9), text(10)};
            if (AuditLog::rowHash(id, text(1), text(2), text(3), e, storedPrev) != storedHash)
                return broken(
                    tr("row %1 was altered: its content does not match its hash").arg(id));
            if (AuditLog::isFormatMarker(id, e))
                v.formatMarkerId = id;
        } else {
            if (!compactRow || !r.isNull(7) || !r.isNull(8) || !r.isNull(9))
                return broken(tr("row %1 is not in the compact format that the trail uses after "
                                 "its format marker (row %2)")
                                  .arg(id)
                                  .arg(v.formatMarkerId));
            if (!AuditRowFormat::parse(r.text(13)))
                return broken(tr("row %1 holds changed values that are not in the canonical "
                                 "compact form")
                                  .arg(id));
            if (AuditLog::compactRowHash(id, text(1), text(2), text(3), text(4), text(5), text(6),
                                         text(13), text(10), storedPrev) != storedHash)
                return broken(
                    tr("row %1 was altered: its content does not match its hash").arg(id));
        }
        prev = storedHash;
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
