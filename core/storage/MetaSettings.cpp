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
    // OR ROLLBACK and no REPLACE: one row changed by a statement that needs no statement journal
    // (SQLCipher would encrypt its pages once more; the audit head is set with every entry).
    auto st = m_db.prepare("UPDATE OR ROLLBACK meta SET value = ? WHERE key = ?;");
    if (!st.ok())
        return st.error();
    JIAHU_TRY(st->bindAll(value, key).exec());
    if (st->changes() > 0)
        return {};
    return execute(m_db, "INSERT OR ROLLBACK INTO meta(key, value) VALUES (?, ?);", {key, value});
}

Result<QString> MetaSettings::setIfAbsent(const QString& key, const QString& value)
{
    JIAHU_TRY(execute(m_db, "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?);", {key, value}));
    return this->value(key, value);
}

} // namespace jiahu
