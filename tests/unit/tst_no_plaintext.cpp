// No plaintext of case data on disk: markers written through the store never appear in any file.
#include "TestSupport.h"

#include "CaseFixture.h"

#include "services/AttachmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/Vault.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace jiahu;

namespace {
const QString kChineseMarker = QStringLiteral("王小明家暴线索标记甲乙丙");
const QString kAsciiMarker = QStringLiteral("MARKER-leak-canary-5d1c2e");
} // namespace

class TestNoPlaintext : public QObject {
    Q_OBJECT
private:
    void writeMarkers(Database& db, int rows)
    {
        QVERIFY(
            db.exec(
                  "CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, body TEXT, raw BLOB);")
                .ok());
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        auto ins = db.prepare("INSERT INTO notes(body, raw) VALUES (?, ?);");
        for (int i = 0; i < rows; ++i) {
            const QString body = kChineseMarker + QString::number(i) + u' ' + kAsciiMarker;
            QVERIFY(ins->bindAll(body, kAsciiMarker.toUtf8()).exec().ok());
        }
        QVERIFY(tx->commit().ok());
    }
    void expectNoMarkers(const QString& dbPath)
    {
        const QStringList files = test::databaseFiles(dbPath);
        QVERIFY(!files.isEmpty());
        QCOMPARE(test::filesContaining(files, kChineseMarker), QStringList());
        QCOMPARE(test::filesContaining(files, kAsciiMarker), QStringList());
        QCOMPARE(test::filesContaining(files, QStringLiteral("王小明")), QStringList());
    }

private Q_SLOTS:
    void caseRecordsOutboxSearchIndexAndAttachmentsStayEncrypted()
    {
        // Through the services: the records, their change_log rows (JSON copies of the values),
        // the FTS4 search index (which stores Latin words whole) and attachment content.
        test::CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = test::CaseFixture::kTownA;
        nf.notes = kChineseMarker + u' ' + kAsciiMarker;
        auto family = FamilyService(fx.as(QStringLiteral("worker"))).add(nf);
        QVERIFY(family.ok());
        Person p;
        p.familyId = family->id;
        p.name = QStringLiteral("王小明");
        QVERIFY(PersonService(fx.as(QStringLiteral("worker"))).add(p).ok());
        FollowUp x;
        x.familyId = family->id;
        x.kind = FollowUpKind::HomeVisit;
        x.date = fx.as(QStringLiteral("worker")).today();
        x.notes = kAsciiMarker + u' ' + kChineseMarker;
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker"))).add(x).ok());
        QVERIFY(AttachmentService(fx.as(QStringLiteral("worker")))
                    .add(family->id, QStringLiteral("a.txt"), kAsciiMarker.toUtf8())
                    .ok());
        // In the database it is all there (the search index finds the Latin word) ...
        QVERIFY(fx.db()
                    .queryText("SELECT count(*) FROM change_log WHERE fields LIKE '%MARKER-leak%';")
                    .value()
                    .toInt() >= 2);
        // ... and no file holds it, before or after a checkpoint.
        expectNoMarkers(fx.path());
        QVERIFY(fx.db().checkpoint().ok());
        expectNoMarkers(fx.path());
    }

    void scannerFindsPlaintextInUnencryptedDatabase()
    {
        // The scan itself must be able to fail: on a plain database it finds the markers.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        auto db = test::openDatabase(path, nullptr);
        QVERIFY(db);
        writeMarkers(*db, 20);
        QVERIFY(!test::filesContaining(test::databaseFiles(path), kChineseMarker).isEmpty());
        QVERIFY(!test::filesContaining(test::databaseFiles(path), kAsciiMarker).isEmpty());
        // UTF-16 detection works too.
        const QString utf16File = dir.filePath(QStringLiteral("utf16.txt"));
        QVERIFY(test::writeAll(utf16File,
                               QByteArray(reinterpret_cast<const char*>(kChineseMarker.utf16()),
                                          kChineseMarker.size() * 2)));
        QCOMPARE(test::filesContaining({utf16File}, kChineseMarker), QStringList{utf16File});
    }

    void walBeforeCheckpoint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.jiahu"));
        auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                     test::secret("correct horse battery"));
        QVERIFY(created.ok());
        writeMarkers(created->vault->database(), 200);
        // The connection is still open: the rows live in the WAL, not yet in the main file.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        expectNoMarkers(path);
    }

    void afterCheckpointAndClose()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ckpt.jiahu"));
        {
            auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                         test::secret("correct horse battery"));
            QVERIFY(created.ok());
            writeMarkers(created->vault->database(), 200);
            QVERIFY(created->vault->database().checkpoint().ok());
            expectNoMarkers(path);
        }
        expectNoMarkers(path);
    }

    void largeSortNeedsNoTempFiles()
    {
        // temp_store=MEMORY: sorting and temporary indexes never spill plaintext to temp files.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sort.db"));
        const SecureBytes key = test::fixedKey();
        auto db = test::openDatabase(path, &key);
        QVERIFY(db);
        writeMarkers(*db, 3000);
        auto st = db->prepare("SELECT body FROM notes ORDER BY body DESC, raw;");
        int n = 0;
        while (st->step().value())
            ++n;
        QCOMPARE(n, 3000);
        QCOMPARE(db->queryText("PRAGMA temp_store;").value(), QStringLiteral("2"));
        expectNoMarkers(path);
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "tst_no_plaintext.moc"
