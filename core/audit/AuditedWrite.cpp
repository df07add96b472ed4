#include "audit/AuditedWrite.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace td {

namespace {
bool differs(const FieldChange& c)
{
    return c.oldValue.isNull() != c.newValue.isNull() ||
           AuditLog::valueText(c.oldValue) != AuditLog::valueText(c.newValue);
}

QVariant storable(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? 1 : 0;
    return v;
}

Result<Written> insertRow(Database& db, const QString& table, const AuditedWrite::Values& values)
{
    QStringList columns;
    QStringList marks;
    QVariantList bindings;
    for (const auto& [column, value] : values) {
        columns << column;
        marks << QStringLiteral("?");
        bindings << storable(value);
    }
    return db.write(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        bindings);
}
} // namespace

Result<qint64> AuditedWrite::insert(Database& db, const Actor& actor, const QString& table,
                                    const Values& values, const Values& auditValues,
                                    const QString& reason)
{
    auto ins = insertRow(db, table, values);
    TD_TRY(ins);
    const qint64 id = ins->lastId;
    TD_TRY(AuditLog::recordCreated(db, actor, table, id, auditValues.empty() ? values : auditValues,
                                   reason));
    return id;
}

Status AuditedWrite::insertKeyed(Database& db, const Actor& actor, const QString& table, qint64 key,
                                 const Values& values)
{
    TD_TRY(insertRow(db, table, values));
    return AuditLog::recordCreated(db, actor, table, key, values);
}

Result<int> AuditedWrite::update(Database& db, const Actor& actor, const QString& table, qint64 id,
                                 const std::vector<FieldChange>& changes, const QString& reason,
                                 Reason rule, const std::vector<FieldChange>& auditChanges)
{
    std::vector<FieldChange> audited;
    for (const FieldChange& c : auditChanges.empty() ? changes : auditChanges) {
        if (!differs(c))
            continue;
        if (rule == Reason::RequiredToOverwrite && !c.oldValue.isNull() &&
            !AuditLog::valueText(c.oldValue).isEmpty() && reason.trimmed().isEmpty())
            return makeError(
                ErrorCode::Invalid,
                tr("Changing the recorded value of %1 (from \"%2\" to \"%3\") needs "
                   "a reason for the audit trail.")
                    .arg(c.field, AuditLog::valueText(c.oldValue), AuditLog::valueText(c.newValue)),
                QStringLiteral("reason"));
        audited.push_back(c);
    }
    QStringList sets;
    QVariantList bindings;
    for (const FieldChange& c : changes) {
        if (!differs(c))
            continue;
        sets << c.field + QStringLiteral(" = ?");
        bindings << storable(c.newValue);
    }
    if (sets.isEmpty())
        return 0;
    bindings << id;
    TD_TRY(db.write(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        bindings));
    return AuditLog::recordChanges(db, actor, table, id, audited, reason.trimmed());
}

} // namespace td
