// Family files and people: numbering, validation, scopes, audit of opening a file.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/IdentityNumber.h"
#include "services/FamilyService.h"
#include "services/PersonService.h"
#include "services/ReferenceData.h"

#include <QTest>

using namespace jiahu;
using test::CaseFixture;

class TestFamilyService : public QObject {
    Q_OBJECT

    static NewFamily familyIn(const QString& town)
    {
        NewFamily f;
        f.town = town;
        f.community = QStringLiteral("新桥村");
        f.categories = CaseVocabulary::categoryBit(FamilyCategory::LeftBehind) |
                       CaseVocabulary::categoryBit(FamilyCategory::Grandparent);
        return f;
    }

    static Person child(const QString& familyId, const QString& name, const QString& idNumber)
    {
        Person p;
        p.familyId = familyId;
        p.role = MemberRole::Child;
        p.name = name;
        p.idNumber = idNumber;
        p.school = CaseFixture::kSchool;
        return p;
    }

private Q_SLOTS:
    void fileNumbersCountPerTownAndYear()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        FamilyService worker(fx.as(QStringLiteral("worker")));
        FamilyService worker2(fx.as(QStringLiteral("worker2")));
        QCOMPARE(worker.add(familyIn(CaseFixture::kTownA))->fileNo,
                 QStringLiteral("BSY-2026-00001"));
        QCOMPARE(worker.add(familyIn(CaseFixture::kTownA))->fileNo,
                 QStringLiteral("BSY-2026-00002"));
        QCOMPARE(worker2.add(familyIn(CaseFixture::kTownB))->fileNo,
                 QStringLiteral("HG-2026-00001"));
        fx.advanceDays(365); // 2027: numbering starts again
        QCOMPARE(worker.add(familyIn(CaseFixture::kTownA))->fileNo,
                 QStringLiteral("BSY-2027-00001"));

