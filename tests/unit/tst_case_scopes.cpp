// Who sees what: counselors, administrators with and without a case role, and search that finds
// Chinese and Latin text but never a family outside the user's scope.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/ReferenceData.h"
#include "services/SearchService.h"

#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

class TestCaseScopes : public QObject {
    Q_OBJECT

    struct Families {
        QString a;      ///< town A, child 王小明 at the counselor's school
        QString b;      ///< town A, child 王小红 at another school
        QString c;      ///< town B (worker2), child 王小明 too
        QString childA; ///< 王小明 in a
        QString childB;
        QString fileA;
    };

    static QString person(CaseFixture& fx, const QString& who, const QString& family,
                          MemberRole role, const QString& name, const QString& school,
                          const QString& idNumber = {}, const QString& phone = {})
    {
        Person p;
        p.familyId = family;
        p.role = role;
        p.name = name;
        p.school = school;
        p.idNumber = idNumber;
        p.phone = phone;
        auto added = PersonService(fx.as(who)).add(p);
        if (!added.ok())
            qWarning() << added.error().message;
        return added.ok() ? added->id : QString();
    }

    static Families populate(CaseFixture& fx)
    {
        Families f;
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        auto a = FamilyService(fx.as(QStringLiteral("worker"))).add(nf);
        auto b = FamilyService(fx.as(QStringLiteral("worker"))).add(nf);
        nf.town = CaseFixture::kTownB;
        auto c = FamilyService(fx.as(QStringLiteral("worker2"))).add(nf);
        f.a = a->id;
        f.fileA = a->fileNo;
        f.b = b->id;
        f.c = c->id;
        f.childA =
            person(fx, QStringLiteral("worker"), f.a, MemberRole::Child, QStringLiteral("王小明"),
                   CaseFixture::kSchool, DemoGenerator::demoIdentityNumber(QDate(2014, 6, 1), 911));
        person(fx, QStringLiteral("worker"), f.a, MemberRole::Guardian, QStringLiteral("张桂英"),
               {}, {}, QStringLiteral("100-1234-5678"));
        f.childB = person(fx, QStringLiteral("worker"), f.b, MemberRole::Child,
                          QStringLiteral("王小红"), QStringLiteral("含谷中学"));
        person(fx, QStringLiteral("worker2"), f.c, MemberRole::Child, QStringLiteral("王小明"),
               QStringLiteral("含谷中学"));
        FollowUp x;
        x.familyId = f.a;
        x.kind = FollowUpKind::HomeVisit;
        x.date = fx.as(QStringLiteral("worker")).today();
        x.notes = QStringLiteral("祖母反映孩子有辍学倾向 truancy risk");
        if (!FollowUpService(fx.as(QStringLiteral("worker"))).add(x).ok())
            qWarning("follow-up refused");
        x.familyId = f.b;
        x.notes = QStringLiteral("家中卫生改善");
        if (!FollowUpService(fx.as(QStringLiteral("worker"))).add(x).ok())
            qWarning("follow-up refused");
        return f;
    }

