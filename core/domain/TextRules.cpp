#include "TextRules.h"

namespace jiahu {

Status TextRules::check(const QString& field, const QString& text, int maxChars, bool multiLine)
{
    if (text.size() > maxChars)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is too long: %2 characters, at most %3 are allowed.")
                             .arg(field)
                             .arg(text.size())
                             .arg(maxChars));
    for (QChar c : text) {
        const ushort u = c.unicode();
        const bool allowedControl = multiLine && (u == '\n' || u == '\t');
        if ((u < 0x20 || u == 0x7f) && !allowedControl)
            return makeError(ErrorCode::InvalidArgument,
                             multiLine ? tr("%1 contains a control character.").arg(field)
                                       : tr("%1 must be a single line.").arg(field));
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
