// Durability: a writer killed with SIGKILL at random moments, 20 times, never loses a commit it
// reported, and the database always passes its integrity check.
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace jiahu;

class TestDurability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("durable.db"));
        const SecureBytes key = test::fixedKey(0x33);
        QRandomGenerator rng(20261123);
        QSet<qint64> reported;
        qint64 next = 1;
        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(DURABILITY_WRITER), {path, QString::number(next)});
            QVERIFY(writer.waitForStarted());
            writer.write(test::keyHex(key) + '\n');
            writer.closeWriteChannel();
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(int(rng.bounded(30, 400)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                bool ok = false;
                const qint64 n = line.toLongLong(&ok);
                if (ok)
                    reported.insert(n);
            }

            auto db = test::openDatabase(path, &key, false);
            QVERIFY(db);
            auto problems = db->integrityCheck();
            QVERIFY(problems.ok());
            QCOMPARE(problems.value(), QStringList());
            auto st = db->prepare("SELECT n FROM numbers;");
            QSet<qint64> stored;
            while (st->step().value())
                stored.insert(st->int64(0));
            for (qint64 n : reported)
                QVERIFY2(
                    stored.contains(n),
                    qPrintable(QStringLiteral("lost commit %1 in round %2").arg(n).arg(round)));
            qint64 maxStored = 0;
            for (qint64 n : stored)
                maxStored = std::max(maxStored, n);
            next = maxStored + 1;
        }
        QVERIFY2(reported.size() > 100, qPrintable(QString::number(reported.size())));
        qInfo() << "commits reported and verified:" << reported.size();
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
