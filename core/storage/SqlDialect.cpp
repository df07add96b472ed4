#include "storage/SqlDialect.h"

#include "storage/DataLockGuard.h"
#include "storage/Database.h"

#include <QSqlError>

namespace td {

QStringList SqliteDialect::connectionSetup() const
{
    // FULL sync so a committed clinical value survives power loss.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QStringList SqliteDialect::fileSetup() const
{
    // WAL for concurrent readers (stored in the file: a write).
    return {QStringLiteral("PRAGMA journal_mode = WAL")};
}

SqlFailure SqliteDialect::classify(const QSqlError& error) const
{
    // Qt's SQLite driver gives SQLite's (extended) result code; the primary code is its low
    // byte: SQLITE_BUSY (5) and SQLITE_LOCKED (6). The text is the fallback for errors that
    // come from elsewhere (a step's message, a driver that gives no code).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return SqlFailure::Busy;
    const QString text = error.text();
    if (text.contains(QStringLiteral("locked")) || text.contains(QStringLiteral("busy")))
        return SqlFailure::Busy;
    return SqlFailure::Other;
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

QStringList SqliteDialect::lockGuardTriggers(const QString& table, const QString& participant,
                                             const QString& timePoint) const
{
    const QString condition = DataLockGuard::covers(participant, timePoint);
    const QString body = QStringLiteral(" ON %1 WHEN %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                             .arg(table, condition, QLatin1String(DataLockGuard::marker));
    return {QStringLiteral("CREATE TRIGGER %1_locked_insert BEFORE INSERT").arg(table) + body,
            QStringLiteral("CREATE TRIGGER %1_locked_update BEFORE UPDATE").arg(table) + body};
}

QString SqliteDialect::backupInto(const QString& path) const
{
    // VACUUM INTO reads one snapshot inside its own read transaction, so writers on other
    // connections neither block it nor leak half a transaction into the copy.
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

QString SqliteDialect::pageLayout(const QString& excludedTable) const
{
    // dbstat (SQLITE_ENABLE_DBSTAT_VTAB) lists each page of a b-tree with its path from the
    // root; in path order the leaf pages are the b-tree's order, so a leaf whose page number
    // is not its predecessor's plus one means a seek when the table is read through.
    QString table = excludedTable;
    table.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral(
               "SELECT (SELECT page_size FROM pragma_page_size), (SELECT page_count FROM "
               "pragma_page_count), (SELECT freelist_count FROM pragma_freelist_count), "
               "COUNT(*), COALESCE(SUM(prev IS NOT NULL AND pageno <> prev + 1), 0) FROM "
               "(SELECT s.pageno, LAG(s.pageno) OVER (PARTITION BY s.name ORDER BY s.path) AS "
               "prev FROM dbstat s WHERE s.pagetype = 'leaf' AND s.name IN (SELECT name FROM "
               "sqlite_schema WHERE tbl_name <> '%1' AND rootpage > 0))")
        .arg(table);
}

QString SqliteDialect::expand(QString sql) const
{
    sql.replace(QStringLiteral("{PK}"), QStringLiteral("INTEGER PRIMARY KEY"));
    sql.replace(QStringLiteral("{BLOB}"), QStringLiteral("BLOB"));
    sql.replace(QStringLiteral("{TODAY}"), QStringLiteral("CURRENT_DATE"));
    return sql;
}

Status SqliteDialect::widenCheck(Database& db, const QString& table, const QString& before,
                                 const QString& after) const
{
    // SQLite's documented procedure for a change that leaves the stored rows as they are
    // (https://sqlite.org/lang_altertable.html, "making other kinds of table schema changes"):
    // edit the CREATE TABLE text in sqlite_schema and bump schema_version so every connection
    // re-reads it. A rebuild would need foreign keys off, which cannot happen in a transaction.
    auto cookie = db.scalar(QStringLiteral("PRAGMA schema_version"));
    TD_TRY(cookie);
    auto sql = db.scalar(
        QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table});
    TD_TRY(sql);
    const QString text = sql->toString();
    if (text.count(before) != 1)
        return makeError(ErrorCode::Database,
                         QStringLiteral("The definition of table %1 does not contain \"%2\" "
                                        "exactly once.")
                             .arg(table, before));
    QString widened = text;
    widened.replace(before, after);
    TD_TRY(db.execDirect(QStringLiteral("PRAGMA writable_schema = ON")));
    auto update = db.exec(
        QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"),
        {widened, table});
    TD_TRY(db.execDirect(QStringLiteral("PRAGMA writable_schema = OFF")));
    TD_TRY(update);
    return db.execDirect(
        QStringLiteral("PRAGMA schema_version = %1").arg(cookie->toLongLong() + 1));
}

} // namespace td
