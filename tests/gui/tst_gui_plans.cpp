// Plans of a family file, driven offscreen over a CaseFixture database: a plan is added with an
// action, the action moves along and the progress follows; actions past their due date say so
// in the overdue red; a supervisor approves and closes the plan, a caseworker is not offered to.
#include "FilePageHarness.h"
#include "GuiSupport.h"

#include "familyfile/ActionEditDialog.h"
#include "familyfile/PlanEditDialog.h"
#include "familyfile/PlanModels.h"
#include "familyfile/PlanPage.h"
#include "forms/FormWidgets.h"
#include "look/RiskStyle.h"

#include "services/PlanService.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

QList<Plan> plansOf(CaseFixture& fx, const QString& familyId)
{
    PlanQuery q;
    q.familyId = familyId;
    auto page = PlanService(fx.as(QStringLiteral("worker"))).list(q);
    return page.ok() ? page->rows : QList<Plan>{};
}

} // namespace

class TestGuiPlans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void planWithAnActionAndItsProgress()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        FilePageHarness h(fx, QStringLiteral("worker"), familyId);
        QVERIFY(h.ok());
        const QDate today = h.ws->today();
        PlanPage page(*h.context);
        auto* plans = child<QTableView>(&page, "plansTable");
        auto* actions = child<QTableView>(&page, "actionsTable");
        QAbstractItemModelTester t1(plans->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(actions->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        page.resize(1200, 700);
        page.show();
        QVERIFY(child<QLabel>(&page, "plansEmpty")->isVisible());
        // A caseworker is not offered approving or closing.
        QVERIFY(!child<QPushButton>(&page, "approvePlanButton")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "closePlanButton")->isVisible());

        // A plan: kind, title, goals. An empty title is refused beside the field.
        child<QPushButton>(&page, "addPlanButton")->click();
        auto* planDialog = page.findChild<PlanEditDialog*>();
        QVERIFY(planDialog);
        child<QPushButton>(planDialog, "planOkButton")->click();
        QVERIFY(child<ErrorLabel>(planDialog, "errorLabel")->isVisible());
        auto* kind = child<QComboBox>(planDialog, "planKindCombo");
        kind->setCurrentIndex(kind->findData(int(PlanKind::Guidance)));
        QTest::keyClicks(child<QLineEdit>(planDialog, "planTitleEdit"),
                         QStringLiteral("Spring term guidance"));
        child<QPlainTextEdit>(planDialog, "planGoalsEdit")
            ->setPlainText(QStringLiteral("父母每周与孩子通话"));
        child<QPushButton>(planDialog, "planOkButton")->click();
        QVERIFY(waitUntil([&] { return page.findChild<PlanEditDialog*>() == nullptr; }));
        QList<Plan> all = plansOf(fx, familyId);
        QCOMPARE(all.size(), 1);
        const Plan plan = all.first();
        QCOMPARE(plan.kind, PlanKind::Guidance);
        QCOMPARE(plan.title, QStringLiteral("Spring term guidance"));
        QCOMPARE(plan.goals, QStringLiteral("父母每周与孩子通话"));
        QCOMPARE(plan.status, PlanStatus::Draft);

        QVERIFY(h.refresh(page));
        QCOMPARE(plans->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&page, "planTitleLabel")->text(), plan.title);
        QVERIFY(!actions->isVisible()); // no actions yet: says what to do instead

        // An action, due yesterday.
        ActionEditDialog* actionDialog = page.addAction();
        QVERIFY(actionDialog);
        QTest::keyClicks(child<QLineEdit>(actionDialog, "actionDescriptionEdit"),
                         QStringLiteral("Weekly call with the parents"));
        QTest::keyClicks(child<QLineEdit>(actionDialog, "actionAgencyEdit"),
                         QStringLiteral("Village committee"));
        QTest::keyClicks(child<QLineEdit>(actionDialog, "actionOwnerEdit"),
                         QStringLiteral("Zhang Wei"));
        QVERIFY(child<QCheckBox>(actionDialog, "actionHasDueCheck")->isChecked());
        child<QDateEdit>(actionDialog, "actionDueEdit")->setDate(today.addDays(-1));
        child<QPushButton>(actionDialog, "actionOkButton")->click();
        QVERIFY(waitUntil([&] { return page.findChild<ActionEditDialog*>() == nullptr; }));
        auto got = PlanService(fx.as(QStringLiteral("worker"))).get(plan.id);
        QVERIFY(got.ok());
        QCOMPARE(got->actions.size(), 1);
        const PlanAction action = got->actions.first();
        QCOMPARE(action.description, QStringLiteral("Weekly call with the parents"));
        QCOMPARE(action.agency, QStringLiteral("Village committee"));
        QCOMPARE(action.owner, QStringLiteral("Zhang Wei"));
        QCOMPARE(action.dueDate, today.addDays(-1));
        QCOMPARE(action.status, ActionStatus::Todo);

        QVERIFY(h.refresh(page));
        QCOMPARE(actions->model()->rowCount(), 1);
        QVERIFY(actions->isVisible());
        // Overdue: the date in the overdue red, and in words.
        const QModelIndex due = actions->model()->index(0, PlanActionsModel::Due);
        QCOMPARE(due.data(Qt::ForegroundRole).value<QBrush>().color(), RiskStyle::overdueText());
        QVERIFY(due.data().toString().startsWith(today.addDays(-1).toString(Qt::ISODate)));
        QVERIFY(due.data().toString().length() > 10);
        auto* progress = child<QProgressBar>(&page, "planProgressBar");
        QCOMPARE(progress->value(), 0);

        // Started, then done: progress 100, no longer overdue.
        actions->selectRow(0);
        auto* start = child<QPushButton>(&page, "startActionButton");
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(waitUntil([&] {
            auto p = PlanService(fx.as(QStringLiteral("worker"))).get(plan.id);
            return p.ok() && p->actions.first().status == ActionStatus::Doing;
        }));
        QVERIFY(h.refresh(page));
        QVERIFY(!start->isEnabled()); // the action stays selected, already in progress
        child<QPushButton>(&page, "doneActionButton")->click();
        QVERIFY(waitUntil([&] {
            auto p = PlanService(fx.as(QStringLiteral("worker"))).get(plan.id);
            return p.ok() && p->actions.first().status == ActionStatus::Done;
        }));
        QVERIFY(h.refresh(page));
        QCOMPARE(progress->value(), 100);
        QCOMPARE(plans->model()->index(0, PlansModel::Progress).data().toString(),
                 PlansModel::tr("%1%").arg(100));
        QVERIFY(
            !actions->model()->index(0, PlanActionsModel::Due).data(Qt::ForegroundRole).isValid());

        // A second action: half done; dropped, it no longer counts.
        actionDialog = page.addAction();
        QVERIFY(actionDialog);
        QTest::keyClicks(child<QLineEdit>(actionDialog, "actionDescriptionEdit"),
                         QStringLiteral("After-school care"));
        child<QCheckBox>(actionDialog, "actionHasDueCheck")->setChecked(false);
        child<QPushButton>(actionDialog, "actionOkButton")->click();
        QVERIFY(waitUntil([&] { return page.findChild<ActionEditDialog*>() == nullptr; }));
        QVERIFY(h.refresh(page));
        QCOMPARE(actions->model()->rowCount(), 2);
        QCOMPARE(progress->value(), 50);
        int second = -1;
        for (int r = 0; r < 2; ++r)
            if (actions->model()->index(r, 0).data().toString() ==
                QStringLiteral("After-school care"))
                second = r;
        QVERIFY(second >= 0);
        QVERIFY(actions->model()->index(second, PlanActionsModel::Due).data().toString().isEmpty());
        actions->selectRow(second);

        // Edited: the owner changes.
        actionDialog = page.editAction();
        QVERIFY(actionDialog);
        auto* owner = child<QLineEdit>(actionDialog, "actionOwnerEdit");
        QVERIFY(owner->text().isEmpty());
        QTest::keyClicks(owner, QStringLiteral("Li Na"));
        child<QPushButton>(actionDialog, "actionOkButton")->click();
        QVERIFY(waitUntil([&] { return page.findChild<ActionEditDialog*>() == nullptr; }));
        QVERIFY(h.refresh(page));
        child<QPushButton>(&page, "dropActionButton")->click();
        QVERIFY(waitUntil([&] {
            auto p = PlanService(fx.as(QStringLiteral("worker"))).get(plan.id);
            if (!p.ok())
                return false;
            for (const PlanAction& a : p->actions)
                if (a.description == QStringLiteral("After-school care"))
                    return a.status == ActionStatus::Dropped && a.owner == QStringLiteral("Li Na");
            return false;
        }));
        QVERIFY(h.refresh(page));
        QCOMPARE(progress->value(), 100);
        QVERIFY(prompter.informed.isEmpty());
    }

    void supervisorApprovesAndCloses()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        PlanService worker(fx.as(QStringLiteral("worker")));
        auto plan = worker.add(familyId, PlanKind::Care, QStringLiteral("关爱服务实施方案"),
                               QStringLiteral("孩子按时上学"));
        QVERIFY(plan.ok());

        FilePageHarness h(fx, QStringLiteral("boss"), familyId);
        QVERIFY(h.ok());
        PlanPage page(*h.context);
        page.showFile(h.file);
        page.show();
        auto* approve = child<QPushButton>(&page, "approvePlanButton");
        QVERIFY(approve->isVisible());
        QVERIFY(!approve->isEnabled()); // no action yet
        QVERIFY(!child<QLabel>(&page, "planApprovalNote")->text().isEmpty());

        PlanAction a;
        a.description = QStringLiteral("每周电话联系");
        QVERIFY(worker.addAction(plan->id, a).ok());
        QVERIFY(h.refresh(page));
        QVERIFY(approve->isEnabled());
        approve->click();
        QVERIFY(waitUntil([&] {
            auto p = worker.get(plan->id);
            return p.ok() && p->status == PlanStatus::Approved;
        }));
        QVERIFY(h.refresh(page));
        QVERIFY(!approve->isEnabled());
        QVERIFY(child<QLabel>(&page, "planMetaLabel")->text().contains(QStringLiteral("boss")));

        // Closing asks first.
        auto* close = child<QPushButton>(&page, "closePlanButton");
        close->click();
        QCOMPARE(prompter.asked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(worker.get(plan->id)->status, PlanStatus::Approved);
        prompter.confirmations.push_back(true);
        close->click();
        QVERIFY(waitUntil([&] {
            auto p = worker.get(plan->id);
            return p.ok() && p->status == PlanStatus::Closed;
        }));
        QVERIFY(h.refresh(page));
        QVERIFY(!child<QPushButton>(&page, "addActionButton")->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY(prompter.informed.isEmpty());
    }

    /// Pictures for people to look at, when asked for: JIAHU_SHOTS=<dir> (under Xvfb, with
    /// JIAHU_SHOTS_QM=<catalogue .qm> and JIAHU_SHOTS_TSV=<this part's strings> for Chinese).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("JIAHU_SHOTS");
        if (dir.isEmpty())
            QSKIP("set JIAHU_SHOTS to a directory to write screenshots");
        const ShotTranslators translators;

        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        PlanService worker(fx.as(QStringLiteral("worker")));
        auto plan = worker.add(familyId, PlanKind::Care, QStringLiteral("春季学期关爱服务方案"),
                               QStringLiteral("孩子按时上学；父母每周与孩子通话一次。"));
        QVERIFY(plan.ok());
        const QDate today = QDate(2026, 3, 2);
        const std::tuple<const char*, const char*, const char*, QDate, ActionStatus> rows[] = {
            {"每周电话联系父母", "村委会", "张伟", today.addDays(-5), ActionStatus::Doing},
            {"安排课后托管", "白市驿小学", "李娜", today.addDays(10), ActionStatus::Todo},
            {"申请临时救助", "镇民政办", "王芳", today.addDays(-20), ActionStatus::Done}};
        for (const auto& [what, agency, owner, due, status] : rows) {
            PlanAction a;
            a.description = QString::fromUtf8(what);
            a.agency = QString::fromUtf8(agency);
            a.owner = QString::fromUtf8(owner);
            a.dueDate = due;
            auto added = worker.addAction(plan->id, a);
            QVERIFY(added.ok());
            QVERIFY(worker.setActionStatus(added->id, status).ok());
        }
        FilePageHarness h(fx, QStringLiteral("boss"), familyId);
        QVERIFY(h.ok());
        PlanPage page(*h.context);
        page.resize(1366, 640);
        page.showFile(h.file);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(200);
        const QString path = QDir(dir).filePath(QStringLiteral("h3_plan.png"));
        QVERIFY(page.grab().save(path));
        qInfo() << "screenshot:" << path;
    }
};

QTEST_MAIN(TestGuiPlans)
#include "tst_gui_plans.moc"
