#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace td {

// What a statement that returns no rows did.
struct Written
{
    qint64 rows = 0;   // rows inserted, changed or deleted
    qint64 lastId = 0; // the rowid of the last insert on the connection
};

// INSERT, UPDATE and DELETE statements on an SQLite connection, run through SQLite's C API with
// each prepared statement kept for reuse. Binding through QSqlQuery costs several times what
// SQLite's own work does (a numbered placeholder name and a hash lookup per value), and a bulk
// import binds tens of millions of values. Values bind as Qt's SQLite driver binds them, so a
// row written here reads back the same through QSqlQuery.
class SqliteStatements
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatements)

public:
    // Null when `connection` is not an open SQLite connection.
    static std::unique_ptr<SqliteStatements> attach(const QSqlDatabase& connection);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements&) = delete;
    SqliteStatements& operator=(const SqliteStatements&) = delete;

    Result<Written> write(const QString& sql, const QVariantList& bindings);

private:
    explicit SqliteStatements(sqlite3* handle) : m_handle(handle) {}
    Error refused(const QString& sql) const;

    sqlite3* m_handle;
    std::unordered_map<QString, sqlite3_stmt*> m_prepared;
};

} // namespace td
