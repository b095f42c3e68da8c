// The RAII SQLCipher layer: types, NULLs, blobs, transactions, the statement cache, migrations.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlFunctions.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <sqlite3.h>

using namespace jiahu;

class TestStorage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = test::fixedKey();
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("s.db")), &m_key);
        QVERIFY(m_db);
        QVERIFY(m_db->exec("DROP TABLE IF EXISTS t; CREATE TABLE t(id INTEGER PRIMARY KEY, "
                           "i INTEGER, r REAL, s TEXT, b BLOB);")
                    .ok());
    }
    void cleanup() { m_db.reset(); }

    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<qint64>("i");
        QTest::addColumn<double>("r");
        QTest::addColumn<QString>("s");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("ascii") << qint64(42) << 3.5 << QStringLiteral("hello")
                               << QByteArray("\x00\x01\xff", 3);
        QTest::newRow("extremes") << std::numeric_limits<qint64>::min() << -1e308 << QString()
                                  << QByteArray();
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2.2250738585072014e-308
                             << QStringLiteral("") << QByteArray("");
        QTest::newRow("chinese") << qint64(-1) << 0.1 << QStringLiteral("张伟 红码 家庭教育令")
                                 << QByteArray(1, '\0');
        QTest::newRow("beyond BMP")
            << qint64(0) << 0.0 << QString::fromUtf8("吉野家の𠮷 and 😀") << QByteArray("x");
    }
    void everyTypeRoundTrips()
    {
        QFETCH(qint64, i);
        QFETCH(double, r);
        QFETCH(QString, s);
        QFETCH(QByteArray, b);
        auto ins = m_db->prepare("INSERT INTO t(i, r, s, b) VALUES (?, ?, ?, ?);");
        QVERIFY(ins.ok());
        QVERIFY(ins->bindAll(i, r, s, b).exec().ok());
        auto sel = m_db->prepare("SELECT i, r, s, b, typeof(s), typeof(b) FROM t;");
        QVERIFY(sel.ok());
        auto row = sel->step();
        QVERIFY(row.ok() && row.value());
        QCOMPARE(sel->int64(0), i);
        QCOMPARE(sel->real(1), r);
        QCOMPARE(sel->text(2), s);
        QCOMPARE(sel->isNull(2), s.isNull());
        QCOMPARE(sel->blob(3), b);
        QCOMPARE(sel->isNull(3), b.isNull());
        // A non-null empty string stays text, not NULL.
        if (!s.isNull())
            QCOMPARE(sel->text(4), QStringLiteral("text"));
        if (!b.isNull())
            QCOMPARE(sel->text(5), QStringLiteral("blob"));
    }

    void explicitNullsAndOptionals()
    {
        auto ins = m_db->prepare("INSERT INTO t(i, r, s, b) VALUES (?, ?, ?, ?);");
        QVERIFY(ins.ok());
        ins->bind(1, nullptr)
            .bind(2, std::optional<double>())
            .bindNull(3)
            .bind(4, std::optional<qint64>(7));
        QVERIFY(ins->exec().ok());
        auto sel = m_db->prepare("SELECT i, r, s, b FROM t;");
        QVERIFY(sel->step().value());
        QVERIFY(sel->isNull(0));
        QVERIFY(sel->isNull(1));
        QVERIFY(sel->isNull(2));
        QCOMPARE(sel->int64(3), 7);
    }

    void largeBlobsRoundTrip()
    {
        QByteArray big(6 * 1024 * 1024 + 123, Qt::Uninitialized);
        QRandomGenerator rng(7);
        rng.fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        auto ins = m_db->prepare("INSERT INTO t(b) VALUES (?);");
        QVERIFY(ins->bind(1, big).exec().ok());
        auto sel = m_db->prepare("SELECT b, length(b) FROM t;");
        QVERIFY(sel->step().value());
        QCOMPARE(sel->int64(1), big.size());
        QCOMPARE(sel->blob(0), big);
    }

    void statementRunsAgainWithNewBindings()
    {
        auto ins = m_db->prepare("INSERT INTO t(i) VALUES (?);");
        for (int i = 0; i < 5; ++i)
            QVERIFY(ins->bind(1, i).exec().ok());
        auto count = m_db->prepare("SELECT count(*), sum(i) FROM t;");
        QVERIFY(count->step().value());
        QCOMPARE(count->int64(0), 5);
        QCOMPARE(count->int64(1), 10);
    }

    void transactionRollsBackWhenLeftUncommitted()
    {
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(tx.ok());
            auto ins = m_db->prepare("INSERT INTO t(i) VALUES (1);");
            QVERIFY(ins->exec().ok());
            QVERIFY(m_db->inTransaction());
        } // no commit
        QVERIFY(!m_db->inTransaction());
        auto count = m_db->prepare("SELECT count(*) FROM t;");
        QVERIFY(count->step().value());
        QCOMPARE(count->int64(0), 0);

        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(m_db->prepare("INSERT INTO t(i) VALUES (2);")->exec().ok());
            QVERIFY(tx->commit().ok());
        }
        auto again = m_db->prepare("SELECT count(*) FROM t;");
        QVERIFY(again->step().value());
        QCOMPARE(again->int64(0), 1);
    }

    void nestedTransactionIsASavepoint()
    {
        QVERIFY(m_db->exec("CREATE TABLE nest(x INTEGER);").ok());
        auto outer = Transaction::begin(*m_db);
        QVERIFY(outer.ok());
        QVERIFY(m_db->exec("INSERT INTO nest VALUES (1);").ok());
        {
            auto dropped = Transaction::begin(*m_db);
            QVERIFY(dropped.ok());
            QVERIFY(dropped->isNested());
            QVERIFY(m_db->exec("INSERT INTO nest VALUES (2);").ok());
        } // rolled back to its savepoint: only 2 goes
        {
            auto kept = Transaction::begin(*m_db);
            QVERIFY(m_db->exec("INSERT INTO nest VALUES (3);").ok());
            QVERIFY(kept->commit().ok());
        }
        QVERIFY(m_db->inTransaction());
        QVERIFY(outer->commit().ok());
        QCOMPARE(
            m_db->queryText("SELECT group_concat(x) FROM (SELECT x FROM nest ORDER BY x);").value(),
            QStringLiteral("1,3"));
    }

    void statementCacheReusesPreparedStatements()
    {
        const QByteArray sql = "SELECT count(*) FROM t WHERE i > ?;";
        const auto before = m_db->cacheStats();
        sqlite3_stmt* first = nullptr;
        {
            auto st = m_db->prepare(sql);
            QVERIFY(st.ok());
            first = st->handle();
            QVERIFY(st->bind(1, 0).step().ok());
        }
        {
            auto st = m_db->prepare(sql);
            QCOMPARE(st->handle(), first); // same compiled statement, reset and rebound
            QVERIFY(st->bind(1, 0).step().value());
            QCOMPARE(st->int64(0), 0);
            // The same SQL while the cached copy is in use gets its own statement.
            auto nested = m_db->prepare(sql);
            QVERIFY(nested->handle() != first);
        }
        const auto after = m_db->cacheStats();
        QCOMPARE(after.hits - before.hits, 1);
        QCOMPARE(after.misses - before.misses, 2);
    }

    void syntaxErrorIsAnError()
    {
        auto st = m_db->prepare("SELEKT nonsense;");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Storage);
        QVERIFY(st.error().detail.contains(QStringLiteral("syntax")));
    }

    void migrationsRunInOrderOnce()
    {
        static constexpr Migration steps[] = {
            {1, "create", "CREATE TABLE m(a INTEGER); INSERT INTO m VALUES (1);"},
            {2, "alter", "ALTER TABLE m ADD COLUMN b TEXT; UPDATE m SET b = 'two';"},
            {3, "more", "INSERT INTO m(a, b) SELECT a + 1, b || '+3' FROM m;"},
        };
        QVERIFY(Migrator::migrate(*m_db, std::span(steps, 2)).ok());
        QCOMPARE(m_db->userVersion().value(), 2);
        QVERIFY(Migrator::migrate(*m_db, steps).ok()); // only step 3 runs now
        QCOMPARE(m_db->userVersion().value(), 3);
        QVERIFY(Migrator::migrate(*m_db, steps).ok()); // nothing to do
        auto st = m_db->prepare("SELECT count(*), group_concat(b, ',') FROM m;");
        QVERIFY(st->step().value());
        QCOMPARE(st->int64(0), 2);
        QCOMPARE(st->text(1), QStringLiteral("two,two+3"));
    }

    void failedMigrationRollsBackOnlyItself()
    {
        static constexpr Migration steps[] = {
            {1, "ok", "CREATE TABLE m1(a);"},
            {2, "broken", "CREATE TABLE m2(a); INSERT INTO nowhere VALUES (1);"},
        };
        auto st = Migrator::migrate(*m_db, steps);
        QVERIFY(!st.ok());
        QVERIFY(st.error().detail.contains(QStringLiteral("migration 2")));
        QCOMPARE(m_db->userVersion().value(), 1);
        auto probe = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'm2';");
        QVERIFY(probe->step().value());
        QCOMPARE(probe->int64(0), 0);
    }

    void migrationsOutOfOrderAreRejected()
    {
        static constexpr Migration steps[] = {{1, "a", "SELECT 1;"}, {3, "c", "SELECT 1;"}};
        auto st = Migrator::migrate(*m_db, steps);
        QVERIFY(!st.ok());
        QCOMPARE(m_db->userVersion().value(), 0);
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        static constexpr Migration steps[] = {{1, "a", "CREATE TABLE m(a);"}};
        QVERIFY(m_db->setUserVersion(9).ok());
        auto st = Migrator::migrate(*m_db, steps);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::NewerVersion);
        QVERIFY(st.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(m_db->userVersion().value(), 9);
        auto probe = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'm';");
        QVERIFY(probe->step().value());
        QCOMPARE(probe->int64(0), 0);
    }

    void jsonStringLiteralEscapesEverythingAndRepairsUtf8_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
        QTest::newRow("quotes and backslashes")
            << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("short escapes")
            << QByteArray("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("other controls, NUL kept")
            << QByteArray("a\0b\x0B\x1F\x01", 6)
            << QByteArray("\"a\\u0000b\\u000b\\u001f\\u0001\"");
        QTest::newRow("DEL, slash and U+2028 are valid JSON")
            << QByteArray("\x7F/\xE2\x80\xA8") << QByteArray("\"\x7F/\xE2\x80\xA8\"");
        QTest::newRow("valid UTF-8 kept") << QString::fromUcs4(U"家𠮷").toUtf8()
                                          << ('"' + QString::fromUcs4(U"家𠮷").toUtf8() + '"');
        QTest::newRow("stray continuation")
            << QByteArray("a\x80z") << QByteArray("\"a\xEF\xBF\xBDz\"");
        QTest::newRow("overlong") << QByteArray("\xC0\xAF")
                                  << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
        QTest::newRow("encoded surrogate")
            << QByteArray("\xED\xA0\x80") << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
        QTest::newRow("truncated at the end")
            << QByteArray("x\xE4\xB8") << QByteArray("\"x\xEF\xBF\xBD\"");
        QTest::newRow("truncated before ASCII")
            << QByteArray("\xF0\x9F\x98\"") << QByteArray("\"\xEF\xBF\xBD\\\"\"");
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80")
                                        << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                                                      "\xEF\xBF\xBD\"");
        QTest::newRow("0xFF") << QByteArray("\xFF") << QByteArray("\"\xEF\xBF\xBD\"");
    }

    void jsonStringLiteralEscapesEverythingAndRepairsUtf8()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        const QByteArray literal = SqlFunctions::jsonStringLiteral(in);
        QCOMPARE(literal, out);
        QJsonParseError error;
        QJsonDocument::fromJson("[" + literal + "]", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void jsonTextFunctionIsOnEveryConnection()
    {
        // Also on a connection without a key, and on a second one.
        auto plain = test::openDatabase(m_dir.filePath(QStringLiteral("plain-fn.db")), nullptr);
        for (Database* db : {m_db.get(), plain.get()}) {
            QVERIFY(db);
            auto st = db->prepare("SELECT jiahu_json_text(?), jiahu_json_text(NULL), "
                                  "jiahu_json_text(42);");
            QVERIFY(st.ok());
            static const char bytes[] = "tab\there\0nul\x0B\xFF";
            QCOMPARE(
                sqlite3_bind_text(st->handle(), 1, bytes, int(sizeof bytes - 1), SQLITE_STATIC),
                SQLITE_OK);
            QVERIFY(st->step().value());
            QCOMPARE(st->blob(0),
                     QByteArray("\"tab\\there\\u0000nul\\u000b") + QByteArray("\xEF\xBF\xBD\""));
            QVERIFY(st->isNull(1));
            QCOMPARE(st->text(2), QStringLiteral("\"42\""));
        }
    }

    void loneSurrogateIsStoredAsReplacementCharacter()
    {
        const QString text = QStringLiteral("a") + QChar(0xDC00) + QStringLiteral("b") +
                             QString::fromUcs4(U"𠮷") + QChar(0xD800);
        auto ins = m_db->prepare("INSERT INTO t(s) VALUES (?);");
        QVERIFY(ins->bind(1, text).exec().ok());
        QCOMPARE(m_db->queryText("SELECT s FROM t;").value(),
                 QStringLiteral("a") + QChar(QChar::ReplacementCharacter) + QStringLiteral("b") +
                     QString::fromUcs4(U"𠮷") + QChar(QChar::ReplacementCharacter));
    }

    void pragmasAreSet()
    {
        QCOMPARE(m_db->queryText("PRAGMA journal_mode;").value(), QStringLiteral("wal"));
        QCOMPARE(m_db->queryText("PRAGMA foreign_keys;").value(), QStringLiteral("1"));
        QCOMPARE(m_db->queryText("PRAGMA synchronous;").value(), QStringLiteral("2")); // FULL
        QCOMPARE(m_db->queryText("PRAGMA temp_store;").value(), QStringLiteral("2"));  // MEMORY
        QCOMPARE(m_db->queryText("PRAGMA cipher_page_size;").value(), QStringLiteral("4096"));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
