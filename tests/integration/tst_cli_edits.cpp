// jiahu-cli's corrections and lists end to end: family edit, person edit (a reason for a new
// name), followup amend (the correction replaces the mistake), assess amend, plan edit-action,
// refer edit (drafts only), the family list's sorts, filters, count and cursor, and doctor with
// its check and refresh of derived data. Every verb with --json.
#include "CaseFixture.h"
#include "CliRunner.h"

#include "demo/DemoGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace jiahu;

namespace {
using Run = test::ProgramRun;
} // namespace

class TestCliEdits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const test::CliRunner m_cli{QStringLiteral(JIAHU_CLI),
                                m_dir.filePath(QStringLiteral("edits.jiahu"))};
    QString m_file; ///< a family file number
    QString m_child;

    /// Signed in as `user`, with --json.
    Run as(const QString& user, const QStringList& args)
    {
        return m_cli.as(user, QStringList{QStringLiteral("--json")} + args);
    }
    Run worker(const QStringList& args) { return as(QStringLiteral("worker"), args); }
    static QStringList words(const char* text) { return test::CliRunner::words(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_cli.init().exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"), words("town add 白市驿镇 --code BSY")).exitCode, 0);
        for (const char* name : {"worker", "boss"}) {
            const Run r = m_cli.addUser(QString::fromLatin1(name),
                                        QLatin1String(name) == QLatin1String("boss")
                                            ? QStringLiteral("supervisor")
                                            : QStringLiteral("caseworker"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(as(QStringLiteral("admin"),
                        {QStringLiteral("user"), QStringLiteral("scope"), QString::fromLatin1(name),
                         QStringLiteral("--towns"), QStringLiteral("白市驿镇")})
                         .exitCode,
                     0);
        }
        const Run added = worker(words("family add --town 白市驿镇 --community 新桥村"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_file = added.object().value(QStringLiteral("file_no")).toString();
        const Run child = worker({QStringLiteral("person"), QStringLiteral("add"), m_file,
                                  QStringLiteral("--name"), QStringLiteral("王小名"),
                                  QStringLiteral("--member"), QStringLiteral("child")});
        QVERIFY2(child.exitCode == 0, qPrintable(child.err));
        m_child = child.object().value(QStringLiteral("id")).toString();
    }

    void familyAndPersonEdits()
    {
        Run r = worker({QStringLiteral("family"), QStringLiteral("edit"), m_file,
                        QStringLiteral("--address"), QStringLiteral("堰坪组12号"),
                        QStringLiteral("--category"), QStringLiteral("left_behind,migrant")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("address")).toString(),
                 QStringLiteral("堰坪组12号"));
        // A new name needs a reason; the phone does not.
        r = worker({QStringLiteral("person"), QStringLiteral("edit"), m_child,
                    QStringLiteral("--name"), QStringLiteral("王小明")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("reason")), qPrintable(r.err));
        r = worker({QStringLiteral("person"), QStringLiteral("edit"), m_child,
                    QStringLiteral("--name"), QStringLiteral("王小明"), QStringLiteral("--reason"),
                    QStringLiteral("户口本核对")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("王小明"));
        // The new place and name are found.
        r = worker({QStringLiteral("search"), QStringLiteral("堰坪")});
        QCOMPARE(r.object().value(QStringLiteral("families")).toArray().size(), 1);
        // Options of another verb are refused.
        QCOMPARE(worker({QStringLiteral("family"), QStringLiteral("edit"), m_file,
                         QStringLiteral("--name"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void followUpCorrection()
    {
        Run r = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                        QStringLiteral("--kind"), QStringLiteral("home_visit"),
                        QStringLiteral("--notes"), QStringLiteral("错录的走访")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString wrong = r.object().value(QStringLiteral("id")).toString();
        // A reason is required (a usage error: the option is required).
        QCOMPARE(worker({QStringLiteral("followup"), QStringLiteral("amend"), wrong,
                         QStringLiteral("--notes"), QStringLiteral("x")})
                     .exitCode,
                 2);
        r = worker({QStringLiteral("followup"), QStringLiteral("amend"), wrong,
                    QStringLiteral("--notes"), QStringLiteral("更正后的走访记录"),
                    QStringLiteral("--kind"), QStringLiteral("phone"), QStringLiteral("--reason"),
                    QStringLiteral("记到了别的家庭")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("amends")).toString(), wrong);
        QCOMPARE(r.object().value(QStringLiteral("kind")).toString(), QStringLiteral("phone"));
        // Text output shows the correction in place of the mistake.
        const Run text = m_cli.as(QStringLiteral("worker"),
                                  {QStringLiteral("family"), QStringLiteral("show"), m_file});
        QVERIFY2(text.out.contains(QStringLiteral("更正后的走访记录")), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("错录的走访")));
        QVERIFY(text.out.contains(QStringLiteral("记到了别的家庭")));
    }

    void assessmentCorrectionAndDraftReferral()
    {
        Run r = worker({QStringLiteral("assess"), m_file, QStringLiteral("--answers"),
                        test::answersText(test::answersFor(RiskCode::Blue))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first = r.object()
                                  .value(QStringLiteral("assessment"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        r = worker(
            {QStringLiteral("assess"), QStringLiteral("amend"), first, QStringLiteral("--answers"),
             test::answersText(
                 test::answersWith({{QStringLiteral("harm"), 1}, {QStringLiteral("hardship"), 1}})),
             QStringLiteral("--reason"), QStringLiteral("漏填了伤害项")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            r.object().value(QStringLiteral("risk_event")).toObject().value(QStringLiteral("code")),
            QJsonValue(QStringLiteral("red")));

        r = worker({QStringLiteral("refer"), QStringLiteral("add"), m_file,
                    QStringLiteral("--agency"), QStringLiteral("九龙坡区人民检察院"),
                    QStringLiteral("--request"), QStringLiteral("supervision_order")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.object().value(QStringLiteral("id")).toString();
        r = worker({QStringLiteral("refer"), QStringLiteral("edit"), ref,
                    QStringLiteral("--problems"), QStringLiteral("长期未履行监护职责"),
                    QStringLiteral("--hours"), QStringLiteral("24")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("problems")).toString(),
                 QStringLiteral("长期未履行监护职责"));
        QCOMPARE(worker({QStringLiteral("refer"), QStringLiteral("send"), ref}).exitCode, 0);
        QCOMPARE(worker({QStringLiteral("refer"), QStringLiteral("edit"), ref,
                         QStringLiteral("--venue"), QStringLiteral("社区")})
                     .exitCode,
                 1);
    }

    void listsCountAndPage()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(worker(words("family add --town 白市驿镇 --community 石院社区")).exitCode, 0);
        QStringList seen;
        QString after;
        qint64 count = -1;
        for (int page = 0; page < 10; ++page) {
            QStringList args = words("family list --sort file --limit 2");
            if (!after.isEmpty())
                args << QStringLiteral("--after") << after;
            const Run r = worker(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            count = r.object().value(QStringLiteral("count")).toInteger();
            for (const QJsonValue& f : r.object().value(QStringLiteral("families")).toArray())
                seen << f.toObject().value(QStringLiteral("file_no")).toString();
            after = r.object().value(QStringLiteral("next")).toString();
            if (after.isEmpty())
                break;
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(count, 5);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);
        const Run filtered = worker(words("family list --community 石院社区 --uncoded"));
        QCOMPARE(filtered.object().value(QStringLiteral("count")).toInteger(), 4);
        const Run bad = worker(words("family list --after nonsense"));
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(worker(words("family list --sort sideways")).exitCode, 2);
    }

    void doctorChecksDerivedData()
    {
        Run r = as(QStringLiteral("admin"), words("doctor"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        bool checked = false;
        for (const QJsonValue& f : r.object().value(QStringLiteral("findings")).toArray())
            if (f.toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("derived data")))
                checked = true;
        QVERIFY(checked);
        QCOMPARE(as(QStringLiteral("worker"), words("doctor --refresh-derived")).exitCode, 3);
        QCOMPARE(as(QStringLiteral("admin"), words("doctor --refresh-derived")).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEdits)
#include "tst_cli_edits.moc"
