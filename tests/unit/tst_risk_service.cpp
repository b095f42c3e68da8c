// Risk codes: raises at once, downgrades by reassessment and approval, history never rewritten;
// assessments against the versioned template.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/RiskService.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

using test::answersFor;

class TestRiskService : public QObject {
    Q_OBJECT

    struct Setup {
        CaseFixture fx;
        QString familyId;
        Setup()
        {
            NewFamily f;
            f.town = CaseFixture::kTownA;
            auto family = FamilyService(fx.as(QStringLiteral("worker"))).add(f);
            if (family.ok())
                familyId = family->id;
        }
        Result<AssessmentOutcome> assess(RiskCode suggested,
                                         const QString& who = QStringLiteral("worker"))
        {
            NewAssessment in;
            in.familyId = familyId;
            in.answers = answersFor(suggested);
            return AssessmentService(fx.as(who)).assess(in);
        }
        std::optional<RiskCode> cached()
        {
            return FamilyService(fx.as(QStringLiteral("worker"))).find(familyId)->riskCode;
        }
    };

private Q_SLOTS:
    void templateScoresAndFloors()
    {
        auto tpl = AssessmentTemplate::fromJson(AssessmentTemplate::defaultDefinition());
        QVERIFY(tpl.ok());
        for (RiskCode c : {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue})
            QCOMPARE(tpl->score(answersFor(c))->suggested, c);
        // The floor lifts a low score: harm alone is 10 points but red.
        QCOMPARE(tpl->score(answersFor(RiskCode::Red))->score, 10);
        QJsonObject missing = answersFor(RiskCode::Blue);
        missing.remove(QStringLiteral("harm"));
        QVERIFY(errorOf(tpl->score(missing)).message.contains(QStringLiteral("harm")));
        QJsonObject outOfRange = answersFor(RiskCode::Blue);
        outOfRange[QStringLiteral("violence")] = 3;
        QCOMPARE(errorOf(tpl->score(outOfRange)).code, ErrorCode::InvalidArgument);
        QJsonObject unknown = answersFor(RiskCode::Blue);
        unknown[QStringLiteral("weather")] = 1;
        QVERIFY(errorOf(tpl->score(unknown)).message.contains(QStringLiteral("weather")));
        QCOMPARE(errorOf(AssessmentTemplate::fromJson("{\"name\":1")).code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf(AssessmentTemplate::fromJson(
                             R"({"name":"x","version":1,"items":[{"key":"a","weight":1}],
                                 "thresholds":{"red":1,"orange":2,"yellow":3}})"))
                     .code,
                 ErrorCode::InvalidArgument);
    }