    static QStringList found(CaseFixture& fx, const QString& who, const QString& text)
    {
        auto rows = SearchService(fx.as(who)).search({text});
        QStringList ids;
        if (rows.ok())
            for (const Family& f : rows->rows)
                ids << f.id;
        ids.sort();
        // The list header's count agrees with the rows, for every role and query; capped, it
        // stops at the cap.
        auto count = SearchService(fx.as(who)).count({text});
        auto capped = SearchService(fx.as(who)).count({text}, 1);
        if (!count.ok() || count.value() != ids.size() || !capped.ok() ||
            capped.value() != std::min<qint64>(1, ids.size()))
            return {QStringLiteral("count disagrees with the rows")};
        return ids;
    }

private Q_SLOTS:
    void searchFindsChineseAndLatinWithinScope()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const Families f = populate(fx);
        const QString worker = QStringLiteral("worker");
        // Three-character name: only the in-scope 王小明 (the other is in town B).
        QCOMPARE(found(fx, worker, QStringLiteral("王小明")), QStringList{f.a});
        QCOMPARE(found(fx, QStringLiteral("worker2"), QStringLiteral("王小明")), QStringList{f.c});
        // Two characters match inside longer names.
        QStringList both{f.a, f.b};
        both.sort();
        QCOMPARE(found(fx, worker, QStringLiteral("王小")), both);
        QCOMPARE(found(fx, worker, QStringLiteral("小红")), QStringList{f.b});
        QCOMPARE(found(fx, worker, QStringLiteral("桂英")), QStringList{f.a});
        // Note words, Chinese and Latin; file number; identity-number tail; phone digits.
        QCOMPARE(found(fx, worker, QStringLiteral("辍学")), QStringList{f.a});
        QCOMPARE(found(fx, worker, QStringLiteral("Truancy")), QStringList{f.a});
        QCOMPARE(found(fx, worker, f.fileA), QStringList{f.a});
        const QString tail = DemoGenerator::demoIdentityNumber(QDate(2014, 6, 1), 911).right(4);
        QCOMPARE(found(fx, worker, tail), QStringList{f.a});
        QCOMPARE(found(fx, worker, QStringLiteral("5678")), QStringList{f.a});
        QCOMPARE(found(fx, worker, QStringLiteral("李四")), QStringList{});
        // Nothing searchable, or FTS syntax typed by a user, is a clear error or plain text.
        QCOMPARE(errorOf(SearchService(fx.as(worker)).search({QStringLiteral("  ;; ")})).code,
                 ErrorCode::InvalidArgument);
        QVERIFY(SearchService(fx.as(worker)).search({QStringLiteral("王* OR NEAR(\"")}).ok());
    }

    void bothSearchStrategiesAgree()
    {
        // A common word walks the list order; a rare one looks its families up and sorts them.
        CaseFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(DemoGenerator::generate(fx.as(QStringLiteral("admin")), {150, 9, 50}).ok());
        for (const QString& who : {QStringLiteral("boss"), QStringLiteral("counselor")}) {
            for (const char* text : {"辍学", "入户走访", "王", "2014", "心理体检"}) {
                SearchService sparse(fx.as(who));
                SearchService dense(fx.as(who));
                dense.setDenseThreshold(1);
                auto a = sparse.search({QString::fromUtf8(text), {}, 20});
                auto b = dense.search({QString::fromUtf8(text), {}, 20});
                QVERIFY(a.ok() && b.ok());
                QStringList ia, ib;
                for (const Family& f : a->rows)
                    ia << f.id;
                for (const Family& f : b->rows)
                    ib << f.id;
                QCOMPARE(ib, ia);
                if (who == QLatin1String("boss") && QByteArray(text) == "入户走访")
                    QVERIFY(ia.size() >= 5); // boss sees one town of ten
            }
        }
    }

    void counselorSeesOnlyTheirSchoolsChildren()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const Families f = populate(fx);
        // A sibling at another school: that school is not the counselor's business either.
        QVERIFY(!person(fx, QStringLiteral("worker"), f.a, MemberRole::Child,
                        QStringLiteral("王小亮"), QStringLiteral("含谷中学"))
                     .isEmpty());
        QVERIFY(FamilyService(fx.as(QStringLiteral("worker")))
                    .find(f.a)
                    ->schools.contains(QStringLiteral("含谷中学")));
        const QString counselor = QStringLiteral("counselor");
        FamilyService families(fx.as(counselor));
        auto list = families.list({});
        QCOMPARE(list->rows.size(), 1);
        QCOMPARE(list->rows.first().id, f.a);
        QVERIFY(list->rows.first().address.isEmpty());
        QCOMPARE(list->rows.first().schools, QStringList{CaseFixture::kSchool});
        QCOMPARE(families.find(f.a)->schools, QStringList{CaseFixture::kSchool});

        auto file = families.open(f.a);
        QVERIFY(file.ok());
        QVERIFY(file->partial);
        QCOMPARE(file->family.schools, QStringList{CaseFixture::kSchool});
        QCOMPARE(file->people.size(), 1); // the child, not the grandmother or the sibling
        QCOMPARE(file->people.first().name, QStringLiteral("王小明"));
        QVERIFY(file->riskHistory.isEmpty() && file->referrals.isEmpty() && file->plans.isEmpty());
        QCOMPARE(file->followUps.size(), 0); // the caseworker's home visit is not about the child
        QCOMPARE(errorOf(families.open(f.b)).code, ErrorCode::NotFound);

        // Follow-ups: for a child of their school only.
        FollowUp x;
        x.familyId = f.a;
        x.personId = f.childA;
        x.kind = FollowUpKind::PsychCheck;
        x.date = fx.as(counselor).today();
        x.findings = QStringLiteral("情绪稳定");
        QVERIFY(FollowUpService(fx.as(counselor)).add(x).ok());
        QCOMPARE(families.open(f.a)->followUps.size(), 1);
        x.personId.clear();
        QCOMPARE(errorOf(FollowUpService(fx.as(counselor)).add(x)).code,
                 ErrorCode::InvalidArgument); // a counselor names the child
        x.familyId = f.b;
        x.personId = f.childB;
        QCOMPARE(errorOf(FollowUpService(fx.as(counselor)).add(x)).code, ErrorCode::NotFound);

        // Search: names yes, other people's notes no.
        QCOMPARE(found(fx, counselor, QStringLiteral("王小明")), QStringList{f.a});
        QCOMPARE(found(fx, counselor, QStringLiteral("辍学")), QStringList{});
        QCOMPARE(found(fx, counselor, QStringLiteral("王小红")), QStringList{});
        // No writes to the file itself.
        Person p;
        p.familyId = f.a;
        p.name = QStringLiteral("王大明");
        QCOMPARE(errorOf(PersonService(fx.as(counselor)).add(p)).code, ErrorCode::PermissionDenied);
    }

    void administratorsReadCaseFilesOnlyWithACaseRole()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const Families f = populate(fx);
        auto denied = FamilyService(fx.as(QStringLiteral("admin"))).open(f.a);
        QCOMPARE(errorOf(denied).code, ErrorCode::PermissionDenied);
        QVERIFY(errorOf(denied).message.contains(QStringLiteral("case role")));
        QCOMPARE(
            errorOf(
                SearchService(fx.as(QStringLiteral("admin"))).search({QStringLiteral("王小明")}))
                .code,
            ErrorCode::PermissionDenied);
        // Reference data is the administrator's, not the caseworker's.
        QCOMPARE(errorOf(ReferenceData(fx.as(QStringLiteral("worker")))
                             .addTown(QStringLiteral("金凤镇"), QStringLiteral("JF")))
                     .code,
                 ErrorCode::PermissionDenied);

        ReferenceData ref(fx.as(QStringLiteral("admin")));
        QVERIFY(ref.setScope(QStringLiteral("admin"), QStringLiteral("case_role"),
                             {QStringLiteral("caseworker")})
                    .ok());
        QVERIFY(ref.setScope(QStringLiteral("admin"), QStringLiteral("town"), {QStringLiteral("*")})
                    .ok());
        // A new session picks up the new scope.
        auto account = fx.vault().users()->first();
        QCOMPARE(account.name, QStringLiteral("admin"));
        auto session = CaseSession::start(fx.db(), account, [&fx] { return fx.now; });
        QVERIFY(session.ok());
        QVERIFY(FamilyService(*session.value()).open(f.a).ok());
        QCOMPARE(FamilyService(*session.value()).list({})->rows.size(), 3); // every town
    }
};

QTEST_GUILESS_MAIN(TestCaseScopes)
#include "tst_case_scopes.moc"
