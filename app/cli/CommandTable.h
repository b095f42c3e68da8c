#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jiahu::cli {

class Invocation;

/// What an option's value must be. OptionReader checks every value given against its type
/// before the command's handler runs, so a handler sees only values that passed.
enum class ValueType {
    Flag,       ///< no value
    Text,       ///< any text
    LongText,   ///< any text; the table adds NAME-file for reading it from a file or stdin
    TextFile,   ///< (added by the table) PATH of a UTF-8 file for a LongText option, '-' = stdin
    Integer,    ///< whole number from min to max
    Decimal,    ///< finite decimal number from min to max (no exponent, nan or inf)
    Date,       ///< YYYY-MM-DD
    Choice,     ///< one of choices()
    ChoiceList, ///< comma-separated, each one of choices()
    List,       ///< comma-separated names
    Pairs,      ///< key=whole number, comma-separated, each key at most once
};

/// One option of a command (or of every command: globalOptions()).
struct OptionSpec {
    QString name; ///< long name without the dashes
    ValueType type = ValueType::Text;
    QString valueName;          ///< placeholder in the help: NAME, N, DATE
    const char* help = nullptr; ///< source text, translated in context CliApp
    double min = 0;             ///< Integer and Decimal
    double max = 0;
    QStringList (*choices)() = nullptr; ///< Choice and ChoiceList
    bool isRequired = false;
    bool isRepeatable = false; ///< Text: may be given several times, every value is kept
    bool emptyAllowed = false; ///< Choice: an empty value (clears)
    char shortName = 0;
    QString fileFor; ///< TextFile: the LongText option it fills

    QString flag() const { return QStringLiteral("--") + name; }
    bool takesValue() const { return type != ValueType::Flag; }
    OptionSpec required() const;
    OptionSpec repeatable() const;
    OptionSpec allowingEmpty() const;
};

// Makers for the table.
OptionSpec flag(const char* name, const char* help);
OptionSpec text(const char* name, const char* valueName, const char* help);
OptionSpec longText(const char* name, const char* help);
OptionSpec integer(const char* name, const char* valueName, double min, double max,
                   const char* help);
OptionSpec decimal(const char* name, const char* valueName, double min, double max,
                   const char* help);
OptionSpec date(const char* name, const char* help);
OptionSpec choice(const char* name, const char* valueName, QStringList (*choices)(),
                  const char* help);
OptionSpec choiceList(const char* name, const char* valueName, QStringList (*choices)(),
                      const char* help);
OptionSpec list(const char* name, const char* valueName, const char* help);
OptionSpec pairs(const char* name, const char* valueName, const char* help);

/// A positional argument after the command's words.
struct ArgumentSpec {
    QString name; ///< FILE, NAME, ...
    const char* help = nullptr;
    bool optional = false;
};

/// A command's handler: returns the exit code.
using Handler = int (*)(Invocation&);

struct Command {
    QStringList words; ///< {"family", "add"}
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;     ///< besides the global ones
    const char* summary = nullptr; ///< one line, source text in context CliApp
    Handler handler = nullptr;

    QString name() const { return words.join(u' '); }
    const OptionSpec* option(const QString& name) const;
};

/// Options every command takes: --db, --user, --password-stdin, --recovery, --json, --lang,
/// --help, --version.
const QList<OptionSpec>& globalOptions();
/// Every command, in the order of the help.
const QList<Command>& commandTable();
/// Any option by name (global or of any command), or by its one-letter form; nullptr if none.
const OptionSpec* anyOption(const QString& name);
const OptionSpec* anyShortOption(char letter);
/// The languages of --lang.
QStringList languages();

} // namespace jiahu::cli
