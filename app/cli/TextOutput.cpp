#include "TextOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace jiahu::cli {

namespace {
/// Characters that show nothing or change how the text around them is shown.
bool isInvisibleFormat(char32_t u)
{
    return (u >= 0x200B && u <= 0x200F)    // zero-width space, joiners, LRM, RLM
           || (u >= 0x202A && u <= 0x202E) // bidi embeddings and overrides
           || (u >= 0x2060 && u <= 0x2064) // word joiner, invisible operators
           || (u >= 0x2066 && u <= 0x2069) // bidi isolates
           || u == 0x2028 || u == 0x2029   // line and paragraph separators
           || u == 0xFEFF                  // zero-width no-break space (BOM)
           || u == 0x061C;                 // Arabic letter mark (a bidi mark)
}

void write(FILE* stream, const TextRow& fields, bool newline)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString& field : fields)
        safe << TextOutput::escapeControls(field);
    std::fputs(safe.join(u'\t').toUtf8().constData(), stream);
    if (newline)
        std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

QString TextOutput::escapeControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        switch (u) {
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        default:
            break;
        }
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        // A lone surrogate cannot be printed as UTF-8 either.
        const bool loneSurrogate =
            (c.isHighSurrogate() && !(i + 1 < text.size() && text[i + 1].isLowSurrogate())) ||
            (c.isLowSurrogate() && !(i > 0 && text[i - 1].isHighSurrogate()));
        if (control || loneSurrogate || isInvisibleFormat(u))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void TextOutput::line(const QString& text)
{
    write(stdout, {text}, true);
}

void TextOutput::row(const TextRow& fields)
{
    write(stdout, fields, true);
}

void TextOutput::json(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void TextOutput::error(const QString& message)
{
    write(stderr, {QStringLiteral("jiahu-cli: ") + message}, true);
}

void TextOutput::errorDetail(const QString& text)
{
    write(stderr, {text}, true);
}

void TextOutput::progress(const QString& text)
{
    std::fputc('\r', stderr);
    write(stderr, {text}, false);
}

void TextOutput::progressDone()
{
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace jiahu::cli
