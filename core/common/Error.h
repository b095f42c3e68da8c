#pragma once

#include <QString>

namespace jiahu {

/// What kind of failure occurred; callers branch on this, users read `message`.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    Io,
    NotADatabase, ///< wrong key, or the file is not an SQLCipher database
    Corrupt,      ///< the file is damaged (integrity check failed, truncated)
    NewerVersion, ///< written by a newer Jiahu
    Busy,         ///< another process holds a lock
    WrongPassword,
    KeyringDamaged, ///< a keyring slot fails its checksum or authentication
    Throttled,      ///< too many failed unlocks; wait
    PermissionDenied,
    Crypto,
    Storage, ///< any other SQLite error
    Internal,
};

/// A failure as a value: a sentence a user can act on, plus technical detail for logs.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< translated, user-facing
    QString detail;  ///< technical detail (SQLite message, errno text); never case data
    int sqliteCode = 0;

    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

inline Error makeError(ErrorCode code, QString message, QString detail = {}, int sqliteCode = 0)
{
    return Error{code, std::move(message), std::move(detail), sqliteCode};
}

} // namespace jiahu
