#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jiahu {

/// What free text a record accepts, each refusal a sentence naming the field:
/// - a length limit in characters (Unicode code points: 𠮷 is one character, not two);
/// - no control characters (C0, DEL, C1), except newline and tab in multi-line fields;
/// - no invisible or text-direction characters that make text read otherwise than it is stored:
///   U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+061C, U+FEFF, nor the line and
///   paragraph separators U+2028 and U+2029 (a single-line field also refuses every line break);
/// - no lone surrogates (not text).
/// Keeps names and numbers honest on screen and in print, and the outbox clean.
class TextRules {
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    static constexpr int kShort = 100;  ///< names, towns, agencies
    static constexpr int kLine = 500;   ///< addresses, topics
    static constexpr int kNote = 20000; ///< notes and findings

    /// `field` is the translated name of the field for the message.
    static Status check(const QString& field, const QString& text, int maxChars,
                        bool multiLine = false);
    static Status checkRequired(const QString& field, const QString& text, int maxChars);
    /// Characters (code points) in `text`; a lone surrogate counts as one.
    static qsizetype characterCount(const QString& text);
};

} // namespace jiahu
