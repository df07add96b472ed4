#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// Rolls back unless commit() succeeds. Nested guards become savepoints, so a core call that
// opens its own transaction can run inside a caller's larger one.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN itself failed; the error says why.
    Status status() const { return m_status; }
    Status commit();

private:
    // Tells the other clients which areas the transaction changed (LiveUpdates).
    Status announce();
    void rollback();

    Database& m_db;
    Status m_status;
    int m_level = 0;
    bool m_active = false;
};

} // namespace td
