#include "UserAccount.h"

#include "common/EnumIds.h"

#include <QStringList>

namespace jiahu {

namespace {
constexpr EnumId<Role> kRoles[] = {
    {Role::Administrator, "administrator"},
    {Role::Caseworker, "caseworker"},
    {Role::Counselor, "counselor"},
    {Role::Supervisor, "supervisor"},
    {Role::Liaison, "liaison"},
};
} // namespace

QString Roles::id(Role role)
{
    return enumId<Role>(kRoles, role);
}

std::optional<Role> Roles::fromId(const QString& id)
{
    return enumFromId<Role>(kRoles, id);
}

QStringList Roles::allIds()
{
    QStringList ids;
    for (const auto& row : kRoles)
        ids << QLatin1String(row.id);
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
