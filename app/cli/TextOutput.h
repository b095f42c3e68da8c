#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace jiahu::cli {

/// A text row: fields printed separated by tabs.
using TextRow = QStringList;

/// The one way jiahu-cli prints text. Every field of every line goes through escapeControls()
/// first, so no text that came from a database, a file or the command line can start a line of
/// its own, move the cursor or reorder what a terminal shows. JSON is printed as QJsonDocument
/// writes it (it escapes control characters itself and keeps the real text).
class TextOutput {
public:
    /// Control characters (C0, DEL, C1) and invisible or direction-changing format characters
    /// become visible escapes: \n, \t, \r, \u202e, ...; a backslash becomes \\ so an escape
    /// cannot be typed in to look like another.
    static QString escapeControls(QStringView text);

    /// One line on standard output.
    static void line(const QString& text);
    /// One line of tab-separated fields on standard output.
    static void row(const TextRow& fields);
    /// Compact JSON on standard output.
    static void json(const QJsonValue& value);
    /// "jiahu-cli: message" on standard error.
    static void error(const QString& message);
    /// A further line on standard error (details, hints).
    static void errorDetail(const QString& text);
    /// A progress counter on standard error that the next call overwrites; done() ends it.
    static void progress(const QString& text);
    static void progressDone();
};

} // namespace jiahu::cli
