#include "UserAccount.h"

#include <QStringList>

namespace jiahu {

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
