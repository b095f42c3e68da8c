// Case-records benchmark on a generated city-scale database: JSON on stdout.
//
// Generates the same demo (default 100,000 families, seed 1) through the session write path into
// an encrypted and an unencrypted database, reopens each with a cold page cache, then measures
// through the services (so scope filters, paging and the audit write of opening a file are
// included):
//   - the file's layout: bytes per family by table and by index (every b-tree of the file walked
//     page by page; the encrypted file's pages decrypted here with the benchmark's key), and the
//     outbox's (change_log) share;
//   - reads: the first page of the family list (code, then latest activity), the same filtered by
//     town, code and category, the second page, the overdue queue (whole scope and one worker's),
//     search for a 2- and a 3-character Chinese name, a note word and an identity-number tail,
//     the list's statement stepped through the raw C API, opening one family file (audited) and
//     its two halves (the audit entry; loading the file again), FamilyService::count for four
//     filters; and opening a file once more on both databases in turn (interleaved), so that the
//     disk's drift between the two runs does not weigh on the encrypted/plain ratio;
//   - writes: FollowUpService::add through the CaseSession write path (audit, outbox, projection
//     and search refresh, synchronous=FULL), spread over different families;
//   - under load: the family list's first page on a reader thread (its own read-only connection
//     and CaseSession::startReader) while a writer thread (its own connection) commits follow-ups
//     at a fixed rate; the reader's latencies, the writer's latencies and achieved rate.
// Each timing: the first (cold) run and the median and p95 of the following runs (wall clock, and
// the thread's CPU time, which leaves out waiting for the disk), encrypted and plain, and the
// encrypted/plain ratios of the medians; `goals` says which targets are met (encrypted figures).
// `data.*.disk_flush` is the disk's fdatasync latency at the time, which every commit waits for.
// Usage:
//   bench_case_records [--families N] [--seed S] [--reps R] [--cache-kib K] [--writes W]
//                      [--load-seconds S] [--load-rate N] [--reader-interval-ms M]
//                      [--dir PATH] [--reuse] [--storage-only]
// --reuse keeps the databases in --dir from an earlier run (same families and seed) instead of
// generating them again; the benchmark databases use a fixed, non-secret key for that. (Each run
// adds its follow-ups and audit entries to them.) --storage-only prints only the layout of the
// databases in --dir (any schema version).
#include "common/Uuid7.h"
#include "demo/DemoGenerator.h"
#include "schema/Schema.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/RecordReaders.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <ctime>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <latch>
#include <thread>
#include <vector>

using namespace jiahu;

namespace {

[[noreturn]] void die(const QString& what, const Error& error)
{
    std::fprintf(stderr, "bench: %s: %s\n", qPrintable(what), qPrintable(error.toString()));
    std::fflush(stderr);
    std::_Exit(1); // also from a worker thread: no destructors racing the other threads
}

[[noreturn]] void die(const QString& what)
{
    die(what, makeError(ErrorCode::Internal, what));
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r.ok())
        die(QString::fromLatin1(what), r.error());
    return std::move(r.value());
}

void check(const Status& s, const char* what)
{
    if (!s.ok())
        die(QString::fromLatin1(what), s.error());
}

struct Store {
    QString path;
    std::unique_ptr<Database> db;
    UserAccount admin, supervisor, worker;
};

UserAccount addUser(Database& db, const QString& name, Role role)
{
    UserAccount u;
    u.id = createUuid7().toString(QUuid::WithoutBraces);
    u.name = name;
    u.displayName = name;
    u.role = role;
    auto st = check(db.prepare("INSERT INTO users(id, name, display_name, role, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, 0, 0);"),
                    "prepare user");
    check(st.bindAll(u.id, u.name, u.displayName, Roles::id(role)).exec(), "insert user");
    if (role != Role::Administrator) {
        auto scope = check(db.prepare("INSERT INTO user_scopes(user_id, kind, value) "
                                      "VALUES (?, 'town', '*');"),
                           "prepare scope");
        check(scope.bindAll(u.id).exec(), "insert scope");
    }
    return u;
}

std::unique_ptr<Database> open(const QString& path, const SecureBytes* key, int cacheKiB,
                               bool create, bool readOnly = false)
{
    Database::Options o;
    o.path = path;
    o.key = key;
    o.create = create;
    o.readOnly = readOnly;
    o.cacheSizeKiB = cacheKiB;
    return check(Database::open(o), "open");
}

struct Timing {
    double first = 0, median = 0, p95 = 0;
    /// The thread's CPU time of the warm runs: what encryption costs, without the time spent
    /// waiting for the disk (a commit's fdatasync, whose latency varies a lot between machines
    /// and from minute to minute on a virtual disk).
    double cpuMedian = 0, cpuP95 = 0;
    qint64 firstMisses = 0;  ///< pages read (and, encrypted, decrypted) by the cold run
    double missesPerRun = 0; ///< the same for the warm runs, on average
    QJsonObject json() const
    {
        return {{QStringLiteral("first_ms"), first},
                {QStringLiteral("median_ms"), median},
                {QStringLiteral("p95_ms"), p95},
                {QStringLiteral("cpu_median_ms"), cpuMedian},
                {QStringLiteral("cpu_p95_ms"), cpuP95},
                {QStringLiteral("first_page_misses"), double(firstMisses)},
                {QStringLiteral("page_misses_per_run"), missesPerRun}};
    }
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted[std::min<qsizetype>(sorted.size() - 1, qsizetype(sorted.size() * p))];
}

