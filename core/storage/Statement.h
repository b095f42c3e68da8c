#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3_stmt;

namespace jiahu {

class Database;

/// A prepared statement borrowed from a Database's cache. Move-only; when it goes out of scope
/// it is reset, its bindings cleared, and it goes back to the cache for the next caller.
/// A Statement must not outlive the Database it came from.
/// Parameters are 1-based (`?` placeholders); columns are 0-based. Binding after a step rewinds
/// the statement, so one Statement can run many times with different values.
class Statement {
public:
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    ~Statement();

    Statement& bindNull(int index);
    Statement& bind(int index, std::nullptr_t) { return bindNull(index); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    /// Text, stored as UTF-8 (a lone surrogate, which UTF-8 cannot hold, as U+FFFD).
    Statement& bind(int index, const QString& text);
    /// Literals must say what they are: QStringLiteral for text, QByteArray for blobs.
    Statement& bind(int index, const char* text) = delete;
    /// A blob. (Text goes through the QString overload.)
    Statement& bind(int index, const QByteArray& blob);
    /// Invalid QVariant -> NULL; integers and bools, doubles, text (a null QString becomes ''),
    /// QByteArray as a blob, QDate as YYYY-MM-DD text (an invalid date becomes NULL).
    Statement& bind(int index, const QVariant& value);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// Binds the arguments to parameters 1..n in order.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    /// Advances to the next row: true if there is one, false when done.
    Result<bool> step();
    /// Runs to completion, ignoring any rows.
    Status exec();
    /// Steps through every row, calling `onRow()` with the statement positioned on it.
    template <typename OnRow> Status forEachRow(OnRow onRow)
    {
        while (true) {
            auto row = step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            onRow();
        }
    }

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

    /// Rows changed by the last exec()/step() on this statement's connection.
    int changes() const;
    sqlite3_stmt* handle() const { return m_stmt; }
    bool isValid() const { return m_stmt != nullptr; }

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt, bool cached);
    void release();
    Statement& noteBind(int rc);
    void rewindIfStepped();

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_cached = false;
    int m_bindError = 0;    ///< first failed bind, reported by step()
    bool m_stepped = false; ///< binding again rewinds the statement first
};

} // namespace jiahu
