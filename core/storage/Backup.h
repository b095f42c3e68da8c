#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace jiahu {

class Database;

class DatabaseFiles {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)
public:
    /// A consistent copy of `source` at `destPath`, made with SQLite's online-backup API and
    /// encrypted with `key` (the source's own key). Other connections, in this process or others,
    /// may keep reading and writing meanwhile. Writes to a temporary file first and refuses to
    /// overwrite an existing file.
    static Status backup(Database& source, const QString& destPath, const SecureBytes* key);

    /// Moves `path`, its -wal/-shm companions and its damage marker aside to `<path>.<suffix>`,
    /// never deleting.
    /// Returns the new path of the main file, or an empty string if `path` did not exist.
    static Result<QString> moveAside(const QString& path, const QString& suffix);

    /// Copies a file with its permissions to `destPath` through a temporary file, flushed to
    /// disk before it is renamed.
    static Status copyFile(const QString& sourcePath, const QString& destPath);

    /// The -wal and -shm files SQLite keeps beside a database.
    static QStringList companions(const QString& path);
};

} // namespace jiahu
