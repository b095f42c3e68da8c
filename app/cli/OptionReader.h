#pragma once

#include "CommandTable.h"

#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jiahu::cli {

/// An option as written on the command line, before its value is checked.
struct GivenOption {
    QString name;  ///< long name (a one-letter form is already turned into it)
    QString value; ///< empty for a flag
};

/// Typed readers: each turns the text given for `option` ("--limit") into a value, or into an
/// InvalidArgument error whose message names the option and says what it takes.
class OptionReader {
public:
    /// Largest file --NAME-file reads; notes are limited to far fewer characters anyway.
    static constexpr qint64 kMaxTextFileBytes = 256 * 1024;

    static Result<qint64> integer(const QString& option, const QString& text, qint64 min,
                                  qint64 max);
    /// Plain decimal notation only: no exponent, nan, inf or hex; finite and within range.
    static Result<double> decimal(const QString& option, const QString& text, double min,
                                  double max);
    static Result<QDate> date(const QString& option, const QString& text);
    static Result<QString> choice(const QString& option, const QString& text,
                                  const QStringList& choices, bool emptyAllowed = false);
    /// Comma-separated; parts trimmed, empty parts dropped.
    static QStringList list(const QString& text);
    static Result<QStringList> choiceList(const QString& option, const QString& text,
                                          const QStringList& choices);
    /// key=whole number, comma-separated; a key given twice is refused.
    static Result<QList<QPair<QString, qint64>>> pairs(const QString& option, const QString& text);
    /// A UTF-8 text file ("-": standard input) of at most kMaxTextFileBytes; CRLF becomes LF
    /// and trailing line breaks are dropped.
    static Result<QString> textFile(const QString& option, const QString& path);
};

/// The option values of one command line, every one checked against its spec by read(). A
/// handler asks for them by name; asking for an option its command does not declare is a
/// programming error and aborts.
class OptionValues {
public:
    /// Checks `given` against `specs` (the global options and the command's): repeats, required
    /// options, every value by its type; reads NAME-file options. `passwordsFromStdin` makes
    /// "-" for a file an error (standard input holds the passwords).
    static Result<OptionValues> read(const QList<OptionSpec>& specs,
                                     const QList<GivenOption>& given, bool passwordsFromStdin,
                                     const QString& commandName);

    bool isSet(const char* name) const;
    /// Text, LongText, Choice: the value (Choice: a valid id or, where allowed, empty).
    QString text(const char* name, const QString& fallback = {}) const;
    /// A repeatable Text option: every value, in order.
    QStringList texts(const char* name) const;
    qint64 integer(const char* name, qint64 fallback) const;
    double decimal(const char* name, double fallback) const;
    QDate date(const char* name, const QDate& fallback = {}) const;
    /// List and ChoiceList.
    QStringList list(const char* name) const;
    QList<QPair<QString, qint64>> pairs(const char* name) const;
    /// True when a NAME-file option read standard input.
    bool readStdin() const { return m_readStdin; }

private:
    struct Value {
        QStringList texts;
        qint64 integer = 0;
        double decimal = 0;
        QDate date;
        QStringList list;
        QList<QPair<QString, qint64>> pairs;
    };
    const Value* find(const char* name) const;

    QHash<QString, Value> m_values;
    QSet<QString> m_declared;
    bool m_readStdin = false;
};

} // namespace jiahu::cli
