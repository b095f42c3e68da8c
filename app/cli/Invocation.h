#pragma once

#include "CommandTable.h"
#include "OptionReader.h"
#include "SecretInput.h"
#include "TextOutput.h"

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "domain/CaseRecords.h"
#include "services/CaseSession.h"
#include "services/Vault.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

#include <memory>

namespace jiahu::cli {

/// A signed-in case session, and the family the command line names, if any.
struct CaseContext {
    std::unique_ptr<Vault> vault;
    std::unique_ptr<CaseSession> session;
    Family family;
};

/// One run of one command as its handler sees it: the positional arguments, the checked option
/// values (its own and the global ones), signing in, and the one way to print results and
/// errors.
class Invocation {
public:
    Invocation(const Command& command, QStringList arguments, OptionValues options);

    const Command& command;
    const QStringList args;     ///< after the command's words; their number is already checked
    const OptionValues options; ///< every value already checked against its type

    bool json() const { return options.isSet("json"); }
    QString databasePath() const;
    /// --user, else $JIAHU_USER.
    QString userName() const;
    /// --kdf (for commands that declare it): moderate (the default), sensitive or interactive.
    KdfParams kdf() const;

    SecretInput& secrets();
    /// Signs in with --user and a password, or with --recovery and the recovery code.
    Result<std::unique_ptr<Vault>> unlock();
    /// Signs in and starts a case session; with `familyKey` (a file number or id) finds it.
    Result<CaseContext> openCase(const QString& familyKey = {});

    /// Prints the error; returns Failure, or AuthFailed for refused sign-ins and permissions.
    int fail(const Error& error);
    /// Prints a usage error and where this command's help is; returns Usage.
    int usage(const QString& message);
    /// Prints `json` with --json, else the lines; returns Ok.
    int output(const QJsonValue& json, const QStringList& lines);
    /// Prints `json` with --json, else the rows (tab-separated fields); returns Ok.
    int outputRows(const QJsonValue& json, const QList<TextRow>& rows);
    /// One page of a list: with --json {"count": n, key: [...], "next": cursor} (count only when
    /// given); as text the count line, the rows and "next: cursor" when more follow.
    int outputPage(const char* key, const QJsonArray& json, QList<TextRow> rows,
                   const QString& next, std::optional<QString> countLine = {},
                   std::optional<qint64> count = {});

private:
    std::unique_ptr<SecretInput> m_secrets;
};

} // namespace jiahu::cli