Timing measure(Database& db, int reps, const std::function<void()>& run)
{
    QElapsedTimer t;
    Timing out;
    (void)db.pageCacheStats(true);
    t.start();
    run();
    out.first = t.nsecsElapsed() / 1e6;
    out.firstMisses = db.pageCacheStats(true).misses;
    QList<double> times, cpu;
    for (int i = 0; i < reps; ++i) {
        const double cpuStart = threadCpuMs();
        t.restart();
        run();
        times << t.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpuStart;
    }
    out.missesPerRun = double(db.pageCacheStats(true).misses) / std::max(1, reps);
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    out.median = percentile(times, 0.5);
    out.p95 = percentile(times, 0.95);
    out.cpuMedian = percentile(cpu, 0.5);
    out.cpuP95 = percentile(cpu, 0.95);
    return out;
}

/// Median, p95 and max of latencies taken outside measure() (the threads under load).
QJsonObject summary(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {{QStringLiteral("median_ms"), percentile(times, 0.5)},
            {QStringLiteral("p95_ms"), percentile(times, 0.95)},
            {QStringLiteral("max_ms"), times.isEmpty() ? 0.0 : times.constLast()},
            {QStringLiteral("runs"), double(times.size())}};
}

/// How long the disk takes to make 4 KiB written to a file durable (pwrite + fdatasync, as a
/// commit does with its WAL frames), next to the databases: every commit waits for this once.
QJsonObject diskFlush(const QString& dir)
{
    QFile file(dir + QStringLiteral("/flush-probe.bin"));
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        die(QStringLiteral("cannot write in %1").arg(dir));
    QList<double> times;
    QByteArray block(4096, 'x');
    for (int i = 0; i < 20; ++i) {
        block[0] = char(i);
        if (pwrite(file.handle(), block.constData(), size_t(block.size()), off_t(i) * 4096) !=
            block.size())
            die(QStringLiteral("cannot write the flush probe"));
        QElapsedTimer t;
        t.start();
        fdatasync(file.handle());
        times << t.nsecsElapsed() / 1e6;
    }
    file.remove();
    QJsonObject out = summary(times);
    out.remove(QStringLiteral("runs"));
    return out;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// --- The file's layout ---------------------------------------------------------------------------
// SQLCipher 3.4.1 is built without the dbstat table, so the benchmark walks every b-tree itself
// (file format: https://sqlite.org/fileformat2.html) after a truncating checkpoint. Encrypted
// pages are decrypted here as SQLCipher 3 lays them out with a raw key: AES-256-CBC over the page
// minus its reserve (48 bytes: a 16-byte IV, then a 20-byte HMAC-SHA1, padded to the block), the
// IV read from the page itself; page 1 keeps its first 16 bytes (the salt) unencrypted. The pages
// counted (b-tree pages, overflow chains, free list, the lock-byte page) must add up to the
// file's page count, or the layout is reported as unaccounted.

quint32 be16(const uchar* p)
{
    return (quint32(p[0]) << 8) | p[1];
}

quint32 be32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

quint64 varint(const uchar*& p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        const uchar b = *p++;
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80))
            return v;
    }
    return (v << 8) | *p++;
}

class PageFile {
public:
    static constexpr int kSqlCipherReserve = 48;

    PageFile(const QString& path, const SecureBytes* key) : m_file(path), m_key(key)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(path));
        m_size = m_file.size();
        if (m_size < Database::kPageSize)
            die(QStringLiteral("%1 is too small").arg(path));
        m_pageSize = Database::kPageSize;
        if (m_key) {
            m_ctx = EVP_CIPHER_CTX_new();
            m_reserve = kSqlCipherReserve;
        }
        m_raw.resize(m_pageSize);
        m_buffer.resize(m_pageSize);
        const uchar* h = page(1);
        m_pageSize = be16(h + 16) == 1 ? 65536 : int(be16(h + 16));
        const int reserve = h[20];
        if (memcmp(h, "SQLite format 3", 16) != 0 || m_pageSize != Database::kPageSize ||
            reserve != m_reserve || h[21] != 64 || h[22] != 32 || h[23] != 32)
            die(QStringLiteral("%1: unexpected header (page size %2, reserve %3)")
                    .arg(path)
                    .arg(m_pageSize)
                    .arg(reserve));
        m_headerPages = be32(h + 28);
        m_freelistPages = be32(h + 36);
    }
    ~PageFile()
    {
        if (m_ctx)
            EVP_CIPHER_CTX_free(m_ctx);
    }

    qint64 pages() const { return m_size / m_pageSize; }
    qint64 headerPages() const { return m_headerPages; }
    qint64 freelistPages() const { return m_freelistPages; }
    int usable() const { return m_pageSize - m_reserve; }
    int pageSize() const { return m_pageSize; }

    /// Page `pgno` as SQLite sees it (decrypted). Read with pread rather than mapped, so the
    /// walk leaves the process's peak RSS alone.
    const uchar* page(quint32 pgno)
    {
        if (pgno < 1 || qint64(pgno) > m_size / m_pageSize)
            die(QStringLiteral("page %1 out of range").arg(pgno));
        if (pread(m_file.handle(), m_raw.data(), size_t(m_pageSize),
                  off_t(pgno - 1) * m_pageSize) != m_pageSize)
            die(QStringLiteral("cannot read page %1").arg(pgno));
        const uchar* raw = m_raw.data();
        if (!m_key)
            return raw;
        const int offset = pgno == 1 ? 16 : 0;
        const int length = m_pageSize - m_reserve - offset;
        const uchar* iv = raw + m_pageSize - m_reserve;
        int out = 0, tail = 0;
        if (EVP_DecryptInit_ex(m_ctx, EVP_aes_256_cbc(), nullptr, m_key->data(), iv) != 1 ||
            EVP_CIPHER_CTX_set_padding(m_ctx, 0) != 1 ||
            EVP_DecryptUpdate(m_ctx, m_buffer.data() + offset, &out, raw + offset, length) != 1 ||
            EVP_DecryptFinal_ex(m_ctx, m_buffer.data() + offset + out, &tail) != 1)
            die(QStringLiteral("cannot decrypt page %1").arg(pgno));
        if (pgno == 1)
            memcpy(m_buffer.data(), "SQLite format 3", 16);
        return m_buffer.data();
    }

