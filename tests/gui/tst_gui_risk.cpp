// The risk code in the desktop app, driven offscreen over a CaseFixture database: a family coded
// red by an assessment made in the wizard (answered by the keyboard), a downgrade refused until
// a reassessment (the risk page says so before anyone types), the reassessment's proposal
// waiting for a supervisor, and a supervisor approving it on the risk page. Everything the pages
// save is read back through core services.
#include "GuiSupport.h"

#include "familyfile/AnswerRow.h"
#include "familyfile/AssessmentListModel.h"
#include "familyfile/AssessmentPage.h"
#include "familyfile/AssessmentWizard.h"
#include "familyfile/FamilyFileView.h"
#include "familyfile/RiskHistoryModel.h"
#include "familyfile/RiskPage.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/RiskService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

std::optional<RiskCode> codeOf(CaseFixture& fx, const QString& familyId)
{
    auto family = FamilyService(fx.as(QStringLiteral("worker"))).find(familyId);
    return family.ok() ? family->riskCode : std::nullopt;
}

QList<RiskEvent> queue(CaseFixture& fx, const QString& supervisor = QStringLiteral("boss"))
{
    auto page = RiskService(fx.as(supervisor)).queue();
    return page.ok() ? page->rows : QList<RiskEvent>{};
}

bool mentionsReassessment(const QString& text)
{
    return text.contains(QLatin1String("reassess"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("重新评估"));
}

/// Answers every question with the number keys, step by step, as `answers` says, and goes on to
/// the last step (confirming the code).
void answerByKeyboard(AssessmentWizard* wizard, const QJsonObject& answers)
{
    QVERIFY(wizard);
    QVERIFY(waitUntil([&] { return wizard->isReady(); }));
    QCOMPARE(wizard->currentStep(), 0);
    auto* next = child<QPushButton>(wizard, "nextButton");
    while (wizard->currentStep() < wizard->stepCount() - 1) {
        const int step = wizard->currentStep();
        QList<AnswerRow*> rows;
        for (AnswerRow* row : wizard->findChildren<AnswerRow*>())
            if (row->isVisible())
                rows << row;
        QVERIFY2(!rows.isEmpty(), "a step without questions");
        for (AnswerRow* row : rows) {
            const QString key = row->objectName().mid(int(qstrlen("answerRow_")));
            QVERIFY2(answers.contains(key), qPrintable(key));
            QTest::keyClick(row, Qt::Key(Qt::Key_0 + answers.value(key).toInt()));
            QCOMPARE(row->answer(), answers.value(key).toInt());
        }
        QVERIFY(next->isVisible() && next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), step + 1);
    }
    QCOMPARE(wizard->answeredCount(), int(answers.size()));
}

/// Opens the wizard from the assessment page (its one primary button).
AssessmentWizard* startWizard(FamilyFileView& view)
{
    view.showPage(FilePageId::Assessment);
    auto* page = qobject_cast<AssessmentPage*>(view.page(FilePageId::Assessment));
    if (!page)
        return nullptr;
    auto* button = page->findChild<QPushButton*>(QStringLiteral("newAssessmentButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return page->wizard();
}

} // namespace

class TestGuiRisk : public QObject {
    Q_OBJECT

    /// Codes the family red through the wizard: the assessment page's button, the keyboard, the
    /// suggested code accepted, a note.
    void codeRedInTheWizard(FamilyFileView& view, CaseFixture& fx, const QString& familyId)
    {
        AssessmentWizard* wizard = startWizard(view);
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        answerByKeyboard(wizard, answersFor(RiskCode::Red));
        if (QTest::currentTestFailed())
            return;
        // The running score and the suggestion were in sight all along.
        QVERIFY(child<QLabel>(wizard, "runningScoreLabel")->text().contains(QLatin1String("10")));
        QCOMPARE(child<RiskChip>(wizard, "suggestedCodeChip")->code(), RiskCode::Red);
        QVERIFY(child<QRadioButton>(wizard, "acceptSuggestionRadio")->isChecked());
        QVERIFY(child<QLabel>(wizard, "assessmentEffectLabel")
                    ->text()
                    .contains(RiskCodes::displayName(RiskCode::Red)));
        child<QPlainTextEdit>(wizard, "assessmentNotesEdit")
            ->setPlainText(QStringLiteral("孩子手臂有淤青，监护人回避"));
        auto* submit = child<QPushButton>(wizard, "submitAssessmentButton");
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return codeOf(fx, familyId) == RiskCode::Red; }));
        QVERIFY(waitUntil([&] { return !wizard->isVisible(); }));
    }

    /// Opens the family in the worker's file view (into `ws` and `view`), codes it red in the
    /// wizard, and moves the clock a week on.
    void openCodedRedAWeekAgo(CaseFixture& fx, const QString& familyId,
                              std::unique_ptr<Workspace>& ws, std::unique_ptr<FamilyFileView>& view)
    {
        ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        view = openView(*ws, familyId, QSize(1280, 720));
        QVERIFY(view);
        codeRedInTheWizard(*view, fx, familyId);
        if (QTest::currentTestFailed())
            return;
        fx.advanceDays(7);
    }

