// Foundation benchmark: JSON on stdout. Unlock time at the release Argon2id cost; insert and
// point-read rates through the store, encrypted and unencrypted (same library, no key), and their
// ratios, all measured in one run.
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace jiahu;

namespace {

struct Rates {
    double insertsPerSec = 0;
    double readsPerSec = 0;
    double fileMiB = 0;
};

Rates measureStore(const QString& path, const SecureBytes* key, int rows, int reads)
{
    Database::Options options;
    options.path = path;
    options.key = key;
    options.create = true;
    auto db = Database::open(options);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        std::exit(1);
    }
    Database& d = *db.value();
    (void)d.exec("CREATE TABLE followups(id INTEGER PRIMARY KEY, family TEXT, kind TEXT, "
                 "notes TEXT, at INTEGER);");
    const QString note =
        QStringLiteral("入户走访，祖父母监护，孩子按时上学，情绪稳定；约定下次回访时间。");
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 1000;
    for (int i = 0; i < rows; i += kBatch) {
        auto tx = Transaction::begin(d);
        auto ins =
            d.prepare("INSERT INTO followups(id, family, kind, notes, at) VALUES (?, ?, ?, ?, ?);");
        for (int j = i; j < std::min(rows, i + kBatch); ++j)
            (void)ins
                ->bindAll(qint64(j + 1),
                          QStringLiteral("XY-2026-%1").arg(j % 5000, 5, 10, QLatin1Char('0')),
                          QStringLiteral("home_visit"), note, qint64(1700000000000LL + j))
                .exec();
        (void)tx->commit();
    }
    Rates r;
    r.insertsPerSec = rows / (timer.nsecsElapsed() / 1e9);
    (void)d.checkpoint();

    QRandomGenerator rng(42);
    timer.restart();
    qint64 checksum = 0;
    for (int i = 0; i < reads; ++i) {
        auto st = d.prepare("SELECT notes, at FROM followups WHERE id = ?;");
        st->bind(1, qint64(rng.bounded(rows) + 1));
        if (st->step().value())
            checksum += st->int64(1) + st->text(0).size();
    }
    r.readsPerSec = reads / (timer.nsecsElapsed() / 1e9);
    if (checksum == 0)
        std::fprintf(stderr, "no rows read\n");
    r.fileMiB = QFileInfo(path).size() / (1024.0 * 1024.0);
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const int reads = argc > 2 ? QByteArray(argv[2]).toInt() : 200000;
    QTemporaryDir dir;

    // Unlock at the release cost (Argon2id 256 MiB, 3 passes): median of 3.
    const QString vaultPath = dir.filePath(QStringLiteral("bench.jiahu"));
    const SecureBytes password = SecureBytes::copyOf("benchmark-password-1");
    QElapsedTimer timer;
    timer.start();
    auto created =
        Vault::create({vaultPath, QStringLiteral("admin"), {}, KdfParams::release()}, password);
    const double createMs = timer.nsecsElapsed() / 1e6;
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    created.value().vault.reset();
    QList<double> unlocks;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        auto v = Vault::unlock(vaultPath, QStringLiteral("admin"), password);
        unlocks << timer.nsecsElapsed() / 1e6;
        if (!v.ok())
            return 1;
    }

    // Alternate plain and encrypted runs so both see the same machine state; keep the medians.
    QList<double> encIns, encRead, plainIns, plainRead;
    double encMiB = 0, plainMiB = 0;
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    for (int round = 0; round < 3; ++round) {
        const Rates p = measureStore(dir.filePath(QStringLiteral("plain%1.db").arg(round)), nullptr,
                                     rows, reads);
        const Rates e =
            measureStore(dir.filePath(QStringLiteral("enc%1.db").arg(round)), &key, rows, reads);
        plainIns << p.insertsPerSec;
        plainRead << p.readsPerSec;
        encIns << e.insertsPerSec;
        encRead << e.readsPerSec;
        encMiB = e.fileMiB;
        plainMiB = p.fileMiB;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    const QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("foundation")},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("point_reads"), reads},
        {QStringLiteral("argon2id"), QStringLiteral("256 MiB, 3 passes (release default)")},
        {QStringLiteral("create_database_ms"), createMs},
        {QStringLiteral("unlock_ms_median"), median(unlocks)},
        {QStringLiteral("insert_rows_per_s_encrypted"), median(encIns)},
        {QStringLiteral("insert_rows_per_s_plain"), median(plainIns)},
        {QStringLiteral("insert_ratio_plain_over_encrypted"), median(plainIns) / median(encIns)},
        {QStringLiteral("point_reads_per_s_encrypted"), median(encRead)},
        {QStringLiteral("point_reads_per_s_plain"), median(plainRead)},
        {QStringLiteral("read_ratio_plain_over_encrypted"), median(plainRead) / median(encRead)},
        {QStringLiteral("file_mib_encrypted"), encMiB},
        {QStringLiteral("file_mib_plain"), plainMiB},
        {QStringLiteral("page_cache_kib"), Database::Options().cacheSizeKiB},
        {QStringLiteral("peak_rss_mib"), usage.ru_maxrss / 1024.0},
    };
    std::puts(QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
