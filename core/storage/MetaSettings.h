#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace jiahu {

class Database;

/// The one accessor for the `meta` table: small named settings of a database (its id, the audit
/// chain head, the node id, the file-number format, the follow-up cadence). Writes join the open
/// transaction, if any.
class MetaSettings {
public:
    explicit MetaSettings(Database& db) : m_db(db) {}

    Result<std::optional<QString>> get(const QString& key);
    /// The value, or `fallback` when it was never set.
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status set(const QString& key, const QString& value);
    /// Sets the value only if the key has none yet; returns the value in force afterwards (so
    /// two first uses at once agree on one value).
    Result<QString> setIfAbsent(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace jiahu
