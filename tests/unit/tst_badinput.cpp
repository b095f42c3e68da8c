// Wrong keys, truncated and garbage files: a clear error, and the file left byte-for-byte as it
// was.
#include "TestSupport.h"

#include "services/Vault.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QtTest>

#include <algorithm>

using namespace jiahu;

class TestBadInput : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = test::fixedKey();

    QString makeDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = test::openDatabase(path, &m_key);
        if (!db)
            return {};
        (void)db->exec("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('家访记录');");
        (void)db->checkpoint();
        return path;
    }
    static QByteArray hashOf(const QString& path)
    {
        return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
    }
    void expectRefusedUnchanged(const QString& path, const SecureBytes* key, ErrorCode expected)
    {
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        Database::Options options;
        options.path = path;
        options.key = key;
        auto db = Database::open(options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, expected);
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal/-shm left
    }

private Q_SLOTS:
    void wrongKey()
    {
        const QString path = makeDatabase(QStringLiteral("wrongkey.db"));
        const SecureBytes other = test::fixedKey(0x17);
        expectRefusedUnchanged(path, &other, ErrorCode::NotADatabase);
    }

    void noKeyOnEncryptedFile()
    {
        const QString path = makeDatabase(QStringLiteral("nokey.db"));
        expectRefusedUnchanged(path, nullptr, ErrorCode::NotADatabase);
    }

    void truncatedFile()
    {
        const QString path = makeDatabase(QStringLiteral("truncated.db"));
        QByteArray bytes = test::readAll(path);
        QVERIFY(bytes.size() > 4096);
        bytes.truncate(1000);
        QVERIFY(test::writeAll(path, bytes));
        expectRefusedUnchanged(path, &m_key, ErrorCode::Corrupt);
    }

    void emptyFileIsRefusedAndLeftEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        QVERIFY(test::writeAll(path, QByteArray()));
        expectRefusedUnchanged(path, &m_key, ErrorCode::Corrupt);
        expectRefusedUnchanged(path, nullptr, ErrorCode::Corrupt);
        // Not even "create" turns an existing empty file into a database.
        Database::Options options;
        options.path = path;
        options.key = &m_key;
        options.create = true;
        auto db = Database::open(options);
        QCOMPARE(test::errorOf(db).code, ErrorCode::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("empty")),
                 qPrintable(db.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QVERIFY(!QFile::exists(path + QLatin1String(companion)));
    }

    void sizeNotAWholeNumberOfPagesIsTruncated()
    {
        const QString path = makeDatabase(QStringLiteral("cut.db"));
        QByteArray bytes = test::readAll(path);
        bytes.truncate(4096 + 512); // the first page intact: SQLite alone would read it
        QVERIFY(test::writeAll(path, bytes));
        expectRefusedUnchanged(path, &m_key, ErrorCode::Corrupt);
        Database::Options options;
        options.path = path;
        options.key = &m_key;
        QVERIFY(
            test::errorOf(Database::open(options)).message.contains(QStringLiteral("truncated")));
        // A plain SQLite file is measured in its own page size.
        const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
        {
            auto db = test::openDatabase(plain, nullptr);
            QVERIFY(db && db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);").ok());
        }
        QVERIFY(test::openDatabase(plain, nullptr, false));
        QByteArray plainBytes = test::readAll(plain);
        plainBytes.append(100, '\0');
        QVERIFY(test::writeAll(plain, plainBytes));
        expectRefusedUnchanged(plain, nullptr, ErrorCode::Corrupt);
    }

    void emptyDatabaseBesideARealKeyring()
    {
        // The reported case: the database file became 0 bytes, its keyring is intact.
        const QString path = m_dir.filePath(QStringLiteral("emptied.jiahu"));
        QVERIFY(Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                              test::secret("admin-password-1"))
                    .ok());
        QVERIFY(test::writeAll(path, QByteArray()));
        const QString keyring = path + QStringLiteral(".keyring");
        const QByteArray keyringBefore = test::readAll(keyring);
        auto vault = Vault::unlock(path, QStringLiteral("admin"), test::secret("admin-password-1"));
        QCOMPARE(test::errorOf(vault).code, ErrorCode::Corrupt);
        QVERIFY2(vault.error().message.contains(QStringLiteral("empty")),
                 qPrintable(vault.error().message));
        QVERIFY(!vault.error().message.contains(QStringLiteral("keyring")));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(test::readAll(keyring), keyringBefore);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QVERIFY(!QFile::exists(path + QLatin1String(companion)));

        // doctor says so, with and without signing in, and changes nothing either.
        const auto mentionsEmpty = [](const HealthReport& report) {
            return std::any_of(report.findings.begin(), report.findings.end(),
                               [](const HealthReport::Finding& f) {
                                   return f.problem && f.text.contains(QStringLiteral("empty"));
                               });
        };
        const HealthReport files = Vault::inspectFiles(path);
        QVERIFY(!files.healthy());
        QVERIFY(mentionsEmpty(files));
        auto signedIn =
            Vault::diagnose(path, QStringLiteral("admin"), test::secret("admin-password-1"));
        QVERIFY(signedIn.ok());
        QVERIFY(!signedIn->healthy());
        QVERIFY(mentionsEmpty(signedIn.value()));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(test::readAll(keyring), keyringBefore);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QVERIFY(!QFile::exists(path + QLatin1String(companion)));
    }

    void garbageFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 131 + 7) & 0xFF);
        QVERIFY(test::writeAll(path, junk));
        expectRefusedUnchanged(path, &m_key, ErrorCode::NotADatabase);
    }

    void tamperedPageIsDetected()
    {
        const QString path = makeDatabase(QStringLiteral("tampered.db"));
        QByteArray bytes = test::readAll(path);
        bytes[4096 + 100] = char(bytes[4096 + 100] ^ 0x01); // a byte in page 2
        QVERIFY(test::writeAll(path, bytes));
        const QByteArray before = hashOf(path);
        auto db = test::openDatabase(path, &m_key, false);
        QVERIFY(db); // page 1 is intact, so the key is proven...
        {
            auto st = db->prepare("SELECT body FROM notes;");
            const bool failed = !st.ok() || !st->step().ok();
            QVERIFY(failed); // ...but the HMAC of the altered page fails when it is read
        }
        db.reset();
        QCOMPARE(hashOf(path), before);
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        Database::Options options;
        options.path = path;
        options.key = &m_key;
        auto db = Database::open(options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void vaultOnGarbageKeepsBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("vaultgarbage.jiahu"));
        QVERIFY(test::writeAll(path, QByteArray(8192, 'x')));
        QVERIFY(test::writeAll(path + QStringLiteral(".keyring"), QByteArray("{not json")));
        const QByteArray before = hashOf(path);
        auto vault =
            Vault::unlock(path, QStringLiteral("admin"), test::secret("whatever-password"));
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().code, ErrorCode::KeyringDamaged);
        QCOMPARE(hashOf(path), before);
        QCOMPARE(test::readAll(path + QStringLiteral(".keyring")), QByteArray("{not json"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
