#pragma once

#include "storage/SqlDialect.h"

namespace td {

// PostgreSQL (15 or later) through Qt's QPSQL driver (docs/postgresql.md). The schema is the
// same steps as on SQLite, read in PostgreSQL's types: 64-bit integers, double precision,
// identity keys, PL/pgSQL triggers for the append-only and database-lock rules.
class PostgresDialect final : public SqlDialect
{
public:
    // The key of the transaction-scoped advisory lock every write transaction takes first, so
    // writers run one at a time as on SQLite (the audit chain, study numbers, allocations).
    static constexpr qint64 writeLockKey = 0x5452'4445'534b; // "TRDESK"

    QString name() const override { return QStringLiteral("postgresql"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QStringList connectionSetup() const override;
    QStringList fileSetup() const override { return {}; }
    QStringList beginWrite() const override;
    SqlFailure classify(const QSqlError& error) const override;
    QString tablesQuery() const override;
    QString columnsQuery() const override;
    QString returningId(const QString& insert) const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersion(int version) const override;
    QStringList appendOnlyTriggers(const QString& table) const override;
    QStringList lockGuardTriggers(const QString& table, const QString& participant,
                                  const QString& timePoint) const override;
    QString expand(QString sql) const override;
    // A server's backups are the server's (pg_dump): no statement writes a file here.
    QString backupInto(const QString&) const override { return {}; }
    QString integrityCheck() const override;
    QString compact() const override { return {}; }
    QString checkpoint() const override { return {}; }
    QString pageLayout(const QString&) const override { return {}; }
    Status widenCheck(Database& db, const QString& table, const QString& before,
                      const QString& after) const override;
    // NOTIFY on the trial database's channel (delivered at COMMIT, dropped at ROLLBACK).
    QString notifyChanges() const override;
    // The rows are copied as a replica applies them: no foreign-key or refusing trigger fires
    // (needs a superuser, as creating the database does).
    QStringList bulkCopySetup() const override;
    QStringList bulkCopyDone() const override;
    QString resetIdentity(const QString& table) const override;
};

} // namespace td
