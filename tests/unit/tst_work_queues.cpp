// The queries behind the desktop's work page and the counselor's page: a user's own risk-code
// proposals, the proposals waiting for a supervisor's decision, recently opened files, and a
// counselor's watch list of their school's children.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/PersonService.h"
#include "services/ReferenceData.h"
#include "services/RiskService.h"

#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

class TestWorkQueues : public QObject {
    Q_OBJECT

    static bool assess(CaseFixture& fx, const QString& who, const QString& familyId, RiskCode code)
    {
        NewAssessment in;
        in.familyId = familyId;
        in.answers = test::answersFor(code);
        auto outcome = AssessmentService(fx.as(who)).assess(in);
        if (!outcome.ok())
            qWarning() << outcome.error().message;
        return outcome.ok();
    }

    static QString child(CaseFixture& fx, const QString& familyId, const QString& name,
                         const QString& school, MemberRole role = MemberRole::Child)
    {
        Person p;
        p.familyId = familyId;
        p.role = role;
        p.name = name;
        p.school = school;
        auto added = PersonService(fx.as(QStringLiteral("worker"))).add(p);
        if (!added.ok())
            qWarning() << added.error().message;
        return added.ok() ? added->id : QString();
    }

    static QStringList ids(const QList<RiskEvent>& events)
    {
        QStringList out;
        for (const RiskEvent& e : events)
            out << e.familyId;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void riskQueueForTheProposerAndForTheDecider()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString worker = QStringLiteral("worker"), boss = QStringLiteral("boss");
        const QString a = fx.addFamily(), b = fx.addFamily(), c = fx.addFamily();
        // a: the worker's downgrade proposal; b: the boss's own; c: the worker's raise.
        QVERIFY(assess(fx, worker, a, RiskCode::Red));
        QVERIFY(assess(fx, worker, a, RiskCode::Yellow));
        QVERIFY(assess(fx, boss, b, RiskCode::Red));
        QVERIFY(assess(fx, boss, b, RiskCode::Yellow));
        QVERIFY(
            RiskService(fx.as(worker)).propose(c, RiskCode::Yellow, QStringLiteral("首次")).ok());
        QVERIFY(
            RiskService(fx.as(worker)).propose(c, RiskCode::Red, QStringLiteral("发现伤害")).ok());

        RiskQueueQuery mine;
        mine.mineOnly = true;
        auto own = RiskService(fx.as(worker)).queue(mine);
        QVERIFY(own.ok());
        QStringList ac{a, c};
        ac.sort();
        QCOMPARE(ids(own->rows), ac);
        QCOMPARE(RiskService(fx.as(worker)).queueCount(mine).value(), 2);
        // The whole queue stays the supervisor's; counselors have no proposals.
        QCOMPARE(errorOf(RiskService(fx.as(worker)).queue()).code, ErrorCode::PermissionDenied);
        QCOMPARE(errorOf(RiskService(fx.as(QStringLiteral("counselor"))).queue(mine)).code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(RiskService(fx.as(QStringLiteral("worker2"))).queueCount(mine).value(), 0);

        RiskQueueQuery forMe;
        forMe.forMyDecision = true;
        QCOMPARE(RiskService(fx.as(boss)).queueCount().value(), 3);
        auto waiting = RiskService(fx.as(boss)).queue(forMe);
        QVERIFY(waiting.ok());
        QCOMPARE(ids(waiting->rows), ac); // not b: another supervisor decides the boss's own
        QCOMPARE(RiskService(fx.as(boss)).queueCount(forMe).value(), 2);
        QCOMPARE(RiskService(fx.as(QStringLiteral("boss2"))).queueCount(forMe).value(), 3);
        QCOMPARE(RiskService(fx.as(boss)).queueCount(mine).value(), 1);

        // A decided proposal leaves every queue.
        const QString proposal = [&] {
            for (const RiskEvent& e : own->rows)
                if (e.familyId == a)
                    return e.id;
            return QString();
        }();
        QVERIFY(RiskService(fx.as(boss)).approve(proposal).ok());
        QCOMPARE(RiskService(fx.as(worker)).queueCount(mine).value(), 1);
        QCOMPARE(RiskService(fx.as(boss)).queueCount(forMe).value(), 1);
    }

    void recentlyOpenedFilesAreTheUsersOwnLatestFirst()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString worker = QStringLiteral("worker");
        const QString a = fx.addFamily(), b = fx.addFamily(), c = fx.addFamily();
        QVERIFY(fx.addFamily() != QString()); // never opened
        FamilyService families(fx.as(worker));
        for (const QString& id : {a, b, a, c}) {
            QVERIFY(families.open(id).ok());
            fx.advanceDays(1);
        }
        auto recent = families.recentlyOpened();
        QVERIFY(recent.ok());
        QStringList got;
        for (const Family& f : recent.value())
            got << f.id;
        QCOMPARE(got, (QStringList{c, a, b}));
        auto two = families.recentlyOpened(2);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).id, c);
        QCOMPARE(two->at(1).id, a);
        // Another user's openings are theirs.
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss"))).recentlyOpened()->isEmpty());
        QCOMPARE(errorOf(FamilyService(fx.as(QStringLiteral("liaison"))).recentlyOpened()).code,
                 ErrorCode::PermissionDenied);
        // Files out of scope by now are left out, not hinted at.
        QVERIFY(ReferenceData(fx.as(QStringLiteral("admin")))
                    .setScope(worker, QStringLiteral("town"), {CaseFixture::kTownB})
                    .ok());
        QVERIFY(FamilyService(fx.as(worker)).recentlyOpened()->isEmpty());
    }

    void counselorsWatchListHasOnlyTheirSchoolsChildren()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString worker = QStringLiteral("worker"), counselor = QStringLiteral("counselor");
        const QString red = fx.addFamily(worker, CaseFixture::kTownA, QStringLiteral("石院村"),
                                         QStringLiteral("石院村3组12号"));
        const QString xiaoming = child(fx, red, QStringLiteral("王小明"), CaseFixture::kSchool);
        child(fx, red, QStringLiteral("张桂英"), {}, MemberRole::Guardian);
        const QString yellow = fx.addFamily();
        const QString xiaohua = child(fx, yellow, QStringLiteral("李小花"), CaseFixture::kSchool);
        child(fx, yellow, QStringLiteral("李大华"), QStringLiteral("含谷中学"));
        const QString other = fx.addFamily();
        child(fx, other, QStringLiteral("王小红"), QStringLiteral("含谷中学"));
        const QString uncoded = fx.addFamily();
        child(fx, uncoded, QStringLiteral("赵小兰"), CaseFixture::kSchool);
        QVERIFY(assess(fx, worker, red, RiskCode::Red));
        QVERIFY(assess(fx, worker, yellow, RiskCode::Yellow));
        QVERIFY(assess(fx, worker, other, RiskCode::Orange));
        FamilyEdit notes;
        notes.notes = QStringLiteral("家访备注");
        QVERIFY(FamilyService(fx.as(worker)).edit(red, notes).ok());

        PersonService people(fx.as(counselor));
        QCOMPARE(people.schoolChildrenCount().value(), 2);
        auto first = people.schoolChildren({{}, 1});
        QVERIFY(first.ok());
        QCOMPARE(first->rows.size(), 1);
        QVERIFY(first->hasMore());
        const SchoolChild& top = first->rows.first(); // the most severe code first
        QCOMPARE(top.child.id, xiaoming);
        QCOMPARE(top.child.school, CaseFixture::kSchool);
        QCOMPARE(top.family.id, red);
        QCOMPARE(top.family.riskCode, RiskCode::Red);
        QCOMPARE(top.family.community, QStringLiteral("石院村"));
        QVERIFY(top.family.address.isEmpty());
        QVERIFY(top.family.notes.isEmpty());
        QVERIFY(top.family.schools.isEmpty());
        auto second = people.schoolChildren({first->next, 1});
        QVERIFY(second.ok());
        QCOMPARE(second->rows.size(), 1);
        QCOMPARE(second->rows.first().child.id, xiaohua);
        QVERIFY(!second->hasMore());
        QCOMPARE(errorOf(people.schoolChildren({QStringLiteral("bogus"), 1})).code,
                 ErrorCode::InvalidArgument);

        // Only counselors have a watch list.
        QCOMPARE(errorOf(PersonService(fx.as(worker)).schoolChildren()).code,
                 ErrorCode::PermissionDenied);
        // A closed file leaves it.
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(yellow, FamilyStatus::Closed, QStringLiteral("结案"))
                    .ok());
        QCOMPARE(people.schoolChildrenCount().value(), 1);
        QCOMPARE(people.schoolChildren()->rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkQueues)
#include "tst_work_queues.moc"
