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

/// Options of the case-record verbs (CaseCommands.cpp).
QList<QCommandLineOption> caseCommandOptions();
/// Their lines of the --help text.
QString caseCommandHelp();

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

    // Case records: CaseCommands.cpp.
    struct CaseContext;
    Result<CaseContext> openCase(const QString& familyKey = {});
    int caseCommand(const QString& verb, const QStringList& args);
    int townCommand(const QStringList& args);
    int scopeCommand(const QStringList& args);
    int settingsCommand(const QStringList& args);
    int templateCommand(const QStringList& args);
    int familyCommand(const QStringList& args);
    int personCommand(const QStringList& args);
    int assessCommand(const QStringList& args);
    int riskCommand(const QStringList& args);
    int planCommand(const QStringList& args);
    int followUpCommand(const QStringList& args);
    int guidanceCommand(const QStringList& args);
    int referCommand(const QStringList& args);
    int attachCommand(const QStringList& args);
    int searchCommand(const QStringList& args);
    int overdueCommand(const QStringList& args);
    int demoCommand(const QStringList& args);
    /// Prints `json` with --json, else the text lines; returns Ok.
    int output(const QJsonValue& json, const QStringList& lines);
    QString option(const char* name) const;
    bool jsonOutput() const;

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
