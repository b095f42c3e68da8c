#pragma once

#include "SecretInput.h"

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "services/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace jiahu::cli {

/// jiahu-cli: every verb is a short function over core services. Errors go to stderr as a
/// sentence with a non-zero exit code: 1 failure, 2 usage, 3 authentication.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2, AuthFailed = 3 };

    explicit CliApp(const QStringList& arguments);
    int run();

private:
    int init();
    int doctor();
    int userCommand(const QStringList& args);
    int recoveryCommand(const QStringList& args);
    int rekey();
    int auditCommand(const QStringList& args);
    int backup(const QString& dest);
    int restore(const QString& source);

    Result<std::unique_ptr<Vault>> unlock();
    std::optional<KdfParams> kdfParams();
    QString databasePath() const;
    int fail(const Error& error);
    int usage(const QString& message);
    void print(const QString& text);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::unique_ptr<SecretInput> m_secrets;
};

} // namespace jiahu::cli
