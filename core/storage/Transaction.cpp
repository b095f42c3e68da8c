#include "Transaction.h"

#include "Database.h"

#include "common/Logging.h"

#include <utility>

namespace jiahu {

Result<Transaction> Transaction::begin(Database& db)
{
    if (db.inTransaction())
        return makeError(ErrorCode::Internal, Database::tr("A transaction is already open."));
    JIAHU_TRY(db.exec("BEGIN IMMEDIATE;"));
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, Database::tr("The transaction has already ended."));
    auto status = m_db->exec("COMMIT;");
    if (!status.ok()) {
        rollback();
        return status;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    if (m_db->inTransaction() && !m_db->exec("ROLLBACK;").ok())
        qCWarning(lcStorage) << "rollback failed";
    m_db = nullptr;
}

} // namespace jiahu
