#include "Database.h"

#include "SqlFunctions.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

/// The page size of a plain SQLite file from its header, or 0 when it has no SQLite header.
int plainPageSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = file.read(100);
    if (head.size() < 100 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return 0;
    const int size = (int(uchar(head[16])) << 8) | int(uchar(head[17]));
    return size == 1 ? 65536 : size;
}

/// Refuses, before SQLite sees it, a file SQLite would take for an empty database (and write a
/// new one into, or delete a -wal beside it) or could read only in part: an empty file, or one
/// whose size is not a whole number of pages.
Status checkFileShape(const QString& path, bool encrypted)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return makeError(
            ErrorCode::Io,
            Database::tr("%1 is not a file. Choose the database file itself.").arg(path));
    const qint64 size = info.size();
    if (size == 0)
        return makeError(ErrorCode::Corrupt,
                         Database::tr("The database file %1 is empty (0 bytes): it was cut short "
                                      "when it was written or copied. Restore the latest backup "
                                      "with \"jiahu-cli restore\". The file has been left as it "
                                      "is.")
                             .arg(path),
                         QStringLiteral("empty file"), SQLITE_CORRUPT);
    const int pageSize = encrypted ? Database::kPageSize : plainPageSize(path);
    if (pageSize > 0 && size % pageSize != 0)
        return makeError(
            ErrorCode::Corrupt,
            Database::tr("The database file %1 is truncated: its size (%2 bytes) is not a whole "
                         "number of pages. Restore the latest backup with \"jiahu-cli restore\". "
                         "The file has been left as it is.")
                .arg(path)
                .arg(size),
            QStringLiteral("size %1 is not a multiple of %2").arg(size).arg(pageSize),
            SQLITE_CORRUPT);
    return {};
}

bool fileExists(const QByteArray& nativePath)
{
    return !nativePath.isEmpty() && ::access(nativePath.constData(), F_OK) == 0;
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
        message = Database::tr("The database file is damaged. Restore the latest backup with "
                               "\"jiahu-cli restore\", or run \"jiahu-cli doctor\" to check it. "
                               "The damaged file has been left as it is.");
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
    : m_db(db), m_path(std::move(path)), m_markerPath(QFile::encodeName(damageMarkerPath(m_path))),
      m_encrypted(encrypted)
{
}

Database::~Database()
{
    for (auto& entry : m_cache)
        sqlite3_finalize(entry.stmt);
    m_cache.clear();
    sqlite3_close_v2(m_db);
    if (m_readOnly)
        repairCompanionModes(); // a read-only connection cannot remove the -wal/-shm it made
}

Error Database::lastError(int rc, const QString& context) const
{
    noteFailure(rc, context);
    return sqliteError(rc, context, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

QString Database::damageMarkerPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

bool Database::isMarkedDamaged(const QString& databasePath)
{
    return fileExists(QFile::encodeName(damageMarkerPath(databasePath)));
}

Status Database::clearDamageMarker(const QString& databasePath)
{
    const QString marker = damageMarkerPath(databasePath);
    if (QFileInfo::exists(marker) && !QFile::remove(marker))
        return makeError(ErrorCode::Io, tr("%1 cannot be removed.").arg(marker));
    return {};
}

Error Database::damagedError()
{
    return makeError(ErrorCode::Corrupt,
                     tr("The database file is damaged, so nothing more can be saved in it. Restore "
                        "the latest backup with \"jiahu-cli restore\", or run \"jiahu-cli "
                        "doctor\" to check it again."),
                     QStringLiteral("damage marker present"), SQLITE_CORRUPT);
}

bool Database::isMarkedDamaged() const
{
    return m_damaged || fileExists(m_markerPath);
}

void Database::noteFailure(int rc, const QString& context) const
{
    if ((rc & 0xFF) == SQLITE_CORRUPT)
        markDamaged(context);
}

void Database::markDamaged(const QString& context) const
{
    if (fileExists(m_markerPath))
        return;
    qCWarning(lcStorage) << "database found damaged during" << context << m_path;
    // Small, fixed text: which operation met the damage, nothing read from the database.
    const QByteArray text = "This Jiahu database was found damaged (" + context.toUtf8() +
                            "). Changes are refused until \"jiahu-cli doctor\" finds its "
                            "integrity check passing or a backup is restored.\n";
    const int fd = ::open(m_markerPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool written = fd >= 0 && ::write(fd, text.constData(), size_t(text.size())) == text.size() &&
                   ::fsync(fd) == 0;
    if (fd >= 0)
        written = ::close(fd) == 0 && written;
    if (written) {
        // The marker's name must survive a crash too.
        const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
        if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    } else {
        qCWarning(lcStorage) << "the damage marker cannot be written beside" << m_path;
        m_damaged = true; // this connection at least refuses writes
    }
}

void Database::repairCompanionModes() const
{
    for (const char* suffix : {"-wal", "-shm"}) {
        const QByteArray companion = QFile::encodeName(m_path) + suffix;
        struct stat st {};
        if (::stat(companion.constData(), &st) != 0 || (st.st_mode & S_IWUSR))
            continue;
        // SQLite gives a new -wal/-shm the database file's mode; made by a read-only open of a
        // read-only file, they would stop the owner's next read-write open.
        if (::chmod(companion.constData(), (st.st_mode & 07777) | S_IWUSR) == 0)
            qCInfo(lcStorage) << "gave the owner write permission on" << companion;
        else
            qCWarning(lcStorage) << "cannot make" << companion << "writable by its owner";
    }
}

Result<std::unique_ptr<Database>> Database::open(const Options& options)
{
    if (options.key && options.key->size() != kKeyBytes)
        return makeError(ErrorCode::InvalidArgument, tr("The database key has the wrong length."));
    if (!options.create && !QFileInfo::exists(options.path))
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(options.path));
    JIAHU_TRY(checkFileShape(options.path, options.key != nullptr));

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
    db->m_readOnly = options.readOnly;
    sqlite3_extended_result_codes(raw, 1);
    // Before the first statement: reading even sqlite_master waits while another connection
    // holds a lock (a checkpoint, a write in exclusive mode, WAL recovery) instead of failing.
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    if (const int fnRc = SqlFunctions::registerAll(raw); fnRc != SQLITE_OK)
        return db->lastError(fnRc, QStringLiteral("create_function"));

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
    db->repairCompanionModes();
    JIAHU_TRY(db->configure(options));
    qCDebug(lcStorage) << "opened" << options.path << "encrypted" << db->m_encrypted;
    return db;
}

Status Database::configure(const Options& options)
{
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
        noteFailure(rc, QStringLiteral("exec"));
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

Result<int> Database::userVersion()
{
    auto value = queryText("PRAGMA user_version;");
    if (!value.ok())
        return value.error();
    return value.value().toInt();
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
    if (!problems.isEmpty())
        markDamaged(QStringLiteral("integrity_check"));
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
    if (isMarkedDamaged())
        return damagedError(); // rewriting every page of a damaged file could spread the damage
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

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
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
