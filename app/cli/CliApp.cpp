#include "CliApp.h"

#include "CommandLine.h"
#include "CommandTable.h"
#include "HelpText.h"
#include "Invocation.h"
#include "OptionReader.h"
#include "TextOutput.h"

#include <QLocale>
#include <QProcessEnvironment>

namespace jiahu::cli {

namespace {
bool anyGlobalOption(const QString& name)
{
    for (const OptionSpec& o : globalOptions())
        if (o.name == name)
            return true;
    return false;
}
} // namespace

QString CliApp::languageFor(const QStringList& arguments)
{
    QString lang = QLocale::system().name().startsWith(QLatin1String("zh"))
                       ? QStringLiteral("zh_CN")
                       : QStringLiteral("en");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString asked;
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            asked = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            asked = arguments[i].mid(7);
        if (languages().contains(asked))
            lang = asked;
    }
    return lang;
}

int CliApp::usage(const QString& message, const Command* command)
{
    TextOutput::error(message);
    TextOutput::errorDetail(command
                                ? tr("Run jiahu-cli help %1 for its options.").arg(command->name())
                                : tr("Run jiahu-cli --help for the commands."));
    return Usage;
}

int CliApp::help(const QStringList& topic)
{
    if (topic.isEmpty()) {
        for (const QString& line : HelpText::global())
            TextOutput::line(line);
        return Ok;
    }
    // The command the words name (perhaps with its arguments), else every command they begin.
    QList<const Command*> commands;
    if (const Command* command = findCommand(topic))
        commands << command;
    else
        commands = commandsStartingWith(topic);
    if (commands.isEmpty())
        return usage(tr("Unknown command: %1").arg(topic.join(u' ')));
    for (const Command* command : commands) {
        if (command != commands.first())
            TextOutput::line(QString());
        for (const QString& line : HelpText::command(*command))
            TextOutput::line(line);
    }
    TextOutput::line(QString());
    TextOutput::line(tr("Global options such as --db and --user: jiahu-cli --help."));
    return Ok;
}

int CliApp::run()
{
    auto line = CommandLine::split(m_arguments.mid(1));
    if (!line.ok())
        return usage(line.error().message);
    if (line->has(QStringLiteral("version"))) {
        TextOutput::line(QStringLiteral("jiahu-cli %1").arg(QLatin1String(JIAHU_VERSION)));
        return Ok;
    }
    // The global options' values (--lang) are checked even for help.
    auto global = OptionValues::read(globalOptions(), line->optionsIn(globalOptions()), false,
                                     QStringLiteral("jiahu-cli"));
    if (!global.ok())
        return usage(global.error().message);
    if (line->helpWord || line->has(QStringLiteral("help")))
        return help(line->words);

    auto resolved = resolveCommand(line->words);
    if (!resolved.ok())
        return usage(resolved.error().message, findCommand(line->words));
    const Command& command = *resolved->command;
    // Options the command does not take are refused before anything else is looked at.
    for (const GivenOption& given : line->options)
        if (!anyGlobalOption(given.name) && !command.option(given.name))
            return usage(
                tr("%1 does not take %2.").arg(command.name(), QStringLiteral("--") + given.name),
                &command);
    if (global->text("db").isEmpty() &&
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_DB")).isEmpty())
        return usage(tr("Name the database with --db PATH."));
    auto options = OptionValues::read(globalOptions() + command.options, line->options,
                                      global->isSet("password-stdin"), command.name());
    if (!options.ok())
        return usage(options.error().message, &command);
    Invocation run(command, resolved->arguments, std::move(options.value()));
    return command.handler(run);
}

} // namespace jiahu::cli
