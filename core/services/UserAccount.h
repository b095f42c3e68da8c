#pragma once

#include "common/EnumIds.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jiahu {

/// What a user does in Jiahu. Permissions and scopes build on this.
enum class Role { Administrator, Caseworker, Counselor, Supervisor, Liaison };

template <> struct EnumIdTable<Role> {
    static constexpr EnumId<Role> rows[] = {{Role::Administrator, "administrator"},
                                            {Role::Caseworker, "caseworker"},
                                            {Role::Counselor, "counselor"},
                                            {Role::Supervisor, "supervisor"},
                                            {Role::Liaison, "liaison"}};
};

class Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    /// Stable identifier stored in the database ("administrator", ...).
    static QString id(Role role) { return enumId(role); }
    static std::optional<Role> fromId(const QString& id) { return enumFromId<Role>(id); }
    /// Translated name for display.
    static QString displayName(Role role);
    static QStringList allIds() { return enumIds<Role>(); }
};

struct UserAccount {
    QString id; ///< UUIDv7
    QString name;
    QString displayName;
    Role role = Role::Caseworker;
    qint64 createdAt = 0;
};

} // namespace jiahu
