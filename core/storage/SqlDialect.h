#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace td {

class Database;

// What a failed statement means for the caller, whatever the database said in its own words.
enum class SqlFailure {
    Other,
    Busy,            // another connection holds a lock this statement needed: wait and retry
    Serialization,   // the transaction lost a race with another one: run it again
    MissingDatabase, // the server has no database of that name
};

// Everything that differs between SQLite and PostgreSQL lives here, so the schema and the
// repositories stay portable. Schema text uses these placeholders, expanded by expand():
//   {PK}    an integer primary key that the database fills in when omitted
//   {BLOB}  binary column type
//   {TODAY} today's date as text (YYYY-MM-DD)
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    virtual QString driver() const = 0;
    // Statements run once on every new connection; they change nothing in the file.
    virtual QStringList connectionSetup() const = 0;
    // Statements that set up the file itself (run on a connection that may change it).
    virtual QStringList fileSetup() const = 0;
    // Begins a write transaction that takes the write lock at once (run in order).
    virtual QStringList beginWrite() const = 0;
    // What a failed statement's error means (SqlFailure).
    virtual SqlFailure classify(const QSqlError& error) const = 0;
    // The names of the database's tables (one column).
    virtual QString tablesQuery() const = 0;
    // The columns of the table the one binding names, in their order: the name, and the
    // default as an SQL literal ('text' quoted, NULL when there is none).
    virtual QString columnsQuery() const = 0;
    // `insert` (an INSERT into a table with an `id` column) made to give the new row's id as
    // its one result row; empty when the driver reports it by itself (SQLite's rowid).
    virtual QString returningId(const QString& insert) const = 0;
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersion(int version) const = 0;
    // Triggers that make a table append-only.
    virtual QStringList appendOnlyTriggers(const QString& table) const = 0;
    // Triggers that refuse an INSERT or UPDATE of `table` while a database lock covers the row
    // (DataLockGuard): `participant` and `timePoint` are SQL expressions over NEW giving the
    // row's participant and visit (time point; "NULL" for rows without one).
    virtual QStringList lockGuardTriggers(const QString& table, const QString& participant,
                                          const QString& timePoint) const = 0;
    virtual QString expand(QString sql) const = 0;
    // Writes a consistent copy of the open database to `path` while others keep using it
    // (empty when the dialect has no such statement).
    virtual QString backupInto(const QString& path) const = 0;
    // A statement whose single row reads "ok" when the database file is sound.
    virtual QString integrityCheck() const = 0;
    // Rewrites the database file in place, each table and index in consecutive pages, as one
    // atomic change (empty when the dialect has no such statement).
    virtual QString compact() const = 0;
    // Folds the write-ahead log back into the database file (empty when there is none).
    virtual QString checkpoint() const = 0;
    // One row: page size, pages in the file, free pages, leaf pages of the tables and indexes
    // other than `excludedTable`, and how many of those do not follow the previous leaf page
    // of their table or index in the file (empty when the dialect cannot tell).
    virtual QString pageLayout(const QString& excludedTable) const = 0;
    // Lets a column's CHECK constraint accept more values, inside the migration's transaction,
    // by replacing `before` with `after` in the table's definition. Only ever widens: no
    // stored row can fail the new constraint, so no table has to be rebuilt.
    virtual Status widenCheck(Database& db, const QString& table, const QString& before,
                              const QString& after) const = 0;
    // A statement that tells the other clients, when the transaction commits, what it changed
    // (its one binding: the payload, LiveUpdates); empty when the database cannot tell them.
    virtual QString notifyChanges() const { return {}; }
    // Run first in the transaction that copies a whole trial in (TrialCopy): the checks that
    // would refuse rows copied table by table (foreign keys, refusing triggers) wait or rest.
    virtual QStringList bulkCopySetup() const { return {}; }
    // Run last in that transaction: the checks work again for whatever a caller's larger
    // transaction does next (`migrate` makes the roles in it).
    virtual QStringList bulkCopyDone() const { return {}; }
    // After rows went into `table` with their ids given: a statement that makes the database
    // number new rows after the largest id (empty when it does so by itself).
    virtual QString resetIdentity(const QString& /*table*/) const { return {}; }
};

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QStringList connectionSetup() const override;
    QStringList fileSetup() const override;
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    SqlFailure classify(const QSqlError& error) const override;
    QString tablesQuery() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'");
    }
    QString columnsQuery() const override
    {
        return QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(?)");
    }
    QString returningId(const QString&) const override { return {}; }
    QString schemaVersionQuery() const override { return QStringLiteral("PRAGMA user_version"); }
    QString setSchemaVersion(int version) const override;
    QStringList appendOnlyTriggers(const QString& table) const override;
    QStringList lockGuardTriggers(const QString& table, const QString& participant,
                                  const QString& timePoint) const override;
    QString expand(QString sql) const override;
    QString backupInto(const QString& path) const override;
    QString integrityCheck() const override { return QStringLiteral("PRAGMA integrity_check"); }
    QString compact() const override { return QStringLiteral("VACUUM"); }
    QString checkpoint() const override
    {
        return QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QString pageLayout(const QString& excludedTable) const override;
    Status widenCheck(Database& db, const QString& table, const QString& before,
                      const QString& after) const override;
    // Foreign keys are checked at COMMIT; no trigger refuses an INSERT of a copied row.
    QStringList bulkCopySetup() const override
    {
        return {QStringLiteral("PRAGMA defer_foreign_keys = ON")};
    }
};

} // namespace td
