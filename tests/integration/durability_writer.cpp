// Test helper: commits numbered rows one transaction at a time and prints each number only after
// its COMMIT returned. Killed at random by tst_durability. Reads the key (64 hex digits) on stdin.
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

using namespace jiahu;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: durability_writer DB FIRST [PAUSE_MS]\n");
        return 2;
    }
    std::string hex;
    std::getline(std::cin, hex);
    QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hex));
    SecureBytes key = SecureBytes::takeFrom(raw);
    Database::Options options;
    options.path = QString::fromLocal8Bit(argv[1]);
    options.key = key.isEmpty() ? nullptr : &key;
    options.create = true;
    auto db = Database::open(options);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    if (!db.value()
             ->exec("CREATE TABLE IF NOT EXISTS numbers(n INTEGER PRIMARY KEY, pad BLOB);")
             .ok())
        return 1;
    const qint64 first = QByteArray(argv[2]).toLongLong();
    const int pauseMs = argc > 3 ? QByteArray(argv[3]).toInt() : 0;
    std::printf("ready\n");
    std::fflush(stdout);
    const QByteArray pad(700, 'p'); // a few rows fill a page, so commits touch several pages
    for (qint64 n = first;; ++n) {
        auto tx = Transaction::begin(*db.value());
        if (!tx.ok())
            return 1;
        auto ins = db.value()->prepare("INSERT INTO numbers(n, pad) VALUES (?, ?);");
        if (!ins.ok() || !ins->bindAll(n, pad).exec().ok())
            return 1;
        if (!tx->commit().ok())
            return 1;
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        if (pauseMs)
            QThread::msleep(pauseMs);
    }
}
