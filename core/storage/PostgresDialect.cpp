#include "storage/PostgresDialect.h"

#include "storage/DataLockGuard.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>

namespace td {

namespace {
// The schema version is the comment of the trial's schema: "TrialDesk schema N". A comment
// needs no table of its own, reads as 0 before the first step, and changes with the step's
// transaction.
constexpr auto versionComment = "TrialDesk schema ";
} // namespace

QStringList PostgresDialect::connectionSetup() const
{
    // Notices (an IF NOT EXISTS that found the object) are not errors; times are stored as
    // ISO 8601 UTC text by the program, and the server's own dates read in UTC too.
    return {QStringLiteral("SET client_min_messages TO warning"),
            QStringLiteral("SET TIME ZONE 'UTC'")};
}

QStringList PostgresDialect::beginWrite() const
{
    // READ COMMITTED: each statement sees what was committed before it began, so whatever a
    // writer reads after taking the lock (the chain's head, the next study number, the next
    // list entry, the counts minimization uses) is what the writer before it committed.
    return {QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writeLockKey)};
}

SqlFailure PostgresDialect::classify(const QSqlError& error) const
{
    // SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html).
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return SqlFailure::Serialization;
    if (state == QLatin1String("55P03"))
        return SqlFailure::Busy;
    if (state == QLatin1String("3D000"))
        return SqlFailure::MissingDatabase;
    // A failed connection carries no SQLSTATE, only libpq's message.
    const QString text = error.text();
    if (text.contains(QStringLiteral("database \"")) &&
        text.contains(QStringLiteral("does not exist")))
        return SqlFailure::MissingDatabase;
    return SqlFailure::Other;
}

QString PostgresDialect::tablesQuery() const
{
    // Not the server's own bookkeeping (td_audit_tx, ServerAuditTie), which no trial file has.
    return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                          "AND tablename NOT LIKE 'td\\_%'");
}

QString PostgresDialect::columnsQuery() const
{
    // The server writes a default with its type ('statistician'::text): the literal alone.
    return QStringLiteral("SELECT column_name, regexp_replace(column_default, "
                          "'::[a-z ]+$', '') FROM information_schema.columns WHERE table_schema "
                          "= current_schema() AND table_name = ? ORDER BY ordinal_position");
}

QString PostgresDialect::returningId(const QString& insert) const
{
    return insert + QStringLiteral(" RETURNING id");
}

QString PostgresDialect::schemaVersionQuery() const
{
    return QStringLiteral("SELECT COALESCE(CAST(substring(obj_description(CAST(current_schema() "
                          "AS regnamespace), 'pg_namespace') FROM '^%1([0-9]+)$') AS INTEGER), 0)")
        .arg(QLatin1String(versionComment));
}

QString PostgresDialect::setSchemaVersion(int version) const
{
    return QStringLiteral("DO $td$ BEGIN EXECUTE format('COMMENT ON SCHEMA %I IS %L', "
                          "current_schema(), '%1%2'); END $td$")
        .arg(QLatin1String(versionComment))
        .arg(version);
}

QStringList PostgresDialect::appendOnlyTriggers(const QString& table) const
{
    // One function for every append-only table; TRUNCATE is refused as well as UPDATE and
    // DELETE (a superuser can still drop the triggers: the audit chain shows what changed).
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION td_append_only() RETURNS trigger LANGUAGE "
                       "plpgsql AS $td$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; "
                       "END $td$"),
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE "
                       "FUNCTION td_append_only()")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 FOR EACH ROW EXECUTE "
                       "FUNCTION td_append_only()")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                       "EXECUTE FUNCTION td_append_only()")
            .arg(table)};
}

QStringList PostgresDialect::lockGuardTriggers(const QString& table, const QString& participant,
                                               const QString& timePoint) const
{
    // A trigger's WHEN may not hold a subquery in PostgreSQL: the condition is the function's.
    const QString condition = DataLockGuard::covers(participant, timePoint);
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1_lock_guard() RETURNS trigger LANGUAGE "
                           "plpgsql AS $td$ BEGIN IF %2 THEN RAISE EXCEPTION '%3'; END IF; "
                           "RETURN NEW; END $td$")
                .arg(table, condition, QLatin1String(DataLockGuard::marker)),
            QStringLiteral("CREATE TRIGGER %1_locked_write BEFORE INSERT OR UPDATE ON %1 FOR EACH "
                           "ROW EXECUTE FUNCTION %1_lock_guard()")
                .arg(table)};
}

