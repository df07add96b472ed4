#include "audit/AuditVerifier.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace td {

Result<AuditVerification> AuditVerifier::verify(Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT id, at_utc, username, role, action, entity, entity_id, field, old_value, "
        "new_value, reason, prev_hash, hash FROM audit_log ORDER BY id");
    if (!q.exec(sql))
        return db.sqlError(q, sql);
    AuditVerification v;
    QByteArray prev(AuditLog::genesisHash);
    QString previousAt;
    qint64 expectedId = 1;
    auto text = [&q](int i) { return q.isNull(i) ? QString() : q.value(i).toString(); };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        AuditEntry e{text(4),
                     text(5),
                     text(6),
                     text(7),
                     q.isNull(8) ? QVariant() : q.value(8),
                     q.isNull(9) ? QVariant() : q.value(9),
                     text(10)};
        const QByteArray storedPrev = text(11).toLatin1();
        const QByteArray storedHash = text(12).toLatin1();
        auto broken = [&](const QString& problem) {
            v.intact = false;
            v.firstBrokenId = id;
            v.problem = problem;
        };
        if (id != expectedId)
            broken(tr("row %1 follows row %2: rows are missing or were inserted")
                       .arg(id)
                       .arg(expectedId - 1));
        else if (storedPrev != prev)
            broken(tr("row %1 does not link to the hash of the row before it").arg(id));
        else if (AuditLog::rowHash(id, text(1), text(2), text(3), e, storedPrev) != storedHash)
            broken(tr("row %1 was altered: its content does not match its hash").arg(id));
        else if (text(1) < previousAt)
            broken(tr("row %1 is dated %2, before the row ahead of it: time goes backwards")
                       .arg(id)
                       .arg(text(1)));
        if (!v.intact)
            return v;
        prev = storedHash;
        previousAt = text(1);
        ++expectedId;
        ++v.rowsChecked;
    }
    return v;
}

} // namespace td
