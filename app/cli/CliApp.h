#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jiahu::cli {

struct Command;

/// jiahu-cli: takes the command line apart (CommandLine), finds the command in the table
/// (CommandTable), checks every option value (OptionReader) and runs the command's handler.
/// Errors go to stderr as a sentence with a non-zero exit code. CliApp is also the translation
/// context of every message of jiahu-cli: CliApp::tr().
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2, AuthFailed = 3 };

    explicit CliApp(const QStringList& arguments) : m_arguments(arguments) {}
    int run();

    /// The language for messages: a valid --lang on the command line, else the system
    /// locale's (Chinese for a Chinese locale, else English). An invalid --lang is reported by
    /// run(), in this language.
    static QString languageFor(const QStringList& arguments);
    /// Prints `message` and a hint where to find help (for `command`, if known); returns Usage.
    static int usage(const QString& message, const Command* command = nullptr);

private:
    int help(const QStringList& topic);

    QStringList m_arguments;
};

} // namespace jiahu::cli
