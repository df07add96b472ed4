#pragma once

#include "storage/SqlRow.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariantList>
#include <memory>

struct pg_conn;

namespace td {

// The server's read path for Database::read (docs/postgresql.md, "What was moved behind the
// dialect"): the statement goes to libpq on Qt's own connection (the QPSQL driver's handle),
// and each row's values are handed to the visitor as the text libpq gives, without making a
// QVariant of every value. A long export reads 190,000 rows of 24 columns; through Qt's values
// the client took longer than the server.
//
// The row's text is what Qt's read would give (SqlRow): numbers as the server writes them,
// real numbers and numerics in their shortest exact form, booleans as "true"/"false", byte
// arrays unescaped. A column's type is known only once the query ran, so a query with a column
// of a type it does not know runs twice (read() is for SELECTs only).
class PostgresReads
{
public:
    // Null when `connection` is not an open connection of Qt's PostgreSQL driver.
    static std::unique_ptr<PostgresReads> attach(const QSqlDatabase& connection);

    // True when every row was visited (or the visitor stopped, with its error in `visited`);
    // false when it did not take the statement (a binding or a column type it does not know,
    // a connection inside a transaction) or the server refused it. Then nothing the caller
    // sees happened, and the caller reads through Qt, which reports the failure as it
    // reports any other. Only outside a transaction, where a failed SELECT leaves no trace.
    bool read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit,
              Status& visited);

    // `sql` with its positional `?` placeholders numbered for libpq ($1, $2, ...), leaving
    // quoted text and names alone.
    static QByteArray numbered(const QString& sql);

private:
    PostgresReads(pg_conn* handle, QSqlDriver* driver) : m_handle(handle), m_driver(driver) {}
    // Qt's driver looks for notifications (LiveUpdates) after each of its own statements; one
    // that arrived while this read ran waits in libpq, so the driver is asked to look now.
    void passOnNotifications();

    pg_conn* m_handle;
    QSqlDriver* m_driver;
};

} // namespace td
