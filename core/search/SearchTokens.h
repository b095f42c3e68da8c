#pragma once

#include <QString>
#include <QStringList>

namespace jiahu {

/// Turns text into the tokens Jiahu's FTS4 index stores, and a search box's text into an FTS4
/// MATCH expression, so that Chinese needs no word segmenter:
/// - a run of CJK characters becomes its overlapping bigrams (王小明 -> 王小 小明) plus its last
///   character alone, so a one-character query can run as a prefix query (小* finds 小明, 明* finds
///   明);
/// - Latin letters and digits become lower-cased words (Zhang-Wei 2026 -> zhang wei 2026);
/// - everything else separates tokens and never reaches the query (no FTS syntax injection).
/// Tokens are joined by spaces and indexed with FTS4's "simple" tokenizer, which keeps every
/// non-ASCII character inside a token.
class SearchTokens {
public:
    static QStringList forIndex(QStringView text);
    /// Space-joined forIndex(), ready to store in an FTS4 column.
    static QString indexText(QStringView text);
    /// The MATCH expression for what a user typed: every part must match; a CJK run of three or
    /// more characters is a phrase of its bigrams; words and single characters match as prefixes.
    /// Empty if nothing searchable was typed.
    static QString matchExpression(QStringView query);

    static bool isCjk(char32_t c);
};

} // namespace jiahu
