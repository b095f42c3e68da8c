#include "MetaSettings.h"

#include "storage/Query.h"

namespace jiahu {

Result<std::optional<QString>> MetaSettings::get(const QString& key)
{
    return fetchOptional(m_db, "SELECT value FROM meta WHERE key = ?;", {key},
                         [](const Statement& st) { return st.text(0); });
}

Result<QString> MetaSettings::value(const QString& key, const QString& fallback)
{
    auto v = get(key);
    if (!v.ok())
        return v.error();
    return v.value().value_or(fallback);
}

Status MetaSettings::set(const QString& key, const QString& value)
{
    return execute(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?);", {key, value});
}

Result<QString> MetaSettings::setIfAbsent(const QString& key, const QString& value)
{
    JIAHU_TRY(execute(m_db, "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?);", {key, value}));
    return this->value(key, value);
}

} // namespace jiahu
