#pragma once

#include "CommandTable.h"

#include <QString>
#include <QStringList>

namespace jiahu::cli {

/// The help, generated from the command table: nothing here is written twice.
class HelpText {
public:
    /// Every command with its summary, the global options, exit codes.
    static QStringList global();
    /// One command: usage, summary, arguments, its own options.
    static QStringList command(const Command& command);
    /// "jiahu-cli [global options] followup add FILE [options]"
    static QString usageLine(const Command& command);
};

} // namespace jiahu::cli
