// Online backup while another process keeps writing: the copy is a consistent snapshot.
#include "TestSupport.h"

#include "storage/Backup.h"

#include <QProcess>
#include <QtTest>

using namespace jiahu;

class TestBackupConcurrent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backupWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        const SecureBytes key = test::fixedKey(0x21);
        QProcess writer;
        writer.start(QStringLiteral(DURABILITY_WRITER),
                     {path, QStringLiteral("1"), QStringLiteral("1")});
        QVERIFY(writer.waitForStarted());
        writer.write(test::keyHex(key) + '\n');
        writer.closeWriteChannel();
        QVERIFY(writer.waitForReadyRead(10000));
        QTest::qWait(500);

        auto db = test::openDatabase(path, &key, false);
        QVERIFY(db);
        QStringList backups;
        for (int i = 0; i < 3; ++i) {
            const QString dest = dir.filePath(QStringLiteral("copy%1.db").arg(i));
            auto st = DatabaseFiles::backup(*db, dest, &key);
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
            backups << dest;
            QTest::qWait(200);
        }
        QCOMPARE(writer.state(), QProcess::Running); // the writer was never blocked out
        writer.kill();
        writer.waitForFinished();

        qint64 previousMax = 0;
        for (const QString& dest : backups) {
            auto copy = test::openDatabase(dest, &key, false);
            QVERIFY(copy);
            QCOMPARE(copy->integrityCheck().value(), QStringList());
            auto st = copy->prepare("SELECT count(*), min(n), max(n) FROM numbers;");
            QVERIFY(st->step().value());
            // Each transaction added the next number, so a consistent snapshot has no gaps.
            QCOMPARE(st->int64(0), st->int64(2) - st->int64(1) + 1);
            QCOMPARE(st->int64(1), 1);
            QVERIFY(st->int64(2) > previousMax); // later backups saw later commits
            previousMax = st->int64(2);
            // The copy is encrypted with the same key and unreadable without it.
            Database::Options o;
            o.path = dest;
            QVERIFY(!Database::open(o).ok());
        }
        auto again = DatabaseFiles::backup(*db, backups.first(), &key);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestBackupConcurrent)
#include "tst_backup_concurrent.moc"
