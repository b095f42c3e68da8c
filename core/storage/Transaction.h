#pragma once

#include "common/Result.h"

namespace jiahu {

class Database;

/// RAII write transaction (BEGIN IMMEDIATE): rolls back unless commit() succeeded.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

} // namespace jiahu
