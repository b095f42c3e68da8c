#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace jiahu::cli {

/// Where the CLI gets passwords and recovery codes: a terminal with echo off, or (with
/// --password-stdin) one line of standard input per secret, in the order the command asks.
/// Never from the command line, where other users could read them in the process list.
/// Secrets are read byte by byte straight into guarded memory.
class SecretInput {
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
public:
    enum class Source {
        Stdin,              ///< --password-stdin: one line of standard input per secret
        Terminal,           ///< standard input, which must be a terminal
        ControllingTerminal ///< /dev/tty: standard input carries something else (--notes-file -)
    };
    explicit SecretInput(Source source) : m_source(source) {}

    Result<SecureBytes> read(const QString& prompt);
    /// On a terminal asks twice and compares; from stdin reads once.
    Result<SecureBytes> readNew(const QString& prompt, const QString& repeatPrompt);

private:
    Result<SecureBytes> readLine(int fd, bool echoOff, const QString& prompt, int promptFd);
    Source m_source;
};

} // namespace jiahu::cli
