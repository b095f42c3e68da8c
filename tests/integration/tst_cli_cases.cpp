// jiahu-cli end to end over the case loop: families, people, assessment and risk codes,
// follow-ups, plans, referrals with a liaison, guidance, attachments, search, overdue, closure,
// the audit trail of it all, and the demo generator. Every verb with --json.
#include "CaseFixture.h"
#include "CliRunner.h"

#include "common/Clock.h"

#include "demo/DemoGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace jiahu;

namespace {
using Run = test::ProgramRun;
} // namespace

class TestCliCases : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const test::CliRunner m_cli{QStringLiteral(JIAHU_CLI),
                                m_dir.filePath(QStringLiteral("cases.jiahu"))};

    /// Signed in as `user`, with --json.
    static Run as(const test::CliRunner& cli, const QString& user, const QStringList& args)
    {
        return cli.as(user, QStringList{QStringLiteral("--json")} + args);
    }
    Run as(const QString& user, const QStringList& args) const { return as(m_cli, user, args); }
    static QStringList args(const char* text) { return test::CliRunner::words(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_cli.init().exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"), args("town add 白市驿镇 --code BSY")).exitCode, 0);
        const std::pair<const char*, const char*> users[] = {
            {"worker", "caseworker"}, {"boss", "supervisor"}, {"liaison", "liaison"}};
        for (const auto& [name, role] : users) {
            const Run r = m_cli.addUser(QString::fromLatin1(name), QString::fromLatin1(role));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(as(QStringLiteral("admin"), args("user scope worker --towns 白市驿镇")).exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("admin"), args("user scope boss --towns *")).exitCode, 0);
        const Run scope =
            as(QStringLiteral("admin"), args("user scope liaison --agency 九龙坡区人民检察院"));
        QCOMPARE(scope.object().value(QStringLiteral("agency")).toString(),
                 QStringLiteral("九龙坡区人民检察院"));
    }

    void theWholeLoop()
    {
        const QString w = QStringLiteral("worker");
        // A family file and its people.
        const Run added = as(w, args("family add --town 白市驿镇 --community 新桥村 "
                                     "--category left_behind,grandparent"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString file = added.object().value(QStringLiteral("file_no")).toString();
        QCOMPARE(file, QStringLiteral("BSY-%1-00001")
                           .arg(caseDate(QDateTime::currentMSecsSinceEpoch()).year()));
        const QString id = DemoGenerator::demoIdentityNumber(QDate(2015, 3, 7), 903);
        const Run child =
            as(w, {QStringLiteral("person"), QStringLiteral("add"), file, QStringLiteral("--name"),
                   QStringLiteral("王小明"), QStringLiteral("--member"), QStringLiteral("child"),
                   QStringLiteral("--id-number"), id, QStringLiteral("--school"),
                   QStringLiteral("白市驿小学")});
        QVERIFY2(child.exitCode == 0, qPrintable(child.err));
        QCOMPARE(child.object().value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("2015-03-07"));
        QString bad = id;
        bad[17] = bad[17] == u'1' ? u'2' : u'1';
        const Run wrong =
            as(w, {QStringLiteral("person"), QStringLiteral("add"), file, QStringLiteral("--name"),
                   QStringLiteral("王小红"), QStringLiteral("--member"), QStringLiteral("child"),
                   QStringLiteral("--id-number"), bad});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("check character")));

        // Assessment: red at once; a follow-up due in 7 days.
        const Run red = as(w, {QStringLiteral("assess"), file, QStringLiteral("--answers"),
                               test::answersText(test::answersFor(RiskCode::Red))});
        QVERIFY2(red.exitCode == 0, qPrintable(red.err));
        QCOMPARE(red.object()
                     .value(QStringLiteral("risk_event"))
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("red")));
        const Run visit =
            as(w, {QStringLiteral("followup"), QStringLiteral("add"), file,
                   QStringLiteral("--kind"), QStringLiteral("home_visit"),
                   QStringLiteral("--notes"), QStringLiteral("祖母反映孩子有辍学倾向")});
        QCOMPARE(visit.object().value(QStringLiteral("next_due")).toString(),
                 caseDate(QDateTime::currentMSecsSinceEpoch()).addDays(7).toString(Qt::ISODate));

        // A reassessment proposes a downgrade; only the supervisor approves it.
        const Run yellow = as(w, {QStringLiteral("assess"), file, QStringLiteral("--answers"),
                                  test::answersText(test::answersFor(RiskCode::Yellow))});
        const QJsonObject proposal = yellow.object().value(QStringLiteral("risk_event")).toObject();
        QCOMPARE(proposal.value(QStringLiteral("kind")).toString(), QStringLiteral("propose"));
        const QString eventId = proposal.value(QStringLiteral("id")).toString();
        const QJsonObject queue = as(QStringLiteral("boss"), args("risk queue")).object();
        QCOMPARE(queue.value(QStringLiteral("events")).toArray().size(), 1);
        QCOMPARE(queue.value(QStringLiteral("count")).toInt(), 1);
        const Run denied = as(w, {QStringLiteral("risk"), QStringLiteral("approve"), eventId});
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(denied.err.contains(QStringLiteral("supervisor")));
        QCOMPARE(
            as(QStringLiteral("boss"), {QStringLiteral("risk"), QStringLiteral("approve"), eventId})
                .exitCode,
            0);
        const Run shown = as(w, {QStringLiteral("family"), QStringLiteral("show"), file,
                                 QStringLiteral("--reason"), QStringLiteral("复评后核对")});
        const QJsonObject f = shown.object();
        QCOMPARE(f.value(QStringLiteral("family")).toObject().value(QStringLiteral("risk_code")),
                 QJsonValue(QStringLiteral("yellow")));
        QCOMPARE(f.value(QStringLiteral("risk_history")).toArray().size(), 3);
        QCOMPARE(f.value(QStringLiteral("people")).toArray().size(), 1);

        // A plan the supervisor approves.
        const Run plan = as(w, {QStringLiteral("plan"), QStringLiteral("add"), file,
                                QStringLiteral("--title"), QStringLiteral("关爱服务实施方案")});
        const QString planId = plan.object().value(QStringLiteral("id")).toString();
        QCOMPARE(as(w, {QStringLiteral("plan"), QStringLiteral("action"), planId,
                        QStringLiteral("--text"), QStringLiteral("每月入户走访"),
                        QStringLiteral("--due"), QStringLiteral("2026-12-31")})
                     .exitCode,
                 0);
        const Run approved =
            as(QStringLiteral("boss"), {QStringLiteral("plan"), QStringLiteral("approve"), planId});
        QCOMPARE(approved.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));

        // A referral to the procuratorate, answered by its liaison; guidance counted against it.
        const Run referral =
            as(w, {QStringLiteral("refer"), QStringLiteral("add"), file, QStringLiteral("--agency"),
                   QStringLiteral("九龙坡区人民检察院"), QStringLiteral("--request"),
                   QStringLiteral("supervision_order"), QStringLiteral("--hours"),
                   QStringLiteral("6")});
        const QString ref = referral.object().value(QStringLiteral("id")).toString();
        QCOMPARE(as(QStringLiteral("liaison"), args("refer list"))
                     .object()
                     .value(QStringLiteral("referrals"))
                     .toArray()
                     .size(),
                 0); // a draft
        const Run early = as(w, {QStringLiteral("refer"), QStringLiteral("accept"), ref});
        QCOMPARE(early.exitCode, 1);
        QVERIFY(early.err.contains(QStringLiteral("Sent")));
        QCOMPARE(as(w, {QStringLiteral("refer"), QStringLiteral("send"), ref}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("liaison"), args("refer list"))
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);
        QCOMPARE(
            as(QStringLiteral("liaison"), {QStringLiteral("refer"), QStringLiteral("receive"), ref})
                .exitCode,
            0);
        const Run accepted = as(QStringLiteral("liaison"),
                                {QStringLiteral("refer"), QStringLiteral("accept"), ref,
                                 QStringLiteral("--response"), QStringLiteral("已制发督促监护令")});
        QCOMPARE(accepted.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(as(QStringLiteral("liaison"), args("family list")).exitCode, 3);
        const Run guidance =
            as(w, {QStringLiteral("guidance"), QStringLiteral("add"), file,
                   QStringLiteral("--hours"), QStringLiteral("2"), QStringLiteral("--topic"),
                   QStringLiteral("监护人法定职责"), QStringLiteral("--referral"), ref});
        QVERIFY2(guidance.exitCode == 0, qPrintable(guidance.err));
        const Run hours = as(w, {QStringLiteral("refer"), QStringLiteral("show"), ref});
        QCOMPARE(hours.object().value(QStringLiteral("hours_done")).toDouble(), 2.0);

        // An attachment in and out.
        const QString doc = m_dir.filePath(QStringLiteral("情况说明.txt"));
        QVERIFY(test::writeAll(doc, "家访记录"));
        const Run attached = as(w, {QStringLiteral("attach"), QStringLiteral("add"), file, doc});
        QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
        const QString out = m_dir.filePath(QStringLiteral("out.txt"));
        QCOMPARE(as(w, {QStringLiteral("attach"), QStringLiteral("export"),
                        attached.object().value(QStringLiteral("id")).toString(), out})
                     .exitCode,
                 0);
        QCOMPARE(test::readAll(out), QByteArray("家访记录"));

        // Search and the overdue queue.
        const Run found = as(w, {QStringLiteral("search"), QStringLiteral("王小明")});
        const QJsonArray foundFamilies = found.object().value(QStringLiteral("families")).toArray();
        QCOMPARE(foundFamilies.size(), 1);
        QCOMPARE(foundFamilies.first().toObject().value(QStringLiteral("file_no")).toString(),
                 file);
        auto families = [](const test::ProgramRun& r) {
            return r.object().value(QStringLiteral("families")).toArray().size();
        };
        QCOMPARE(families(as(w, {QStringLiteral("search"), QStringLiteral("辍学")})), 1);
        QCOMPARE(families(as(w, {QStringLiteral("search"), id.right(4)})), 1);
        QCOMPARE(families(as(w, args("overdue"))), 0);
        // A village name finds its families too.
        QCOMPARE(families(as(w, {QStringLiteral("search"), QStringLiteral("新桥")})), 1);
        const Run list = as(w, args("family list --code yellow"));
        QCOMPARE(list.object().value(QStringLiteral("families")).toArray().size(), 1);

        // Closing: the supervisor, with a reason.
        QCOMPARE(as(w, {QStringLiteral("family"), QStringLiteral("close"), file,
                        QStringLiteral("--reason"), QStringLiteral("结案")})
                     .exitCode,
                 3);
        QCOMPARE(
            as(QStringLiteral("boss"), {QStringLiteral("family"), QStringLiteral("close"), file,
                                        QStringLiteral("--reason"), QStringLiteral("监护恢复正常")})
                .exitCode,
            0);

        // The audit trail names every step, with the reason given for opening the file.
        const QString familyId =
            f.value(QStringLiteral("family")).toObject().value(QStringLiteral("id")).toString();
        const Run audit =
            as(QStringLiteral("admin"),
               {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--family"),
                familyId, QStringLiteral("--limit"), QStringLiteral("100")});
        QStringList actions;
        for (const QJsonValue& v : audit.object().value(QStringLiteral("entries")).toArray())
            actions << v.toObject().value(QStringLiteral("action")).toString();
        for (const char* expected :
             {"family.add", "person.add", "assessment.add", "risk.set", "followup.add",
              "risk.propose", "risk.approve", "family.open", "plan.approve", "referral.sent",
              "referral.accepted", "guidance.add", "attachment.export", "family.closed"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
        // The reason given for opening the file is case text: an administrator (no case role)
        // does not read it; the supervisor of the town does.
        QVERIFY(!audit.out.contains(QStringLiteral("复评后核对")));
        const Run supervised =
            as(QStringLiteral("boss"),
               {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--family"),
                familyId, QStringLiteral("--action"), QStringLiteral("family.")});
        QVERIFY2(supervised.out.contains(QStringLiteral("复评后核对")), qPrintable(supervised.err));
        for (const QJsonValue& v : supervised.object().value(QStringLiteral("entries")).toArray())
            QVERIFY(v.toObject()
                        .value(QStringLiteral("action"))
                        .toString()
                        .startsWith(QStringLiteral("family.")));
        QCOMPARE(as(QStringLiteral("admin"), args("audit verify"))
                     .object()
                     .value(QStringLiteral("intact")),
                 QJsonValue(true));
    }

    void demoFillsAnEmptyDatabase()
    {
        const test::CliRunner db(QStringLiteral(JIAHU_CLI),
                                 m_dir.filePath(QStringLiteral("demo.jiahu")));
        QCOMPARE(db.init().exitCode, 0);
        const Run demo = as(db, QStringLiteral("admin"), args("demo --families 60 --seed 5"));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(demo.object().value(QStringLiteral("families")).toInt(), 60);
        QVERIFY(demo.object().value(QStringLiteral("follow_ups")).toInt() >= 240);
        const Run again = as(db, QStringLiteral("admin"), args("demo --families 60 --seed 5"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("empty")));
        const Run towns = as(db, QStringLiteral("admin"), args("town list"));
        QCOMPARE(towns.array().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
