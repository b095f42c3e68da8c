// Many connections opening one database and writing at once, while another connection holds the
// write lock for a moment: every connection waits its turn (busy timeout from its first
// statement on); none fails with "database is locked".
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace jiahu;

class TestConcurrentWriters : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = test::fixedKey(0x21);

private Q_SLOTS:
    void writersWaitWhileAnotherHoldsTheLock()
    {
        const QString path = m_dir.filePath(QStringLiteral("parallel.jiahu"));
        {
            auto db = test::openDatabase(path, &m_key);
            QVERIFY(db);
            QVERIFY(db->exec("CREATE TABLE follow_ups(id INTEGER PRIMARY KEY, writer INTEGER, "
                             "n INTEGER);")
                        .ok());
        }
        constexpr int kWriters = 8;
        constexpr int kEach = 25;

        // The holder takes the write lock exclusively (as a checkpoint, a rekey or WAL recovery
        // does) and keeps it for a moment while the writers open the database.
        auto holder = test::openDatabase(path, &m_key, false);
        QVERIFY(holder);
        QVERIFY(holder->exec("PRAGMA locking_mode = EXCLUSIVE;").ok());
        QVERIFY(holder->exec("BEGIN EXCLUSIVE; INSERT INTO follow_ups(writer, n) VALUES (-1, 0);")
                    .ok());

        std::mutex mutex;
        QStringList failures;
        std::atomic<int> opened{0};
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                const auto fail = [&](const Error& e) {
                    std::lock_guard lock(mutex);
                    failures << QStringLiteral("writer %1: %2").arg(w).arg(e.toString());
                };
                Database::Options options;
                options.path = path;
                options.key = &m_key;
                options.busyTimeoutMs = 20000;
                auto db = Database::open(options);
                if (!db.ok())
                    return fail(db.error());
                ++opened;
                for (int i = 0; i < kEach; ++i) {
                    auto tx = Transaction::begin(*db.value());
                    if (!tx.ok())
                        return fail(tx.error());
                    auto ins =
                        db.value()->prepare("INSERT INTO follow_ups(writer, n) VALUES (?, ?);");
                    if (!ins.ok())
                        return fail(ins.error());
                    if (auto st = ins->bindAll(w, i).exec(); !st.ok())
                        return fail(st.error());
                    if (auto st = tx->commit(); !st.ok())
                        return fail(st.error());
                }
            });
        }
        QThread::msleep(400);
        QVERIFY(holder->exec("COMMIT;").ok());
        holder.reset(); // releases the exclusive lock
        for (auto& t : writers)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(opened.load(), kWriters);

        auto check = test::openDatabase(path, &m_key, false);
        QVERIFY(check);
        QCOMPARE(check->queryText("SELECT count(*) FROM follow_ups;").value().toInt(),
                 kWriters * kEach + 1);
        QVERIFY(check->integrityCheck().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