        // The format is the administrator's to change.
        QVERIFY(ReferenceData(fx.as(QStringLiteral("admin")))
                    .setFileNumberFormat(QStringLiteral("{year}{town}{seq:3}"))
                    .ok());
        QCOMPARE(worker.add(familyIn(CaseFixture::kTownA))->fileNo, QStringLiteral("2027BSY002"));
        const auto bad = ReferenceData(fx.as(QStringLiteral("admin")))
                             .setFileNumberFormat(QStringLiteral("{town}-{year}"));
        QCOMPARE(test::errorOf(bad).code, ErrorCode::InvalidArgument);
        QVERIFY(test::errorOf(bad).message.contains(QStringLiteral("{seq}")));
    }

    void addingFamiliesIsCheckedAndScoped()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        FamilyService worker(fx.as(QStringLiteral("worker")));
        auto outside = worker.add(familyIn(CaseFixture::kTownB));
        QCOMPARE(test::errorOf(outside).code, ErrorCode::PermissionDenied);
        QVERIFY(test::errorOf(outside).message.contains(CaseFixture::kTownB));

        // A town nobody has put in the list cannot be used or given as a scope.
        auto admin = ReferenceData(fx.as(QStringLiteral("admin")));
        QVERIFY(test::errorOf(admin.setScope(QStringLiteral("worker"), QStringLiteral("town"),
                                             {QStringLiteral("火星镇")}))
                    .message.contains(QStringLiteral("火星镇")));

        NewFamily longAddress = familyIn(CaseFixture::kTownA);
        longAddress.address = QString(501, u'路');
        auto tooLong = worker.add(longAddress);
        QCOMPARE(test::errorOf(tooLong).code, ErrorCode::InvalidArgument);
        QVERIFY(test::errorOf(tooLong).message.contains(QStringLiteral("501")));

        NewFamily control = familyIn(CaseFixture::kTownA);
        control.community = QStringLiteral("新桥\x01村");
        QCOMPARE(test::errorOf(worker.add(control)).code, ErrorCode::InvalidArgument);
        // Nothing was written by the refused attempts.
        QCOMPARE(fx.db().queryText("SELECT count(*) FROM families;").value(), QStringLiteral("0"));

        for (const char* who : {"counselor", "liaison", "admin"}) {
            auto denied =
                FamilyService(fx.as(QString::fromLatin1(who))).add(familyIn(CaseFixture::kTownA));
            QCOMPARE(test::errorOf(denied).code, ErrorCode::PermissionDenied);
        }
    }

    void peopleAreValidatedAgainstTheirIdentityNumber()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        FamilyService worker(fx.as(QStringLiteral("worker")));
        const QString familyId = worker.add(familyIn(CaseFixture::kTownA))->id;
        const QString valid = DemoGenerator::demoIdentityNumber(QDate(2015, 3, 7), 903);

        auto added = PersonService(fx.as(QStringLiteral("worker")))
                         .add(child(familyId, QStringLiteral("王小明"), valid));
        QVERIFY2(added.ok(), qPrintable(test::errorOf(added).message));
        QCOMPARE(added->birthDate, QDate(2015, 3, 7));   // derived
        QCOMPARE(added->gender, QStringLiteral("male")); // odd sequence

        // Wrong check character, impossible date, future birth: refused with a sentence.
        QString wrongCheck = DemoGenerator::demoIdentityNumber(QDate(2014, 1, 1), 902);
        wrongCheck[17] = wrongCheck[17] == u'1' ? u'2' : u'1';
        QCOMPARE(test::errorOf(PersonService(fx.as(QStringLiteral("worker")))
                                   .add(child(familyId, QStringLiteral("李雨"), wrongCheck)))
                     .code,
                 ErrorCode::InvalidArgument);
        QString feb30 = QStringLiteral("50000020150230904");
        feb30 += IdentityNumber::checkCharacter(feb30);
        QCOMPARE(test::errorOf(PersonService(fx.as(QStringLiteral("worker")))
                                   .add(child(familyId, QStringLiteral("李雨"), feb30)))
                     .code,
                 ErrorCode::InvalidArgument);

        // What was typed must agree with the number.
        Person mismatch = child(familyId, QStringLiteral("李雨"),
                                DemoGenerator::demoIdentityNumber(QDate(2016, 5, 1), 904));
        mismatch.birthDate = QDate(2016, 5, 2);
        auto dateError = PersonService(fx.as(QStringLiteral("worker"))).add(mismatch);
        QVERIFY(test::errorOf(dateError).message.contains(QStringLiteral("2016-05-01")));
        mismatch.birthDate = {};
        mismatch.gender = QStringLiteral("male"); // 904 is even: female
        QCOMPARE(test::errorOf(PersonService(fx.as(QStringLiteral("worker"))).add(mismatch)).code,
                 ErrorCode::InvalidArgument);

        // The same number twice is refused.
        auto twice = PersonService(fx.as(QStringLiteral("worker")))
                         .add(child(familyId, QStringLiteral("王小明"), valid));
        QCOMPARE(test::errorOf(twice).code, ErrorCode::AlreadyExists);

        Person longName = child(familyId, QString(51, u'王'), {});
        QCOMPARE(test::errorOf(PersonService(fx.as(QStringLiteral("worker"))).add(longName)).code,
                 ErrorCode::InvalidArgument);
        Person badPhone = child(familyId, QStringLiteral("王芳"), {});
        badPhone.phone = QStringLiteral("call me");
        QCOMPARE(test::errorOf(PersonService(fx.as(QStringLiteral("worker"))).add(badPhone)).code,
                 ErrorCode::InvalidArgument);

        QCOMPARE(fx.db().queryText("SELECT count(*) FROM people;").value(), QStringLiteral("1"));
        // The child's school is linked to the family.
        QCOMPARE(worker.find(familyId)->schools, QStringList{CaseFixture::kSchool});
    }

    void listPagesWithAKeysetAndFilters()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        FamilyService worker(fx.as(QStringLiteral("worker")));
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            NewFamily f = familyIn(CaseFixture::kTownA);
            f.categories = CaseVocabulary::categoryBit(i % 2 ? FamilyCategory::Migrant
                                                             : FamilyCategory::SingleParent);
            ids << worker.add(f)->id;
            fx.now += 1000;
        }
        FamilyQuery q;
        q.limit = 3;
        QStringList seen;
        for (int page = 0; page < 5; ++page) {
            auto result = worker.list(q);
            QVERIFY(result.ok());
            for (const Family& f : result->rows)
                seen << f.id;
            if (!result->hasMore())
                break;
            q.after = result->next;
        }
        // Every family once, most recent activity first (all are uncoded).
        QStringList expected = ids;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(seen, expected);

        FamilyQuery migrants;
        migrants.anyCategories = CaseVocabulary::categoryBit(FamilyCategory::Migrant);
        QCOMPARE(worker.list(migrants)->rows.size(), 3);
        FamilyQuery otherTown;
        otherTown.town = CaseFixture::kTownB;
        QCOMPARE(worker.list(otherTown)->rows.size(), 0);
        // worker2 works in the other town and sees none of them.
        QCOMPARE(FamilyService(fx.as(QStringLiteral("worker2"))).list({})->rows.size(), 0);
        QCOMPARE(test::errorOf(FamilyService(fx.as(QStringLiteral("worker2"))).find(ids[0])).code,
                 ErrorCode::NotFound);
    }

    void openingAFileIsAuditedWithItsReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        FamilyService worker(fx.as(QStringLiteral("worker")));
        const Family family = worker.add(familyIn(CaseFixture::kTownA)).value();
        QVERIFY(PersonService(fx.as(QStringLiteral("worker")))
                    .add(child(family.id, QStringLiteral("王小明"), {}))
                    .ok());
        auto file = worker.open(family.fileNo, QStringLiteral("home visit tomorrow"));
        QVERIFY(file.ok());
        QCOMPARE(file->people.size(), 1);
        QVERIFY(!file->partial);

        AuditFilter filter;
        filter.familyId = family.id;
        auto entries = AuditLog(fx.db()).list(filter);
        QVERIFY(entries.ok());
        QStringList actions;
        for (const AuditEntry& e : entries->rows)
            actions << e.record.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("family.add"), QStringLiteral("person.add"),
                                       QStringLiteral("family.open")}));
        QCOMPARE(entries->rows.last().record.reason, QStringLiteral("home visit tomorrow"));
        QCOMPARE(entries->rows.last().record.userName, QStringLiteral("worker"));
        // Opening a file outside one's scope is not found, and leaves no trace of its content.
        QCOMPARE(
            test::errorOf(FamilyService(fx.as(QStringLiteral("worker2"))).open(family.id)).code,
            ErrorCode::NotFound);
    }

    void aFilesAuditTrailIsForSupervisorsInScope()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const Family family = FamilyService(fx.as(QStringLiteral("worker")))
                                  .add(familyIn(CaseFixture::kTownA))
                                  .value();
        const Family other = FamilyService(fx.as(QStringLiteral("worker")))
                                 .add(familyIn(CaseFixture::kTownA))
                                 .value();
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .open(family.id, QStringLiteral("monthly review"))
                    .ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(PersonService(fx.as(QStringLiteral("worker")))
                        .add(child(family.id, QStringLiteral("王小明%1").arg(i), {}))
                        .ok());

        // Newest first, this family only, a page at a time, reasons shown.
        FamilyService boss(fx.as(QStringLiteral("boss")));
        auto first = boss.auditTrail(family.fileNo, {}, 2);
        QVERIFY(first.ok());
        QCOMPARE(first->rows.size(), 2);
        QVERIFY(first->hasMore());
        auto rest = boss.auditTrail(family.id, first->next, 10);
        QVERIFY(rest.ok());
        QVERIFY(!rest->hasMore());
        QStringList actions;
        for (const auto* page : {&first.value(), &rest.value()})
            for (const AuditEntry& e : page->rows) {
                QCOMPARE(e.record.familyId, family.id);
                actions << e.record.action;
            }
        QCOMPARE(actions, (QStringList{QStringLiteral("person.add"), QStringLiteral("person.add"),
                                       QStringLiteral("person.add"), QStringLiteral("family.open"),
                                       QStringLiteral("family.add")}));
        QCOMPARE(rest->rows.at(1).record.reason, QStringLiteral("monthly review"));
        QVERIFY(!rest->rows.at(1).reasonHidden);
        QCOMPARE(boss.auditTrail(other.id)->rows.size(), 1);

        // Caseworkers do not read the audit trail; a supervisor of another town finds no file.
        QCOMPARE(test::errorOf(FamilyService(fx.as(QStringLiteral("worker"))).auditTrail(family.id))
                     .code,
                 ErrorCode::PermissionDenied);
        const Family elsewhere = FamilyService(fx.as(QStringLiteral("worker2")))
                                     .add(familyIn(CaseFixture::kTownB))
                                     .value();
        QCOMPARE(test::errorOf(boss.auditTrail(elsewhere.id)).code, ErrorCode::NotFound);
        // A cursor of another list is refused.
        QVERIFY(!boss.auditTrail(family.id, QStringLiteral("bm90LWEtY3Vyc29y")).ok());
    }

    void closingNeedsASupervisorAndAReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const Family family = FamilyService(fx.as(QStringLiteral("worker")))
                                  .add(familyIn(CaseFixture::kTownA))
                                  .value();
        auto byWorker = FamilyService(fx.as(QStringLiteral("worker")))
                            .setStatus(family.id, FamilyStatus::Closed, QStringLiteral("done"));
        QCOMPARE(test::errorOf(byWorker).code, ErrorCode::PermissionDenied);
        FamilyService boss(fx.as(QStringLiteral("boss")));
        QCOMPARE(test::errorOf(boss.setStatus(family.id, FamilyStatus::Closed, {})).code,
                 ErrorCode::InvalidArgument);
        QVERIFY(boss.setStatus(family.id, FamilyStatus::Closed, QStringLiteral("家庭监护恢复正常"))
                    .ok());
        QCOMPARE(boss.find(family.id)->status, FamilyStatus::Closed);
        QCOMPARE(boss.find(family.id)->statusReason, QStringLiteral("家庭监护恢复正常"));
        // Closed files leave the default (open) list.
        QCOMPARE(boss.list({})->rows.size(), 0);
        // A closed file is read-only until reopened, for everyone.
        QVERIFY(test::errorOf(boss.assign(family.id, QStringLiteral("worker2")))
                    .message.contains(QStringLiteral("read-only")));
        QVERIFY(boss.setStatus(family.id, FamilyStatus::Open, QStringLiteral("新情况")).ok());
        QVERIFY(boss.assign(family.id, QStringLiteral("worker2")).ok());
        QCOMPARE(boss.find(family.id)->caseworkerName, QStringLiteral("worker2"));
    }
};

QTEST_GUILESS_MAIN(TestFamilyService)
#include "tst_family_service.moc"
