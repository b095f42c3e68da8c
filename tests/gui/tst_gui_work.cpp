// The work page (工作台) and the follow-up queue page (回访), driven offscreen over a
// CaseFixture database coded through the core services on the fixture's clock: overdue files
// most severe first with their counts, groups that follow committed changes (change events, no
// reload), lines that open the family at the right page, and a queue that pages lazily.
#include "GuiSupport.h"

#include "followups/DueModel.h"
#include "followups/DuePage.h"
#include "work/RecentFamiliesModel.h"
#include "work/ReferralWaitingModel.h"
#include "work/RiskWaitingModel.h"
#include "work/WorkGroup.h"
#include "work/WorkPage.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/ReferenceData.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

bool code(CaseFixture& fx, const QString& familyId, RiskCode riskCode,
          const QString& who = QStringLiteral("worker"))
{
    auto set = RiskService(fx.as(who)).propose(familyId, riskCode, QStringLiteral("入户核查"));
    if (!set.ok())
        qWarning() << set.error().toString();
    return set.ok();
}

bool assess(CaseFixture& fx, const QString& familyId, RiskCode suggested)
{
    NewAssessment in;
    in.familyId = familyId;
    in.answers = answersFor(suggested);
    auto done = AssessmentService(fx.as(QStringLiteral("worker"))).assess(in);
    if (!done.ok())
        qWarning() << done.error().toString();
    return done.ok();
}

/// The model of the table `name` (a group's table or the due page's).
template <typename M> M* modelOf(QWidget* page, const char* name)
{
    auto* table = child<QTableView>(page, name);
    return table ? dynamic_cast<M*>(table->model()) : nullptr;
}

/// Selects `row` of `table` and presses Enter on it, as a user opening a line does.
void pressEnterOn(QTableView* table, int row)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 1));
    QTest::keyClick(table, Qt::Key_Return);
}

/// A supervision-order referral of `familyId` by the worker, sent to the agency; whether both
/// steps succeeded.
bool sendReferral(CaseFixture& fx, const QString& familyId)
{
    Referral r;
    r.familyId = familyId;
    r.agency = CaseFixture::kAgency;
    r.request = ReferralRequest::SupervisionOrder;
    r.reason = QStringLiteral("监护缺失");
    auto created = ReferralService(fx.as(QStringLiteral("worker"))).create(r);
    return created.ok() && ReferralService(fx.as(QStringLiteral("worker")))
                               .move(created->id, {ReferralStatus::Sent, {}, {}, {}})
                               .ok();
}

/// Files of 白市驿镇 (the worker's) coded on the fixture's clock so that, 36 days on:
/// `red` is 3 days overdue, `yellow` 6 days overdue, `orange` due in 3 days, `blue` due later;
/// `elsewhere` (含谷镇, worker2's) is overdue too but out of the worker's scope.
struct Queue {
    QString red, yellow, orange, blue, elsewhere;
};

Queue makeQueue(CaseFixture& fx)
{
    Queue q;
    q.yellow =
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新民村"));
    q.blue = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("石院村"));
    q.elsewhere = fx.addFamily(QStringLiteral("worker2"), CaseFixture::kTownB);
    code(fx, q.yellow, RiskCode::Yellow);                            // day 0: due day 30
    code(fx, q.blue, RiskCode::Blue);                                // due day 90
    code(fx, q.elsewhere, RiskCode::Red, QStringLiteral("worker2")); // due day 7
    fx.advanceDays(25);
    q.orange =
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新民村"));
    code(fx, q.orange, RiskCode::Orange); // day 25: due day 39
    fx.advanceDays(1);
    q.red = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("白云村"));
    code(fx, q.red, RiskCode::Red); // day 26: due day 33
    fx.advanceDays(10);             // day 36
    return q;
}

} // namespace

