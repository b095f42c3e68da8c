// A family file's timeline and audit trail, driven offscreen over a CaseFixture database: every
// kind of record in one list, newest first, filtered by kind, a row opening its page; the
// supervisor's audit trail listing the file's openings and changes. With
// JIAHU_SCREENSHOT_PREFIX set (under Xvfb), screenshots of the timeline, the risk page and the
// assessment wizard are saved for people to look at (JIAHU_SCREENSHOT_QM: translation
// catalogues to load, separated by ':').
#include "GuiSupport.h"

#include "familyfile/AnswerRow.h"
#include "familyfile/AssessmentPage.h"
#include "familyfile/AssessmentWizard.h"
#include "familyfile/AuditTrailModel.h"
#include "familyfile/AuditTrailPage.h"
#include "familyfile/FamilyFileView.h"
#include "familyfile/TimelineEntries.h"
#include "familyfile/TimelineModel.h"
#include "familyfile/TimelinePage.h"
#include "look/AppFonts.h"
#include "look/RiskCodeDelegate.h"

#include "domain/CaseVocabulary.h"
#include "domain/RecordText.h"
#include "services/AssessmentService.h"
#include "services/AttachmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/GuidanceService.h"
#include "services/PersonService.h"
#include "services/PlanService.h"
#include "services/ReferralService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLocale>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// A family with a month of case work: coded red by an assessment, follow-ups (one corrected),
/// a guidance session, a plan with actions, a referral sent, an attachment, a reassessment and
/// a downgrade proposal. Returns the family's id (empty on failure, with a warning).
QString familyWithHistory(CaseFixture& fx)
{
    const QString id = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                    QStringLiteral("白市驿村"), QStringLiteral("3组12号"));
    CaseSession& w = fx.as(QStringLiteral("worker"));
    const auto fail = [](const char* what, const Error& e) {
        qWarning("%s: %s", what, qPrintable(e.toString()));
        return QString();
    };
    Person guardian;
    guardian.familyId = id;
    guardian.role = MemberRole::Guardian;
    guardian.name = QStringLiteral("张桂英");
    auto g = PersonService(w).add(guardian);
    if (!g.ok())
        return fail("guardian", g.error());
    NewAssessment first;
    first.familyId = id;
    first.answers = answersFor(RiskCode::Red);
    first.notes = QStringLiteral("孩子手臂有淤青");
    if (auto a = AssessmentService(w).assess(first); !a.ok())
        return fail("assessment", a.error());

    fx.advanceDays(1);
    FollowUp visit = test::visit(id, caseDate(fx.now), FollowUpKind::HomeVisit,
                                 QStringLiteral("入户走访，孩子由奶奶照看，情绪稳定"));
    auto v = FollowUpService(w).add(visit);
    if (!v.ok())
        return fail("follow-up", v.error());
    FollowUp corrected = visit;
    corrected.notes = QStringLiteral("入户走访，孩子由奶奶照看，情绪稳定，手臂淤青已消");
    if (auto c = FollowUpService(w).amend(v->id, corrected, QStringLiteral("补记观察")); !c.ok())
        return fail("amend", c.error());

    fx.advanceDays(2);
    auto plan = PlanService(w).add(id, PlanKind::Care, QStringLiteral("春季关爱服务"),
                                   QStringLiteral("监护人按时接送，孩子按时就医"));
    if (!plan.ok())
        return fail("plan", plan.error());
    PlanAction action;
    action.description = QStringLiteral("每周电话回访监护人");
    action.owner = QStringLiteral("worker");
    action.dueDate = caseDate(fx.now).addDays(-1);
    if (auto a = PlanService(w).addAction(plan->id, action); !a.ok())
        return fail("action", a.error());

    fx.advanceDays(1);
    Referral r;
    r.familyId = id;
    r.agency = CaseFixture::kAgency;
    r.request = ReferralRequest::GuidanceOrder;
    r.reason = QStringLiteral("监护人多次拒绝配合");
    auto referral = ReferralService(w).create(r);
    if (!referral.ok())
        return fail("referral", referral.error());
    if (auto m = ReferralService(w).move(
            referral->id, {ReferralStatus::Sent, QStringLiteral("当面递交"), {}, {}});
        !m.ok())
        return fail("send", m.error());

    fx.advanceDays(2);
    GuidanceSession session;
    session.familyId = id;
    session.guardianId = g->id;
    session.referralId = referral->id;
    session.date = caseDate(fx.now);
    session.hours = 2;
    session.topic = QStringLiteral("监护人法定职责");
    session.provider = QStringLiteral("区家庭教育指导中心");
    if (auto s = GuidanceService(w).add(session); !s.ok())
        return fail("guidance", s.error());
    if (auto a =
            AttachmentService(w).add(id, QStringLiteral("入户照片.jpg"), QByteArray(64, 'x'),
                                     QStringLiteral("image/jpeg"), QStringLiteral("第一次入户"));
        !a.ok())
        return fail("attachment", a.error());

    fx.advanceDays(7);
    NewAssessment again;
    again.familyId = id;
    again.answers = answersFor(RiskCode::Yellow);
    again.notes = QStringLiteral("情况好转，家长已配合");
    if (auto a = AssessmentService(w).assess(again); !a.ok())
        return fail("reassessment", a.error());
    return id;
}

} // namespace

class TestGuiTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notesThatSayTheirKindAreNotPrefixedTwice()
    {
        FamilyFile file;
        file.family.id = QStringLiteral("f");
        FollowUp plain;
        plain.id = QStringLiteral("a");
        plain.kind = FollowUpKind::HomeVisit;
        plain.date = QDate(2026, 3, 2);
        const QString kind = CaseVocabulary::displayName(FollowUpKind::HomeVisit);
        plain.notes = kind + QStringLiteral("，孩子在家");
        FollowUp other = plain;
        other.id = QStringLiteral("b");
        other.notes = QStringLiteral("孩子在家");
        file.followUps = {plain, other};
        QStringList summaries;
        for (const TimelineEntry& e : TimelineEntries::of(file))
            if (e.kind == TimelineEntry::Kind::FollowUp)
                summaries << e.summary;
        summaries.sort();
        QCOMPARE(summaries.size(), 2);
        QVERIFY(summaries.contains(plain.notes)); // not "入户走访：入户走访，…"
        QVERIFY2(std::any_of(summaries.begin(), summaries.end(),
                             [&](const QString& s) {
                                 return s.startsWith(kind) && s.endsWith(other.notes) &&
                                        s != other.notes;
                             }),
                 qPrintable(summaries.join(u'|'))); // the kind still leads other notes
    }

    void everyEventInOneListNewestFirstFilteredByKind()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = familyWithHistory(fx);
        QVERIFY(!familyId.isEmpty());
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1366, 700));
        QVERIFY(view);
        auto* page = qobject_cast<TimelinePage*>(view->page(FilePageId::Timeline));
        QVERIFY(page);
        TimelineModel* model = page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->showPage(FilePageId::Timeline);

        // Every kind is there, newest first.
        using Kind = TimelineEntry::Kind;
        for (Kind kind : TimelineEntries::filterKinds())
            QVERIFY2(model->countOf(kind) > 0, qPrintable(TimelineEntries::kindName(kind)));
        QCOMPARE(model->countOf(Kind::Code), 2);       // red, then the downgrade proposal
        QCOMPARE(model->countOf(Kind::Assessment), 2); // the first and the reassessment
        QCOMPARE(model->countOf(Kind::FollowUp), 2);   // the visit and its correction
        QCOMPARE(model->countOf(Kind::Referral), 2);   // drafted, sent
        QCOMPARE(model->rowCount(), model->countOf(std::nullopt));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY2(!TimelineEntries::newerFirst(model->entryAt(row), model->entryAt(row - 1)),
                     qPrintable(model->entryAt(row).summary));
        QCOMPARE(model->entryAt(model->rowCount() - 1).kind, Kind::File); // the file came first
        // The newest: the reassessment's proposal (made after the assessment, at the same time).
        QCOMPARE(model->entryAt(0).kind, Kind::Code);
        QVERIFY(model->entryAt(0).waiting);
        QCOMPARE(model->entryAt(1).kind, Kind::Assessment);

        // Code events carry their chip and the reason the system gave, in the reader's words.
        auto loaded = FamilyService(fx.as(QStringLiteral("worker"))).open(familyId);
        QVERIFY(loaded.ok());
        const RiskEvent red = loaded->riskHistory.first();
        const int redRow = model->rowCount() - 3; // below it: its assessment, the file's creation
        QModelIndex codeCell = model->index(redRow, TimelineModel::CodeColumn);
        QCOMPARE(codeCell.data(RiskCodeDelegate::CodeRole).toInt(),
                 RiskCodes::severity(RiskCode::Red));
        QCOMPARE(codeCell.data().toString(), RiskCodes::displayName(RiskCode::Red));
        const QString summary =
            model->index(redRow, TimelineModel::SummaryColumn).data().toString();
        QVERIFY2(summary.contains(RecordText::riskEventReason(red)), qPrintable(summary));
        QCOMPARE(model->index(redRow, TimelineModel::WhoColumn).data().toString(),
                 QStringLiteral("worker"));
        QVERIFY(!model->index(0, TimelineModel::DateColumn).data().toString().isEmpty());
        QVERIFY(!model->index(redRow, TimelineModel::KindColumn)
                     .data(RiskCodeDelegate::CodeRole)
                     .isValid());

        // Filtering by kind, with the chips' counts.
        auto* codes = child<QToolButton>(page, "timelineFilterCode");
        QVERIFY(codes->text().contains(QLatin1String("2")));
        QTest::mouseClick(codes, Qt::LeftButton);
        QCOMPARE(model->kindFilter(), Kind::Code);
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entryAt(row).kind, Kind::Code);
        QTest::mouseClick(child<QToolButton>(page, "timelineFilterFollowUp"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->entryAt(0).corrected); // the correction replaces …
        QVERIFY(model->entryAt(1).corrected);  // … the visit, which stays in the history
        QVERIFY(model->index(1, TimelineModel::SummaryColumn)
                    .data(Qt::ForegroundRole)
                    .isValid()); // shown quieter

        // A row opens its page.
        QTreeView* list = page->view();
        list->doItemsLayout();
        const QRect rect = list->visualRect(model->index(0, TimelineModel::SummaryColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view->currentPage(), FilePageId::FollowUps);
        view->showPage(FilePageId::Timeline);
        QTest::mouseClick(child<QToolButton>(page, "timelineFilterAll"), Qt::LeftButton);
        QCOMPARE(model->kindFilter(), std::nullopt);
        QCOMPARE(model->rowCount(), model->countOf(std::nullopt));

        // A new record shows once the file reloads, with the filter kept.
        page->setKindFilter(Kind::Attachment);
        const QString fileId = familyId;
        bool added = false;
        ws->write(
            [fileId](CaseSession& s) {
                return AttachmentService(s).add(fileId, QStringLiteral("学校证明.pdf"),
                                                QByteArray("%PDF-1.4"),
                                                QStringLiteral("application/pdf"));
            },
            view.get(), [&](Result<AttachmentInfo> r) { added = r.ok(); });
        QVERIFY(waitUntil([&] { return added && model->rowCount() == 2; }));
        QCOMPARE(model->kindFilter(), Kind::Attachment);
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));
    }

    void anEmptyFileSaysWhatWillAppear()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1366, 700));
        QVERIFY(view);
        auto* page = qobject_cast<TimelinePage*>(view->page(FilePageId::Timeline));
        view->showPage(FilePageId::Timeline);
        QCOMPARE(page->model()->rowCount(), 1); // the file was created
        page->setKindFilter(TimelineEntry::Kind::Code);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(child<QWidget>(page, "timelineEmptyLabel")->isVisible());
        QVERIFY(!page->view()->isVisible());
    }

    void theAuditTrailListsTheOpeningForSupervisors()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString familyId = fx.addFamily();
        // Caseworkers have no audit page.
        {
            auto ws = openWorkspace(fx, QStringLiteral("worker"));
            QVERIFY(ws);
            auto view = openView(*ws, familyId, QSize(1366, 700));
            QVERIFY(view);
            QVERIFY(!view->page(FilePageId::Audit));
        }
        auto ws = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1366, 700));
        QVERIFY(view);
        auto* page = qobject_cast<AuditTrailPage*>(view->page(FilePageId::Audit));
        QVERIFY(page);
        view->showPage(FilePageId::Audit);
        AuditTrailModel* model = page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitUntil([&] { return model->rowCount() >= 3; }));
        // Newest first: boss's opening, the worker's opening, the file's creation.
        QCOMPARE(model->rowAt(0).record.action, QStringLiteral("family.open"));
        QCOMPARE(model->rowAt(0).record.userName, QStringLiteral("boss"));
        QCOMPARE(model->index(0, AuditTrailModel::ActionColumn).data().toString(),
                 AuditTrailModel::actionText(QStringLiteral("family.open")));
        QVERIFY(model->index(0, AuditTrailModel::ActionColumn).data().toString() !=
                QStringLiteral("family.open"));
        QCOMPARE(model->rowAt(model->rowCount() - 1).record.action, QStringLiteral("family.add"));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowAt(row).record.familyId, familyId);
        QVERIFY(child<QTreeView>(page, "auditTrailView")->isVisible());

        // A change to the file adds its entry at the top.
        const QString id = familyId;
        bool done = false;
        ws->write(
            [id](CaseSession& s) {
                NewAssessment in;
                in.familyId = id;
                in.answers = answersFor(RiskCode::Orange);
                return AssessmentService(s).assess(in);
            },
            view.get(), [&](Result<AssessmentOutcome> r) { done = r.ok(); });
        QVERIFY(waitUntil([&] {
            return done && model->rowCount() > 0 &&
                   model->rowAt(0).record.action == QStringLiteral("risk.set");
        }));
        QCOMPARE(model->rowAt(1).record.action, QStringLiteral("assessment.add"));
    }

    void screenshots()
    {
        if (qEnvironmentVariable("JIAHU_SCREENSHOT_PREFIX").isEmpty())
            QSKIP("set JIAHU_SCREENSHOT_PREFIX (under xvfb-run, QT_QPA_PLATFORM=xcb)");
        for (const QString& qm : qEnvironmentVariable("JIAHU_SCREENSHOT_QM").split(u':')) {
            if (qm.isEmpty())
                continue;
            auto* translator = new QTranslator(qApp);
            QVERIFY2(translator->load(qm), qPrintable(qm));
            qApp->installTranslator(translator);
            QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        }
        applyAppFonts(*qobject_cast<QApplication*>(qApp));
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = familyWithHistory(fx);
        QVERIFY(!familyId.isEmpty());
        auto ws = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1366, 700));
        QVERIFY(view);
        view->resize(1366, 700);
        view->showPage(FilePageId::Timeline);
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        screenshot(view.get(), QStringLiteral("timeline.png"));
        view->showPage(FilePageId::Risk);
        screenshot(view.get(), QStringLiteral("risk.png"));
        view->showPage(FilePageId::Assessment);
        screenshot(view.get(), QStringLiteral("assessment_page.png"));
        view->showPage(FilePageId::Audit);
        auto* audit = qobject_cast<AuditTrailPage*>(view->page(FilePageId::Audit));
        QVERIFY(waitUntil([&] { return audit->model()->rowCount() > 0; }));
        screenshot(view.get(), QStringLiteral("audit.png"));

        auto* page = qobject_cast<AssessmentPage*>(view->page(FilePageId::Assessment));
        AssessmentWizard* wizard = page->openWizard();
        QVERIFY(waitUntil([&] { return wizard->isReady(); }));
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const QJsonObject answers = answersFor(RiskCode::Orange);
        for (const QString& key :
             {QStringLiteral("harm"), QStringLiteral("no_carer"), QStringLiteral("carer_unable")})
            QTest::keyClick(wizard->row(key), Qt::Key(Qt::Key_0 + answers.value(key).toInt()));
        screenshot(wizard, QStringLiteral("wizard_step1.png"));
        for (auto it = answers.begin(); it != answers.end(); ++it)
            QTest::keyClick(wizard->row(it.key()), Qt::Key(Qt::Key_0 + it.value().toInt()));
        wizard->goToStep(1);
        screenshot(wizard, QStringLiteral("wizard_step2.png"));
        wizard->goToStep(wizard->stepCount() - 1);
        screenshot(wizard, QStringLiteral("wizard_confirm.png"));
        prompter.confirmations = {true};
        wizard->reject();
    }
};

QTEST_MAIN(TestGuiTimeline)
#include "tst_gui_timeline.moc"
