#include "CliRunner.h"

namespace jiahu::test {

ProgramRun CliRunner::cli(const QStringList& args, const QByteArray& stdinText) const
{
    return runProgram(m_program, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args,
                      stdinText);
}

QStringList CliRunner::signIn(const QString& user) const
{
    return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
            QStringLiteral("--password-stdin")};
}

ProgramRun CliRunner::as(const QString& user, const QStringList& args) const
{
    return as(user, args, user == QLatin1String("admin") ? kAdminPassword : kUserPassword);
}

ProgramRun CliRunner::as(const QString& user, const QStringList& args,
                         const QByteArray& stdinText) const
{
    return cli(signIn(user) + args, stdinText);
}

ProgramRun CliRunner::init(const QString& admin, const QByteArray& password,
                           const QStringList& globalOptions) const
{
    return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--password-stdin")} +
                   globalOptions +
                   QStringList{QStringLiteral("init"), QStringLiteral("--admin"), admin,
                               QStringLiteral("--kdf"), QStringLiteral("interactive")},
               password);
}

ProgramRun CliRunner::addUser(const QString& name, const QString& role) const
{
    return cli(signIn(QStringLiteral("admin")) +
                   QStringList{QStringLiteral("user"), QStringLiteral("add"), name,
                               QStringLiteral("--role"), role, QStringLiteral("--kdf"),
                               QStringLiteral("interactive")},
               kAdminPassword + kUserPassword + kUserPassword); // new password, repeated
}

} // namespace jiahu::test
