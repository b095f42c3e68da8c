#include "Database.h"

#include "common/Logging.h"

#include <QFileInfo>
#include <sqlite3.h>

#include <cstring>

namespace jiahu {

namespace {

constexpr int kMaxCachedStatements = 128;

/// SQLCipher's raw-key syntax x'<64 hex digits>', assembled in guarded memory.
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    static constexpr char hex[] = "0123456789abcdef";
    SecureBytes literal(key.size() * 2 + 3);
    unsigned char* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(hex[key.data()[i] & 0x0F]);
    }
    *out = '\'';
    return literal;
}

} // namespace

Error sqliteError(int rc, const QString& context, const QString& detail)
{
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::Storage;
    QString message;
    switch (primary) {
    case SQLITE_NOTADB:
        code = ErrorCode::NotADatabase;
        message = Database::tr("The file is not a Jiahu database, or the key does not match it.");
        break;
    case SQLITE_CORRUPT:
        code = ErrorCode::Corrupt;
        message = Database::tr("The database file is damaged. Restore it from a backup; the "
                               "damaged file has been left as it is.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ErrorCode::Busy;
        message = Database::tr(
            "The database is in use by another program. Close other Jiahu windows and try again.");
        break;
    case SQLITE_CANTOPEN:
        code = ErrorCode::Io;
        message = Database::tr(
            "The database file cannot be opened. Check that it exists and that you may read it.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        code = ErrorCode::Io;
        message = Database::tr("The database cannot be written. Check the file's permissions.");
        break;
    case SQLITE_FULL:
        code = ErrorCode::Io;
        message =
            Database::tr("The disk is full. Free some space and try again; nothing was saved.");
        break;
    case SQLITE_IOERR:
        code = ErrorCode::Io;
        message = Database::tr("Reading or writing the database file failed.");
        break;
    case SQLITE_TOOBIG:
        code = ErrorCode::InvalidArgument;
        message = Database::tr("The value is too large to store.");
        break;
    case SQLITE_CONSTRAINT:
        code = ErrorCode::InvalidArgument;
        message = Database::tr("The change breaks a rule of the database.");
        break;
    default:
        message = Database::tr("A database operation failed.");
        break;
    }
    QString fullDetail = context;
    if (!detail.isEmpty())
        fullDetail += QStringLiteral(": ") + detail;
    return makeError(code, message, fullDetail, rc);
}

Database::Database(sqlite3* db, QString path, bool encrypted)
    : m_db(db), m_path(std::move(path)), m_encrypted(encrypted)
{
}

Database::~Database()
{
    for (auto& entry : m_cache)
        sqlite3_finalize(entry.stmt);
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Error Database::lastError(int rc, const QString& context) const
{
    return sqliteError(rc, context, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<std::unique_ptr<Database>> Database::open(const Options& options)
{
    if (options.key && options.key->size() != kKeyBytes)
        return makeError(ErrorCode::InvalidArgument, tr("The database key has the wrong length."));
    if (!options.create && !QFileInfo::exists(options.path))
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(options.path));

    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;

    sqlite3* raw = nullptr;
    const QByteArray path = options.path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, options.path, options.key != nullptr));
    if (rc != SQLITE_OK)
        return db->lastError(rc, QStringLiteral("open"));
    sqlite3_extended_result_codes(raw, 1);

    if (options.key) {
        const SecureBytes literal = rawKeyLiteral(*options.key);
        const int keyRc = sqlite3_key(raw, literal.data(), int(literal.size()));
        if (keyRc != SQLITE_OK)
            return db->lastError(keyRc, QStringLiteral("sqlite3_key"));
        // Must precede the first read: with another page size the file reads as "not a database".
        JIAHU_TRY(db->exec("PRAGMA cipher_page_size = 4096;"));
    }
    // Prove the key (or that a plain file is really SQLite) before anything else touches it.
    JIAHU_TRY(db->exec("SELECT count(*) FROM sqlite_master;"));
    JIAHU_TRY(db->configure(options));
    qCDebug(lcStorage) << "opened" << options.path << "encrypted" << db->m_encrypted;
    return db;
}

Status Database::configure(const Options& options)
{
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    JIAHU_TRY(exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"));
    const QByteArray cache =
        "PRAGMA cache_size = -" + QByteArray::number(options.cacheSizeKiB) + ';';
    JIAHU_TRY(exec(cache.constData()));
    if (options.readOnly)
        return {};
    if (!m_encrypted) {
        // Plain databases (benchmarks) get the same page size as encrypted ones.
        JIAHU_TRY(exec("PRAGMA page_size = 4096;"));
    }
    JIAHU_TRY(exec(options.wal ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                               : "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"));
    return {};
}

Status Database::checkThread() const
{
    Q_ASSERT_X(isOwnedByCurrentThread(), "Database", "used from a thread that does not own it");
    if (isOwnedByCurrentThread())
        return {};
    return makeError(ErrorCode::Internal,
                     tr("The database connection was used from the wrong thread."));
}

Status Database::exec(const char* sql)
{
    JIAHU_TRY(checkThread());
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return sqliteError(rc, QStringLiteral("exec"), detail);
    }
    return {};
}

Result<Statement> Database::prepare(const QByteArray& sql)
{
    JIAHU_TRY(checkThread());
    auto it = m_cache.find(sql);
    if (it != m_cache.end() && !it->inUse) {
        it->inUse = true;
        ++m_stats.hits;
        return Statement(this, it->stmt, true);
    }
    ++m_stats.misses;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(rc, QStringLiteral("prepare"));
    // Cache the first copy of each statement; a nested use of the same SQL gets its own copy.
    const bool cache = it == m_cache.end() && m_cache.size() < kMaxCachedStatements;
    if (cache) {
        m_cache.insert(sql, CacheEntry{stmt, true});
        m_stats.cached = int(m_cache.size());
    }
    return Statement(this, stmt, cache);
}

void Database::giveBack(sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    auto it = m_cache.find(QByteArray(sqlite3_sql(stmt)));
    if (it != m_cache.end() && it->stmt == stmt)
        it->inUse = false;
}

Result<QString> Database::queryText(const char* sql)
{
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return row.value() ? st->text(0) : QString();
}

int Database::userVersion()
{
    auto value = queryText("PRAGMA user_version;");
    return value.ok() ? value.value().toInt() : -1;
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    return exec(sql.constData());
}

Result<QStringList> Database::integrityCheck()
{
    auto st = prepare("PRAGMA integrity_check;");
    if (!st.ok())
        return st.error();
    QStringList problems;
    JIAHU_TRY(st->forEachRow([&] {
        if (const QString line = st->text(0); line != QLatin1String("ok"))
            problems << line;
    }));
    return problems;
}

Status Database::checkpoint()
{
    int logFrames = 0, checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                             &checkpointed);
    if (rc != SQLITE_OK)
        return lastError(rc, QStringLiteral("checkpoint"));
    return {};
}

Status Database::rekey(const SecureBytes& newKey)
{
    if (!m_encrypted || newKey.size() != kKeyBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only an encrypted database can be given a new key."));
    // SQLCipher rewrites pages in place; that is only safe with a rollback journal, so leave WAL
    // for the duration. Switching away from WAL needs exclusive use: other processes must close.
    JIAHU_TRY(checkpoint());
    auto mode = queryText("PRAGMA journal_mode = DELETE;");
    if (!mode.ok())
        return mode.error();
    if (mode.value().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Busy, tr("The database is open in another program. Close every "
                                             "other Jiahu window, then try again."));
    const SecureBytes literal = rawKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, literal.data(), int(literal.size()));
    const Error failure = rc == SQLITE_OK ? Error{} : lastError(rc, QStringLiteral("rekey"));
    const Status back = exec("PRAGMA journal_mode = WAL;");
    if (rc != SQLITE_OK)
        return failure;
    return back;
}

Database::PageCacheStats Database::pageCacheStats(bool reset) const
{
    int current = 0, highwater = 0;
    PageCacheStats out;
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_HIT, &current, &highwater, reset ? 1 : 0);
    out.hits = current;
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, reset ? 1 : 0);
    out.misses = current;
    return out;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace jiahu