    void assessmentStoresTemplateVersionAndSetsTheFirstCode()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        auto outcome = s.assess(RiskCode::Orange);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->assessment.templateVersion, 1);
        QCOMPARE(outcome->assessment.templateId, AssessmentTemplate::defaultTemplateId());
        QCOMPARE(outcome->assessment.suggestedCode, RiskCode::Orange);
        QCOMPARE(outcome->riskEvents.constLast().kind, RiskEventKind::Set);
        QCOMPARE(s.cached(), RiskCode::Orange);

        // Overriding the suggestion needs a reason.
        NewAssessment in;
        in.familyId = s.familyId;
        in.answers = answersFor(RiskCode::Orange);
        in.confirmedCode = RiskCode::Red;
        QVERIFY(errorOf(AssessmentService(s.fx.as(QStringLiteral("worker"))).assess(in))
                    .message.contains(QStringLiteral("reason")));
        in.overrideReason = QStringLiteral("孩子身上有新伤");
        auto raised = AssessmentService(s.fx.as(QStringLiteral("worker"))).assess(in);
        QVERIFY(raised.ok());
        QCOMPARE(raised->riskEvents.constLast().kind, RiskEventKind::Set);
        QCOMPARE(s.cached(), RiskCode::Red);
    }

    void raiseTakesEffectAtOnceAndWaitsForReview()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        RiskService worker(s.fx.as(QStringLiteral("worker")));
        QVERIFY(worker.propose(s.familyId, RiskCode::Yellow, QStringLiteral("首次赋码")).ok());
        auto raise = worker.propose(s.familyId, RiskCode::Red, QStringLiteral("发现伤害"));
        QVERIFY(raise.ok());
        QCOMPARE(raise->kind, RiskEventKind::Set);
        QCOMPARE(s.cached(), RiskCode::Red);
        // The first code is not a raise; the raise waits in the supervisor's queue.
        RiskService boss(s.fx.as(QStringLiteral("boss")));
        auto queue = boss.queue();
        QCOMPARE(queue->rows.size(), 1);
        QCOMPARE(queue->rows.first().id, raise->id);
        QCOMPARE(boss.queueCount().value(), 1);
        QCOMPARE(errorOf(worker.queue()).code, ErrorCode::PermissionDenied);
        QVERIFY(errorOf(boss.decline(raise->id, QStringLiteral("no")))
                    .message.contains(QStringLiteral("cannot be declined")));
        auto review = boss.approve(raise->id);
        QVERIFY(review.ok());
        QCOMPARE(review->kind, RiskEventKind::Review);
        QCOMPARE(boss.queue()->rows.size(), 0);
        QCOMPARE(s.cached(), RiskCode::Red);
        // A raise brings the next follow-up forward to the red cadence (7 days).
        QCOMPARE(FamilyService(s.fx.as(QStringLiteral("worker"))).find(s.familyId)->nextDue,
                 s.fx.as(QStringLiteral("worker")).today().addDays(7));
    }

    void downgradeNeedsAReassessmentThatAllowsItAndASupervisor()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        QVERIFY(s.assess(RiskCode::Red).ok());
        RiskService worker(s.fx.as(QStringLiteral("worker")));

        auto noAssessment = worker.propose(s.familyId, RiskCode::Yellow, QStringLiteral("好转"));
        QVERIFY(errorOf(noAssessment).message.contains(QStringLiteral("reassessment")));

        // A reassessment that still suggests orange does not allow yellow.
        s.fx.advanceDays(30);
        NewAssessment in;
        in.familyId = s.familyId;
        in.answers = answersFor(RiskCode::Orange);
        in.confirmedCode = RiskCode::Red;
        in.overrideReason = QStringLiteral("仍需观察");
        auto orange = AssessmentService(s.fx.as(QStringLiteral("worker"))).assess(in);
        QVERIFY(orange.ok());
        QVERIFY(orange->riskEvents.isEmpty()); // confirmed red: no change
        auto tooFar = worker.propose(s.familyId, RiskCode::Yellow, QStringLiteral("好转"),
                                     orange->assessment.id);
        QCOMPARE(errorOf(tooFar).code, ErrorCode::InvalidArgument);

        // A yellow reassessment proposes the downgrade itself; the code stays red meanwhile.
        s.fx.advanceDays(30);
        auto yellow = s.assess(RiskCode::Yellow);
        QVERIFY(yellow.ok());
        const RiskEvent proposal = yellow->riskEvents.constLast();
        QCOMPARE(proposal.kind, RiskEventKind::Propose);
        QCOMPARE(s.cached(), RiskCode::Red);
        QCOMPARE(errorOf(worker.propose(s.familyId, RiskCode::Blue, QStringLiteral("again"),
                                        yellow->assessment.id))
                     .code,
                 ErrorCode::InvalidArgument); // blue is below what yellow allows
        // Only a supervisor decides.
        QCOMPARE(errorOf(worker.approve(proposal.id)).code, ErrorCode::PermissionDenied);
        QCOMPARE(
            errorOf(RiskService(s.fx.as(QStringLiteral("counselor"))).approve(proposal.id)).code,
            ErrorCode::PermissionDenied);
        auto approved = RiskService(s.fx.as(QStringLiteral("boss")))
                            .approve(proposal.id, QStringLiteral("同意"));
        QVERIFY(approved.ok());
        QCOMPARE(s.cached(), RiskCode::Yellow);
        QCOMPARE(errorOf(RiskService(s.fx.as(QStringLiteral("boss2"))).approve(proposal.id)).code,
                 ErrorCode::AlreadyExists);

        // An old assessment (made before the current code) no longer allows a downgrade.
        QCOMPARE(errorOf(worker.propose(s.familyId, RiskCode::Blue, QStringLiteral("x"),
                                        yellow->assessment.id))
                     .code,
                 ErrorCode::InvalidArgument);
    }

    void declinedProposalStaysInTheHistory()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        QVERIFY(s.assess(RiskCode::Orange).ok());
        s.fx.advanceDays(10);
        // A supervisor's own proposal is decided by another supervisor.
        NewAssessment in;
        in.familyId = s.familyId;
        in.answers = answersFor(RiskCode::Blue);
        auto blue = AssessmentService(s.fx.as(QStringLiteral("boss"))).assess(in);
        QVERIFY(blue.ok());
        const QString proposal = blue->riskEvents.constLast().id;
        RiskService boss(s.fx.as(QStringLiteral("boss")));
        QVERIFY(errorOf(boss.approve(proposal)).message.contains(QStringLiteral("other than")));
        RiskService boss2(s.fx.as(QStringLiteral("boss2")));
        QCOMPARE(errorOf(boss2.decline(proposal, {})).code, ErrorCode::InvalidArgument);
        QVERIFY(boss2.decline(proposal, QStringLiteral("监护人仍未履职")).ok());
        QCOMPARE(s.cached(), RiskCode::Orange);

        auto file = FamilyService(s.fx.as(QStringLiteral("worker"))).open(s.familyId);
        QStringList kinds;
        for (const RiskEvent& e : file->riskHistory)
            kinds << CaseVocabulary::id(e.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("set"), QStringLiteral("propose"),
                                     QStringLiteral("decline")}));
        // The events themselves cannot be edited or removed.
        QVERIFY(!s.fx.db().exec("UPDATE risk_events SET code = 1;").ok());
        QVERIFY(!s.fx.db().exec("DELETE FROM risk_events;").ok());
    }

    void staleProposalIsRefused()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        QVERIFY(s.assess(RiskCode::Orange).ok());
        s.fx.advanceDays(5);
        auto yellow = s.assess(RiskCode::Yellow);
        const QString proposal = yellow->riskEvents.constLast().id;
        // Meanwhile the family is raised to red: the old downgrade no longer fits.
        QVERIFY(RiskService(s.fx.as(QStringLiteral("worker")))
                    .propose(s.familyId, RiskCode::Red, QStringLiteral("新情况"))
                    .ok());
        QVERIFY(errorOf(RiskService(s.fx.as(QStringLiteral("boss"))).approve(proposal))
                    .message.contains(QStringLiteral("changed")));
        QCOMPARE(s.cached(), RiskCode::Red);
    }

    // Random sequences of proposals, approvals and declines by random users: whatever is
    // refused, the cached code always equals the code derived from the events, which equals the
    // model's "last approved" code.
    void propertyDerivedCodeIsTheLastApproved()
    {
        Setup s;
        QVERIFY(s.fx.ok());
        QRandomGenerator rng(20261123);
        std::optional<RiskCode> model;
        QStringList open; // proposals and raises not yet decided
        const QStringList who = {QStringLiteral("worker"), QStringLiteral("boss"),
                                 QStringLiteral("boss2")};
        int applied = 0;
        for (int step = 0; step < 150; ++step) {
            s.fx.advanceDays(1);
            const QString user = who[int(rng.bounded(3))];
            const RiskCode code = RiskCode(1 + int(rng.bounded(4)));
            switch (rng.bounded(4)) {
            case 0: { // assess (sets, raises or proposes)
                auto r = s.assess(code, user);
                if (r.ok() && !r->riskEvents.isEmpty()) {
                    QCOMPARE(r->riskEvents.size(), 1);
                    if (r->riskEvents.constLast().kind == RiskEventKind::Set)
                        model = code;
                    open << r->riskEvents.constLast().id;
                }
                break;
            }
            case 1: { // propose without an assessment: only a first code or a raise works
                auto r = RiskService(s.fx.as(user)).propose(s.familyId, code, QStringLiteral("r"));
                if (r.ok()) {
                    QVERIFY(!model || RiskCodes::isDowngrade(code, *model));
                    model = code;
                    open << r->id;
                }
                break;
            }
            case 2:
            case 3: {
                if (open.isEmpty())
                    break;
                const QString id = open[int(rng.bounded(qsizetype(open.size())))];
                RiskService service(s.fx.as(user));
                auto r = rng.bounded(2) ? service.approve(id, QStringLiteral("ok"))
                                        : service.decline(id, QStringLiteral("no"));
                if (r.ok()) {
                    open.removeAll(id);
                    if (r->kind == RiskEventKind::Approve) {
                        model = r->code;
                        ++applied;
                    }
                }
                break;
            }
            }
            const auto derived =
                RiskService(s.fx.as(QStringLiteral("worker"))).derivedCode(s.familyId);
            QVERIFY(derived.ok());
            QCOMPARE(derived.value(), model);
            QCOMPARE(s.cached(), model);
        }
        QVERIFY2(applied > 0, "the sequence should include approved downgrades");
    }
};

QTEST_GUILESS_MAIN(TestRiskService)
#include "tst_risk_service.moc"
