#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <span>

namespace jiahu {

class Database;

/// One schema step. Versions start at 1 and go up by one; each runs in its own transaction
/// together with the PRAGMA user_version that records it.
struct Migration {
    int version;
    const char* name;
    const char* sql;
    /// Optional second part, run in the same transaction after `sql`: schema that is generated
    /// from the tables `sql` made (e.g. change-log triggers read the columns with table_info).
    Status (*generate)(Database& db) = nullptr;
};

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    /// Brings `db` up to the last migration. Refuses a database whose user_version is newer than
    /// any migration known here. A failed step rolls back and leaves the earlier steps in place.
    static Status migrate(Database& db, std::span<const Migration> migrations);
    static int latestVersion(std::span<const Migration> migrations);
};

} // namespace jiahu