private:
    QFile m_file;
    const SecureBytes* m_key = nullptr;
    qint64 m_size = 0;
    int m_pageSize = 0;
    int m_reserve = 0;
    qint64 m_headerPages = 0, m_freelistPages = 0;
    EVP_CIPHER_CTX* m_ctx = nullptr;
    std::vector<uchar> m_raw;
    std::vector<uchar> m_buffer;
};

struct BTreeSize {
    qint64 pages = 0;         ///< b-tree pages (interior and leaf)
    qint64 overflowPages = 0; ///< pages of overflow chains
    qint64 cells = 0;         ///< rows (table leaves) or entries (index leaves)
    qint64 payload = 0;       ///< bytes of record payload (as dbstat counts it)
    qint64 totalPages() const { return pages + overflowPages; }
};

/// The pages of the b-tree rooted at `root`. Overflow chains are counted from the payload size
/// (each overflow page holds usable - 4 bytes) rather than followed.
BTreeSize walkBTree(PageFile& file, quint32 root)
{
    const qint64 u = file.usable();
    const qint64 tableMax = u - 35;
    const qint64 indexMax = (u - 12) * 64 / 255 - 23;
    const qint64 minLocal = (u - 12) * 32 / 255 - 23;
    auto overflow = [&](qint64 payload, qint64 maxLocal) -> qint64 {
        if (payload <= maxLocal)
            return 0;
        const qint64 k = minLocal + (payload - minLocal) % (u - 4);
        const qint64 local = k <= maxLocal ? k : minLocal;
        return (payload - local + (u - 4) - 1) / (u - 4);
    };
    BTreeSize size;
    std::vector<quint32> todo{root};
    while (!todo.empty()) {
        const quint32 pgno = todo.back();
        todo.pop_back();
        ++size.pages;
        const uchar* p = file.page(pgno);
        const int hdr = pgno == 1 ? 100 : 0;
        const uchar type = p[hdr];
        const quint32 cells = be16(p + hdr + 3);
        const bool interior = type == 0x02 || type == 0x05;
        if (!interior && type != 0x0a && type != 0x0d)
            die(QStringLiteral("page %1: not a b-tree page (type %2)").arg(pgno).arg(type));
        if (interior)
            todo.push_back(be32(p + hdr + 8));
        // Children are read later: this page is done with before the next page() call (which
        // reuses the decryption buffer).
        const uchar* pointers = p + hdr + (interior ? 12 : 8);
        for (quint32 i = 0; i < cells; ++i) {
            const uchar* c = p + be16(pointers + 2 * i);
            switch (type) {
            case 0x05: // table interior: child, rowid
                todo.push_back(be32(c));
                break;
            case 0x0d: { // table leaf: payload size, rowid, payload
                const qint64 n = qint64(varint(c));
                (void)varint(c);
                ++size.cells;
                size.payload += n;
                size.overflowPages += overflow(n, tableMax);
                break;
            }
            case 0x02: { // index interior: child, payload size, payload
                todo.push_back(be32(c));
                c += 4;
                const qint64 n = qint64(varint(c));
                size.payload += n;
                size.overflowPages += overflow(n, indexMax);
                break;
            }
            case 0x0a: { // index leaf: payload size, payload
                const qint64 n = qint64(varint(c));
                ++size.cells;
                size.payload += n;
                size.overflowPages += overflow(n, indexMax);
                break;
            }
            }
        }
    }
    return size;
}

