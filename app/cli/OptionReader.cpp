#include "OptionReader.h"

#include "CliApp.h"
#include "FileInput.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jiahu::cli {

namespace {
Error usageError(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

Result<qint64> OptionReader::integer(const QString& option, const QString& text, qint64 min,
                                     qint64 max)
{
    static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]+$"));
    bool ok = false;
    const qint64 value = whole.match(text).hasMatch() ? text.toLongLong(&ok) : 0;
    if (!ok || value < min || value > max)
        return usageError(CliApp::tr("%1 takes a whole number from %2 to %3, not \"%4\".")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(text));
    return value;
}

Result<double> OptionReader::decimal(const QString& option, const QString& text, double min,
                                     double max)
{
    static const QRegularExpression plain(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    bool ok = false;
    const double value = plain.match(text).hasMatch() ? text.toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return usageError(CliApp::tr("%1 takes a number from %2 to %3, not \"%4\".")
                              .arg(option, number(min), number(max), text));
    return value;
}

Result<QDate> OptionReader::date(const QString& option, const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate value = shape.match(text).hasMatch()
                            ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                            : QDate();
    if (!value.isValid())
        return usageError(
            CliApp::tr("%1 takes a date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return value;
}

Result<QString> OptionReader::choice(const QString& option, const QString& text,
                                     const QStringList& choices, bool emptyAllowed)
{
    if (choices.contains(text) || (emptyAllowed && text.isEmpty()))
        return text;
    return usageError(CliApp::tr("%1 is one of: %2 (not \"%3\").")
                          .arg(option, choices.join(QStringLiteral(", ")), text));
}

QStringList OptionReader::list(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

Result<QStringList> OptionReader::choiceList(const QString& option, const QString& text,
                                             const QStringList& choices)
{
    const QStringList values = list(text);
    for (const QString& v : values)
        if (!choices.contains(v))
            return usageError(CliApp::tr("%1 takes, comma-separated: %2 (not \"%3\").")
                                  .arg(option, choices.join(QStringLiteral(", ")), v));
    return values;
}

Result<QList<QPair<QString, qint64>>> OptionReader::pairs(const QString& option,
                                                          const QString& text)
{
    QList<QPair<QString, qint64>> out;
    QSet<QString> keys;
    for (const QString& part : list(text)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed();
        if (eq <= 0 || key.isEmpty())
            return usageError(CliApp::tr("%1 takes item=number pairs separated by commas, not "
                                         "\"%2\".")
                                  .arg(option, part));
        auto value = integer(option, part.mid(eq + 1).trimmed(), 0, 1000);
        if (!value.ok())
            return usageError(CliApp::tr("%1: %2 takes a whole number from 0 to 1000, not "
                                         "\"%3\".")
                                  .arg(option, key, part.mid(eq + 1).trimmed()));
        if (keys.contains(key))
            return usageError(CliApp::tr("%1 gives %2 more than once.").arg(option, key));
        keys.insert(key);
        out.append({key, value.value()});
    }
    return out;
}

Result<QString> OptionReader::textFile(const QString& option, const QString& path)
{
    const bool fromStdin = path == QLatin1String("-");
    const QString name = fromStdin ? CliApp::tr("standard input") : path;
    auto bytes = fromStdin ? FileInput::readStdinAtMost(kMaxTextFileBytes)
                           : FileInput::readAtMost(path, kMaxTextFileBytes);
    if (!bytes.ok())
        return usageError(option + QStringLiteral(": ") + bytes.error().message +
                          QStringLiteral(" (") + bytes.error().detail + u')');
    if (bytes->size() > kMaxTextFileBytes)
        return usageError(
            option + QStringLiteral(": ") +
            CliApp::tr("%1 is larger than %2 KiB.").arg(name).arg(kMaxTextFileBytes / 1024));
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return usageError(option + QStringLiteral(": ") +
                          CliApp::tr("%1 is not UTF-8 text.").arg(name));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

Result<OptionValues> OptionValues::read(const QList<OptionSpec>& specs,
                                        const QList<GivenOption>& given, bool passwordsFromStdin,
                                        const QString& commandName)
{
    OptionValues out;
    QHash<QString, const OptionSpec*> byName;
    for (const OptionSpec& spec : specs) {
        byName.insert(spec.name, &spec);
        out.m_declared.insert(spec.name);
    }
    QHash<QString, QStringList> raw;
    for (const GivenOption& g : given) {
        const OptionSpec* spec = byName.value(g.name);
        if (!spec)
            return usageError(
                CliApp::tr("%1 does not take %2.").arg(commandName, QStringLiteral("--") + g.name));
        if (spec->takesValue() && !spec->isRepeatable && raw.contains(g.name))
            return usageError(CliApp::tr("%1 is given more than once.").arg(spec->flag()));
        raw[g.name] << g.value;
    }
    for (const OptionSpec& spec : specs) {
        const auto it = raw.constFind(spec.name);
        if (it == raw.constEnd()) {
            const bool viaFile = spec.type == ValueType::LongText &&
                                 raw.contains(spec.name + QStringLiteral("-file"));
            if (spec.isRequired && !viaFile)
                return usageError(CliApp::tr("%1 needs %2.").arg(commandName, spec.flag()));
            continue;
        }
        const QString option = spec.flag();
        const QString value = it->constLast();
        Value v;
        switch (spec.type) {
        case ValueType::Flag:
            break;
        case ValueType::Text:
        case ValueType::LongText:
            v.texts = it.value();
            break;
        case ValueType::TextFile: {
            if (raw.contains(spec.fileFor))
                return usageError(CliApp::tr("Give %1 or %2, not both.")
                                      .arg(QStringLiteral("--") + spec.fileFor, option));
            if (value == QLatin1String("-")) {
                if (passwordsFromStdin)
                    return usageError(
                        CliApp::tr("%1 - and --password-stdin both want standard input: give "
                                   "the text in a file, or the password on the terminal.")
                            .arg(option));
                out.m_readStdin = true;
            }
            auto content = OptionReader::textFile(option, value);
            if (!content.ok())
                return content.error();
            Value text;
            text.texts = QStringList{content.value()};
            out.m_values.insert(spec.fileFor, text);
            break;
        }
        case ValueType::Integer: {
            auto n = OptionReader::integer(option, value, qint64(spec.min), qint64(spec.max));
            if (!n.ok())
                return n.error();
            v.integer = n.value();
            break;
        }
        case ValueType::Decimal: {
            auto d = OptionReader::decimal(option, value, spec.min, spec.max);
            if (!d.ok())
                return d.error();
            v.decimal = d.value();
            break;
        }
        case ValueType::Date: {
            auto d = OptionReader::date(option, value);
            if (!d.ok())
                return d.error();
            v.date = d.value();
            break;
        }
        case ValueType::Choice: {
            auto c = OptionReader::choice(option, value, spec.choices(), spec.emptyAllowed);
            if (!c.ok())
                return c.error();
            v.texts = QStringList{c.value()};
            break;
        }
        case ValueType::ChoiceList: {
            auto l = OptionReader::choiceList(option, value, spec.choices());
            if (!l.ok())
                return l.error();
            v.list = l.value();
            break;
        }
        case ValueType::List:
            v.list = OptionReader::list(value);
            break;
        case ValueType::Pairs: {
            auto p = OptionReader::pairs(option, value);
            if (!p.ok())
                return p.error();
            v.pairs = p.value();
            break;
        }
        }
        if (spec.type != ValueType::TextFile)
            out.m_values.insert(spec.name, v);
    }
    return out;
}

const OptionValues::Value* OptionValues::find(const char* name) const
{
    const QString key = QString::fromLatin1(name);
    if (!m_declared.contains(key)) {
        std::fprintf(stderr,
                     "jiahu-cli: a handler asks for --%s, which its command does not "
                     "declare\n",
                     name);
        std::abort();
    }
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? nullptr : &it.value();
}

bool OptionValues::isSet(const char* name) const
{
    return find(name) != nullptr;
}

QString OptionValues::text(const char* name, const QString& fallback) const
{
    const Value* v = find(name);
    return v && !v->texts.isEmpty() ? v->texts.constLast() : fallback;
}

QStringList OptionValues::texts(const char* name) const
{
    const Value* v = find(name);
    return v ? v->texts : QStringList();
}

qint64 OptionValues::integer(const char* name, qint64 fallback) const
{
    const Value* v = find(name);
    return v ? v->integer : fallback;
}

double OptionValues::decimal(const char* name, double fallback) const
{
    const Value* v = find(name);
    return v ? v->decimal : fallback;
}

QDate OptionValues::date(const char* name, const QDate& fallback) const
{
    const Value* v = find(name);
    return v ? v->date : fallback;
}

QStringList OptionValues::list(const char* name) const
{
    const Value* v = find(name);
    return v ? v->list : QStringList();
}

QList<QPair<QString, qint64>> OptionValues::pairs(const char* name) const
{
    const Value* v = find(name);
    return v ? v->pairs : QList<QPair<QString, qint64>>();
}

} // namespace jiahu::cli
