#include "storage/SqlDialect.h"

namespace td {

QStringList SqliteDialect::connectionSetup() const
{
    // WAL for concurrent readers, FULL sync so a committed clinical value survives power loss.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QString SqliteDialect::setSchemaVersion(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QStringList SqliteDialect::appendOnlyTriggers(const QString& table) const
{
    const QString body =
        QStringLiteral(" ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END");
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE").arg(table) + body.arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE").arg(table) + body.arg(table)};
}

QString SqliteDialect::backupInto(const QString& path) const
{
    // VACUUM INTO reads one snapshot inside its own read transaction, so writers on other
    // connections neither block it nor leak half a transaction into the copy.
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

QString SqliteDialect::expand(QString sql) const
{
    sql.replace(QStringLiteral("{PK}"), QStringLiteral("INTEGER PRIMARY KEY"));
    sql.replace(QStringLiteral("{BLOB}"), QStringLiteral("BLOB"));
    return sql;
}

} // namespace td
