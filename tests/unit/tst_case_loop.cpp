// The rest of the loop: plans, guidance, follow-ups and the overdue queue, referrals and their
// status machine, attachments.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "services/AttachmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/GuidanceService.h"
#include "services/PersonService.h"
#include "services/PlanService.h"
#include "services/ReferenceData.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"
#include "storage/Database.h"

#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

class TestCaseLoop : public QObject {
    Q_OBJECT

    static QString addFamily(CaseFixture& fx, const QString& who = QStringLiteral("worker"),
                             const QString& town = CaseFixture::kTownA)
    {
        NewFamily f;
        f.town = town;
        auto family = FamilyService(fx.as(who)).add(f);
        return family.ok() ? family->id : QString();
    }
    static QString addPerson(CaseFixture& fx, const QString& familyId, MemberRole role,
                             const QString& name, const QString& school = {})
    {
        Person p;
        p.familyId = familyId;
        p.role = role;
        p.name = name;
        p.school = school;
        auto person = PersonService(fx.as(QStringLiteral("worker"))).add(p);
        return person.ok() ? person->id : QString();
    }
    static FollowUp visit(const QString& familyId, const QDate& date)
    {
        FollowUp x;
        x.familyId = familyId;
        x.kind = FollowUpKind::HomeVisit;
        x.date = date;
        x.notes = QStringLiteral("入户走访");
        return x;
    }

private Q_SLOTS:
    void followUpsFollowTheCadenceOfTheCode()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString a = addFamily(fx);
        const QString b = addFamily(fx);
        const QDate today = fx.as(QStringLiteral("worker")).today();
        QVERIFY(RiskService(fx.as(QStringLiteral("worker")))
                    .propose(a, RiskCode::Red, QStringLiteral("x"))
                    .ok());
        QVERIFY(RiskService(fx.as(QStringLiteral("worker")))
                    .propose(b, RiskCode::Blue, QStringLiteral("x"))
                    .ok());
        FollowUpService followUps(fx.as(QStringLiteral("worker")));
        auto red = followUps.add(visit(a, today));
        auto blue = followUps.add(visit(b, today));
        QCOMPARE(red->nextDue, today.addDays(7));
        QCOMPARE(blue->nextDue, today.addDays(90));
        // An explicit next date wins; it must come after the visit.
        FollowUp early = visit(b, today);
        early.nextDue = today;
        QCOMPARE(errorOf(followUps.add(early)).code, ErrorCode::InvalidArgument);
        FollowUp future = visit(b, today.addDays(1));
        QVERIFY(errorOf(followUps.add(future)).message.contains(today.toString(Qt::ISODate)));
        FollowUp empty = visit(b, today);
        empty.notes.clear();
        QCOMPARE(errorOf(followUps.add(empty)).code, ErrorCode::InvalidArgument);
        // The cadence is the administrator's to change; codes left out keep theirs.
        ReferenceData admin(fx.as(QStringLiteral("admin")));
        QCOMPARE(
            errorOf(
                ReferenceData(fx.as(QStringLiteral("worker"))).setCadence(QStringLiteral("red=3")))
                .code,
            ErrorCode::PermissionDenied);
        QCOMPARE(errorOf(admin.setCadence(QStringLiteral("red=0"))).code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf(admin.setCadence(QStringLiteral("purple=3"))).code,
                 ErrorCode::InvalidArgument);
        QVERIFY(admin.setCadence(QStringLiteral("red=3")).ok());
        QCOMPARE(ReferenceData::cadence(fx.db())->text(),
                 QStringLiteral("red=3,orange=14,yellow=30,blue=90"));
        QCOMPARE(followUps.add(visit(a, today))->nextDue, today.addDays(3));
        QCOMPARE(followUps.add(visit(b, today))->nextDue, today.addDays(90));
        // Follow-ups are append-only.
        QVERIFY(!fx.db().exec("UPDATE follow_ups SET notes = 'x';").ok());
        QVERIFY(!fx.db().exec("DELETE FROM follow_ups;").ok());
    }

    void overdueQueueListsMostOverdueFirstPerWorkerAndScope()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString red = addFamily(fx);
        const QString yellow = addFamily(fx);
        const QString other = addFamily(fx, QStringLiteral("worker2"), CaseFixture::kTownB);
        const QDate start = fx.as(QStringLiteral("worker")).today();
        QVERIFY(RiskService(fx.as(QStringLiteral("worker")))
                    .propose(red, RiskCode::Red, QStringLiteral("x"))
                    .ok());
        QVERIFY(RiskService(fx.as(QStringLiteral("worker")))
                    .propose(yellow, RiskCode::Yellow, QStringLiteral("x"))
                    .ok());
        QVERIFY(RiskService(fx.as(QStringLiteral("worker2")))
                    .propose(other, RiskCode::Red, QStringLiteral("x"))
                    .ok());
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker"))).add(visit(red, start)).ok());
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker"))).add(visit(yellow, start)).ok());
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker2"))).add(visit(other, start)).ok());

        QCOMPARE(FollowUpService(fx.as(QStringLiteral("worker"))).due({})->rows.size(), 0);
        fx.advanceDays(10); // red (7 days) is overdue, yellow (30) is not
        auto queue = FollowUpService(fx.as(QStringLiteral("worker"))).due({});
        QCOMPARE(queue->rows.size(), 1);
        QCOMPARE(queue->rows.first().family.id, red);
        QCOMPARE(queue->rows.first().daysOverdue, 3);
        fx.advanceDays(30);
        queue = FollowUpService(fx.as(QStringLiteral("worker"))).due({});
        QCOMPARE(queue->rows.size(), 2);
        QCOMPARE(queue->rows.at(0).family.id, red); // most overdue first
        QCOMPARE(queue->rows.at(1).family.id, yellow);
        // worker2's family is in the other town: not in worker's queue, nor in boss's (town A).
        QCOMPARE(FollowUpService(fx.as(QStringLiteral("boss"))).due({})->rows.size(), 2);
        DueQuery mine;
        mine.mineOnly = true;
        QCOMPARE(FollowUpService(fx.as(QStringLiteral("boss"))).due(mine)->rows.size(), 0);
        QCOMPARE(FollowUpService(fx.as(QStringLiteral("worker2"))).due(mine)->rows.size(), 1);
        // A new visit clears it from the queue.
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker")))
                    .add(visit(red, fx.as(QStringLiteral("worker")).today()))
                    .ok());
        QCOMPARE(FollowUpService(fx.as(QStringLiteral("worker"))).due({})->rows.size(), 1);
        QCOMPARE(errorOf(FollowUpService(fx.as(QStringLiteral("counselor"))).due({})).code,
                 ErrorCode::PermissionDenied);
    }

    void plansNeedASupervisorAndShowProgress()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = addFamily(fx);
        PlanService worker(fx.as(QStringLiteral("worker")));
        auto plan = worker.add(family, PlanKind::Care, QStringLiteral("关爱服务实施方案"),
                               QStringLiteral("保障孩子按时就学"));
        QVERIFY(plan.ok());
        QVERIFY(errorOf(PlanService(fx.as(QStringLiteral("boss"))).approve(plan->id))
                    .message.contains(QStringLiteral("action")));
        PlanAction a;
        a.description = QStringLiteral("每月入户走访");
        a.agency = QStringLiteral("重庆高新区妇女联合会");
        a.dueDate = QDate(2026, 4, 1);
        auto first = worker.addAction(plan->id, a);
        a.description = QStringLiteral("协调课后托管");
        auto second = worker.addAction(plan->id, a);
        a.description = QStringLiteral("不再需要");
        auto third = worker.addAction(plan->id, a);
        QVERIFY(first.ok() && second.ok() && third.ok());
        QCOMPARE(errorOf(worker.approve(plan->id)).code, ErrorCode::PermissionDenied);
        QVERIFY(PlanService(fx.as(QStringLiteral("boss"))).approve(plan->id).ok());
        QVERIFY(worker.setActionStatus(first->id, ActionStatus::Done).ok());
        QVERIFY(worker.setActionStatus(third->id, ActionStatus::Dropped).ok());
        auto now = worker.get(plan->id);
        QCOMPARE(now->status, PlanStatus::Approved);
        QCOMPARE(now->approvedByName, QStringLiteral("boss"));
        QCOMPARE(now->progressPercent(), 50); // one of two counted actions
        QVERIFY(PlanService(fx.as(QStringLiteral("boss"))).close(plan->id).ok());
        QVERIFY(errorOf(worker.addAction(plan->id, a)).message.contains(QStringLiteral("closed")));
    }

    void referralsFollowTheirStatusMachine()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = addFamily(fx);
        const QString guardian =
            addPerson(fx, family, MemberRole::Guardian, QStringLiteral("张桂英"));
        ReferralService worker(fx.as(QStringLiteral("worker")));
        Referral r;
        r.familyId = family;
        r.agency = CaseFixture::kAgency;
        r.request = ReferralRequest::SupervisionOrder;
        r.legalBasis = QStringLiteral("《家庭教育促进法》第四十九条");
        r.requiredHours = 6;
        auto created = worker.create(r);
        QVERIFY(created.ok());
        QCOMPARE(created->status, ReferralStatus::Draft);

        // The liaison does not see drafts, and may not send.
        ReferralService liaison(fx.as(QStringLiteral("liaison")));
        QCOMPARE(liaison.list({})->rows.size(), 0);
        QCOMPARE(errorOf(liaison.get(created->id)).code, ErrorCode::NotFound);
        // Skipping a step is refused with what is allowed.
        auto skip = worker.move(created->id, {ReferralStatus::Accepted, {}, {}, {}});
        QVERIFY(
            errorOf(skip).message.contains(ReferralStatuses::displayName(ReferralStatus::Sent)));
        QVERIFY(worker.move(created->id, {ReferralStatus::Sent, QStringLiteral("当面递交"), {}, {}})
                    .ok());
        QCOMPARE(liaison.list({})->rows.size(), 1);
        QVERIFY(liaison.move(created->id, {ReferralStatus::Received, {}, {}, {}}).ok());
        QCOMPARE(errorOf(liaison.move(created->id, {ReferralStatus::Declined, {}, {}, {}})).code,
                 ErrorCode::InvalidArgument); // a decline says why
        auto accepted = liaison.move(
            created->id, {ReferralStatus::Accepted, {}, QStringLiteral("已制发督促监护令"), {}});
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->response, QStringLiteral("已制发督促监护令"));
        QCOMPARE(errorOf(liaison.move(created->id, {ReferralStatus::Closed, {}, {}, {}})).code,
                 ErrorCode::PermissionDenied);

        // Guidance hours count against the order.
        GuidanceSession g;
        g.familyId = family;
        g.guardianId = guardian;
        g.referralId = created->id;
        g.date = fx.as(QStringLiteral("worker")).today();
        g.hours = 2.5;
        g.topic = QStringLiteral("监护人法定职责");
        QVERIFY(GuidanceService(fx.as(QStringLiteral("worker"))).add(g).ok());
        g.hours = 0;
        QCOMPARE(errorOf(GuidanceService(fx.as(QStringLiteral("worker"))).add(g)).code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(worker.get(created->id, QStringLiteral("核对指导时长"))->hoursDone, 2.5);
        // Reading a referral is audited like opening a family file.
        AuditFilter filter;
        filter.familyId = family;
        auto entries = AuditLog(fx.db()).list(filter);
        QCOMPARE(entries->rows.last().record.action, QStringLiteral("referral.open"));
        QCOMPARE(entries->rows.last().record.reason, QStringLiteral("核对指导时长"));

        auto closed = worker.move(created->id,
                                  {ReferralStatus::Closed, {}, {}, QStringLiteral("监护人已整改")});
        QVERIFY(closed.ok());
        QStringList path;
        for (const ReferralEvent& e : closed->events)
            path << ReferralStatuses::id(e.status);
        QCOMPARE(path, (QStringList{QStringLiteral("draft"), QStringLiteral("sent"),
                                    QStringLiteral("received"), QStringLiteral("accepted"),
                                    QStringLiteral("closed")}));
        QCOMPARE(closed->events.at(1).note, QStringLiteral("当面递交"));
        QCOMPARE(closed->events.at(2).byUserName, QStringLiteral("liaison"));
        // No display name: screens show the user name.
        QCOMPARE(closed->events.at(2).byDisplayName, QStringLiteral("liaison"));
        QCOMPARE(errorOf(worker.move(created->id, {ReferralStatus::Sent, {}, {}, {}})).code,
                 ErrorCode::InvalidArgument);
    }

    void liaisonSeesOnlyTheirAgency()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = addFamily(fx);
        ReferralService worker(fx.as(QStringLiteral("worker")));
        Referral r;
        r.familyId = family;
        r.request = ReferralRequest::Relief;
        r.agency = QStringLiteral("高新区公共服务局");
        auto elsewhere = worker.create(r);
        QVERIFY(worker.move(elsewhere->id, {ReferralStatus::Sent, {}, {}, {}}).ok());
        ReferralService liaison(fx.as(QStringLiteral("liaison")));
        QCOMPARE(liaison.list({})->rows.size(), 0);
        // Another agency's referral is answered exactly like one that does not exist.
        const Error other = errorOf(liaison.get(elsewhere->id));
        QCOMPARE(other.code, ErrorCode::NotFound);
        const QString missingId = QStringLiteral("019a0000-0000-7000-8000-000000000000");
        const Error missing = errorOf(liaison.get(missingId));
        QCOMPARE(missing.code, ErrorCode::NotFound);
        QCOMPARE(QString(other.message).replace(elsewhere->id, QStringLiteral("X")),
                 QString(missing.message).replace(missingId, QStringLiteral("X")));
        QCOMPARE(errorOf(liaison.move(elsewhere->id, {ReferralStatus::Received, {}, {}, {}})).code,
                 ErrorCode::NotFound);
        // And no family files, lists or searches.
        QCOMPARE(errorOf(FamilyService(fx.as(QStringLiteral("liaison"))).list({})).code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(errorOf(FamilyService(fx.as(QStringLiteral("liaison"))).open(family)).code,
                 ErrorCode::PermissionDenied);
    }

    void attachmentsAreStoredWithTheirHashAndExportsAudited()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = addFamily(fx);
        AttachmentService worker(fx.as(QStringLiteral("worker")));
        const QByteArray content = "情况说明 PDF bytes \x00\x01\x02";
        auto info = worker.add(family, QStringLiteral("情况说明.pdf"), content,
                               QStringLiteral("application/pdf"));
        QVERIFY(info.ok());
        QCOMPARE(info->size, content.size());
        QCOMPARE(info->sha256, AttachmentService::sha256Hex(content));
        auto out = worker.exportContent(info->id, QStringLiteral("转介材料"));
        QCOMPARE(out.value(), content);

        AuditFilter filter;
        filter.familyId = family;
        auto entries = AuditLog(fx.db()).list(filter);
        QCOMPARE(entries->rows.last().record.action, QStringLiteral("attachment.export"));
        QCOMPARE(entries->rows.last().record.reason, QStringLiteral("转介材料"));

        const QByteArray big(AttachmentService::kMaxBytes + 1, 'x');
        auto tooBig = worker.add(family, QStringLiteral("big.bin"), big);
        QCOMPARE(errorOf(tooBig).code, ErrorCode::InvalidArgument);
        QVERIFY(errorOf(tooBig).message.contains(QStringLiteral("20")));
        QCOMPARE(errorOf(worker.add(family, QStringLiteral("../etc/passwd"), content)).code,
                 ErrorCode::InvalidArgument);

        // Content changed behind the application's back is not handed out.
        QVERIFY(fx.db().exec("UPDATE attachments SET content = x'00';").ok());
        QCOMPARE(errorOf(worker.exportContent(info->id)).code, ErrorCode::Corrupt);
        // Out of scope: not found.
        QCOMPARE(
            errorOf(AttachmentService(fx.as(QStringLiteral("worker2"))).exportContent(info->id))
                .code,
            ErrorCode::NotFound);
    }

    void viewingAnAttachmentIsAudited()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = addFamily(fx);
        AttachmentService worker(fx.as(QStringLiteral("worker")));
        const QByteArray content = "入户照片 bytes \x00\x01";
        auto info = worker.add(family, QStringLiteral("入户照片.jpg"), content,
                               QStringLiteral("image/jpeg"));
        QVERIFY(info.ok());
        auto shown = worker.viewContent(info->id);
        QCOMPARE(shown.value(), content);

        AuditFilter filter;
        filter.familyId = family;
        auto entries = AuditLog(fx.db()).list(filter);
        const AuditRecord& last = entries->rows.last().record;
        QCOMPARE(last.action, QStringLiteral("attachment.view"));
        QCOMPARE(last.entityId, info->id);
        QCOMPARE(last.userName, QStringLiteral("worker"));
        QVERIFY(AuditLog(fx.db()).verify()->intact);

        // Out of scope: answered like a missing attachment, and nothing is audited.
        const qsizetype before = entries->rows.size();
        QCOMPARE(
            errorOf(AttachmentService(fx.as(QStringLiteral("worker2"))).viewContent(info->id)).code,
            ErrorCode::NotFound);
        QCOMPARE(AuditLog(fx.db()).list(filter)->rows.size(), before);
        // Content changed behind the application's back is not shown.
        QVERIFY(fx.db().exec("UPDATE attachments SET content = x'00';").ok());
        QCOMPARE(errorOf(worker.viewContent(info->id)).code, ErrorCode::Corrupt);
        QCOMPARE(AuditLog(fx.db()).list(filter)->rows.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestCaseLoop)
#include "tst_case_loop.moc"
