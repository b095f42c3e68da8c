#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>

namespace jiahu::test {

/// jiahu-cli against one test database, in English, with the test passwords: the administrator
/// "admin" signs in with kAdminPassword, every other user with kUserPassword.
class CliRunner {
public:
    static inline const QByteArray kAdminPassword = "admin-password-1\n";
    static inline const QByteArray kUserPassword = "user-password-1\n";

    CliRunner(QString program, QString database)
        : m_program(std::move(program)), m_db(std::move(database))
    {
    }
    const QString& database() const { return m_db; }

    /// jiahu-cli --lang en ARGS, with `stdinText` on standard input.
    ProgramRun cli(const QStringList& args, const QByteArray& stdinText = {}) const;
    /// --db, --user and --password-stdin for `user`.
    QStringList signIn(const QString& user) const;
    /// Signed in as `user` with their test password.
    ProgramRun as(const QString& user, const QStringList& args) const;
    /// Signed in as `user` with `stdinText` (their password and whatever else is asked for, a
    /// line each) on standard input.
    ProgramRun as(const QString& user, const QStringList& args, const QByteArray& stdinText) const;

    /// Creates the database with the administrator `admin` and `password` (a line; cheap password
    /// hashing); `globalOptions` (e.g. --json) go before the verb.
    ProgramRun init(const QString& admin = QStringLiteral("admin"),
                    const QByteArray& password = kAdminPassword,
                    const QStringList& globalOptions = {}) const;
    /// Adds a user with the test password (cheap password hashing).
    ProgramRun addUser(const QString& name, const QString& role) const;

    /// "a b c" as {"a", "b", "c"}.
    static QStringList words(const char* text) { return QString::fromUtf8(text).split(u' '); }

private:
    QString m_program;
    QString m_db;
};

} // namespace jiahu::test
