#include "storage/Migrations.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace td {

namespace {
// "{APPEND_ONLY table}" stands for the dialect's triggers that refuse UPDATE and DELETE;
// "{LOCK_GUARD table|participant|time point}" for those that refuse a write under a database
// lock (DataLockGuard).
QStringList expandStep(const SqlDialect& dialect, const QStringList& step)
{
    static const QString appendOnly = QStringLiteral("{APPEND_ONLY ");
    static const QString lockGuard = QStringLiteral("{LOCK_GUARD ");
    QStringList out;
    for (const QString& sql : step) {
        if (sql.startsWith(appendOnly)) {
            out += dialect.appendOnlyTriggers(sql.mid(appendOnly.size()).chopped(1));
        } else if (sql.startsWith(lockGuard)) {
            const QStringList parts = sql.mid(lockGuard.size()).chopped(1).split(QLatin1Char('|'));
            out += dialect.lockGuardTriggers(parts.value(0), parts.value(1),
                                             parts.value(2, QStringLiteral("NULL")));
        } else {
            out += dialect.expand(sql);
        }
    }
    return out;
}

// "{WIDEN_CHECK table|before|after}" lets a CHECK constraint accept more values (the dialect
// knows how); "{AUDIT_FORMAT_MARKER}" appends the audit trail's format marker (a hash-chained
// row, which SQL alone cannot write); anything else is one statement.
Status runStatement(Database& db, const QString& sql)
{
    static const QString widen = QStringLiteral("{WIDEN_CHECK ");
    if (sql == QStringLiteral("{AUDIT_FORMAT_MARKER}"))
        return AuditLog::markCompactFormat(db);
    if (!sql.startsWith(widen))
        return db.execDirect(sql);
    const QStringList parts = sql.mid(widen.size()).chopped(1).split(QLatin1Char('|'));
    if (parts.size() != 3)
        return makeError(ErrorCode::Database, QStringLiteral("Malformed step: %1").arg(sql));
    return db.dialect().widenCheck(db, parts[0], parts[1], parts[2]);
}
} // namespace

Status Migrations::migrateTo(Database& db, int target) const
{
    auto current = db.schemaVersion();
    TD_TRY(current);
    if (*current > latestVersion())
        return makeError(ErrorCode::Invalid,
                         tr("This trial database has schema version %1, but this TrialDesk "
                            "understands versions up to %2. Please update TrialDesk.")
                             .arg(*current)
                             .arg(latestVersion()));
    for (int version = *current; version < target; ++version) {
        Transaction tx(db);
        TD_TRY(tx.status());
        // Another process may have upgraded the file while we waited for the write lock.
        auto now = db.schemaVersion();
        TD_TRY(now);
        if (*now > version) {
            version = *now - 1;
            continue;
        }
        for (const QString& sql :
             expandStep(db.dialect(), m_steps[static_cast<std::size_t>(version)])) {
            Status s = runStatement(db, sql);
            if (!s.ok())
                return makeError(ErrorCode::Database,
                                 tr("Upgrading the database to schema version %1 failed; nothing "
                                    "was changed. %2")
                                     .arg(version + 1)
                                     .arg(s.message()));
        }
        TD_TRY(db.execDirect(db.dialect().setSchemaVersion(version + 1)));
        TD_TRY(tx.commit());
    }
    return {};
}

} // namespace td
