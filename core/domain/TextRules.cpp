#include "TextRules.h"

namespace jiahu {

namespace {

enum class Kind {
    Ordinary,
    Control,   ///< C0 controls, DEL, C1 controls
    Invisible, ///< zero-width, bidirectional formatting and line/paragraph separators, BOM
    NotText,   ///< a lone surrogate
};

bool isLineBreak(char32_t u)
{
    return u == '\n' || u == '\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 ||
           u == 0x2029;
}

Kind kindOf(char32_t u)
{
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
        return Kind::Control;
    if ((u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
        (u >= 0x2060 && u <= 0x2064) || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF ||
        u == 0x061C || u == 0x2028 || u == 0x2029)
        return Kind::Invisible;
    if (u >= 0xD800 && u <= 0xDFFF)
        return Kind::NotText;
    return Kind::Ordinary;
}

QString codePoint(char32_t u)
{
    return QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

qsizetype TextRules::characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

Status TextRules::check(const QString& field, const QString& text, int maxChars, bool multiLine)
{
    const qsizetype length = characterCount(text);
    if (length > maxChars)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is too long: %2 characters, at most %3 are allowed.")
                             .arg(field)
                             .arg(length)
                             .arg(maxChars));
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            u = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (multiLine && (u == '\n' || u == '\t'))
            continue;
        if (!multiLine && isLineBreak(u))
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 must be a single line.").arg(field));
        switch (kindOf(u)) {
        case Kind::Ordinary:
            break;
        case Kind::Control:
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 contains a control character (%2).").arg(field, codePoint(u)));
        case Kind::Invisible:
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 contains an invisible or text-direction character (%2). "
                                "Remove it and try again.")
                                 .arg(field, codePoint(u)));
        case Kind::NotText:
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 contains a character that is not valid text.").arg(field));
        }
    }
    return {};
}

Status TextRules::checkRequired(const QString& field, const QString& text, int maxChars)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is required.").arg(field));
    return check(field, text, maxChars);
}

} // namespace jiahu
