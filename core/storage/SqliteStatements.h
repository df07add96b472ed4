#pragma once

#include "common/Result.h"
#include "storage/SqlRow.h"

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

// Statements on an SQLite connection run through SQLite's C API, each prepared statement kept
// for reuse: writes, and reads row by row in place. QSqlQuery costs several times SQLite's own
// work here: binding builds a placeholder name and a hash lookup per value (a bulk import binds
// tens of millions), and reading converts every column to UTF-16 in a QVariant (an export
// reads millions). Values bind and read as through Qt's SQLite driver.
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
    Status read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit);

private:
    explicit SqliteStatements(sqlite3* handle) : m_handle(handle) {}
    Error refused(const QString& sql) const;
    // The cached statement for `sql` (a fresh one, `owned`, while the cached one is being read),
    // with `bindings` bound.
    Result<sqlite3_stmt*> prepare(const QString& sql, const QVariantList& bindings, bool& owned);

    sqlite3* m_handle;
    std::unordered_map<QString, sqlite3_stmt*> m_prepared;
};

} // namespace td
