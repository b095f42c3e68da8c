// Search tokens: CJK bigrams, Latin words, and real FTS4 queries in an encrypted database.
#include "TestSupport.h"

#include "search/SearchTokens.h"

#include <QtTest>

using namespace jiahu;

class TestSearchTokens : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = test::fixedKey();
    std::unique_ptr<Database> m_db;

    QStringList search(const QString& query)
    {
        const QString match = SearchTokens::matchExpression(query);
        if (match.isEmpty())
            return {};
        auto st = m_db->prepare("SELECT d.label FROM docs d JOIN docs_fts f ON f.docid = d.id "
                                "WHERE docs_fts MATCH ? ORDER BY d.id;");
        if (!st.ok()) {
            qWarning() << st.error().toString();
            return {QStringLiteral("<error>")};
        }
        QStringList labels;
        auto done = st->bind(1, match).forEachRow([&] { labels << st->text(0); });
        if (!done.ok())
            return {QStringLiteral("<error: ") + done.error().detail + u'>'};
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("fts.db")), &m_key);
        QVERIFY(m_db);
        QVERIFY(m_db->exec("CREATE TABLE docs(id INTEGER PRIMARY KEY, label TEXT);"
                           "CREATE VIRTUAL TABLE docs_fts USING fts4(body, tokenize=simple);")
                    .ok());
        const QList<QPair<QString, QString>> docs = {
            {QStringLiteral("zhangwei"), QStringLiteral("张伟 XY-2026-00042 父亲服刑，祖母监护")},
            {QStringLiteral("wangxiaoming"), QStringLiteral("王小明 回访：孩子已返校，情绪稳定")},
            {QStringLiteral("wangxiaohong"), QStringLiteral("王小红 小明的同学 辍学风险")},
            {QStringLiteral("ouyang"),
             QStringLiteral("欧阳娜娜 Zhang-Wei school contact 13812345678")},
            {QStringLiteral("rare"), QStringLiteral("𠮷田 单亲家庭")},
        };
        qint64 id = 0;
        auto doc = m_db->prepare("INSERT INTO docs(id, label) VALUES (?, ?);");
        auto fts = m_db->prepare("INSERT INTO docs_fts(docid, body) VALUES (?, ?);");
        for (const auto& [label, body] : docs) {
            ++id;
            QVERIFY(doc->bindAll(id, label).exec().ok());
            QVERIFY(fts->bindAll(id, SearchTokens::indexText(body)).exec().ok());
        }
    }

    void tokensForIndex()
    {
        QCOMPARE(
            SearchTokens::forIndex(u"王小明"),
            (QStringList{QStringLiteral("王小"), QStringLiteral("小明"), QStringLiteral("明")}));
        QCOMPARE(SearchTokens::forIndex(u"张伟, Zhang-Wei 2026!"),
                 (QStringList{QStringLiteral("张伟"), QStringLiteral("伟"), QStringLiteral("zhang"),
                              QStringLiteral("wei"), QStringLiteral("2026")}));
        QCOMPARE(SearchTokens::forIndex(u"𠮷田"),
                 (QStringList{QString::fromUtf8("𠮷田"), QStringLiteral("田")}));
        QCOMPARE(SearchTokens::forIndex(u"  --  "), QStringList());
    }

    void matchExpressions()
    {
        QCOMPARE(SearchTokens::matchExpression(u"张伟"), QStringLiteral("张伟"));
        QCOMPARE(SearchTokens::matchExpression(u"王小明"), QStringLiteral("\"王小 小明\""));
        QCOMPARE(SearchTokens::matchExpression(u"王"), QStringLiteral("王*"));
        QCOMPARE(SearchTokens::matchExpression(u"Zhang 5678"), QStringLiteral("zhang* 5678*"));
        // FTS syntax typed into the box is not syntax.
        QCOMPARE(SearchTokens::matchExpression(u"\"a\" OR NOT -b* NEAR/3 c"),
                 QStringLiteral("a* or* not* b* near* 3* c*"));
        QCOMPARE(SearchTokens::matchExpression(u"*\"()"), QString());
    }

    void findsTwoAndThreeCharacterNames()
    {
        QCOMPARE(search(QStringLiteral("张伟")), QStringList{QStringLiteral("zhangwei")});
        // 王小红's note has 王小 and 小明 but not 王小明: the phrase keeps her out.
        QCOMPARE(search(QStringLiteral("王小明")), QStringList{QStringLiteral("wangxiaoming")});
        QCOMPARE(search(QStringLiteral("小明")),
                 (QStringList{QStringLiteral("wangxiaoming"), QStringLiteral("wangxiaohong")}));
        QCOMPARE(search(QStringLiteral("欧阳娜娜")), QStringList{QStringLiteral("ouyang")});
        QCOMPARE(search(QStringLiteral("王小")),
                 (QStringList{QStringLiteral("wangxiaoming"), QStringLiteral("wangxiaohong")}));
    }

    void singleCharactersAtAnyPosition()
    {
        QCOMPARE(search(QStringLiteral("王")),
                 (QStringList{QStringLiteral("wangxiaoming"), QStringLiteral("wangxiaohong")}));
        QCOMPARE(search(QStringLiteral("伟")),
                 QStringList{QStringLiteral("zhangwei")}); // last character of a run
        QCOMPARE(search(QString::fromUtf8("𠮷")), QStringList{QStringLiteral("rare")});
    }

    void findsNoteWordsLatinAndDigits()
    {
        QCOMPARE(search(QStringLiteral("辍学")), QStringList{QStringLiteral("wangxiaohong")});
        QCOMPARE(search(QStringLiteral("服刑")), QStringList{QStringLiteral("zhangwei")});
        QCOMPARE(search(QStringLiteral("zhang")), QStringList{QStringLiteral("ouyang")});
        QCOMPARE(search(QStringLiteral("SCHOOL")), QStringList{QStringLiteral("ouyang")});
        QCOMPARE(search(QStringLiteral("xy-2026-00042")), QStringList{QStringLiteral("zhangwei")});
        QCOMPARE(search(QStringLiteral("138")), QStringList{QStringLiteral("ouyang")});
        QCOMPARE(search(QStringLiteral("张伟 祖母")), QStringList{QStringLiteral("zhangwei")});
        QCOMPARE(search(QStringLiteral("张伟 辍学")), QStringList());
        QCOMPARE(search(QStringLiteral("\"OR")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSearchTokens)
#include "tst_search_tokens.moc"
