#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>

struct sqlite3;

namespace jiahu {

/// One connection to an SQLCipher database, RAII: closing happens in the destructor.
///
/// Keyed with a raw 256-bit key through sqlite3_key() in SQLCipher's x'<hex>' form, built in
/// guarded memory; the key is proven by reading sqlite_master before anything else happens.
/// Without a key the same library opens a plain SQLite file (used for benchmarks and tests only).
///
/// Opening never creates or changes a file it cannot read as a database: an empty file, or one
/// whose size is not a whole number of pages, is refused (Corrupt) before SQLite sees it.
///
/// Damage: when a read or write meets a damaged page (SQLITE_CORRUPT) or the integrity check
/// fails, the connection records it in a small marker file beside the database
/// (`<database>.damaged`, no case data in it). While the marker exists every write transaction
/// on any connection is refused (Transaction::begin), until doctor finds the integrity check
/// passing or a backup is restored.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr size_t kKeyBytes = 32;
    static constexpr int kPageSize = 4096;

    struct Options {
        QString path;
        const SecureBytes* key = nullptr; ///< 32 bytes; null opens without encryption
        bool create = false;              ///< create the file if missing
        bool readOnly = false;
        bool wal = true; ///< write-ahead log (else a rollback journal)
        int busyTimeoutMs = 10000;
        int cacheSizeKiB = 16384; ///< SQLite page cache; SQLCipher decrypts pages as they enter it
    };

    struct CacheStats {
        int hits = 0;
        int misses = 0;
        int cached = 0;
    };

    static Result<std::unique_ptr<Database>> open(const Options& options);
    /// The damage marker beside a database.
    static QString damageMarkerPath(const QString& databasePath);
    static bool isMarkedDamaged(const QString& databasePath);
    /// Removes the marker (after a passing integrity check, or a restore).
    static Status clearDamageMarker(const QString& databasePath);
    /// The refusal of a write on a database known to be damaged (ErrorCode::Corrupt).
    static Error damagedError();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more SQL statements without parameters (schema, pragmas).
    Status exec(const char* sql);
    /// A prepared statement from the cache (or freshly prepared if the cached one is in use).
    Result<Statement> prepare(const QByteArray& sql);
    Result<Statement> prepare(const char* sql) { return prepare(QByteArray(sql)); }

    /// The first column of the first row of a query without parameters (null when no row).
    Result<QString> queryText(const char* sql);
    Result<int> userVersion();
    Status setUserVersion(int version);
    /// PRAGMA integrity_check: empty list when the database is sound. Problems mark the database
    /// damaged.
    Result<QStringList> integrityCheck();
    /// Replaces the encryption key (checkpoints, leaves WAL for the duration, rewrites every page).
    Status rekey(const SecureBytes& newKey);
    /// Writes all WAL content into the main file and truncates the WAL.
    Status checkpoint();

    qint64 lastInsertRowId() const;
    /// Rows changed by this connection since it opened (sqlite3_total_changes).
    qint64 totalChanges() const;
    int changes() const;
    bool inTransaction() const;
    bool isEncrypted() const { return m_encrypted; }
    const QString& path() const { return m_path; }
    CacheStats cacheStats() const { return m_stats; }
    /// SQLite's page cache on this connection since the last reset: pages found in the cache and
    /// pages read from disk (each of which SQLCipher decrypts).
    struct PageCacheStats {
        qint64 hits = 0;
        qint64 misses = 0;
    };
    PageCacheStats pageCacheStats(bool reset = false) const;
    sqlite3* handle() const { return m_db; }

    /// A connection and its statement cache belong to one thread: the one that opened it, or
    /// the one that adopted it since (a workspace hands the unlocked connection to its writer
    /// thread). Statements prepared or run from any other thread are refused (and assert in
    /// debug builds).
    bool isOwnedByCurrentThread() const { return std::this_thread::get_id() == m_owner; }
    void adoptByCurrentThread() { m_owner = std::this_thread::get_id(); }

    /// Whether this database is known to be damaged (by this connection or the marker file).
    bool isMarkedDamaged() const;
    /// Records that the database is damaged: the marker file beside it, and this connection.
    void markDamaged(const QString& context) const;
    /// Notes a failed SQLite call: SQLITE_CORRUPT marks the database damaged.
    void noteFailure(int rc, const QString& context) const;

    /// An Error from the connection's last failure (noted as by noteFailure()).
    Error lastError(int rc, const QString& context) const;

private:
    friend class Statement;
    Database(sqlite3* db, QString path, bool encrypted);
    void giveBack(sqlite3_stmt* stmt);
    Status configure(const Options& options);
    Status checkThread() const;
    /// -wal and -shm that the owner cannot write (left by a read-only open) get the owner's write
    /// permission back, so they do not block the next read-write open.
    void repairCompanionModes() const;

    struct CacheEntry {
        sqlite3_stmt* stmt = nullptr;
        bool inUse = false;
    };

    sqlite3* m_db = nullptr;
    QString m_path;
    QByteArray m_markerPath; ///< the damage marker, in the file system's encoding
    bool m_encrypted = false;
    bool m_readOnly = false;
    mutable bool m_damaged = false;
    QHash<QByteArray, CacheEntry> m_cache;
    CacheStats m_stats;
    std::thread::id m_owner = std::this_thread::get_id();
};

/// Maps an SQLite result code to an ErrorCode and a sentence a user can act on.
Error sqliteError(int rc, const QString& context, const QString& detail = {});

} // namespace jiahu