private Q_SLOTS:
    void anAssessmentInTheWizardCodesTheFamily()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1280, 720));
        QVERIFY(view);
        auto* page = qobject_cast<AssessmentPage*>(view->page(FilePageId::Assessment));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->showPage(FilePageId::Assessment);
        QVERIFY(child<QLabel>(page, "assessmentEmptyLabel")->isVisible());

        codeRedInTheWizard(*view, fx, familyId);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));
        // Stored as answered, with the template's version and the note.
        auto file = FamilyService(fx.as(QStringLiteral("worker"))).open(familyId);
        QVERIFY(file.ok());
        QCOMPARE(file->assessments.size(), 1);
        const Assessment& a = file->assessments.first();
        QCOMPARE(a.answers, answersFor(RiskCode::Red));
        QCOMPARE(a.score, 10);
        QCOMPARE(a.suggestedCode, RiskCode::Red);
        QCOMPARE(a.confirmedCode, RiskCode::Red);
        QCOMPARE(a.notes, QStringLiteral("孩子手臂有淤青，监护人回避"));
        QCOMPARE(a.templateId, AssessmentTemplate::defaultTemplateId());

        // The page lists it once the file has reloaded, and the button now reassesses.
        QVERIFY(waitUntil([&] { return page->model()->rowCount() == 1; }));
        QCOMPARE(page->model()->index(0, AssessmentListModel::ScoreColumn).data().toInt(), 10);
        QCOMPARE(page->model()
                     ->index(0, AssessmentListModel::ConfirmedColumn)
                     .data(RiskCodeDelegate::CodeRole)
                     .toInt(),
                 RiskCodes::severity(RiskCode::Red));
        QVERIFY(child<QPushButton>(page, "newAssessmentButton")->text() !=
                AssessmentPage::tr("New assessment"));
    }

    void aWizardWithAnswersAsksBeforeItIsCancelled()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1280, 720));
        QVERIFY(view);
        AssessmentWizard* wizard = startWizard(*view);
        QVERIFY(wizard);
        QVERIFY(waitUntil([&] { return wizard->isReady(); }));
        // Submitting is not offered until every question is answered.
        wizard->goToStep(wizard->stepCount() - 1);
        QVERIFY(!child<QPushButton>(wizard, "submitAssessmentButton")->isEnabled());
        QVERIFY(child<QLabel>(wizard, "assessmentMissingLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(wizard, "goToMissingButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), 0);

        QTest::keyClick(wizard->row(QStringLiteral("harm")), Qt::Key_Y);
        QCOMPARE(wizard->row(QStringLiteral("harm"))->answer(), 1);
        auto* page = qobject_cast<AssessmentPage*>(view->page(FilePageId::Assessment));
        QVERIFY(page->hasUnsavedEdits());
        const QVariant draft = page->draft();
        QVERIFY(draft.isValid());
        prompter.confirmations = {false};
        QTest::mouseClick(child<QPushButton>(wizard, "cancelButton"), Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(wizard->isVisible()); // kept
        prompter.confirmations = {true};
        QTest::mouseClick(child<QPushButton>(wizard, "cancelButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !page->wizard(); }));
        QVERIFY(!codeOf(fx, familyId));

        // A draft kept over a lock comes back with its answers.
        page->restoreDraft(draft);
        QVERIFY(page->wizard());
        QVERIFY(waitUntil([&] { return page->wizard()->isReady(); }));
        QCOMPARE(page->wizard()->row(QStringLiteral("harm"))->answer(), 1);
        page->discardEdits();
    }

    void aDowngradeWaitsForAReassessmentThenForASupervisor()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<FamilyFileView> view;
        openCodedRedAWeekAgo(fx, familyId, ws, view);
        if (QTest::currentTestFailed())
            return;

        // The risk page says a downgrade needs a reassessment before anyone types.
        auto* risk = qobject_cast<RiskPage*>(view->page(FilePageId::Risk));
        QVERIFY(risk);
        QAbstractItemModelTester tester(risk->historyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->showPage(FilePageId::Risk);
        QVERIFY(waitUntil([&] { return risk->state().current == RiskCode::Red; }));
        QCOMPARE(child<RiskChip>(risk, "riskCurrentChip")->code(), RiskCode::Red);
        auto* block = child<QLabel>(risk, "riskBlockLabel");
        QVERIFY(block->isVisible());
        QVERIFY2(mentionsReassessment(block->text()), qPrintable(block->text()));
        QCOMPARE(risk->historyModel()->rowCount(), 1);

        // Proposing yellow is not offered, and says why.
        auto* combo = child<QComboBox>(risk, "proposeCodeCombo");
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Yellow)));
        child<QPlainTextEdit>(risk, "proposeReasonEdit")->setPlainText(QStringLiteral("情况好转"));
        QVERIFY(!child<QPushButton>(risk, "proposeButton")->isEnabled());
        QVERIFY(mentionsReassessment(child<QLabel>(risk, "proposeEffectLabel")->text()));
        QVERIFY(risk->hasUnsavedEdits());
        risk->discardEdits();

        // "Start a reassessment" leads to the assessment page.
        auto* reassess = child<QPushButton>(risk, "reassessButton");
        QVERIFY(reassess->isVisible());
        QTest::mouseClick(reassess, Qt::LeftButton);
        QCOMPARE(view->currentPage(), FilePageId::Assessment);

        // The reassessment suggests yellow; accepting it proposes the downgrade to a supervisor.
        AssessmentWizard* wizard = startWizard(*view);
        QVERIFY(wizard);
        QVERIFY(wizard->windowTitle().contains(QLatin1String("Reassessment")) ||
                wizard->windowTitle().contains(QStringLiteral("重新评估")));
        answerByKeyboard(wizard, answersFor(RiskCode::Yellow));
        QCOMPARE(child<RiskChip>(wizard, "suggestedCodeChip")->code(), RiskCode::Yellow);
        QCOMPARE(child<RiskChip>(wizard, "currentCodeChip")->code(), RiskCode::Red);
        const QString effect = child<QLabel>(wizard, "assessmentEffectLabel")->text();
        QVERIFY2(effect.contains(RiskCodes::displayName(RiskCode::Yellow)), qPrintable(effect));
        QTest::mouseClick(child<QPushButton>(wizard, "submitAssessmentButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return queue(fx).size() == 1; }));
        QCOMPARE(queue(fx).first().kind, RiskEventKind::Propose);
        QCOMPARE(queue(fx).first().code, RiskCode::Yellow);
        QCOMPARE(codeOf(fx, familyId), RiskCode::Red); // until a supervisor approves
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));

        // The risk page shows it waiting, and a second downgrade is not offered.
        QVERIFY(waitUntil([&] { return risk->state().waiting.size() == 1; }));
        QVERIFY(block->text().contains(QLatin1String("waiting")) ||
                block->text().contains(QStringLiteral("等待")));
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Blue)));
        child<QPlainTextEdit>(risk, "proposeReasonEdit")->setPlainText(QStringLiteral("再降"));
        QVERIFY(!child<QPushButton>(risk, "proposeButton")->isEnabled());
        risk->discardEdits();
        // A caseworker sees what waits, without approving it.
        view->showPage(FilePageId::Risk);
        QVERIFY(child<QWidget>(risk, "riskWaitingBox")->isVisible());
        QVERIFY(!risk->findChild<QPushButton*>(QStringLiteral("approveButton")));

        // Another reassessment would propose a second downgrade: the wizard says so and offers
        // to record the current code instead.
        view->showPage(FilePageId::Assessment);
        wizard = startWizard(*view);
        QVERIFY(wizard);
        answerByKeyboard(wizard, answersFor(RiskCode::Blue));
        auto* submit = child<QPushButton>(wizard, "submitAssessmentButton");
        QVERIFY(!submit->isEnabled());
        const QString waiting = child<QLabel>(wizard, "assessmentEffectLabel")->text();
        QVERIFY2(waiting.contains(QLatin1String("already waiting")) ||
                     waiting.contains(QStringLiteral("等待")),
                 qPrintable(waiting));
        auto* codeCombo = child<QComboBox>(wizard, "overrideCodeCombo");
        codeCombo->setCurrentIndex(codeCombo->findData(RiskCodes::severity(RiskCode::Red)));
        child<QPlainTextEdit>(wizard, "overrideReasonEdit")
            ->setPlainText(QStringLiteral("等督导审批后再调整"));
        QVERIFY(submit->isEnabled());

        // Meanwhile a supervisor closes the file elsewhere: core refuses, the page shows why and
        // keeps the answers.
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(familyId, FamilyStatus::Closed, QStringLiteral("迁出本区"))
                    .ok());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !prompter.informed.isEmpty(); }));
        QVERIFY2(prompter.informed.last().contains(QLatin1String("read-only")) ||
                     prompter.informed.last().contains(QStringLiteral("只读")) ||
                     prompter.informed.last().contains(QStringLiteral("重新开启")),
                 qPrintable(prompter.informed.last()));
        QVERIFY(wizard->isVisible());
        QVERIFY(submit->isEnabled());
        QCOMPARE(wizard->answeredCount(), int(answersFor(RiskCode::Blue).size()));
        QCOMPARE(queue(fx).size(), 1);
        prompter.confirmations = {true};
        wizard->reject();
    }

    void aDowngradeProposedOnTheRiskPageIsApprovedByASupervisor()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<FamilyFileView> view;
        openCodedRedAWeekAgo(fx, familyId, ws, view);
        if (QTest::currentTestFailed())
            return;

        // A reassessment suggests yellow, but the caseworker keeps red for now (a code above
        // the suggestion, with a reason): nothing changes, nothing waits.
        AssessmentWizard* wizard = startWizard(*view);
        answerByKeyboard(wizard, answersFor(RiskCode::Yellow));
        if (QTest::currentTestFailed())
            return;
        auto* codeCombo = child<QComboBox>(wizard, "overrideCodeCombo");
        codeCombo->setCurrentIndex(codeCombo->findData(RiskCodes::severity(RiskCode::Red)));
        QVERIFY(child<QRadioButton>(wizard, "overrideCodeRadio")->isChecked());
        auto* submit = child<QPushButton>(wizard, "submitAssessmentButton");
        QVERIFY(!submit->isEnabled()); // another code needs a reason
        child<QPlainTextEdit>(wizard, "overrideReasonEdit")
            ->setPlainText(QStringLiteral("家长仍未配合，先观察两周"));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        auto* risk = qobject_cast<RiskPage*>(view->page(FilePageId::Risk));
        QVERIFY(
            waitUntil([&] { return risk->state().latest && risk->state().latest->score == 6; }));
        QCOMPARE(risk->state().latest->confirmedCode, RiskCode::Red);
        QVERIFY(queue(fx).isEmpty());
        QCOMPARE(codeOf(fx, familyId), RiskCode::Red);

        // Two weeks on, the caseworker proposes yellow on the risk page: no lower than the
        // reassessment suggests.
        fx.advanceDays(14);
        view->showPage(FilePageId::Risk);
        QVERIFY(!child<QLabel>(risk, "riskBlockLabel")->isVisible());
        auto* combo = child<QComboBox>(risk, "proposeCodeCombo");
        auto* reason = child<QPlainTextEdit>(risk, "proposeReasonEdit");
        auto* propose = child<QPushButton>(risk, "proposeButton");
        reason->setPlainText(QStringLiteral("两次回访情况稳定，家长已配合"));
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Blue)));
        QVERIFY(!propose->isEnabled());
        QVERIFY(child<QLabel>(risk, "proposeEffectLabel")
                    ->text()
                    .contains(RiskCodes::displayName(RiskCode::Yellow)));
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Yellow)));
        QVERIFY(propose->isEnabled());
        QTest::mouseClick(propose, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return queue(fx).size() == 1; }));
        const RiskEvent proposal = queue(fx).first();
        QCOMPARE(proposal.kind, RiskEventKind::Propose);
        QCOMPARE(proposal.code, RiskCode::Yellow);
        QCOMPARE(proposal.reason, QStringLiteral("两次回访情况稳定，家长已配合"));
        QCOMPARE(proposal.assessmentId, risk->state().latest->id);
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));
        QVERIFY(waitUntil([&] { return reason->toPlainText().isEmpty(); })); // the form is done

        // A supervisor approves it on the risk page.
        auto bossWs = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(bossWs);
        auto bossView = openView(*bossWs, familyId, QSize(1280, 720));
        QVERIFY(bossView);
        auto* bossRisk = qobject_cast<RiskPage*>(bossView->page(FilePageId::Risk));
        bossView->showPage(FilePageId::Risk);
        QCOMPARE(bossRisk->state().waiting.size(), 1);
        auto* approve = bossRisk->findChild<QPushButton*>(QStringLiteral("approveButton"));
        QVERIFY(approve);
        QVERIFY(approve->isEnabled());
        prompter.reasons = {QStringLiteral("同意降为黄码，继续每月回访")};
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return codeOf(fx, familyId) == RiskCode::Yellow; }));
        QVERIFY(queue(fx).isEmpty());
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));
        QVERIFY(waitUntil([&] { return bossRisk->state().current == RiskCode::Yellow; }));
        QVERIFY(!bossRisk->findChild<QPushButton*>(QStringLiteral("approveButton")));
        QCOMPARE(bossRisk->historyModel()->eventAt(0).kind, RiskEventKind::Approve);
        QCOMPARE(bossRisk->historyModel()->eventAt(0).reason,
                 QStringLiteral("同意降为黄码，继续每月回访"));
    }

    void aRaiseOnTheRiskPageTakesEffectAtOnceAndIsReviewed()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        NewAssessment yellow;
        yellow.familyId = familyId;
        yellow.answers = answersFor(RiskCode::Yellow);
        QVERIFY(AssessmentService(fx.as(QStringLiteral("worker"))).assess(yellow).ok());
        fx.advanceDays(3);
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1280, 720));
        QVERIFY(view);
        auto* risk = qobject_cast<RiskPage*>(view->page(FilePageId::Risk));
        view->showPage(FilePageId::Risk);
        auto* combo = child<QComboBox>(risk, "proposeCodeCombo");
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Red)));
        auto* propose = child<QPushButton>(risk, "proposeButton");
        QVERIFY(!propose->isEnabled()); // a reason first
        child<QPlainTextEdit>(risk, "proposeReasonEdit")
            ->setPlainText(QStringLiteral("学校报告孩子连续三天未到校"));
        QVERIFY(propose->isEnabled());
        QTest::mouseClick(propose, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return codeOf(fx, familyId) == RiskCode::Red; })); // at once
        QCOMPARE(queue(fx).size(), 1);                                             // for review
        QCOMPARE(queue(fx).first().kind, RiskEventKind::Set);

        // Now the latest assessment is older than the code: a downgrade needs a reassessment.
        QVERIFY(waitUntil([&] { return risk->state().current == RiskCode::Red; }));
        QCOMPARE(risk->state().block, RiskFileState::DowngradeBlock::AssessmentOlder);
        const QString block = child<QLabel>(risk, "riskBlockLabel")->text();
        QCOMPARE(block, RiskFileState::tr("A downgrade needs a reassessment first (the latest "
                                          "assessment is older than the current code)."));

        // A supervisor reviews the raise (it cannot be declined: it took effect).
        auto bossWs = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(bossWs);
        auto bossView = openView(*bossWs, familyId, QSize(1280, 720));
        QVERIFY(bossView);
        auto* bossRisk = qobject_cast<RiskPage*>(bossView->page(FilePageId::Risk));
        QVERIFY(!bossRisk->findChild<QPushButton*>(QStringLiteral("declineButton")));
        auto* review = bossRisk->findChild<QPushButton*>(QStringLiteral("approveButton"));
        QVERIFY(review && review->isEnabled());
        prompter.reasons = {QStringLiteral("同意升码")};
        QTest::mouseClick(review, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return queue(fx).isEmpty(); }));
        QCOMPARE(codeOf(fx, familyId), RiskCode::Red);
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));
    }

    void aSupervisorDoesNotDecideTheirOwnProposal()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        // Red, then a week later a reassessment kept red over a yellow suggestion.
        NewAssessment red;
        red.familyId = familyId;
        red.answers = answersFor(RiskCode::Red);
        QVERIFY(AssessmentService(fx.as(QStringLiteral("boss"))).assess(red).ok());
        fx.advanceDays(7);
        NewAssessment again;
        again.familyId = familyId;
        again.answers = answersFor(RiskCode::Yellow);
        again.confirmedCode = RiskCode::Red;
        again.overrideReason = QStringLiteral("观察");
        QVERIFY(AssessmentService(fx.as(QStringLiteral("boss"))).assess(again).ok());

        auto ws = openWorkspace(fx, QStringLiteral("boss"));
        QVERIFY(ws);
        auto view = openView(*ws, familyId, QSize(1280, 720));
        QVERIFY(view);
        auto* risk = qobject_cast<RiskPage*>(view->page(FilePageId::Risk));
        view->showPage(FilePageId::Risk);
        auto* combo = child<QComboBox>(risk, "proposeCodeCombo");
        combo->setCurrentIndex(combo->findData(RiskCodes::severity(RiskCode::Orange)));
        child<QPlainTextEdit>(risk, "proposeReasonEdit")->setPlainText(QStringLiteral("好转"));
        QTest::mouseClick(child<QPushButton>(risk, "proposeButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return risk->state().waiting.size() == 1; }));
        // Their own proposal: the buttons are there but not for them, and the page says why.
        auto* approve = risk->findChild<QPushButton*>(QStringLiteral("approveButton"));
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled());
        QVERIFY(!risk->findChild<QPushButton*>(QStringLiteral("declineButton"))->isEnabled());
        // boss2 declines it.
        auto ws2 = openWorkspace(fx, QStringLiteral("boss2"));
        QVERIFY(ws2);
        auto view2 = openView(*ws2, familyId, QSize(1280, 720));
        QVERIFY(view2);
        auto* risk2 = qobject_cast<RiskPage*>(view2->page(FilePageId::Risk));
        auto* decline = risk2->findChild<QPushButton*>(QStringLiteral("declineButton"));
        QVERIFY(decline && decline->isEnabled());
        prompter.reasons = {QString()}; // cancelled (a null reason): nothing happens
        QTest::mouseClick(decline, Qt::LeftButton);
        QCOMPARE(queue(fx).size(), 1);
        prompter.reasons = {QStringLiteral("上周仍有冲突，暂不降码")};
        QTest::mouseClick(decline, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return queue(fx).isEmpty(); }));
        QCOMPARE(codeOf(fx, familyId), RiskCode::Red);
        QVERIFY(waitUntil([&] { return risk2->state().waiting.isEmpty(); }));
        QCOMPARE(risk2->historyModel()->eventAt(0).kind, RiskEventKind::Decline);
    }
};

QTEST_MAIN(TestGuiRisk)
#include "tst_gui_risk.moc"
