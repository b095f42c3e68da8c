#include "HelpText.h"

#include "CliApp.h"

namespace jiahu::cli {

namespace {
constexpr qsizetype kColumn = 30;

/// "  left      text", the text starting in one column (or on the next line).
QStringList twoColumns(const QString& left, const QString& text)
{
    const QString lead = QStringLiteral("  ") + left;
    if (lead.size() + 2 > kColumn)
        return {lead, QString(kColumn, u' ') + text};
    return {lead.leftJustified(kColumn, u' ') + text};
}

QString argumentWords(const Command& c)
{
    QStringList words;
    for (const ArgumentSpec& a : c.arguments)
        words << (a.optional ? u'[' + a.name + u']' : a.name);
    return words.join(u' ');
}

QString optionLeft(const OptionSpec& o)
{
    QString left = o.shortName ? QStringLiteral("-%1, ").arg(QLatin1Char(o.shortName)) : QString();
    left += o.flag();
    if (o.takesValue())
        left += u' ' + o.valueName;
    return left;
}

QString optionText(const OptionSpec& o)
{
    QString text = CliApp::tr(o.help);
    if (o.type == ValueType::TextFile)
        text = text.arg(QStringLiteral("--") + o.fileFor);
    QStringList notes;
    if (o.isRequired)
        notes << CliApp::tr("required");
    switch (o.type) {
    case ValueType::Integer:
    case ValueType::Decimal:
        notes << CliApp::tr("%1 to %2")
                     .arg(QString::number(o.min, 'g', 15), QString::number(o.max, 'g', 15));
        break;
    case ValueType::Choice:
        notes << CliApp::tr("one of: %1").arg(o.choices().join(QStringLiteral(", ")));
        break;
    case ValueType::ChoiceList:
        notes << CliApp::tr("of: %1").arg(o.choices().join(QStringLiteral(", ")));
        break;
    case ValueType::Date:
        notes << QStringLiteral("YYYY-MM-DD");
        break;
    default:
        break;
    }
    if (o.isRepeatable)
        notes << CliApp::tr("may be repeated");
    if (!notes.isEmpty())
        text += QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + u')';
    return text;
}
} // namespace

QString HelpText::usageLine(const Command& c)
{
    QString line = QStringLiteral("jiahu-cli ") + CliApp::tr("[global options]") + u' ' + c.name();
    if (!c.arguments.isEmpty())
        line += u' ' + argumentWords(c);
    if (!c.options.isEmpty())
        line += u' ' + CliApp::tr("[options]");
    return line;
}

QStringList HelpText::global()
{
    QStringList lines{CliApp::tr("Usage: %1")
                          .arg(QStringLiteral("jiahu-cli ") + CliApp::tr("[global options]") +
                               QStringLiteral(" COMMAND ") + CliApp::tr("[arguments] [options]")),
                      QString(), CliApp::tr("Jiahu command-line tool."), QString(),
                      CliApp::tr("Commands:")};
    for (const Command& c : commandTable()) {
        QString left = c.name();
        if (!c.arguments.isEmpty())
            left += u' ' + argumentWords(c);
        lines << twoColumns(left, CliApp::tr(c.summary));
    }
    lines << twoColumns(QStringLiteral("help [COMMAND]"),
                        CliApp::tr("Show a command's arguments and options."));
    lines << QString() << CliApp::tr("Global options (every command takes them):");
    for (const OptionSpec& o : globalOptions())
        lines << twoColumns(optionLeft(o), optionText(o));
    lines << QString()
          << CliApp::tr("jiahu-cli help COMMAND (or COMMAND --help) shows a command's options.")
          << CliApp::tr("Passwords are read from the terminal, or with --password-stdin one per "
                        "line; never from arguments.")
          << CliApp::tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 sign-in failed or "
                        "not permitted.");
    return lines;
}

QStringList HelpText::command(const Command& c)
{
    QStringList lines{CliApp::tr("Usage: %1").arg(usageLine(c)), QString(), CliApp::tr(c.summary)};
    if (!c.arguments.isEmpty()) {
        lines << QString() << CliApp::tr("Arguments:");
        for (const ArgumentSpec& a : c.arguments)
            lines << twoColumns(a.name, CliApp::tr(a.help));
    }
    if (!c.options.isEmpty()) {
        lines << QString() << CliApp::tr("Options:");
        for (const OptionSpec& o : c.options)
            lines << twoColumns(optionLeft(o), optionText(o));
    }
    return lines;
}

} // namespace jiahu::cli
