#pragma once

// Which database the core tests run on: an SQLite file in the test's folder (trialdesk_core_tests),
// or a new database on a PostgreSQL server (trialdesk_pg_tests sets TRIALDESK_TEST_SERVER to the
// throwaway cluster's postgresql://user@host:port, tests/postgres/main.cpp).

#include <QString>

namespace tdtest {

// The server's URI without a database, or empty when the tests run on SQLite files.
QString testServer();
inline bool onServer()
{
    return !testServer().isEmpty();
}
// A database of its own on the test server, not created yet (Database::open creates it).
QString newServerDatabase();

} // namespace tdtest
