// The rules found missing by testing the command line as a new user and as an attacker: due
// dates beyond the code's cadence, dates far in the past or future, codes confirmed below an
// assessment's suggestion, closed files, answers that told out-of-scope records from missing
// ones, counselors' search, scope changes in an open session, change events of the one write
// path, reasons the system writes, the node id of a new database, opening a file once.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/RecordText.h"
#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/PlanService.h"
#include "services/ReferenceData.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"
#include "storage/Query.h"

#include <QSignalSpy>
#include <QTest>

#include <latch>
#include <thread>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;
using test::visit;

namespace {

QString addChild(CaseFixture& fx, const QString& family, const QString& name, const QString& school,
                 const QString& idNumber = {})
{
    Person p;
    p.familyId = family;
    p.role = MemberRole::Child;
    p.name = name;
    p.school = school;
    p.idNumber = idNumber;
    auto added = PersonService(fx.as(QStringLiteral("worker"))).add(p);
    return added.ok() ? added->id : QString();
}

} // namespace

class TestCaseRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLaterDueDateNeedsAReasonAndShowsToTheSupervisor()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        const QString child = addChild(fx, family, QStringLiteral("王小明"), CaseFixture::kSchool);
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        QVERIFY(RiskService(worker).propose(family, RiskCode::Red, QStringLiteral("受伤")).ok());
        const QDate today = worker.today();
        FollowUpService followUps(worker);
        // Red: every 7 days. Two months later is no ordinary next visit.
        FollowUp far = visit(family, today);
        far.nextDue = today.addDays(60);
        const Error noReason = errorOf(followUps.add(far));
        QCOMPARE(noReason.code, ErrorCode::InvalidArgument);
        QVERIFY(noReason.message.contains(QStringLiteral("7")));
        // A counselor may not push it out at all, reason or not.
        FollowUp byCounselor = far;
        byCounselor.personId = child;
        byCounselor.nextDueReason = QStringLiteral("暑假");
        QCOMPARE(errorOf(FollowUpService(fx.as(QStringLiteral("counselor"))).add(byCounselor)).code,
                 ErrorCode::PermissionDenied);
        QVERIFY(FollowUpService(fx.as(QStringLiteral("boss"))).extendedDue()->rows.isEmpty());
        far.nextDueReason = QStringLiteral("孩子随父母外出务工地，开学返回");
        auto recorded = followUps.add(far);
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->nextDueReason, far.nextDueReason);
        // The supervisor sees it with the reason; the caseworker's queue is not the supervisor's.
        auto queue = FollowUpService(fx.as(QStringLiteral("boss"))).extendedDue();
        QVERIFY(queue.ok());
        QCOMPARE(queue->rows.size(), 1);
        QCOMPARE(queue->rows.first().followUp.nextDueReason, far.nextDueReason);
        QCOMPARE(queue->rows.first().family.id, family);
        QCOMPARE(errorOf(followUps.extendedDue()).code, ErrorCode::PermissionDenied);
        // A later ordinary visit ends it: the due date no longer comes from the extension.
        fx.advanceDays(3);
        QVERIFY(followUps.add(visit(family, worker.today())).ok());
        QVERIFY(FollowUpService(fx.as(QStringLiteral("boss"))).extendedDue()->rows.isEmpty());
        // A reason given for a date within the cadence is not kept (nothing to review).
        FollowUp near = visit(family, worker.today());
        near.nextDueReason = QStringLiteral("无");
        QVERIFY(followUps.add(near)->nextDueReason.isEmpty());
    }

    void datesFarInThePastOrFutureAreRefusedEverywhere()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        FollowUpService followUps(worker);
        const QDate today = worker.today();
        QCOMPARE(errorOf(followUps.add(visit(family, QDate(1999, 12, 31)))).code,
                 ErrorCode::InvalidArgument);
        FollowUp forever = visit(family, today);
        forever.nextDue = QDate(2099, 1, 1);
        forever.nextDueReason = QStringLiteral("长期外出");
        const Error farDue = errorOf(followUps.add(forever));
        QCOMPARE(farDue.code, ErrorCode::InvalidArgument);
        QVERIFY(farDue.message.contains(today.addYears(2).toString(Qt::ISODate)));
        Person old;
        old.familyId = family;
        old.role = MemberRole::Guardian;
        old.name = QStringLiteral("王老");
        old.birthDate = QDate(1800, 1, 1);
        QCOMPARE(errorOf(PersonService(worker).add(old)).code, ErrorCode::InvalidArgument);
        old.birthDate = today.addDays(1);
        QCOMPARE(errorOf(PersonService(worker).add(old)).code, ErrorCode::InvalidArgument);
        old.birthDate = QDate(1950, 5, 1);
        QVERIFY(PersonService(worker).add(old).ok());
        PlanService plans(worker);
        auto plan = plans.add(family, PlanKind::Care, QStringLiteral("关爱服务实施方案"), {});
        QVERIFY(plan.ok());
        PlanAction action;
        action.description = QStringLiteral("每月入户");
        action.dueDate = QDate(2099, 1, 1);
        QCOMPARE(errorOf(plans.addAction(plan->id, action)).code, ErrorCode::InvalidArgument);
    }

    void aCodeBelowTheSuggestionGoesToASupervisor()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        NewAssessment in;
        in.familyId = family;
        in.answers = test::answersFor(RiskCode::Red);
        in.confirmedCode = RiskCode::Blue;
        in.overrideReason = QStringLiteral("伤情已核实为意外");
        auto outcome = AssessmentService(fx.as(QStringLiteral("worker"))).assess(in);
        QVERIFY(outcome.ok());
        // The suggestion takes effect; the lower code waits for a supervisor.
        QCOMPARE(outcome->riskEvents.size(), 2);
        QCOMPARE(outcome->riskEvents[0].kind, RiskEventKind::Set);
        QCOMPARE(outcome->riskEvents[0].code, RiskCode::Red);
        QCOMPARE(outcome->riskEvents[1].kind, RiskEventKind::Propose);
        QCOMPARE(outcome->riskEvents[1].code, RiskCode::Blue);
        FamilyService families(fx.as(QStringLiteral("worker")));
        QCOMPARE(families.find(family)->riskCode, RiskCode::Red);
        auto queue = RiskService(fx.as(QStringLiteral("boss"))).queue();
        QVERIFY(std::any_of(queue->rows.begin(), queue->rows.end(),
                            [&](const RiskEvent& e) { return e.id == outcome->riskEvents[1].id; }));
        QVERIFY(RiskService(fx.as(QStringLiteral("boss")))
                    .approve(outcome->riskEvents[1].id, QStringLiteral("同意"))
                    .ok());
        QCOMPARE(families.find(family)->riskCode, RiskCode::Blue);
    }

    void reasonsTheSystemWritesAreSaidInTheReadersLanguage()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        NewAssessment in;
        in.familyId = family;
        in.answers = test::answersFor(RiskCode::Orange);
        auto outcome = AssessmentService(fx.as(QStringLiteral("worker"))).assess(in);
        QVERIFY(outcome.ok());
        const RiskEvent& e = outcome->riskEvents.first();
        // Stored: no text in the writer's language, only the link to the assessment.
        QVERIFY(e.reason.isEmpty());
        QCOMPARE(e.assessmentId, outcome->assessment.id);
        QCOMPARE(e.assessmentScore, outcome->assessment.score);
        const QString said = RecordText::riskEventReason(e);
        QVERIFY(said.contains(QString::number(outcome->assessment.score)));
        QVERIFY(said.contains(RiskCodes::displayName(RiskCode::Orange)));
    }

    void aClosedFileIsReadOnlyUntilReopened()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        auto lastVisit = FollowUpService(worker).add(visit(family, worker.today()));
        QVERIFY(lastVisit.ok());
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(family, FamilyStatus::Closed, QStringLiteral("监护恢复"))
                    .ok());
        NewAssessment in;
        in.familyId = family;
        in.answers = test::answersFor(RiskCode::Red);
        QVERIFY(errorOf(AssessmentService(worker).assess(in))
                    .message.contains(QStringLiteral("read-only")));
        QVERIFY(errorOf(FollowUpService(worker).add(visit(family, worker.today())))
                    .message.contains(QStringLiteral("read-only")));
        Referral r;
        r.familyId = family;
        r.agency = CaseFixture::kAgency;
        QVERIFY(errorOf(ReferralService(worker).create(r))
                    .message.contains(QStringLiteral("read-only")));
        QVERIFY(errorOf(PlanService(worker).add(family, PlanKind::Care, QStringLiteral("方案"), {}))
                    .message.contains(QStringLiteral("read-only")));
        FamilyEdit e;
        e.notes = QStringLiteral("x");
        QVERIFY(errorOf(FamilyService(worker).edit(family, e))
                    .message.contains(QStringLiteral("read-only")));
        // It can still be read, and it is out of the overdue queue, however late its next visit.
        QVERIFY(FamilyService(worker).open(family).ok());
        fx.advanceDays(int(lastVisit->date.daysTo(lastVisit->nextDue)) + 1);
        auto overdue = [&] {
            QStringList ids;
            auto page = FollowUpService(worker).due({});
            if (!page.ok())
                return QStringList{page.error().toString()};
            for (const DueFamily& d : page->rows)
                ids << d.family.id;
            return ids;
        };
        QCOMPARE(overdue(), QStringList{});
        QCOMPARE(FollowUpService(worker).dueCount({}).value(), 0);
        // Reopened, it is overdue again.
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(family, FamilyStatus::Open, QStringLiteral("再次发现风险"))
                    .ok());
        QCOMPARE(overdue(), QStringList{family});
        QCOMPARE(FollowUpService(worker).dueCount({}).value(), 1);
        QVERIFY(FollowUpService(worker).add(visit(family, worker.today())).ok());
    }

    void outOfScopeAnswersAsMissing()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString mine = fx.addFamily();
        const QString theirs = fx.addFamily(QStringLiteral("worker2"), CaseFixture::kTownB);
        const QString number = DemoGenerator::demoIdentityNumber(QDate(2014, 3, 8), 913);
        // The same identity number in a file the user may not see: nothing is told.
        QVERIFY(
            !addChild(fx, mine, QStringLiteral("王小明"), CaseFixture::kSchool, number).isEmpty());
        Person twin;
        twin.familyId = theirs;
        twin.role = MemberRole::Child;
        twin.name = QStringLiteral("王小明");
        twin.idNumber = number;
        QVERIFY(PersonService(fx.as(QStringLiteral("worker2"))).add(twin).ok());
        // In a file the user does see, the duplicate is named by that file's number.
        const QString mine2 = fx.addFamily();
        Person again = twin;
        again.familyId = mine2;
        const Error dup = errorOf(PersonService(fx.as(QStringLiteral("worker"))).add(again));
        QCOMPARE(dup.code, ErrorCode::AlreadyExists);
        QVERIFY(dup.message.contains(
            FamilyService(fx.as(QStringLiteral("worker"))).find(mine)->fileNo));

        // A risk event of a family out of scope: the same answer as a missing one, naming only
        // what was asked, never the family.
        auto raise = RiskService(fx.as(QStringLiteral("worker2")))
                         .propose(theirs, RiskCode::Red, QStringLiteral("受伤"));
        QVERIFY(raise.ok());
        QCOMPARE(errorOf(RiskService(fx.as(QStringLiteral("worker2")))
                             .propose(theirs, RiskCode::Red, QStringLiteral("x")))
                     .code,
                 ErrorCode::InvalidArgument);
        const Error hidden = errorOf(RiskService(fx.as(QStringLiteral("boss"))).approve(raise->id));
        const QString missingId = QStringLiteral("019a0000-0000-7000-8000-000000000001");
        const Error missing =
            errorOf(RiskService(fx.as(QStringLiteral("boss"))).approve(missingId));
        QCOMPARE(hidden.code, ErrorCode::NotFound);
        QCOMPARE(QString(hidden.message).replace(raise->id, QStringLiteral("X")),
                 QString(missing.message).replace(missingId, QStringLiteral("X")));
        QVERIFY(!hidden.toString().contains(theirs));
        // Plans and follow-ups too.
        auto plan = PlanService(fx.as(QStringLiteral("worker2")))
                        .add(theirs, PlanKind::Care, QStringLiteral("方案"), {});
        QVERIFY(plan.ok());
        const Error planHidden =
            errorOf(PlanService(fx.as(QStringLiteral("worker"))).get(plan->id));
        QCOMPARE(planHidden.code, ErrorCode::NotFound);
        QVERIFY(!planHidden.toString().contains(theirs));
        auto x = FollowUpService(fx.as(QStringLiteral("worker2")))
                     .add(visit(theirs, fx.as(QStringLiteral("worker2")).today()));
        QVERIFY(x.ok());
        QCOMPARE(errorOf(FollowUpService(fx.as(QStringLiteral("worker"))).get(x->id)).code,
                 ErrorCode::NotFound);
        QCOMPARE(errorOf(FollowUpService(fx.as(QStringLiteral("worker")))
                             .amend(x->id, visit(theirs, fx.as(QStringLiteral("worker")).today()),
                                    QStringLiteral("x")))
                     .code,
                 ErrorCode::NotFound);
    }

    void aCounselorsSearchStaysWithTheirSchoolsChildren()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                            QStringLiteral("新桥村"), QStringLiteral("堰坪组12号"));
        addChild(fx, family, QStringLiteral("王小明"), CaseFixture::kSchool,
                 DemoGenerator::demoIdentityNumber(QDate(2014, 6, 1), 915));
        addChild(fx, family, QStringLiteral("王小兰"), QStringLiteral("含谷中学"),
                 DemoGenerator::demoIdentityNumber(QDate(2010, 2, 2), 924));
        Person guardian;
        guardian.familyId = family;
        guardian.role = MemberRole::Guardian;
        guardian.name = QStringLiteral("张桂英");
        guardian.phone = QStringLiteral("100-8888-1234");
        guardian.idNumber = DemoGenerator::demoIdentityNumber(QDate(1960, 1, 1), 922);
        QVERIFY(PersonService(fx.as(QStringLiteral("worker"))).add(guardian).ok());
        auto found = [&](const QString& who, const QString& text) {
            auto page = SearchService(fx.as(who)).search({text});
            return page.ok() ? page->rows.size() : -1;
        };
        const QString counselor = QStringLiteral("counselor");
        QCOMPARE(found(counselor, QStringLiteral("王小明")), 1);
        QCOMPARE(found(counselor, QStringLiteral("白市驿小学")), 1);
        // Not the guardian by name, number or phone, nor the sibling at another school.
        QCOMPARE(found(counselor, QStringLiteral("张桂英")), 0);
        QCOMPARE(found(counselor, QStringLiteral("1234")), 0);
        QCOMPARE(found(counselor, guardian.idNumber.right(6)), 0);
        QCOMPARE(found(counselor, QStringLiteral("王小兰")), 0);
        QCOMPARE(found(counselor, QStringLiteral("新桥村")), 0);
        // A caseworker finds all of these, and the place names too.
        for (const char* text : {"张桂英", "王小兰", "1234", "新桥村", "堰坪", "含谷中学"})
            QCOMPARE(found(QStringLiteral("worker"), QString::fromUtf8(text)), 1);
    }

    void scopeChangesApplyAtOnceInAnOpenSession()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        CaseSession& worker = fx.as(QStringLiteral("worker")); // open since before the change
        QVERIFY(FamilyService(worker).find(family).ok());
        ReferenceData admin(fx.as(QStringLiteral("admin")));
        QVERIFY(
            admin.setScope(QStringLiteral("worker"), QStringLiteral("town"), {CaseFixture::kTownB})
                .ok());
        QCOMPARE(errorOf(FamilyService(worker).find(family)).code, ErrorCode::NotFound);
        QCOMPARE(errorOf(FollowUpService(worker).add(visit(family, worker.today()))).code,
                 ErrorCode::NotFound);
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        QCOMPARE(errorOf(FamilyService(worker).add(nf)).code, ErrorCode::PermissionDenied);
        // The same from another connection (another window, the command line).
        auto other = fx.unlock(QStringLiteral("admin"));
        QVERIFY(other);
        auto otherSession = CaseSession::start(other->database(), other->user());
        QVERIFY(otherSession.ok());
        QVERIFY(
            ReferenceData(*otherSession.value())
                .setScope(QStringLiteral("worker"), QStringLiteral("town"), {CaseFixture::kTownA})
                .ok());
        QVERIFY(FamilyService(worker).find(family).ok());
        // A removed account can do nothing more (removing it for real also rotates the key,
        // which needs the database to itself; the account row is what the session reads).
        QVERIFY(
            other->database().exec("UPDATE users SET deleted_at = 1 WHERE name = 'worker';").ok());
        QCOMPARE(errorOf(FamilyService(worker).find(family)).code, ErrorCode::PermissionDenied);
    }

    void theWritePathPublishesWhatChangedAfterCommit()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        ChangeNotifier notifier;
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        // Another connection (another window, a reader thread) asked from the signal sees what
        // the transaction wrote: the change set is published after the commit, not before.
        auto other = fx.unlock(QStringLiteral("worker"));
        QVERIFY(other);
        QList<std::pair<qint64, QString>> seenFromSignal; // follow-ups, the family's notes
        connect(&notifier, &ChangeNotifier::changed, this, [&](const ChangeSet&) {
            auto seen = fetchOne(
                other->database(),
                "SELECT (SELECT count(*) FROM follow_ups WHERE family_id = ?1), notes "
                "FROM families WHERE id = ?1;",
                {family}, [](const Statement& st) { return std::pair(st.int64(0), st.text(1)); },
                {});
            seenFromSignal << (seen.ok() ? seen.value() : std::pair(qint64(-1), QString()));
        });
        auto session = CaseSession::start(
            fx.db(), other->user(), [&fx] { return fx.now; }, &notifier);
        QVERIFY(session.ok());
        CaseSession& s = *session.value();
        auto x = FollowUpService(s).add(visit(family, s.today()));
        QVERIFY(x.ok());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(seenFromSignal, (QList<std::pair<qint64, QString>>{{1, QString()}}));
        ChangeSet changes = spy.takeFirst().first().value<ChangeSet>();
        QVERIFY(changes.touches(QStringLiteral("follow_ups")));
        QCOMPARE(changes.familyIds(), QSet<QString>{family});
        QCOMPARE(changes.rows.first().rowId, x->id);
        // A rolled-back write publishes nothing; a rolled-back savepoint drops only its rows.
        {
            auto outer = s.begin();
            QVERIFY(outer.ok());
            QVERIFY(s.update("families", family, family, {{"notes", QStringLiteral("a")}}).ok());
            {
                auto inner = s.begin();
                QVERIFY(
                    s.update("families", family, family, {{"address", QStringLiteral("b")}}).ok());
                QVERIFY(s.insert("follow_ups", {{"family_id", family},
                                                {"kind", QStringLiteral("phone")},
                                                {"visit_date", s.today()},
                                                {"next_due", s.today().addDays(7)}})
                            .ok());
            } // rolled back
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(spy.size(), 1);
        QCOMPARE(seenFromSignal.size(), 2);
        QCOMPARE(seenFromSignal.last(), std::pair(qint64(1), QStringLiteral("a")));
        changes = spy.takeFirst().first().value<ChangeSet>();
        QCOMPARE(changes.rows.size(), 1);
        QCOMPARE(changes.rows.first().table, QStringLiteral("families"));
        {
            auto abandoned = s.begin();
            QVERIFY(s.update("families", family, family, {{"notes", QStringLiteral("c")}}).ok());
        }
        QCOMPARE(spy.size(), 0);
        QCOMPARE(seenFromSignal.size(), 2);
        // Writes outside a transaction of the session are refused (they would skip the
        // derived data and the events).
        QCOMPARE(
            errorOf(s.update("families", family, family, {{"notes", QStringLiteral("d")}})).code,
            ErrorCode::Internal);
    }

    void twoFirstUsesAgreeOnTheNodeId()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(fx.db().exec("DELETE FROM meta WHERE key = 'node_id';").ok());
        fx.closeOwnConnection();
        QStringList nodes(2);
        std::vector<std::thread> threads;
        // Both connections are open before either session starts: their first uses overlap.
        std::latch ready(2);
        for (int i = 0; i < 2; ++i)
            threads.emplace_back([&, i] {
                auto vault = fx.unlock(QStringLiteral("worker"));
                ready.arrive_and_wait();
                if (!vault)
                    return;
                auto session = CaseSession::start(vault->database(), vault->user());
                if (!session.ok())
                    return;
                nodes[i] = MetaSettings(vault->database()).value(QStringLiteral("node_id")).value();
            });
        for (auto& t : threads)
            t.join();
        QVERIFY(!nodes[0].isEmpty());
        QCOMPARE(nodes[0], nodes[1]);
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "tst_case_rules.moc"
