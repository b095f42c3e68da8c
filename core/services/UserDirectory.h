#pragma once

#include "common/Result.h"
#include "services/UserAccount.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiahu {

class Database;

/// The one place that reads user accounts from the `users` table (removed users stay there for
/// the history but are not found by name).
class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)
public:
    explicit UserDirectory(Database& db) : m_db(db) {}

    /// The live account named `name`, or nullopt.
    Result<std::optional<UserAccount>> findByName(const QString& name);
    /// As findByName(), with NotFound ("There is no user named ...") when there is none.
    Result<UserAccount> byName(const QString& name);
    /// Live accounts, by name.
    Result<QList<UserAccount>> all();
    Result<int> countWithRole(Role role);

private:
    Database& m_db;
};

} // namespace jiahu
