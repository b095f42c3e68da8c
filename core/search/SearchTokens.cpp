#include "SearchTokens.h"

namespace jiahu {

namespace {

enum class Kind { Other, Cjk, Word };

Kind kindOf(char32_t c)
{
    if (SearchTokens::isCjk(c))
        return Kind::Cjk;
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
        return Kind::Word;
    return Kind::Other;
}

/// Calls onRun(kind, characters) for each maximal run of CJK characters or of letters/digits.
template <typename OnRun> void forEachRun(QStringView text, OnRun onRun)
{
    const QList<uint> chars = text.toUcs4();
    Kind current = Kind::Other;
    QList<char32_t> run;
    const auto flush = [&] {
        if (current != Kind::Other && !run.isEmpty())
            onRun(current, run);
        run.clear();
    };
    for (uint u : chars) {
        const auto c = char32_t(u);
        const Kind k = kindOf(c);
        if (k != current)
            flush();
        current = k;
        if (k != Kind::Other)
            run.append(c);
    }
    flush();
}

QString fromUcs4(const QList<char32_t>& run, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(run.constData() + from, count);
}

} // namespace

bool SearchTokens::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK Unified Ideographs
           (c >= 0x3400 && c <= 0x4DBF) ||   // Extension A
           (c >= 0x20000 && c <= 0x3134F) || // Extensions B-G (e.g. 𠮷)
           (c >= 0xF900 && c <= 0xFAFF) ||   // Compatibility Ideographs
           c == 0x3007;                      // 〇
}

QStringList SearchTokens::forIndex(QStringView text)
{
    QStringList tokens;
    forEachRun(text, [&](Kind kind, const QList<char32_t>& run) {
        if (kind == Kind::Word) {
            tokens << fromUcs4(run, 0, run.size()).toLower();
            return;
        }
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            tokens << fromUcs4(run, i, 2);
        tokens << fromUcs4(run, run.size() - 1, 1);
    });
    return tokens;
}

QString SearchTokens::indexText(QStringView text)
{
    return forIndex(text).join(u' ');
}

QString SearchTokens::matchExpression(QStringView query)
{
    QStringList parts;
    forEachRun(query, [&](Kind kind, const QList<char32_t>& run) {
        if (kind == Kind::Word) {
            parts << fromUcs4(run, 0, run.size()).toLower() + u'*';
        } else if (run.size() == 1) {
            parts << fromUcs4(run, 0, 1) + u'*';
        } else {
            // A phrase: the bigrams must stand next to each other, as they do in the text.
            QStringList bigrams;
            for (qsizetype i = 0; i + 1 < run.size(); ++i)
                bigrams << fromUcs4(run, i, 2);
            parts << (bigrams.size() == 1 ? bigrams.first() : u'"' + bigrams.join(u' ') + u'"');
        }
    });
    parts.removeDuplicates();
    return parts.join(u' ');
}

} // namespace jiahu
