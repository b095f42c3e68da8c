#include "UserAccount.h"

#include <QStringList>

namespace jiahu {

namespace {
struct RoleEntry {
    Role role;
    const char* id;
};
constexpr RoleEntry kRoles[] = {
    {Role::Administrator, "administrator"},
    {Role::Caseworker, "caseworker"},
    {Role::Counselor, "counselor"},
    {Role::Supervisor, "supervisor"},
    {Role::Liaison, "liaison"},
};
} // namespace

QString Roles::id(Role role)
{
    for (const auto& e : kRoles)
        if (e.role == role)
            return QLatin1String(e.id);
    return {};
}

std::optional<Role> Roles::fromId(const QString& id)
{
    for (const auto& e : kRoles)
        if (id == QLatin1String(e.id))
            return e.role;
    return std::nullopt;
}

QStringList Roles::allIds()
{
    QStringList ids;
    for (const auto& e : kRoles)
        ids << QLatin1String(e.id);
    return ids;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Caseworker:
        return tr("Caseworker");
    case Role::Counselor:
        return tr("School counselor");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Liaison:
        return tr("Legal liaison");
    }
    return {};
}

} // namespace jiahu
