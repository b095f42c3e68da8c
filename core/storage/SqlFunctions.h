#pragma once

#include <QByteArray>

#include <cstddef>

struct sqlite3;

namespace jiahu {

/// SQL functions Jiahu registers on every connection (Database::open), so triggers may use them.
///
/// `jiahu_json_text(x)`: `x` as a JSON string literal, quotes included, always valid JSON in valid
/// UTF-8 whatever the stored bytes are: `"` and `\` escaped, `\b \f \n \r \t` for those controls,
/// `\u00XX` for the other controls below U+0020 (an embedded NUL stays, as `\u0000`), and every
/// byte sequence that is not valid UTF-8 (a stray byte, a truncated or overlong sequence, an
/// encoded surrogate) replaced with U+FFFD. NULL gives NULL. Deterministic.
class SqlFunctions {
public:
    /// Registers the functions on a connection; an SQLite result code.
    static int registerAll(sqlite3* db);

    /// What jiahu_json_text() makes of `size` bytes of text.
    static QByteArray jsonStringLiteral(const char* bytes, size_t size);
    static QByteArray jsonStringLiteral(const QByteArray& bytes)
    {
        return jsonStringLiteral(bytes.constData(), size_t(bytes.size()));
    }
};

} // namespace jiahu
