#include "UserDirectory.h"

#include "storage/Query.h"

namespace jiahu {

namespace {
constexpr char kColumns[] = "SELECT id, name, display_name, role, created_at FROM users ";

UserAccount readAccount(const Statement& st)
{
    return {st.text(0), st.text(1), st.text(2),
            Roles::fromId(st.text(3)).value_or(Role::Caseworker), st.int64(4)};
}
} // namespace

Result<std::optional<UserAccount>> UserDirectory::findByName(const QString& name)
{
    return fetchOptional(m_db, QByteArray(kColumns) + "WHERE name = ? AND deleted_at IS NULL;",
                         {name}, readAccount);
}

Result<UserAccount> UserDirectory::byName(const QString& name)
{
    return fetchOne(m_db, QByteArray(kColumns) + "WHERE name = ? AND deleted_at IS NULL;", {name},
                    readAccount, tr("There is no user named %1.").arg(name));
}

Result<QList<UserAccount>> UserDirectory::all()
{
    return fetchAll(m_db, QByteArray(kColumns) + "WHERE deleted_at IS NULL ORDER BY name;", {},
                    readAccount);
}

Result<int> UserDirectory::countWithRole(Role role)
{
    auto n = fetchOne(m_db, "SELECT count(*) FROM users WHERE role = ? AND deleted_at IS NULL;",
                      {Roles::id(role)}, [](const Statement& st) { return int(st.int64(0)); }, {});
    return n;
}

} // namespace jiahu
