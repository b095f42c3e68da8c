#pragma once

#include "CommandTable.h"
#include "OptionReader.h"

#include "common/Result.h"

#include <QStringList>

namespace jiahu::cli {

/// The words of a command line, taken apart without judging option values (OptionReader does
/// that): options may come anywhere, before or after the command; "--" ends the options.
struct CommandLine {
    QStringList words;          ///< the command's words, its arguments, or a help topic
    QList<GivenOption> options; ///< in the order given
    bool helpWord = false;      ///< the line was "help [TOPIC...]"

    /// Splits `arguments` (without the program name) into words and options. Unknown options,
    /// a flag given a value and a missing value are usage errors.
    static Result<CommandLine> split(const QStringList& arguments);

    bool has(const QString& option) const;
    /// Only the options in `specs` (e.g. the global ones).
    QList<GivenOption> optionsIn(const QList<OptionSpec>& specs) const;
};

/// The command a line names and its positional arguments.
struct ResolvedCommand {
    const Command* command = nullptr;
    QStringList arguments;
};

/// Finds the command whose words begin `words` (the longest match), and checks the number of
/// arguments. A first word that starts several commands but is not followed by one of them,
/// an unknown command and a wrong number of arguments are usage errors.
Result<ResolvedCommand> resolveCommand(const QStringList& words);
/// The command whose words begin `words` (the longest such), or nullptr.
const Command* findCommand(const QStringList& words);
/// Every command whose words begin with `prefix` (a help topic).
QList<const Command*> commandsStartingWith(const QStringList& prefix);

} // namespace jiahu::cli
