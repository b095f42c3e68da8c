// Corrections and updates: family details, a person's details (a new name or identity number
// needs a reason), plan actions, draft referrals — each through the outbox with exactly the
// changed fields and in the audit log; history records are corrected by an amending record that
// replaces the mistaken one in the file and in everything derived from it.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "projection/FamilyProjection.h"
#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/PlanService.h"
#include "services/ReferralService.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

namespace {

qint64 lastSeq(Database& db)
{
    return fetchOne(db, "SELECT coalesce(max(seq), 0) FROM change_log;", {},
                    [](const Statement& st) { return st.int64(0); }, {})
        .value();
}

/// The outbox entries written after `seq`: entity and the JSON object of fields.
QList<std::pair<QString, QJsonObject>> outboxAfter(Database& db, qint64 seq)
{
    return fetchAll(db, "SELECT entity, fields FROM change_log WHERE seq > ? ORDER BY seq;", {seq},
                    [](const Statement& st) {
                        return std::pair(st.text(0),
                                         QJsonDocument::fromJson(st.text(1).toUtf8()).object());
                    })
        .value();
}

QString lastAudit(Database& db, QString* reason = nullptr)
{
    auto row = fetchOne(db, "SELECT action, reason FROM audit_log ORDER BY seq DESC LIMIT 1;", {},
                        [](const Statement& st) { return std::pair(st.text(0), st.text(1)); }, {})
                   .value();
    if (reason)
        *reason = row.second;
    return row.first;
}

} // namespace

class TestEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void familyDetailsChangeFieldByField()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        nf.community = QStringLiteral("新桥村");
        nf.address = QStringLiteral("1组1号");
        FamilyService worker(fx.as(QStringLiteral("worker")));
        const Family f = worker.add(nf).value();
        const qint64 before = lastSeq(fx.db());
        FamilyEdit e;
        e.address = QStringLiteral("3组12号");
        e.community = QStringLiteral("新桥村"); // unchanged: not written
        e.categories = CaseVocabulary::categoryBit(FamilyCategory::Migrant);
        auto edited = worker.edit(f.id, e);
        QVERIFY(edited.ok());
        QCOMPARE(edited->address, QStringLiteral("3组12号"));
        auto outbox = outboxAfter(fx.db(), before);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().first, QStringLiteral("families"));
        QCOMPARE(outbox.first().second.keys(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("categories")}));
        QCOMPARE(lastAudit(fx.db()), QStringLiteral("family.edit"));
        // Nothing changed: nothing written, nothing audited.
        const qint64 quiet = lastSeq(fx.db());
        QVERIFY(worker.edit(f.id, e).ok());
        QCOMPARE(lastSeq(fx.db()), quiet);
        // The new address is found by search.
        QCOMPARE(SearchService(fx.as(QStringLiteral("worker")))
                     .search({QStringLiteral("3组")})
                     ->rows.size(),
                 1);
        // Reassigning is the supervisor's; a caseworker of another town cannot edit.
        FamilyEdit reassign;
        reassign.caseworkerName = QStringLiteral("worker2");
        QCOMPARE(errorOf(worker.edit(f.id, reassign)).code, ErrorCode::PermissionDenied);
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss"))).edit(f.id, reassign).ok());
        QCOMPARE(lastAudit(fx.db()), QStringLiteral("family.assign"));
        QCOMPARE(errorOf(FamilyService(fx.as(QStringLiteral("worker2"))).edit(f.id, e)).code,
                 ErrorCode::NotFound);
        FamilyEdit bad;
        bad.address = QString(501, u'址');
        QCOMPARE(errorOf(worker.edit(f.id, bad)).code, ErrorCode::InvalidArgument);
    }

    void aNewNameOrIdentityNumberNeedsAReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        const QString family = FamilyService(fx.as(QStringLiteral("worker"))).add(nf)->id;
        PersonService people(fx.as(QStringLiteral("worker")));
        Person p;
        p.familyId = family;
        p.role = MemberRole::Child;
        p.name = QStringLiteral("王小名");
        p.idNumber = DemoGenerator::demoIdentityNumber(QDate(2014, 6, 1), 911);
        const Person added = people.add(p).value();
        QCOMPARE(added.birthDate, QDate(2014, 6, 1));

        const qint64 before = lastSeq(fx.db());
        PersonEdit phone;
        phone.phone = QStringLiteral("100-1234-5678");
        QVERIFY(people.edit(added.id, phone).ok());
        QCOMPARE(outboxAfter(fx.db(), before).first().second.keys(),
                 QStringList{QStringLiteral("phone")});

        PersonEdit rename;
        rename.name = QStringLiteral("王小明");
        QVERIFY(errorOf(people.edit(added.id, rename)).message.contains(QStringLiteral("reason")));
        rename.reason = QStringLiteral("户口本核对，原录入错字");
        auto renamed = people.edit(added.id, rename);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->name, QStringLiteral("王小明"));
        QString reason;
        QCOMPARE(lastAudit(fx.db(), &reason), QStringLiteral("person.edit"));
        QCOMPARE(reason, rename.reason);

        // A new identity number gives its own birth date and gender.
        PersonEdit number;
        number.idNumber = DemoGenerator::demoIdentityNumber(QDate(2013, 1, 9), 920);
        number.reason = QStringLiteral("身份证号录入错误");
        auto renumbered = people.edit(added.id, number);
        QVERIFY(renumbered.ok());
        QCOMPARE(renumbered->birthDate, QDate(2013, 1, 9));
        QCOMPARE(renumbered->gender, QStringLiteral("female"));
        PersonEdit invalid;
        invalid.idNumber = QStringLiteral("500000201301099201");
        invalid.reason = QStringLiteral("x");
        QCOMPARE(errorOf(people.edit(added.id, invalid)).code, ErrorCode::InvalidArgument);
        // Counselors and out-of-scope users do not edit people.
        QCOMPARE(
            errorOf(PersonService(fx.as(QStringLiteral("worker2"))).edit(added.id, phone)).code,
            ErrorCode::NotFound);
    }

    void planActionsAndDraftReferralsAreCorrected()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        const QString family = FamilyService(worker).add(nf)->id;
        PlanService plans(worker);
        const Plan plan = plans.add(family, PlanKind::Care, QStringLiteral("方案"), {}).value();
        PlanAction a;
        a.description = QStringLiteral("每月入户一次");
        a.agency = QStringLiteral("妇联");
        const PlanAction action = plans.addAction(plan.id, a).value();
        const qint64 before = lastSeq(fx.db());
        ActionEdit e;
        e.owner = QStringLiteral("刘颖");
        e.dueDate = worker.today().addDays(30);
        auto edited = plans.editAction(action.id, e);
        QVERIFY(edited.ok());
        QCOMPARE(edited->owner, QStringLiteral("刘颖"));
        QCOMPARE(outboxAfter(fx.db(), before).first().second.keys(),
                 (QStringList{QStringLiteral("due_date"), QStringLiteral("owner")}));

        ReferralService referrals(worker);
        Referral r;
        r.familyId = family;
        r.agency = CaseFixture::kAgency;
        r.request = ReferralRequest::SupervisionOrder;
        const Referral draft = referrals.create(r).value();
        ReferralEdit re;
        re.problems = QStringLiteral("长期未履行监护职责");
        re.requiredHours = 24;
        auto corrected = referrals.editDraft(draft.id, re);
        QVERIFY(corrected.ok());
        QCOMPARE(corrected->problems, QStringLiteral("长期未履行监护职责"));
        QCOMPARE(corrected->requiredHours, 24.0);
        QVERIFY(referrals.move(draft.id, {ReferralStatus::Sent, {}, {}, {}}).ok());
        QVERIFY(
            errorOf(referrals.editDraft(draft.id, re)).message.contains(QStringLiteral("draft")));
    }

    void aCorrectedFollowUpReplacesTheMistakenOne()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        const QString family = FamilyService(worker).add(nf)->id;
        FollowUpService followUps(worker);
        FollowUp x;
        x.familyId = family;
        x.kind = FollowUpKind::HomeVisit;
        x.date = worker.today();
        x.notes = QStringLiteral("错录：孩子辍学");
        const FollowUp wrong = followUps.add(x).value();
        fx.advanceDays(1);
        FollowUp fixed = x;
        fixed.date = worker.today().addDays(-3);
        fixed.notes = QStringLiteral("孩子按时上学");
        QVERIFY(errorOf(followUps.amend(wrong.id, fixed, {}))
                    .message.contains(QStringLiteral("reason")));
        auto correction = followUps.amend(wrong.id, fixed, QStringLiteral("录错了家庭"));
        QVERIFY(correction.ok());
        QCOMPARE(correction->amendsId, wrong.id);
        QCOMPARE(correction->amendReason, QStringLiteral("录错了家庭"));
        // Both stay; the mistaken one names its correction, and neither can be edited.
        auto file = FamilyService(worker).open(family);
        QCOMPARE(file->followUps.size(), 2);
        for (const FollowUp& f : file->followUps)
            if (f.id == wrong.id)
                QCOMPARE(f.supersededBy, correction->id);
        QVERIFY(!fx.db().exec("UPDATE follow_ups SET notes = 'x';").ok());
        // Derived data follows the correction: its date sets the due date, its words are found,
        // the mistaken words are not.
        QCOMPARE(FamilyProjection::cached(fx.db(), family)->nextDue, fixed.date.addDays(90));
        SearchService search(worker);
        QCOMPARE(search.search({QStringLiteral("按时上学")})->rows.size(), 1);
        QCOMPARE(search.search({QStringLiteral("辍学")})->rows.size(), 0);
        // A correction is corrected in its turn, not the original twice.
        QVERIFY(errorOf(followUps.amend(wrong.id, fixed, QStringLiteral("again")))
                    .message.contains(QStringLiteral("already")));
    }

    void aCorrectedAssessmentActsOnTheCodeLikeAnyOther()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        const QString family = FamilyService(worker).add(nf)->id;
        AssessmentService assessments(worker);
        NewAssessment in;
        in.familyId = family;
        in.answers = test::answersFor(RiskCode::Blue);
        const AssessmentOutcome first = assessments.assess(in).value();
        QCOMPARE(FamilyService(worker).find(family)->riskCode, RiskCode::Blue);
        // The answers were mistyped: the child had been harmed.
        in.answers = test::answersFor(RiskCode::Red);
        auto corrected = assessments.amend(first.assessment.id, in, QStringLiteral("答案录错"));
        QVERIFY(corrected.ok());
        QCOMPARE(corrected->assessment.amendsId, first.assessment.id);
        QCOMPARE(corrected->riskEvents.constLast().code, RiskCode::Red);
        QCOMPARE(FamilyService(worker).find(family)->riskCode, RiskCode::Red);
        auto file = FamilyService(worker).open(family);
        for (const Assessment& a : file->assessments)
            if (a.id == first.assessment.id)
                QCOMPARE(a.supersededBy, corrected->assessment.id);
        QCOMPARE(errorOf(AssessmentService(fx.as(QStringLiteral("worker2")))
                             .amend(first.assessment.id, in, QStringLiteral("x")))
                     .code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
