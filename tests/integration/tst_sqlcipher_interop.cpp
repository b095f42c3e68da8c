// The database is a standard SQLCipher file: Debian's sqlcipher shell opens it with the raw key,
// and plain sqlite3 cannot read it.
#include "TestSupport.h"

#include <QProcess>
#include <QtTest>

using namespace jiahu;

class TestSqlcipherInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    SecureBytes m_key = test::fixedKey(0x5a);

    static QString run(const QString& program, const QStringList& args, const QByteArray& input,
                       int* exitCode)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForStarted())
            return QStringLiteral("<not started>");
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("interop.db"));
        auto db = test::openDatabase(m_path, &m_key);
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE families(name TEXT, code TEXT);").ok());
        auto ins = db->prepare("INSERT INTO families VALUES (?, ?);");
        QVERIFY(ins->bindAll(QStringLiteral("张三家庭"), QStringLiteral("red")).exec().ok());
        QVERIFY(ins->bindAll(QStringLiteral("李四家庭"), QStringLiteral("blue")).exec().ok());
        QVERIFY(db->checkpoint().ok());
    }

    void sqlcipherShellOpensWithRawKey()
    {
        const QByteArray script = "PRAGMA key = \"x'" + test::keyHex(m_key) +
                                  "'\";\nPRAGMA cipher_page_size = 4096;\n"
                                  "SELECT name || ':' || code FROM families ORDER BY rowid;\n";
        int code = -1;
        const QString out = run(QStringLiteral(SQLCIPHER_SHELL), {m_path}, script, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("张三家庭:red")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("李四家庭:blue")), qPrintable(out));
    }

    void sqlcipherShellWithWrongKeyFails()
    {
        const QByteArray script =
            "PRAGMA key = \"x'" + test::keyHex(test::fixedKey(0x01)) +
            "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM families;\n";
        int code = -1;
        const QString out = run(QStringLiteral(SQLCIPHER_SHELL), {m_path}, script, &code);
        QVERIFY2(out.contains(QStringLiteral("not a database")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("张三")));
    }

    void plainSqliteCannotReadIt()
    {
        int code = -1;
        const QString out =
            run(QStringLiteral(SQLITE3_SHELL), {m_path}, "SELECT * FROM families;\n", &code);
        QVERIFY(code != 0 || out.contains(QStringLiteral("not a database")));
        QVERIFY2(out.contains(QStringLiteral("not a database")) ||
                     out.contains(QStringLiteral("encrypted")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("张三")));
    }
};

QTEST_GUILESS_MAIN(TestSqlcipherInterop)
#include "tst_sqlcipher_interop.moc"
