#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace jiahu {

class Database;

/// RAII write transaction (BEGIN IMMEDIATE): rolls back unless commit() succeeded.
/// Begun inside another transaction it becomes a savepoint: its commit releases the savepoint
/// (the work lands with the outer commit), its rollback undoes only its own work. So a service
/// can call another service that opens its own transaction.
/// On a database known to be damaged (Database::isMarkedDamaged) begin() and commit() refuse with
/// ErrorCode::Corrupt: nothing more is written to it until it is repaired or restored.
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
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    Transaction(Database* db, QByteArray savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    Database* m_db = nullptr;
    QByteArray m_savepoint;
};

} // namespace jiahu
