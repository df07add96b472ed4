#include "audit/AuditTrail.h"

#include "audit/AuditRowFormat.h"
#include "storage/Database.h"

namespace td {

Status AuditTrail::forEach(Database& db, const AuditSelection& selection, const Visitor& visit)
{
    QString sql = QStringLiteral(
        "SELECT id, at_utc, username, role, action, entity, entity_id, field, old_value, "
        "new_value, reason, changes FROM audit_log WHERE id > ?");
    QVariantList bindings{selection.afterId};
    if (!selection.entities.isEmpty()) {
        QStringList marks;
        for (const QString& entity : selection.entities) {
            marks << QStringLiteral("?");
            bindings << entity;
        }
        sql += QStringLiteral(" AND entity IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!selection.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        bindings << selection.entityId;
    }
    sql += QStringLiteral(" ORDER BY id");
    AuditFieldEntry e;
    return db.read(sql, bindings, [&](const SqlRow& r) -> Status {
        auto text = [&r](int i) { return r.isNull(i) ? QString() : QString::fromUtf8(r.text(i)); };
        e.rowId = r.text(0).toLongLong();
        e.atUtc = text(1);
        e.username = text(2);
        e.role = text(3);
        e.action = text(4);
        e.entity = text(5);
        e.entityId = text(6);
        e.reason = text(10);
        e.compactRow = !r.isNull(11);
        std::optional<std::vector<AuditChange>> changes;
        if (!r.isNull(11)) {
            changes = AuditRowFormat::parse(r.text(11));
        } else if (AuditRowFormat::isImportedRecord(e.action, e.entity, text(7))) {
            changes = AuditRowFormat::parseImportedRecord(r.text(9));
        } else {
            e.field = text(7);
            e.oldValue = text(8);
            e.newValue = text(9);
            return visit(e);
        }
        if (!changes)
            return makeError(ErrorCode::Database,
                             tr("Audit row %1 cannot be read: its values are not in the form "
                                "the trail writes. Run trialdesk-cli audit verify.")
                                 .arg(e.rowId));
        for (AuditChange& c : *changes) {
            e.field = std::move(c.field);
            e.oldValue = std::move(c.oldValue);
            e.newValue = std::move(c.newValue);
            TD_TRY(visit(e));
        }
        return {};
    });
}

Result<std::vector<AuditFieldEntry>> AuditTrail::entries(Database& db,
                                                         const AuditSelection& selection)
{
    std::vector<AuditFieldEntry> out;
    TD_TRY(forEach(db, selection, [&out](const AuditFieldEntry& e) -> Status {
        out.push_back(e);
        return {};
    }));
    return out;
}

} // namespace td
