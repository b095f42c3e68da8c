#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jiahu {

/// What free text a record accepts: no control characters except newline and tab in multi-line
/// fields, and a length limit, each refused with a sentence naming the field. Keeps the outbox's
/// JSON valid and the printed packets clean.
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
};

} // namespace jiahu
