#include "Migrator.h"

#include "Database.h"
#include "Transaction.h"

#include "common/Logging.h"

namespace jiahu {

int Migrator::latestVersion(std::span<const Migration> migrations)
{
    return migrations.empty() ? 0 : migrations.back().version;
}

Status Migrator::migrate(Database& db, std::span<const Migration> migrations)
{
    for (size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != int(i) + 1)
            return makeError(ErrorCode::Internal,
                             tr("Schema migrations are out of order (step %1 has version %2).")
                                 .arg(i + 1)
                                 .arg(migrations[i].version));
    }
    auto version = db.userVersion();
    if (!version.ok())
        return version.error();
    const int current = version.value();
    const int latest = latestVersion(migrations);
    if (current > latest)
        return makeError(ErrorCode::NewerVersion,
                         tr("This database was written by a newer version of Jiahu (schema %1; "
                            "this version knows up to %2). Install the newer Jiahu to open it; "
                            "the file has not been changed.")
                             .arg(current)
                             .arg(latest));
    for (const Migration& m : migrations) {
        if (m.version <= current)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx.ok())
            return tx.error();
        Status st = db.exec(m.sql);
        if (st.ok() && m.generate)
            st = m.generate(db);
        if (!st.ok()) {
            qCWarning(lcStorage) << "migration" << m.version << m.name << "failed";
            Error e = st.error();
            e.detail = QStringLiteral("migration %1 (%2): %3")
                           .arg(m.version)
                           .arg(QLatin1String(m.name), e.detail);
            return e;
        }
        JIAHU_TRY(db.setUserVersion(m.version));
        JIAHU_TRY(tx->commit());
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    return {};
}

} // namespace jiahu