/// Bytes per family of every table and index of the file at `path` (checkpointed first), grouped
/// by table (an index counts for its table, an FTS shadow table for its virtual table).
QJsonObject storageLayout(Database& db, const QString& path, const SecureBytes* key)
{
    check(db.checkpoint(), "checkpoint");
    const qint64 families = check(fetchOne(db, "SELECT count(*) FROM families;", {},
                                           [](const Statement& st) { return st.int64(0); }, {}),
                                  "count families");
    struct Object {
        QString type, name, table;
        quint32 root;
    };
    auto objects = check(
        fetchAll(db,
                 "SELECT type, name, tbl_name, rootpage FROM sqlite_master WHERE rootpage > 0 "
                 "ORDER BY name;",
                 {},
                 [](const Statement& st) {
                     return Object{st.text(0), st.text(1), st.text(2), quint32(st.int64(3))};
                 }),
        "schema");
    objects.prepend({QStringLiteral("table"), QStringLiteral("sqlite_master"),
                     QStringLiteral("sqlite_master"), 1});
    const QStringList virtualTables =
        check(fetchAll(db,
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage = 0 AND "
                       "sql LIKE 'CREATE VIRTUAL TABLE%';",
                       {}, [](const Statement& st) { return st.text(0); }),
              "virtual tables");
    auto groupOf = [&](const Object& o) {
        for (const QString& v : virtualTables)
            if (o.table.startsWith(v + u'_'))
                return v;
        return o.table;
    };

    PageFile file(path, key);
    const double perFamily = std::max<qint64>(1, families);
    const double pageBytes = file.pageSize();
    const double fileBytes = double(file.pages()) * pageBytes;
    QJsonObject byObject;
    struct Group {
        qint64 tablePages = 0, indexPages = 0, rows = 0;
    };
    QMap<QString, Group> groups;
    qint64 walked = 0;
    for (const Object& o : std::as_const(objects)) {
        const BTreeSize s = walkBTree(file, o.root);
        walked += s.totalPages();
        const bool isIndex = o.type == QLatin1String("index");
        Group& g = groups[groupOf(o)];
        (isIndex ? g.indexPages : g.tablePages) += s.totalPages();
        // Rows: the table's own, or for a virtual table those of its content table.
        if (!isIndex && (o.name == groupOf(o) || o.name == groupOf(o) + QStringLiteral("_content")))
            g.rows = s.cells;
        const double bytes = double(s.totalPages()) * pageBytes;
        byObject.insert(o.name,
                        QJsonObject{{QStringLiteral("table"), groupOf(o)},
                                    {QStringLiteral("kind"), o.type},
                                    {QStringLiteral("pages"), double(s.pages)},
                                    {QStringLiteral("overflow_pages"), double(s.overflowPages)},
                                    {QStringLiteral("entries"), double(s.cells)},
                                    {QStringLiteral("payload_bytes"), double(s.payload)},
                                    {QStringLiteral("bytes"), bytes},
                                    {QStringLiteral("bytes_per_family"), bytes / perFamily},
                                    {QStringLiteral("share"), bytes / fileBytes}});
    }
    QJsonObject byTable;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const double table = double(it->tablePages) * pageBytes;
        const double index = double(it->indexPages) * pageBytes;
        byTable.insert(
            it.key(), QJsonObject{{QStringLiteral("rows"), double(it->rows)},
                                  {QStringLiteral("table_bytes_per_family"), table / perFamily},
                                  {QStringLiteral("index_bytes_per_family"), index / perFamily},
                                  {QStringLiteral("bytes_per_family"), (table + index) / perFamily},
                                  {QStringLiteral("share"), (table + index) / fileBytes}});
    }
    // The lock-byte page (the one holding file offset 2^30) belongs to no b-tree.
    const qint64 lockPage = (qint64(1) << 30) / file.pageSize() + 1;
    const qint64 accounted = walked + file.freelistPages() + (file.pages() >= lockPage ? 1 : 0);
    const Group outbox = groups.value(QStringLiteral("change_log"));
    return {{QStringLiteral("method"),
             QStringLiteral("b-trees walked page by page (no dbstat in SQLCipher 3.4.1)")},
            {QStringLiteral("families"), double(families)},
            {QStringLiteral("file_bytes"), fileBytes},
            {QStringLiteral("pages"), double(file.pages())},
            {QStringLiteral("usable_bytes_per_page"), file.usable()},
            {QStringLiteral("freelist_pages"), double(file.freelistPages())},
            {QStringLiteral("pages_accounted"),
             accounted == file.pages() && file.headerPages() == file.pages()},
            {QStringLiteral("bytes_per_family"), fileBytes / perFamily},
            {QStringLiteral("outbox_bytes_per_family"),
             double(outbox.tablePages + outbox.indexPages) * pageBytes / perFamily},
            {QStringLiteral("outbox_share"),
             double(outbox.tablePages + outbox.indexPages) * pageBytes / fileBytes},
            {QStringLiteral("tables"), byTable},
            {QStringLiteral("objects"), byObject}};
}

// --- Writes --------------------------------------------------------------------------------------

FollowUp benchFollowUp(const QString& familyId, const QDate& today, int n)
{
    FollowUp x;
    x.familyId = familyId;
    x.kind = n % 3 == 0 ? FollowUpKind::Phone : FollowUpKind::HomeVisit;
    x.date = today;
    x.notes =
        QStringLiteral("入户走访，孩子情绪稳定，监护人照料尚可，作业能按时完成。第%1次基准回访。")
            .arg(n);
    x.findings = QStringLiteral("监护状况稳定。");
    return x;
}

/// The family list's first page on a reader thread (its own read-only connection, a reader
/// session) while a writer thread (its own connection, the supervisor's session) commits
/// follow-ups at `rate` a second; both run for `seconds` after a warm-up.
struct LoadResult {
    QList<double> reads, writes;
    double writeSeconds = 0;
};

