#include "audit/AuditTrail.h"

#include "audit/AuditRowFormat.h"
#include "storage/Database.h"

#include <string>

namespace td {

namespace {
QString text(QByteArrayView v)
{
    return v.isNull() ? QString() : QString::fromUtf8(v.data(), v.size());
}

QByteArrayView column(const SqlRow& r, int i)
{
    return auditColumn(r, i);
}
} // namespace

QByteArrayView auditColumn(const SqlRow& r, int i)
{
    if (r.isNull(i))
        return {};
    const QByteArrayView v = r.text(i);
    return v.data() ? v : QByteArrayView("", 0);
}

AuditFieldEntry AuditFieldView::entry() const
{
    return {rowId,          text(atUtc), text(username), text(role),     text(action), text(entity),
            text(entityId), text(field), text(oldValue), text(newValue), text(reason), compactRow};
}

QString AuditTrail::changesColumn(Database& db)
{
    // Schema step 10 adds the column (core/storage/Schema.cpp).
    auto version = db.schemaVersion();
    return version.ok() && *version < 10 ? QStringLiteral("NULL AS changes")
                                         : QStringLiteral("changes");
}

Status AuditTrail::forEach(Database& db, const AuditSelection& selection, const Visitor& visit)
{
    QString sql =
        QStringLiteral("SELECT id, at_utc, username, role, action, entity, entity_id, field, "
                       "old_value, new_value, reason, %1 FROM audit_log WHERE id > ?")
            .arg(changesColumn(db));
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
    AuditFieldView e;
    std::string scratch;
    std::vector<AuditRowFormat::ChangeView> changes;
    return db.read(sql, bindings, [&](const SqlRow& r) -> Status {
        e.rowId = r.text(0).toLongLong();
        e.atUtc = column(r, 1);
        e.username = column(r, 2);
        e.role = column(r, 3);
        e.action = column(r, 4);
        e.entity = column(r, 5);
        e.entityId = column(r, 6);
        e.reason = column(r, 10);
        e.compactRow = !r.isNull(11);
        bool ok = true;
        if (e.compactRow)
            ok = AuditRowFormat::parse(column(r, 11), scratch, changes);
        else if (AuditRowFormat::isImportedRecord(e.action, e.entity, column(r, 7)))
            ok = AuditRowFormat::parseImportedRecord(column(r, 9), scratch, changes);
        // A per-value row (an import's record without values reads as such, as in SQL).
        if (!e.compactRow && (!AuditRowFormat::isImportedRecord(e.action, e.entity, column(r, 7)) ||
                              (ok && changes.empty()))) {
            e.field = column(r, 7);
            e.oldValue = column(r, 8);
            e.newValue = column(r, 9);
            return visit(e);
        }
        if (!ok)
            return makeError(ErrorCode::Database,
                             tr("Audit row %1 cannot be read: its values are not in the form "
                                "the trail writes. Run trialdesk-cli audit verify.")
                                 .arg(e.rowId));
        for (const AuditRowFormat::ChangeView& c : changes) {
            e.field = c.field;
            e.oldValue = c.oldValue;
            e.newValue = c.newValue;
            TD_TRY(visit(e));
        }
        return {};
    });
}

Result<std::vector<AuditFieldEntry>> AuditTrail::entries(Database& db,
                                                         const AuditSelection& selection)
{
    std::vector<AuditFieldEntry> out;
    TD_TRY(forEach(db, selection, [&out](const AuditFieldView& e) -> Status {
        out.push_back(e.entry());
        return {};
    }));
    return out;
}

} // namespace td