class TestGuiWork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void workPageShowsTheOverdueMostSevereFirstAndFollowsChanges()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const Queue q = makeQueue(fx);
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);

        WorkPage page(*ws);
        auto* overdue = modelOf<DueModel>(&page, "overdueTable");
        auto* upcoming = modelOf<DueModel>(&page, "upcomingTable");
        QVERIFY(overdue && upcoming);
        QAbstractItemModelTester t1(overdue,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(upcoming,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitUntil([&] { return overdue->rowCount() == 2 && overdue->totalCount() == 2; }));
        // Most severe first, though the yellow file is later; the other town's is not there.
        QCOMPARE(overdue->familyIdAt(0), q.red);
        QCOMPARE(overdue->familyIdAt(1), q.yellow);
        QCOMPARE(overdue->index(0, DueModel::Days).data().toString(), DueModel::daysText(3));
        QCOMPARE(overdue->index(1, DueModel::Days).data().toString(), DueModel::daysText(6));
        QCOMPARE(overdue->index(0, DueModel::Days).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xC6, 0x28, 0x28));
        QCOMPARE(overdue->index(0, DueModel::Code).data().toString(),
                 RiskCodes::displayName(RiskCode::Red));
        auto* header = child<QLabel>(&page, "overdueHeader");
        QVERIFY(waitUntil([&] { return header->text().endsWith(QStringLiteral("(2)")); }));
        QVERIFY(!child<QPushButton>(&page, "overdueMoreButton")->isVisibleTo(&page));
        QVERIFY(waitUntil([&] { return upcoming->rowCount() == 1; }));
        QCOMPARE(upcoming->familyIdAt(0), q.orange);
        QCOMPARE(upcoming->index(0, DueModel::Days).data().toString(), DueModel::daysText(-3));

        // A follow-up written through the workspace moves the red file out of the overdue
        // group by the change event alone.
        auto added = ws->write(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(q.red, ws->today())); });
        QVERIFY(waitUntil([&] { return added.isFinished(); }));
        QVERIFY(added.result().ok());
        QVERIFY(waitUntil([&] { return overdue->rowCount() == 1 && overdue->totalCount() == 1; }));
        QCOMPARE(overdue->familyIdAt(0), q.yellow);
        QVERIFY(waitUntil([&] { return header->text().endsWith(QStringLiteral("(1)")); }));
        // Its next visit is due in 7 days: this week.
        QVERIFY(waitUntil([&] { return upcoming->rowCount() == 2; }));

        // Enter on an overdue line opens the family at its follow-ups.
        QSignalSpy open(&page, &WorkPage::openFamilyRequested);
        pressEnterOn(child<QTableView>(&page, "overdueTable"), 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), q.yellow);
        QCOMPARE(open.at(0).at(1).value<FilePageId>(), FilePageId::FollowUps);

        // Nothing overdue any more: the group says what will appear there.
        auto last = ws->write(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(q.yellow, ws->today())); });
        QVERIFY(waitUntil([&] { return last.isFinished() && overdue->rowCount() == 0; }));
        auto* empty = child<QLabel>(&page, "overdueEmptyLabel");
        QVERIFY(waitUntil([&] { return empty->isVisibleTo(&page); }));
        QVERIFY(!empty->text().isEmpty());
        QVERIFY(!child<QTableView>(&page, "overdueTable")->isVisibleTo(&page));
    }

    void workPageGroupsOpenTheirPage()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const Queue q = makeQueue(fx);
        // A downgrade the worker proposed (reassessed below the code), a referral sent and not
        // answered, and a file the worker opened.
        const QString proposed = fx.addFamily();
        QVERIFY(assess(fx, proposed, RiskCode::Red)); // the first code: no review
        QVERIFY(assess(fx, proposed, RiskCode::Yellow));
        QVERIFY(sendReferral(fx, q.orange));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto opened = ws->openFamily(q.yellow);
        QVERIFY(waitUntil([&] { return opened.isFinished(); }));
        QVERIFY(opened.result().ok());

        WorkPage page(*ws);
        auto* risk = modelOf<RiskWaitingModel>(&page, "riskTable");
        auto* referrals = modelOf<ReferralWaitingModel>(&page, "referralsTable");
        auto* recent = modelOf<RecentFamiliesModel>(&page, "recentTable");
        QVERIFY(risk && referrals && recent);
        QAbstractItemModelTester t1(risk, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(referrals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(recent, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitUntil([&] {
            return risk->rowCount() == 1 && referrals->rowCount() == 1 && recent->rowCount() == 1;
        }));
        QCOMPARE(risk->familyIdAt(0), proposed);
        QCOMPARE(risk->index(0, RiskWaitingModel::Change).data().toString(),
                 RiskWaitingModel::changeText(risk->rowAt(0).event));
        QCOMPARE(risk->rowAt(0).event.kind, RiskEventKind::Propose);
        QCOMPARE(referrals->familyIdAt(0), q.orange);
        QCOMPARE(referrals->index(0, ReferralWaitingModel::Agency).data().toString(),
                 CaseFixture::kAgency);
        QCOMPARE(recent->familyIdAt(0), q.yellow);

        QSignalSpy open(&page, &WorkPage::openFamilyRequested);
        pressEnterOn(child<QTableView>(&page, "riskTable"), 0);
        pressEnterOn(child<QTableView>(&page, "referralsTable"), 0);
        pressEnterOn(child<QTableView>(&page, "recentTable"), 0);
        QCOMPARE(open.count(), 3);
        QCOMPARE(open.at(0).at(0).toString(), proposed);
        QCOMPARE(open.at(0).at(1).value<FilePageId>(), FilePageId::Risk);
        QCOMPARE(open.at(1).at(0).toString(), q.orange);
        QCOMPARE(open.at(1).at(1).value<FilePageId>(), FilePageId::Referrals);
        QCOMPARE(open.at(2).at(0).toString(), q.yellow);
        QCOMPARE(open.at(2).at(1).value<FilePageId>(), FilePageId::Timeline);

        // A supervisor decides the proposal (in another session: this workspace hears of it with
        // its next change); the group is empty then.
        QVERIFY(RiskService(fx.as(QStringLiteral("boss"))).approve(risk->rowAt(0).event.id).ok());
        auto touch = ws->write(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(q.orange, ws->today())); });
        QVERIFY(waitUntil([&] { return touch.isFinished() && risk->rowCount() == 0; }));

        // A supervisor's group holds what waits for their decision.
        auto boss = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(boss);
        QVERIFY(assess(fx, q.orange, RiskCode::Blue)); // the worker proposes orange -> blue
        WorkPage bossPage(*boss);
        auto* waiting = modelOf<RiskWaitingModel>(&bossPage, "riskTable");
        QVERIFY(waitUntil([&] { return waiting->rowCount() == 1; }));
        QCOMPARE(waiting->familyIdAt(0), q.orange);
        QVERIFY(!child<QTableView>(&bossPage, "riskTable")->isColumnHidden(RiskWaitingModel::By));
    }

    void workGroupShowsAllInPlace()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        {
            CaseSession& s = fx.as(QStringLiteral("worker"));
            auto tx = s.begin();
            QVERIFY(tx.ok());
            for (int i = 0; i < 8; ++i) {
                NewFamily nf;
                nf.town = CaseFixture::kTownA;
                auto f = FamilyService(s).add(nf);
                QVERIFY(f.ok());
                QVERIFY(RiskService(s).propose(f->id, RiskCode::Red, QStringLiteral("核查")).ok());
            }
            QVERIFY(tx->commit().ok());
        }
        fx.advanceDays(10);
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        WorkPage page(*ws);
        auto* overdue = modelOf<DueModel>(&page, "overdueTable");
        QVERIFY(waitUntil([&] { return overdue->totalCount() == 8 && overdue->rowCount() == 5; }));
        QVERIFY(!overdue->canFetchMore({})); // a preview: no paging on
        auto* more = child<QPushButton>(&page, "overdueMoreButton");
        QVERIFY(waitUntil([&] { return more->isVisibleTo(&page); }));
        QCOMPARE(more->text(), WorkGroup::tr("Show all %n", nullptr, 8));
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(child<WorkGroup>(&page, "overdueGroup")->isExpanded());
        QVERIFY(waitUntil([&] { return overdue->rowCount() == 8; }));
        QTest::mouseClick(more, Qt::LeftButton); // show fewer
        QVERIFY(waitUntil([&] { return overdue->rowCount() == 5; }));
    }

    void duePagePagesLazilyAndFilters()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        QVERIFY(ReferenceData(fx.as(QStringLiteral("admin")))
                    .setScope(QStringLiteral("worker"), QStringLiteral("town"),
                              {CaseFixture::kTownA, CaseFixture::kTownB})
                    .ok());
        // More files than one page, made cheaply in one transaction: 60 in 白市驿镇 (coded in
        // turn red, orange, yellow, blue) and one in 含谷镇.
        const RiskCode codes[] = {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow,
                                  RiskCode::Blue};
        {
            CaseSession& s = fx.as(QStringLiteral("worker"));
            auto tx = s.begin();
            QVERIFY(tx.ok());
            for (int i = 0; i < 61; ++i) {
                NewFamily nf;
                nf.town = i == 60 ? CaseFixture::kTownB : CaseFixture::kTownA;
                nf.community = QStringLiteral("第%1村").arg(i % 7);
                auto f = FamilyService(s).add(nf);
                QVERIFY(f.ok());
                QVERIFY(RiskService(s).propose(f->id, codes[i % 4], QStringLiteral("核查")).ok());
            }
            QVERIFY(tx->commit().ok());
        }
        fx.advanceDays(100); // every one overdue (blue: 90 days)
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);

        DuePage page(*ws);
        DueModel* model = page.model();
        // Answers arrive as events: listening now hears the first page.
        QList<int> firstPages;
        connect(model, &PagedModelBase::reloaded, this, [&] { firstPages << model->rowCount(); });
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        // The tester asks for more rows itself (canFetchMore/fetchMore), as a view does.
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitUntil([&] { return !firstPages.isEmpty(); }));
        QCOMPARE(firstPages.first(), 50); // one page, not the whole queue
        if (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(waitUntil([&] { return model->rowCount() == 61 && model->totalCount() == 61; }));
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(inserted.count(), 1); // the second page: rows 50..60
        QCOMPARE(inserted.at(0).at(1).toInt(), 50);
        QCOMPARE(inserted.at(0).at(2).toInt(), 60);
        auto* count = child<QLabel>(&page, "dueCountLabel");
        QCOMPARE(count->text(), DuePage::tr("%n family file(s) overdue", nullptr, 61));
        for (int row = 1; row < model->rowCount(); ++row) // most severe first
            QVERIFY(RiskCodes::stored(model->rowAt(row - 1).family.riskCode) >=
                    RiskCodes::stored(model->rowAt(row).family.riskCode));
        QSet<QString> ids;
        for (const DueFamily& d : model->rows())
            ids.insert(d.family.id);
        QCOMPARE(ids.size(), 61); // no row twice across pages

        // By due date.
        auto* sort = child<QComboBox>(&page, "sortCombo");
        sort->setCurrentIndex(sort->findData(int(DueSort::Due)));
        QVERIFY(waitUntil([&] {
            return model->query().sort == DueSort::Due && firstPages.size() == 2 &&
                   model->rowCount() >= 50;
        }));
        QCOMPARE(firstPages.last(), 50);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row - 1).family.nextDue <= model->rowAt(row).family.nextDue);

        // One town (the combo lists the towns of the worker's scope).
        auto* town = child<QComboBox>(&page, "townCombo");
        QVERIFY(waitUntil([&] { return town->count() == 3; }));
        QVERIFY(town->isVisibleTo(&page));
        town->setCurrentIndex(town->findData(CaseFixture::kTownB));
        QVERIFY(waitUntil([&] { return model->totalCount() == 1 && model->rowCount() == 1; }));
        QCOMPARE(model->rowAt(0).family.town, CaseFixture::kTownB);

        // Coming due: none within 30 days, which the page says.
        town->setCurrentIndex(0);
        QTest::mouseClick(child<QPushButton>(&page, "upcomingButton"), Qt::LeftButton);
        auto* days = child<QComboBox>(&page, "daysCombo");
        days->setCurrentIndex(days->findData(30));
        QVERIFY(waitUntil([&] {
            return model->query().window == DueWindow::Upcoming && model->totalCount() == 0 &&
                   model->rowCount() == 0;
        }));
        QCOMPARE(model->query().withinDays, 30);
        auto* empty = child<QLabel>(&page, "dueEmptyLabel");
        QVERIFY(waitUntil([&] { return empty->isVisibleTo(&page); }));

        // Back to overdue; Enter opens the first line at its follow-ups.
        QTest::mouseClick(child<QPushButton>(&page, "overdueButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return model->rowCount() >= 50; }));
        QSignalSpy open(&page, &DuePage::openFamilyRequested);
        pressEnterOn(child<QTableView>(&page, "dueTable"), 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), model->familyIdAt(0));
        QCOMPARE(open.at(0).at(1).value<FilePageId>(), FilePageId::FollowUps);
    }

    /// Pictures for people to look at, when asked for: JIAHU_SHOTS=<dir> (under Xvfb), with
    /// JIAHU_SHOTS_QM=<catalogue .qm> and JIAHU_SHOTS_TSV=<a folder of parts' strings> for
    /// Chinese: the work page with data and the follow-up queue, at 1366x768.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("JIAHU_SHOTS");
        if (dir.isEmpty())
            QSKIP("set JIAHU_SHOTS to a directory (under Xvfb) for screenshots");
        const ShotTranslators translators;
        const QLocale locale;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const Queue q = makeQueue(fx);
        QVERIFY(assess(fx, q.blue, RiskCode::Red));
        QVERIFY(assess(fx, q.blue, RiskCode::Yellow));
        for (int i = 0; i < 6; ++i) {
            const QString id = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                            QStringLiteral("白云村"));
            code(fx, id, i % 2 ? RiskCode::Orange : RiskCode::Red);
        }
        fx.advanceDays(16);
        for (int i = 0; i < 2; ++i) { // visited 25 days ago, yellow: due in 5 days
            const QString id = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                            QStringLiteral("石院村"));
            code(fx, id, RiskCode::Yellow);
            QVERIFY(FollowUpService(fx.as(QStringLiteral("worker")))
                        .add(visit(id, fx.as(QStringLiteral("worker")).today().addDays(-25 - i)))
                        .ok());
        }
        QVERIFY(sendReferral(fx, q.orange));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        for (const QString& id : {q.red, q.yellow}) {
            auto opened = ws->openFamily(id);
            QVERIFY(waitUntil([&] { return opened.isFinished(); }));
        }
        WorkPage page(*ws);
        page.resize(1366, 768);
        page.show();
        auto* overdue = modelOf<DueModel>(&page, "overdueTable");
        auto* recent = modelOf<RecentFamiliesModel>(&page, "recentTable");
        QVERIFY(waitUntil([&] { return overdue->rowCount() == 5 && recent->rowCount() == 2; }));
        QTest::qWait(200);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("h5_work.png"))));

        DuePage due(*ws);
        due.resize(1366, 768);
        due.show();
        QVERIFY(waitUntil([&] { return due.model()->rowCount() > 5; }));
        QTest::qWait(200);
        QVERIFY(due.grab().save(QDir(dir).filePath(QStringLiteral("h5_due.png"))));
        QLocale::setDefault(locale);
    }
};

QTEST_MAIN(TestGuiWork)
#include "tst_gui_work.moc"
