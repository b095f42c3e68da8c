#include "SqlFunctions.h"

#include <sqlite3.h>

namespace jiahu {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

/// The number of bytes of the valid UTF-8 sequence starting at `p` (at most `n` bytes there), or
/// 0 when it is not valid; `*subpart` is then the length of the maximal invalid subpart (at least
/// 1), which Unicode recommends replacing with one U+FFFD.
size_t validSequence(const unsigned char* p, size_t n, size_t* subpart)
{
    const unsigned char b0 = p[0];
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the range allowed for the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
    } else if (b0 == 0xE0) {
        need = 2;
        lo = 0xA0;
    } else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) {
        need = 2;
    } else if (b0 == 0xED) {
        need = 2;
        hi = 0x9F; // U+D800..U+DFFF are not characters
    } else if (b0 == 0xF0) {
        need = 3;
        lo = 0x90;
    } else if (b0 >= 0xF1 && b0 <= 0xF3) {
        need = 3;
    } else if (b0 == 0xF4) {
        need = 3;
        hi = 0x8F; // nothing above U+10FFFF
    } else {
        *subpart = 1;
        return 0;
    }
    for (size_t i = 1; i <= need; ++i) {
        const unsigned char min = i == 1 ? lo : 0x80;
        const unsigned char max = i == 1 ? hi : 0xBF;
        if (i >= n || p[i] < min || p[i] > max) {
            *subpart = i;
            return 0;
        }
    }
    return need + 1;
}

void jsonTextFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // Text as stored (blobs and numbers as their bytes or text form); the length comes from
    // sqlite3_value_bytes so that an embedded NUL is kept.
    const auto* bytes = static_cast<const char*>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!bytes && size > 0) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const QByteArray literal = SqlFunctions::jsonStringLiteral(bytes ? bytes : "", size_t(size));
    sqlite3_result_text(context, literal.constData(), int(literal.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray SqlFunctions::jsonStringLiteral(const char* bytes, size_t size)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    QByteArray out;
    out.reserve(qsizetype(size) + 2);
    out.append('"');
    size_t i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (c < 0x20) {
                    out.append("\\u00");
                    out.append(hex[c >> 4]);
                    out.append(hex[c & 0x0F]);
                } else {
                    out.append(char(c));
                }
            }
            ++i;
            continue;
        }
        size_t subpart = 1;
        const size_t length = validSequence(p + i, size - i, &subpart);
        if (length > 0) {
            out.append(reinterpret_cast<const char*>(p + i), qsizetype(length));
            i += length;
        } else {
            out.append(kReplacement);
            i += subpart;
        }
    }
    out.append('"');
    return out;
}

int SqlFunctions::registerAll(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "jiahu_json_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      nullptr, &jsonTextFunction, nullptr, nullptr, nullptr);
}

} // namespace jiahu
