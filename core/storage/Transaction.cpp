#include "Transaction.h"

#include "Database.h"

#include "common/Logging.h"

#include <atomic>
#include <utility>

namespace jiahu {

Result<Transaction> Transaction::begin(Database& db)
{
    // A database known to be damaged takes no more changes until it is repaired or restored.
    if (db.isMarkedDamaged())
        return Database::damagedError();
    if (db.inTransaction()) {
        static std::atomic<quint64> counter{0};
        const QByteArray name = "jiahu_sp_" + QByteArray::number(++counter);
        JIAHU_TRY(db.exec(("SAVEPOINT " + name + ";").constData()));
        return Transaction(&db, name);
    }
    JIAHU_TRY(db.exec("BEGIN IMMEDIATE;"));
    return Transaction(&db, {});
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint))
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, Database::tr("The transaction has already ended."));
    if (m_db->isMarkedDamaged()) {
        // Damage found while the transaction ran: its work is not kept.
        rollback();
        return Database::damagedError();
    }
    auto status = m_db->exec(m_savepoint.isEmpty() ? "COMMIT;"
                                                   : ("RELEASE " + m_savepoint + ";").constData());
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
    if (!m_savepoint.isEmpty()) {
        const QByteArray sql = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint + ";";
        if (m_db->inTransaction() && !m_db->exec(sql.constData()).ok())
            qCWarning(lcStorage) << "rollback to savepoint failed";
    } else if (m_db->inTransaction() && !m_db->exec("ROLLBACK;").ok()) {
        qCWarning(lcStorage) << "rollback failed";
    }
    m_db = nullptr;
}

} // namespace jiahu
