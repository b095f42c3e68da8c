#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jiahu {

/// What a user does in Jiahu. Permissions and scopes build on this.
enum class Role { Administrator, Caseworker, Counselor, Supervisor, Liaison };

class Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    /// Stable identifier stored in the database ("administrator", ...).
    static QString id(Role role);
    static std::optional<Role> fromId(const QString& id);
    /// Translated name for display.
    static QString displayName(Role role);
    static QStringList allIds();
};

struct UserAccount {
    QString id; ///< UUIDv7
    QString name;
    QString displayName;
    Role role = Role::Caseworker;
    qint64 createdAt = 0;
};

} // namespace jiahu