LoadResult underLoad(const QString& path, const SecureBytes* key, int cacheKiB,
                     const UserAccount& user, const QStringList& families, double seconds, int rate,
                     int readerIntervalMs)
{
    using namespace std::chrono;
    LoadResult out;
    std::latch ready(2);
    constexpr int kWarmWrites = 20;
    constexpr int kWarmReads = 5;
    std::thread writer([&] {
        auto db = open(path, key, cacheKiB, false);
        auto session = check(CaseSession::start(*db, user), "writer session");
        FollowUpService followUps(*session);
        int n = 0;
        auto write = [&] {
            const QString& family = families[n % families.size()];
            (void)check(followUps.add(benchFollowUp(family, session->today(), n)), "add");
            ++n;
        };
        for (int i = 0; i < kWarmWrites; ++i)
            write();
        ready.arrive_and_wait();
        QElapsedTimer clock;
        clock.start();
        const qint64 end = qint64(seconds * 1e9);
        for (qint64 i = 0;; ++i) {
            const qint64 due = i * 1000000000LL / std::max(1, rate);
            if (due >= end)
                break;
            if (const qint64 now = clock.nsecsElapsed(); now < due)
                std::this_thread::sleep_for(nanoseconds(due - now));
            QElapsedTimer t;
            t.start();
            write();
            out.writes << t.nsecsElapsed() / 1e6;
        }
        out.writeSeconds = clock.nsecsElapsed() / 1e9;
    });
    std::thread reader([&] {
        auto db = open(path, key, cacheKiB, false, true);
        auto session = check(CaseSession::startReader(*db, user), "reader session");
        FamilyService list(*session);
        for (int i = 0; i < kWarmReads; ++i)
            (void)check(list.list({}), "list");
        ready.arrive_and_wait();
        QElapsedTimer clock;
        clock.start();
        const qint64 end = qint64(seconds * 1e9);
        for (qint64 i = 0;; ++i) {
            const qint64 due = i * qint64(readerIntervalMs) * 1000000LL;
            if (due >= end)
                break;
            if (const qint64 now = clock.nsecsElapsed(); now < due)
                std::this_thread::sleep_for(nanoseconds(due - now));
            QElapsedTimer t;
            t.start();
            (void)check(list.list({}), "list under load");
            out.reads << t.nsecsElapsed() / 1e6;
        }
    });
    writer.join();
    reader.join();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("families"), QStringLiteral("Families."), QStringLiteral("n"),
          QStringLiteral("100000")},
         {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"),
          QStringLiteral("1")},
         {QStringLiteral("reps"), QStringLiteral("Timed runs."), QStringLiteral("n"),
          QStringLiteral("30")},
         {QStringLiteral("cache-kib"), QStringLiteral("Page cache."), QStringLiteral("n"),
          QStringLiteral("16384")},
         {QStringLiteral("writes"), QStringLiteral("Follow-ups added, each to another family."),
          QStringLiteral("n"), QStringLiteral("300")},
         {QStringLiteral("load-seconds"), QStringLiteral("Duration of the run under load."),
          QStringLiteral("s"), QStringLiteral("10")},
         {QStringLiteral("load-rate"), QStringLiteral("Follow-ups a second under load."),
          QStringLiteral("n"), QStringLiteral("100")},
         {QStringLiteral("reader-interval-ms"),
          QStringLiteral("Interval of the reader's list requests under load."),
          QStringLiteral("ms"), QStringLiteral("20")},
         {QStringLiteral("dir"), QStringLiteral("Where to keep the databases."),
          QStringLiteral("path")},
         {QStringLiteral("reuse"), QStringLiteral("Reuse the databases in --dir.")},
         {QStringLiteral("storage-only"),
          QStringLiteral("Only the layout of the databases in --dir.")}});
    parser.process(app);
    const int families = parser.value(QStringLiteral("families")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const int cacheKiB = parser.value(QStringLiteral("cache-kib")).toInt();
    const int writes = std::max(2, parser.value(QStringLiteral("writes")).toInt());
    const double loadSeconds = parser.value(QStringLiteral("load-seconds")).toDouble();
    const int loadRate = std::max(1, parser.value(QStringLiteral("load-rate")).toInt());
    const int readerIntervalMs =
        std::max(1, parser.value(QStringLiteral("reader-interval-ms")).toInt());
    QTemporaryDir tmp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && parser.isSet(QStringLiteral("dir"));
    const bool storageOnly =
        parser.isSet(QStringLiteral("storage-only")) && parser.isSet(QStringLiteral("dir"));
    // A benchmark database, not a secret: a fixed key so --reuse can open it again.
    SecureBytes key(Database::kKeyBytes);
    std::fill(key.data(), key.data() + Database::kKeyBytes, static_cast<unsigned char>(0x5a));

    QJsonObject generation;
    QJsonObject variants;
    QJsonObject storage;
    QJsonObject loaded;
    struct Variant {
        const char* name;
        const SecureBytes* key;
    };
    const Variant kinds[] = {{"encrypted", &key}, {"plain", nullptr}};
    QHash<QString, QHash<QString, Timing>> results;
    QHash<QString, QJsonObject> readerUnderLoad, writerUnderLoad;
    QHash<QString, std::pair<UserAccount, QString>> openers; ///< supervisor and file, per variant
    QStringList order;

    if (storageOnly) {
        for (const Variant& v : kinds) {
            const QString path =
                dir + u'/' + QString::fromLatin1(v.name) + QStringLiteral(".jiahu");
            if (!QFile::exists(path))
                continue;
            auto db = open(path, v.key, cacheKiB, false);
            storage.insert(QString::fromLatin1(v.name), storageLayout(*db, path, v.key));
        }
        const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("case_records_storage")},
                              {QStringLiteral("storage"), storage}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }

    for (const Variant& v : kinds) {
        const QString name = QString::fromLatin1(v.name);
        const QString path = dir + u'/' + name + QStringLiteral(".jiahu");
        Store store;
        if (reuse && QFile::exists(path)) {
            auto db = open(path, v.key, cacheKiB, false);
            auto user = [&](const char* name) {
                return check(fetchOne(
                                 *db, "SELECT id, name, role FROM users WHERE name = ?;",
                                 {QString::fromLatin1(name)},
                                 [](const Statement& st) {
                                     UserAccount u;
                                     u.id = st.text(0);
                                     u.name = st.text(1);
                                     u.role = Roles::fromId(st.text(2)).value_or(Role::Caseworker);
                                     return u;
                                 },
                                 QStringLiteral("no user")),
                             "user");
            };
            store.admin = user("admin");
            store.supervisor = user("supervisor");
            store.worker = user("cw20");
        } else {
            QFile::remove(path);
            auto db = open(path, v.key, cacheKiB, true);
            check(Migrator::migrate(*db, schemaMigrations()), "migrate");
            store.admin = addUser(*db, QStringLiteral("admin"), Role::Administrator);
            store.supervisor = addUser(*db, QStringLiteral("supervisor"), Role::Supervisor);
            for (int i = 1; i <= 20; ++i)
                store.worker = addUser(*db, QStringLiteral("cw%1").arg(i, 2, 10, QLatin1Char('0')),
                                       Role::Caseworker);
            auto admin = check(CaseSession::start(*db, store.admin), "session");
            QElapsedTimer t;
            t.start();
            auto counts =
                check(DemoGenerator::generate(*admin, {families, seed, 2000}), "generate");
            const double seconds = t.elapsed() / 1000.0;
            check(db->checkpoint(), "checkpoint");
            generation.insert(
                name,
                QJsonObject{{QStringLiteral("seconds"), seconds},
                            {QStringLiteral("rows"), double(counts.rows())},
                            {QStringLiteral("rows_per_sec"), counts.rows() / seconds},
                            {QStringLiteral("families"), double(counts.families)},
                            {QStringLiteral("people"), double(counts.people)},
                            {QStringLiteral("follow_ups"), double(counts.followUps)},
                            {QStringLiteral("referrals"), double(counts.referrals)},
                            {QStringLiteral("file_mib"), QFileInfo(path).size() / 1048576.0}});
        }
        // Reopen: a fresh connection with a cold page cache. The layout first (it checkpoints
        // and reads the file outside SQLite; the page cache stays cold).
        auto db = open(path, v.key, cacheKiB, false);
        storage.insert(name, storageLayout(*db, path, v.key));
        auto boss = check(CaseSession::start(*db, store.supervisor), "session");
        auto worker = check(CaseSession::start(*db, store.worker), "session");
        FamilyService familiesSvc(*boss);
        FollowUpService followUps(*boss);
        FollowUpService mineSvc(*worker);
        SearchService search(*boss);

        // Query inputs taken from the data itself (the same in both databases: same seed).
        const auto sample = check(
            fetchOne(
                *db,
                "SELECT p.name, p.id_number, f.file_no FROM people p JOIN "
                "families f ON f.id = p.family_id WHERE p.member_role = 'child' "
                "AND length(p.name) = 3 ORDER BY p.id LIMIT 1;",
                {},
                [](const Statement& st) { return std::tuple(st.text(0), st.text(1), st.text(2)); },
                QStringLiteral("no sample")),
            "sample");
        const auto& [threeCharName, idNumber, fileNo] = sample;
        openers.insert(name, {store.supervisor, fileNo});
        const QString twoCharName = threeCharName.left(2);
        const QString noteWord = QStringLiteral("辍学");
        const QString idTail = idNumber.right(4);

        auto& r = results[name];
        auto add = [&](const QString& key, const Timing& t) {
            r.insert(key, t);
            if (!order.contains(key))
                order << key;
        };
        int rows = 0;
        add(QStringLiteral("list_first_page"), measure(*db, reps, [&] {
                rows = int(check(familiesSvc.list({}), "list").rows.size());
            }));
        FamilyQuery filtered;
        filtered.town = QStringLiteral("白市驿镇");
        filtered.codes = {RiskCode::Yellow};
        filtered.anyCategories = CaseVocabulary::categoryBit(FamilyCategory::LeftBehind);
        int filteredRows = 0;
        add(QStringLiteral("list_filtered_town_code_category"), measure(*db, reps, [&] {
                filteredRows = int(check(familiesSvc.list(filtered), "list").rows.size());
            }));
        FamilyQuery second;
        second.after = check(familiesSvc.list({}), "list").next;
        add(QStringLiteral("list_second_page"),
            measure(*db, reps, [&] { (void)check(familiesSvc.list(second), "list"); }));
        int overdueRows = 0;
        add(QStringLiteral("overdue_queue_scope"), measure(*db, reps, [&] {
                overdueRows = int(check(followUps.due({}), "overdue").rows.size());
            }));
        DueQuery mine;
        mine.mineOnly = true;
        add(QStringLiteral("overdue_queue_one_worker"),
            measure(*db, reps, [&] { (void)check(mineSvc.due(mine), "overdue"); }));
        QHash<QString, int> hits;
        const std::pair<QString, QString> searches[] = {
            {QStringLiteral("search_2char_name"), twoCharName},
            {QStringLiteral("search_3char_name"), threeCharName},
            {QStringLiteral("search_note_word"), noteWord},
            {QStringLiteral("search_id_tail"), idTail}};
        for (const auto& [label, text] : searches)
            add(label, measure(*db, reps, [&] {
                    hits[label] = int(check(search.search({text}), "search").rows.size());
                }));
        // Our query layer against raw SQLite: the list's first page through FamilyService, and
        // the statement FamilyService::list runs (same text, same bindings) prepared once and
        // stepped through the C API, every column read.
        {
            const QByteArray sql = records::familySelect() +
                                   "WHERE f.deleted_at IS NULL AND 1 AND +f.status = ? "
                                   "ORDER BY f.risk_code DESC, f.last_activity_at DESC, f.id DESC "
                                   "LIMIT ?;";
            sqlite3_stmt* raw = nullptr;
            if (sqlite3_prepare_v2(db->handle(), sql.constData(), int(sql.size()), &raw, nullptr) !=
                SQLITE_OK)
                die(QStringLiteral("prepare the raw statement"));
            sqlite3_bind_text(raw, 1, "open", -1, SQLITE_STATIC);
            sqlite3_bind_int(raw, 2, PageCursor::kDefaultLimit + 1);
            qint64 bytes = 0;
            add(QStringLiteral("raw_sqlite_first_page"), measure(*db, reps, [&] {
                    sqlite3_reset(raw);
                    while (sqlite3_step(raw) == SQLITE_ROW)
                        for (int c = 0; c < sqlite3_column_count(raw); ++c)
                            bytes += QString::fromUtf8(
                                         reinterpret_cast<const char*>(sqlite3_column_text(raw, c)),
                                         sqlite3_column_bytes(raw, c))
                                         .size();
                }));
            sqlite3_finalize(raw);
        }
        QJsonObject flush{{QStringLiteral("before_open"), diskFlush(dir)}};
        int records = 0;
        QString familyId;
        add(QStringLiteral("open_family_file"), measure(*db, reps, [&] {
                const FamilyFile f =
                    check(familiesSvc.open(fileNo, QStringLiteral("bench")), "open");
                familyId = f.family.id;
                records = int(f.people.size() + f.followUps.size() + f.riskHistory.size() +
                              f.assessments.size() + f.referrals.size() + f.plans.size() +
                              f.guidance.size());
            }));
        // The two halves of opening (as the workspace runs them): the audit entry on the writer,
        // then loading the file again without one.
        add(QStringLiteral("open_family_record_opening"), measure(*db, reps, [&] {
                (void)check(familiesSvc.recordOpening(fileNo, QStringLiteral("bench")), "record");
            }));
        add(QStringLiteral("open_family_reload"),
            measure(*db, reps, [&] { (void)check(familiesSvc.reload(familyId), "reload"); }));

        // Counts (the list's header), whole scope and three filters.
        FamilyQuery townCode;
        townCode.town = QStringLiteral("白市驿镇");
        townCode.codes = {RiskCode::Yellow};
        FamilyQuery overdueOnly;
        overdueOnly.overdueOnly = true;
        FamilyQuery category;
        category.anyCategories = CaseVocabulary::categoryBit(FamilyCategory::LeftBehind);
        const std::pair<QString, FamilyQuery> countQueries[] = {
            {QStringLiteral("count_scope"), FamilyQuery{}},
            {QStringLiteral("count_town_code"), townCode},
            {QStringLiteral("count_overdue"), overdueOnly},
            {QStringLiteral("count_category"), category}};
        QJsonObject counted;
        for (const auto& [label, query] : countQueries) {
            qint64 n = 0;
            add(label, measure(*db, reps, [&, &query = query] {
                    n = check(familiesSvc.count(query), "count");
                }));
            counted.insert(label.mid(6), double(n));
        }

        // Follow-ups through the service, each to another open family spread over the file.
        const QStringList open =
            check(fetchAll(*db,
                           "SELECT id FROM families WHERE deleted_at IS NULL AND status = 'open' "
                           "ORDER BY rowid;",
                           {}, [](const Statement& st) { return st.text(0); }),
                  "open families");
        if (open.size() < 2)
            die(QStringLiteral("no open families"));
        const qsizetype step = std::max<qsizetype>(1, open.size() / writes);
        flush.insert(QStringLiteral("before_writes"), diskFlush(dir));
        int written = 0;
        add(QStringLiteral("followup_add"), measure(*db, writes - 1, [&] {
                const QString& family = open[(written * step) % open.size()];
                (void)check(followUps.add(benchFollowUp(family, boss->today(), written)), "add");
                ++written;
            }));
        const QString synchronous = check(db->queryText("PRAGMA synchronous;"), "synchronous");

        // Under load: other families than those above (half a step further on).
        QStringList loadFamilies;
        for (qsizetype i = 0; i < open.size() && loadFamilies.size() < 4000; i += step)
            loadFamilies << open[(i + step / 2) % open.size()];
        const LoadResult load = underLoad(path, v.key, cacheKiB, store.supervisor, loadFamilies,
                                          loadSeconds, loadRate, readerIntervalMs);
        readerUnderLoad[name] = summary(load.reads);
        QJsonObject w = summary(load.writes);
        w.insert(QStringLiteral("achieved_writes_per_sec"),
                 load.writeSeconds > 0 ? load.writes.size() / load.writeSeconds : 0);
        writerUnderLoad[name] = w;
        loaded.insert(name,
                      QJsonObject{{QStringLiteral("reader_list_first_page"), readerUnderLoad[name]},
                                  {QStringLiteral("writer_followup_add"), w}});

        variants.insert(
            name,
            QJsonObject{
                {QStringLiteral("first_page_rows"), rows},
                {QStringLiteral("filtered_rows"), filteredRows},
                {QStringLiteral("overdue_rows"), overdueRows},
                {QStringLiteral("opened_file_records"), records},
                {QStringLiteral("counts"), counted},
                {QStringLiteral("followups_written"), written},
                {QStringLiteral("synchronous"), synchronous},
                {QStringLiteral("disk_flush"), flush},
                {QStringLiteral("search_hits"),
                 QJsonObject{
                     {QStringLiteral("2char"), hits.value(QStringLiteral("search_2char_name"))},
                     {QStringLiteral("3char"), hits.value(QStringLiteral("search_3char_name"))},
                     {QStringLiteral("note_word"), hits.value(QStringLiteral("search_note_word"))},
                     {QStringLiteral("id_tail"), hits.value(QStringLiteral("search_id_tail"))}}},
                {QStringLiteral("queries"), QJsonObject{{QStringLiteral("2char"), twoCharName},
                                                        {QStringLiteral("3char"), threeCharName},
                                                        {QStringLiteral("note_word"), noteWord},
                                                        {QStringLiteral("id_tail"), idTail}}}});
    }

    // Opening a file on both databases in turn, alternating which goes first: the two are
    // measured at the same moments, so the disk's fdatasync latency (which every audited opening
    // waits for, and which can drift by 20x between the two variants' runs above on a virtual
    // disk) weighs the same on both, and the ratio shows what encryption adds.
    QJsonObject interleaved;
    {
        struct Side {
            std::unique_ptr<Database> db;
            std::unique_ptr<CaseSession> session;
            QString fileNo;
            QList<double> wall, cpu;
        };
        Side sides[2];
        for (int i = 0; i < 2; ++i) {
            const Variant& v = kinds[i];
            const QString name = QString::fromLatin1(v.name);
            sides[i].db =
                open(dir + u'/' + name + QStringLiteral(".jiahu"), v.key, cacheKiB, false);
            sides[i].session =
                check(CaseSession::start(*sides[i].db, openers.value(name).first), "session");
            sides[i].fileNo = openers.value(name).second;
        }
        const int runs = std::max(reps, 100);
        for (int i = -3; i < runs; ++i) { // three warm-up rounds
            for (int k = 0; k < 2; ++k) {
                Side& side = sides[(i + k + 3) % 2];
                FamilyService service(*side.session);
                const double cpuStart = threadCpuMs();
                QElapsedTimer t;
                t.start();
                (void)check(service.open(side.fileNo, QStringLiteral("bench")), "open");
                if (i >= 0) {
                    side.wall << t.nsecsElapsed() / 1e6;
                    side.cpu << threadCpuMs() - cpuStart;
                }
            }
        }
        double medians[2][2];
        for (int i = 0; i < 2; ++i) {
            QJsonObject o = summary(sides[i].wall);
            std::sort(sides[i].cpu.begin(), sides[i].cpu.end());
            medians[i][0] = o[QStringLiteral("median_ms")].toDouble();
            medians[i][1] = percentile(sides[i].cpu, 0.5);
            o.insert(QStringLiteral("cpu_median_ms"), medians[i][1]);
            o.insert(QStringLiteral("cpu_p95_ms"), percentile(sides[i].cpu, 0.95));
            interleaved.insert(QString::fromLatin1(kinds[i].name), o);
        }
        interleaved.insert(QStringLiteral("ratio_median"),
                           medians[1][0] > 0 ? medians[0][0] / medians[1][0] : 0);
        interleaved.insert(QStringLiteral("ratio_cpu_median"),
                           medians[1][1] > 0 ? medians[0][1] / medians[1][1] : 0);
    }

    QJsonObject timings;
    double worstRatio = 0;
    for (const QString& key : order) {
        const Timing enc = results[QStringLiteral("encrypted")].value(key);
        const Timing plain = results[QStringLiteral("plain")].value(key);
        const double ratio = plain.median > 0 ? enc.median / plain.median : 0;
        worstRatio = std::max(worstRatio, ratio);
        timings.insert(key,
                       QJsonObject{{QStringLiteral("encrypted"), enc.json()},
                                   {QStringLiteral("plain"), plain.json()},
                                   {QStringLiteral("ratio_median"), ratio},
                                   {QStringLiteral("ratio_cpu_median"),
                                    plain.cpuMedian > 0 ? enc.cpuMedian / plain.cpuMedian : 0}});
    }
    QJsonObject layer;
    for (const char* variant : {"encrypted", "plain"}) {
        const auto& r = results[QString::fromLatin1(variant)];
        const double ours = r.value(QStringLiteral("list_first_page")).median;
        const double raw = r.value(QStringLiteral("raw_sqlite_first_page")).median;
        layer.insert(QString::fromLatin1(variant),
                     QJsonObject{{QStringLiteral("service_median_ms"), ours},
                                 {QStringLiteral("raw_sqlite_median_ms"), raw},
                                 {QStringLiteral("ratio"), raw > 0 ? ours / raw : 0}});
    }
    auto ratioOf = [](double a, double b) { return b > 0 ? a / b : 0; };
    const auto& encReader = readerUnderLoad[QStringLiteral("encrypted")];
    const auto& plainReader = readerUnderLoad[QStringLiteral("plain")];
    loaded.insert(QStringLiteral("seconds"), loadSeconds);
    loaded.insert(QStringLiteral("target_writes_per_sec"), loadRate);
    loaded.insert(QStringLiteral("reader_interval_ms"), readerIntervalMs);
    loaded.insert(QStringLiteral("ratio_reader_median"),
                  ratioOf(encReader[QStringLiteral("median_ms")].toDouble(),
                          plainReader[QStringLiteral("median_ms")].toDouble()));
    loaded.insert(QStringLiteral("ratio_reader_p95"),
                  ratioOf(encReader[QStringLiteral("p95_ms")].toDouble(),
                          plainReader[QStringLiteral("p95_ms")].toDouble()));

    // The targets, on the encrypted database (what users run).
    const auto& enc = results[QStringLiteral("encrypted")];
    QJsonObject goals;
    auto goal = [&](const QString& name, double value, double limit) {
        goals.insert(name, QJsonObject{{QStringLiteral("value"), value},
                                       {QStringLiteral("limit"), limit},
                                       {QStringLiteral("met"), value < limit}});
    };
    goal(QStringLiteral("followup_add_p95_ms"), enc.value(QStringLiteral("followup_add")).p95, 10);
    goal(QStringLiteral("list_under_load_p95_ms"), encReader[QStringLiteral("p95_ms")].toDouble(),
         20);
    for (const char* c : {"count_scope", "count_town_code", "count_overdue", "count_category"})
        goal(QString::fromLatin1(c) + QStringLiteral("_p95_ms"),
             enc.value(QString::fromLatin1(c)).p95, 20);
    const QJsonObject opening = timings[QStringLiteral("open_family_file")].toObject();
    goal(QStringLiteral("open_family_file_ratio_median"),
         opening[QStringLiteral("ratio_median")].toDouble(), 1.25);
    goal(QStringLiteral("open_family_file_interleaved_ratio_median"),
         interleaved[QStringLiteral("ratio_median")].toDouble(), 1.25);
    goal(QStringLiteral("open_family_file_ratio_cpu_median"),
         opening[QStringLiteral("ratio_cpu_median")].toDouble(), 1.25);

    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("case_records")},
                          {QStringLiteral("query_layer_vs_raw_sqlite"), layer},
                          {QStringLiteral("families"), families},
                          {QStringLiteral("seed"), double(seed)},
                          {QStringLiteral("reps"), reps},
                          {QStringLiteral("writes"), writes},
                          {QStringLiteral("cache_kib"), cacheKiB},
                          {QStringLiteral("generation"), generation},
                          {QStringLiteral("storage"), storage},
                          {QStringLiteral("data"), variants},
                          {QStringLiteral("timings"), timings},
                          {QStringLiteral("under_load"), loaded},
                          {QStringLiteral("open_family_file_interleaved"), interleaved},
                          {QStringLiteral("goals"), goals},
                          {QStringLiteral("worst_ratio_median"), worstRatio},
                          {QStringLiteral("peak_rss_mib"), peakRssMiB()}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