QString PostgresDialect::expand(QString sql) const
{
    // SQLite's INTEGER is 64 bits and its REAL a double; an "id INTEGER PRIMARY KEY" that the
    // program leaves out of an INSERT is filled in (the rowid), as {PK} is.
    static const QRegularExpression rowidKey(QStringLiteral("\\bid INTEGER PRIMARY KEY,"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    const QString identity = QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    sql.replace(QStringLiteral("{PK}"), identity);
    sql.replace(rowidKey, QStringLiteral("id ") + identity + QLatin1Char(','));
    sql.replace(QStringLiteral("{BLOB}"), QStringLiteral("BYTEA"));
    sql.replace(QStringLiteral("{TODAY}"), QStringLiteral("CAST(CURRENT_DATE AS TEXT)"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return sql;
}

QString PostgresDialect::integrityCheck() const
{
    // What the catalogue can tell without an extension: no index left invalid (a failed
    // concurrent build). Page checksums and amcheck are the server's administrator's.
    return QStringLiteral(
        "SELECT CASE WHEN COUNT(*) = 0 THEN 'ok' ELSE 'invalid indexes: ' || "
        "string_agg(CAST(i.indexrelid AS regclass)::text, ', ') END FROM pg_index i JOIN "
        "pg_class c ON c.oid = i.indrelid WHERE NOT i.indisvalid AND c.relnamespace = "
        "CAST(current_schema() AS regnamespace)");
}

Status PostgresDialect::widenCheck(Database& db, const QString& table, const QString& before,
                                   const QString& after) const
{
    // The server keeps a CHECK constraint in its own words ('a'::text in an ARRAY), so the
    // step's text cannot be edited as on SQLite. The step adds values after the last value of
    // `before`: find the constraint that names that value, add the new ones after it, and
    // replace the constraint in the migration's transaction (the stored rows all pass).
    static const QRegularExpression literal(QStringLiteral("'([^']*)'"));
    QStringList old, added;
    for (auto it = literal.globalMatch(before); it.hasNext();)
        old << it.next().captured(1);
    for (auto it = literal.globalMatch(after); it.hasNext();) {
        const QString value = it.next().captured(1);
        if (!old.contains(value))
            added << value;
    }
    if (old.isEmpty() || added.isEmpty())
        return makeError(ErrorCode::Database,
                         QStringLiteral("The widening of %1 (\"%2\" to \"%3\") adds no value.")
                             .arg(table, before, after));
    const QString last = QStringLiteral("'%1'::text").arg(old.last());
    auto found =
        db.exec(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                               "contype = 'c' AND conrelid = CAST(? AS regclass) AND "
                               "strpos(pg_get_constraintdef(oid), ?) > 0"),
                {table, last});
    TD_TRY(found);
    QString name, definition;
    int count = 0;
    while ((*found)->next()) {
        name = (*found)->value(0).toString();
        definition = (*found)->value(1).toString();
        ++count;
    }
    (*found)->finish();
    if (count != 1 || definition.count(last) != 1)
        return makeError(
            ErrorCode::Database,
            QStringLiteral("Table %1 has no single CHECK constraint naming %2.").arg(table, last));
    QString widened = last;
    for (const QString& value : added)
        widened += QStringLiteral(", '%1'::text").arg(value);
    definition.replace(last, widened);
    return db.execDirect(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 %3")
                             .arg(table, name, definition));
}

QString PostgresDialect::notifyChanges() const
{
    // NOTIFY reaches the clients listening on the same database only, so the channel's name
    // needs no trial in it; the server delivers it at COMMIT and drops it at ROLLBACK.
    return QStringLiteral("SELECT pg_notify('trialdesk', CAST(? AS TEXT))");
}

QStringList PostgresDialect::bulkCopySetup() const
{
    return {QStringLiteral("SET LOCAL session_replication_role = replica")};
}

QStringList PostgresDialect::bulkCopyDone() const
{
    // The planner's statistics for the rows just copied: without them it would guess until
    // autovacuum came by, and guess small (a long export's plan was ten times slower).
    return {QStringLiteral("SET LOCAL session_replication_role = origin"),
            QStringLiteral("ANALYZE")};
}

QString PostgresDialect::resetIdentity(const QString& table) const
{
    // The identity's next value follows the largest id copied; a table whose id is not an
    // identity (a text key) is left alone. Run as it is (a DO block is not prepared).
    return QStringLiteral(
               "DO $td$ DECLARE s TEXT := pg_get_serial_sequence('%1', 'id'); BEGIN "
               "IF s IS NOT NULL THEN EXECUTE format('SELECT setval(%L, COALESCE(MAX(id), "
               "1), MAX(id) IS NOT NULL) FROM %I', s, '%1'); END IF; END $td$")
        .arg(table);
}

} // namespace td
