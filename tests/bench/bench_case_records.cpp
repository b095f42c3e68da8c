// Case-records benchmark on a generated city-scale database: JSON on stdout.
//
// Generates the same demo (default 100,000 families, seed 1) into an encrypted and an unencrypted
// database, reopens each with a cold page cache, then times through the services (so scope
// filters, paging and the audit write of opening a file are included):
//   the first page of the family list (code, then latest activity), the same filtered by town,
//   code and category, the overdue queue (whole scope and one worker's), search for a 2- and a
//   3-character Chinese name, a note word and an identity-number tail, and opening one family
//   file with all its records.
// Each figure: the first (cold) run and the median and p95 of the following runs, encrypted and
// plain, and the encrypted/plain ratio of the medians. Usage:
//   bench_case_records [--families N] [--seed S] [--reps R] [--cache-kib K] [--dir PATH] [--reuse]
// --reuse keeps the databases in --dir from an earlier run (same families and seed) instead of
// generating them again; the benchmark databases use a fixed, non-secret key for that.
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
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace jiahu;

namespace {

[[noreturn]] void die(const QString& what, const Error& error)
{
    std::fprintf(stderr, "bench: %s: %s\n", qPrintable(what), qPrintable(error.toString()));
    std::exit(1);
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
                               bool create)
{
    Database::Options o;
    o.path = path;
    o.key = key;
    o.create = create;
    o.cacheSizeKiB = cacheKiB;
    return check(Database::open(o), "open");
}

struct Timing {
    double first = 0, median = 0, p95 = 0;
    qint64 firstMisses = 0;  ///< pages read (and, encrypted, decrypted) by the cold run
    double missesPerRun = 0; ///< the same for the warm runs, on average
    QJsonObject json() const
    {
        return {{QStringLiteral("first_ms"), first},
                {QStringLiteral("median_ms"), median},
                {QStringLiteral("p95_ms"), p95},
                {QStringLiteral("first_page_misses"), double(firstMisses)},
                {QStringLiteral("page_misses_per_run"), missesPerRun}};
    }
};

Timing measure(Database& db, int reps, const std::function<void()>& run)
{
    QElapsedTimer t;
    Timing out;
    (void)db.pageCacheStats(true);
    t.start();
    run();
    out.first = t.nsecsElapsed() / 1e6;
    out.firstMisses = db.pageCacheStats(true).misses;
    QList<double> times;
    for (int i = 0; i < reps; ++i) {
        t.restart();
        run();
        times << t.nsecsElapsed() / 1e6;
    }
    out.missesPerRun = double(db.pageCacheStats(true).misses) / std::max(1, reps);
    std::sort(times.begin(), times.end());
    out.median = times[times.size() / 2];
    out.p95 = times[std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))];
    return out;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("families"), QStringLiteral("Families."),
                        QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"),
                        QStringLiteral("1")},
                       {QStringLiteral("reps"), QStringLiteral("Timed runs."), QStringLiteral("n"),
                        QStringLiteral("30")},
                       {QStringLiteral("cache-kib"), QStringLiteral("Page cache."),
                        QStringLiteral("n"), QStringLiteral("16384")},
                       {QStringLiteral("dir"), QStringLiteral("Where to keep the databases."),
                        QStringLiteral("path")},
                       {QStringLiteral("reuse"), QStringLiteral("Reuse the databases in --dir.")}});
    parser.process(app);
    const int families = parser.value(QStringLiteral("families")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int reps = parser.value(QStringLiteral("reps")).toInt();
    const int cacheKiB = parser.value(QStringLiteral("cache-kib")).toInt();
    QTemporaryDir tmp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && parser.isSet(QStringLiteral("dir"));
    // A benchmark database, not a secret: a fixed key so --reuse can open it again.
    SecureBytes key(Database::kKeyBytes);
    std::fill(key.data(), key.data() + Database::kKeyBytes, static_cast<unsigned char>(0x5a));

    QJsonObject generation;
    QJsonObject variants;
    struct Variant {
        const char* name;
        const SecureBytes* key;
    };
    const Variant kinds[] = {{"encrypted", &key}, {"plain", nullptr}};
    QHash<QString, QHash<QString, Timing>> results;
    QStringList order;

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
        // Reopen: a fresh connection with a cold page cache.
        auto db = open(path, v.key, cacheKiB, false);
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
        // the same statement prepared once and stepped through the C API, every column read.
        {
            const QByteArray sql = QByteArray(records::kFamilySelect) +
                                   "WHERE f.deleted_at IS NULL AND 1 AND f.status = 'open' "
                                   "ORDER BY f.risk_code DESC, f.last_activity_at DESC, f.id DESC "
                                   "LIMIT 51;";
            sqlite3_stmt* raw = nullptr;
            sqlite3_prepare_v2(db->handle(), sql.constData(), int(sql.size()), &raw, nullptr);
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
        int records = 0;
        add(QStringLiteral("open_family_file"), measure(*db, reps, [&] {
                const FamilyFile f =
                    check(familiesSvc.open(fileNo, QStringLiteral("bench")), "open");
                records = int(f.people.size() + f.followUps.size() + f.riskHistory.size() +
                              f.assessments.size() + f.referrals.size() + f.plans.size() +
                              f.guidance.size());
            }));
        variants.insert(
            name,
            QJsonObject{
                {QStringLiteral("first_page_rows"), rows},
                {QStringLiteral("filtered_rows"), filteredRows},
                {QStringLiteral("overdue_rows"), overdueRows},
                {QStringLiteral("opened_file_records"), records},
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

    QJsonObject timings;
    double worstRatio = 0;
    for (const QString& key : order) {
        const Timing enc = results[QStringLiteral("encrypted")].value(key);
        const Timing plain = results[QStringLiteral("plain")].value(key);
        const double ratio = plain.median > 0 ? enc.median / plain.median : 0;
        worstRatio = std::max(worstRatio, ratio);
        timings.insert(key, QJsonObject{{QStringLiteral("encrypted"), enc.json()},
                                        {QStringLiteral("plain"), plain.json()},
                                        {QStringLiteral("ratio_median"), ratio}});
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
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("case_records")},
                          {QStringLiteral("query_layer_vs_raw_sqlite"), layer},
                          {QStringLiteral("families"), families},
                          {QStringLiteral("seed"), double(seed)},
                          {QStringLiteral("reps"), reps},
                          {QStringLiteral("cache_kib"), cacheKiB},
                          {QStringLiteral("generation"), generation},
                          {QStringLiteral("data"), variants},
                          {QStringLiteral("timings"), timings},
                          {QStringLiteral("worst_ratio_median"), worstRatio},
                          {QStringLiteral("peak_rss_mib"), peakRssMiB()}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
