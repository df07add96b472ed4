#pragma once

#include <QSqlQuery>

namespace td {

class Database;

// A query on the trial's connection for reading rows, set up the one way that is safe on both
// backends. On SQLite it steps through its rows as the database gives them, and a statement
// run while it is being read leaves it alone. The server's driver reads a forward-only result
// row by row from the connection, so any other statement on the connection (a write made for
// each row read, a nested read) would silently discard the rest of it ("Query results
// lost"): there the whole result is taken at once.
QSqlQuery readQuery(Database& db);
void setUpForReading(QSqlQuery& query, const Database& db);

} // namespace td
