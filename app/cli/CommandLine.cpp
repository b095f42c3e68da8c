#include "CommandLine.h"

#include "CliApp.h"
#include "HelpText.h"

#include <optional>

namespace jiahu::cli {

namespace {
Error usageError(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}
} // namespace

Result<CommandLine> CommandLine::split(const QStringList& arguments)
{
    CommandLine out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            out.words << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const OptionSpec* spec = nullptr;
        QString written;
        std::optional<QString> value;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(u'=');
            written = arg.left(eq);
            if (eq > 0)
                value = arg.mid(eq + 1);
            spec = anyOption(written.mid(2));
        } else {
            // -d PATH, -dPATH, -h
            written = arg.left(2);
            const QChar letter = arg[1];
            spec = letter.unicode() < 0x80 ? anyShortOption(char(letter.unicode())) : nullptr;
            if (spec && arg.size() > 2) {
                if (spec->takesValue()) {
                    value = arg.mid(2);
                } else {
                    spec = nullptr; // no bundled flags such as -hv
                    written = arg;
                }
            }
        }
        if (!spec)
            return usageError(CliApp::tr("Unknown option %1.").arg(written));
        if (!spec->takesValue() && value)
            return usageError(CliApp::tr("%1 takes no value.").arg(spec->flag()));
        if (spec->takesValue() && !value) {
            if (i + 1 >= arguments.size())
                return usageError(CliApp::tr("%1 needs a value.").arg(spec->flag()));
            value = arguments[++i];
        }
        out.options.append({spec->name, value.value_or(QString())});
    }
    if (!out.words.isEmpty() && out.words.first() == QLatin1String("help")) {
        out.helpWord = true;
        out.words.removeFirst();
    }
    return out;
}

bool CommandLine::has(const QString& option) const
{
    for (const GivenOption& g : options)
        if (g.name == option)
            return true;
    return false;
}

QList<GivenOption> CommandLine::optionsIn(const QList<OptionSpec>& specs) const
{
    QList<GivenOption> out;
    for (const GivenOption& g : options)
        for (const OptionSpec& s : specs)
            if (s.name == g.name)
                out.append(g);
    return out;
}

QList<const Command*> commandsStartingWith(const QStringList& prefix)
{
    QList<const Command*> out;
    for (const Command& c : commandTable())
        if (c.words.size() >= prefix.size() && c.words.mid(0, prefix.size()) == prefix)
            out.append(&c);
    return out;
}

const Command* findCommand(const QStringList& words)
{
    const Command* best = nullptr;
    for (const Command& c : commandTable())
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    return best;
}

Result<ResolvedCommand> resolveCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(CliApp::tr("Name a command."));
    const Command* best = findCommand(words);
    if (!best) {
        const QList<const Command*> group = commandsStartingWith({words.first()});
        if (group.isEmpty())
            return usageError(CliApp::tr("Unknown command: %1").arg(words.first()));
        QStringList names;
        for (const Command* c : group)
            names << c->name();
        return usageError(
            CliApp::tr("%1 needs one of: %2").arg(words.first(), names.join(QStringLiteral(", "))));
    }
    const QStringList arguments = words.mid(best->words.size());
    qsizetype required = 0;
    for (const ArgumentSpec& a : best->arguments)
        if (!a.optional)
            ++required;
    if (arguments.size() < required || arguments.size() > best->arguments.size())
        return usageError(CliApp::tr("Wrong arguments for %1. Usage: %2")
                              .arg(best->name(), HelpText::usageLine(*best)));
    return ResolvedCommand{best, arguments};
}

} // namespace jiahu::cli
