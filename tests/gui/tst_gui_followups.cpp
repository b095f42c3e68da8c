// Follow-ups of a family file, driven offscreen over a CaseFixture database: the quick form is
// filled with the keyboard alone and what it saves is read back through FollowUpService; the
// next due date comes from the cadence of the family's code; a later one needs a reason; a
// counselor records a follow-up about a child of their school; a follow-up is corrected.
#include "FilePageHarness.h"
#include "GuiSupport.h"

#include "familyfile/FollowUpForm.h"
#include "familyfile/FollowUpsModel.h"
#include "familyfile/FollowUpsPage.h"
#include "forms/FormWidgets.h"

#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/ReferenceData.h"
#include "services/RiskService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

Person addPerson(CaseFixture& fx, const QString& familyId, MemberRole role, const QString& name,
                 const QString& school = {})
{
    Person p;
    p.familyId = familyId;
    p.role = role;
    p.name = name;
    p.school = school;
    auto added = PersonService(fx.as(QStringLiteral("worker"))).add(p);
    if (!added.ok())
        qWarning() << added.error().toString();
    return added.ok() ? added.value() : Person{};
}

/// A family of 白市驿镇 with a child at the counselor's school, a child elsewhere and a
/// guardian; coded `code` (none: not coded).
struct TestFamily {
    QString id;
    Person child, otherChild, guardian;
};

TestFamily makeFamily(CaseFixture& fx, std::optional<RiskCode> code)
{
    TestFamily f;
    f.id = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新民村"));
    f.guardian = addPerson(fx, f.id, MemberRole::Guardian, QStringLiteral("王建国"));
    f.child =
        addPerson(fx, f.id, MemberRole::Child, QStringLiteral("王小明"), CaseFixture::kSchool);
    f.otherChild = addPerson(fx, f.id, MemberRole::Child, QStringLiteral("王小红"),
                             QStringLiteral("含谷中学"));
    if (code) {
        auto set = RiskService(fx.as(QStringLiteral("worker")))
                       .propose(f.id, *code, QStringLiteral("入户核查"));
        if (!set.ok())
            qWarning() << set.error().toString();
    }
    return f;
}

/// The focused widget of `w`'s window (what keys typed now go to).
QWidget* focused(QWidget* w)
{
    return w->window()->focusWidget();
}

/// Shows `w` as a window, active, so that focus and Tab behave as for a user.
bool showActive(QWidget& w)
{
    w.resize(1366, 700);
    w.show();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}

/// Text committed by an input method (how Chinese reaches a field).
void commitText(QWidget* target, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestGuiFollowUps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyboardOnlyFollowUp()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily fam = makeFamily(fx, RiskCode::Red);
        FilePageHarness h(fx, QStringLiteral("worker"), fam.id);
        QVERIFY(h.ok());
        const QDate today = h.ws->today();

        FollowUpsPage page(*h.context);
        auto* table = child<QTableView>(&page, "followUpsTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        QVERIFY(showActive(page));
        auto* form = child<FollowUpForm>(&page, "followUpForm");
        QSignalSpy saved(form, &FollowUpForm::saved);
        auto* save = child<QPushButton>(&page, "saveFollowUpButton");
        QVERIFY(waitUntil([&] { return save->isEnabled(); })); // the cadence arrived
        QVERIFY(child<QLabel>(&page, "followUpsEmpty")->isVisible());

        // The first field has the focus; Tab follows the form.
        auto* kind = child<QComboBox>(&page, "kindCombo");
        QCOMPARE(focused(&page), kind);
        QTest::keyClick(focused(&page), Qt::Key_Down); // home visit -> phone call
        QCOMPARE(FollowUpKind(kind->currentData().toInt()), FollowUpKind::Phone);
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        auto* date = child<QDateEdit>(&page, "dateEdit");
        QCOMPARE(focused(&page), date);
        QCOMPARE(date->date(), today);
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        auto* person = child<QComboBox>(&page, "personCombo");
        QCOMPARE(focused(&page), person);
        QCOMPARE(person->count(), 4); // the whole family, the guardian and both children
        QTest::keyClick(focused(&page), Qt::Key_Down); // children first, then the guardian
        QTest::keyClick(focused(&page), Qt::Key_Down);
        QTest::keyClick(focused(&page), Qt::Key_Down);
        QCOMPARE(person->currentData().toString(), fam.guardian.id);
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        auto* notes = child<QPlainTextEdit>(&page, "notesEdit");
        QCOMPARE(focused(&page), notes);
        QTest::keyClicks(focused(&page), QStringLiteral("Called the father. "));
        commitText(focused(&page), QStringLiteral("孩子上学正常"));
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        QCOMPARE(focused(&page), child<QPlainTextEdit>(&page, "findingsEdit"));
        QTest::keyClicks(focused(&page), QStringLiteral("No new problems"));
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        auto* nextDue = child<QDateEdit>(&page, "nextDueEdit");
        QCOMPARE(focused(&page), nextDue);
        QCOMPARE(nextDue->date(), today.addDays(7)); // red: every 7 days
        QVERIFY(!child<QLineEdit>(&page, "dueReasonEdit")->isVisible());

        QTest::keyClick(focused(&page), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        auto* status = child<QLabel>(&page, "followUpStatus");
        QCOMPARE(status->text(), FollowUpForm::tr("Saved"));

        // Read back through core, as another session.
        const auto written = saved.at(0).at(0).value<FollowUp>();
        auto x = FollowUpService(fx.as(QStringLiteral("worker"))).get(written.id);
        QVERIFY2(x.ok(), qPrintable(x.ok() ? QString() : x.error().message));
        QCOMPARE(x->familyId, fam.id);
        QCOMPARE(x->kind, FollowUpKind::Phone);
        QCOMPARE(x->date, today);
        QCOMPARE(x->personId, fam.guardian.id);
        QCOMPARE(x->notes, QStringLiteral("Called the father. 孩子上学正常"));
        QCOMPARE(x->findings, QStringLiteral("No new problems"));
        QCOMPARE(x->nextDue, today.addDays(7));
        QVERIFY(x->nextDueReason.isEmpty());

        // The form is empty for the next one, the focus back on its first field.
        QVERIFY(notes->toPlainText().isEmpty());
        QCOMPARE(kind->currentIndex(), 0);
        QCOMPARE(focused(&page), kind);
        QVERIFY(!form->hasUnsavedEdits());

        // The list shows it once the file view hands over the fresh file.
        QVERIFY(h.refresh(page));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->index(0, FollowUpsModel::Who).data().toString(),
                 QStringLiteral("王建国"));
        QCOMPARE(table->model()->index(0, FollowUpsModel::NextDue).data().toString(),
                 today.addDays(7).toString(Qt::ISODate));
        // Typing starts a new one: "Saved" goes away.
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("x"));
        QVERIFY(status->text().isEmpty());
    }

    void nextDueFollowsTheCadence()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily uncoded = makeFamily(fx, std::nullopt);
        const TestFamily orange = makeFamily(fx, RiskCode::Orange);
        {
            FilePageHarness h(fx, QStringLiteral("worker"), uncoded.id);
            QVERIFY(h.ok());
            FollowUpForm form(*h.context);
            form.setFile(h.file);
            auto* save = child<QPushButton>(&form, "saveFollowUpButton");
            QVERIFY(waitUntil([&] { return save->isEnabled(); }));
            // Not coded: followed up like blue.
            QCOMPARE(child<QDateEdit>(&form, "nextDueEdit")->date(), h.ws->today().addDays(90));
        }
        {
            FilePageHarness h(fx, QStringLiteral("worker"), orange.id);
            QVERIFY(h.ok());
            FollowUpForm form(*h.context);
            form.setFile(h.file);
            auto* save = child<QPushButton>(&form, "saveFollowUpButton");
            QVERIFY(waitUntil([&] { return save->isEnabled(); }));
            auto* date = child<QDateEdit>(&form, "dateEdit");
            auto* nextDue = child<QDateEdit>(&form, "nextDueEdit");
            QCOMPARE(nextDue->date(), h.ws->today().addDays(14));
            // A follow-up entered a few days late: the next one is due from its own date.
            date->setDate(h.ws->today().addDays(-3));
            QCOMPARE(nextDue->date(), h.ws->today().addDays(11));
            QVERIFY(child<QLabel>(&form, "cadenceHint")->text().contains(QStringLiteral("14")));
        }
        // The administrator's cadence, not the default.
        QVERIFY(ReferenceData(fx.as(QStringLiteral("admin")))
                    .setCadence(QStringLiteral("orange=10"))
                    .ok());
        {
            FilePageHarness h(fx, QStringLiteral("worker"), orange.id);
            QVERIFY(h.ok());
            FollowUpForm form(*h.context);
            form.setFile(h.file);
            auto* save = child<QPushButton>(&form, "saveFollowUpButton");
            QVERIFY(waitUntil([&] { return save->isEnabled(); }));
            QCOMPARE(child<QDateEdit>(&form, "nextDueEdit")->date(), h.ws->today().addDays(10));
        }
    }

    void laterDueNeedsAReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily fam = makeFamily(fx, RiskCode::Red);
        FilePageHarness h(fx, QStringLiteral("worker"), fam.id);
        QVERIFY(h.ok());
        const QDate today = h.ws->today();
        FollowUpsPage page(*h.context);
        page.showFile(h.file);
        QVERIFY(showActive(page));
        auto* form = child<FollowUpForm>(&page, "followUpForm");
        QSignalSpy saved(form, &FollowUpForm::saved);
        auto* save = child<QPushButton>(&page, "saveFollowUpButton");
        QVERIFY(waitUntil([&] { return save->isEnabled(); }));

        auto* notes = child<QPlainTextEdit>(&page, "notesEdit");
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Home visit, family away next week"));
        auto* nextDue = child<QDateEdit>(&page, "nextDueEdit");
        auto* reason = child<QLineEdit>(&page, "dueReasonEdit");
        QVERIFY(!reason->isVisible());
        // Tab into the date and type its digits (each part moves on to the next when full).
        child<QPlainTextEdit>(&page, "findingsEdit")->setFocus();
        QTest::keyClick(focused(&page), Qt::Key_Tab);
        QCOMPARE(focused(&page), nextDue);
        QTest::keyClicks(nextDue, today.addDays(20).toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(nextDue->date(), today.addDays(20));
        QVERIFY(reason->isVisible()); // red allows 7 days: a later date asks for a reason

        // Without the reason: refused, said beside the form, nothing written.
        QTest::keyClick(focused(&page), Qt::Key_Return, Qt::ControlModifier);
        auto* error = child<ErrorLabel>(&page, "followUpError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(today.addDays(20).toString(Qt::ISODate)),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("reason")));
        QCOMPARE(focused(&page), reason);
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        QVERIFY(h.reload());
        QVERIFY(h.file.followUps.isEmpty());
        QVERIFY(prompter.informed.isEmpty());
        QCOMPARE(notes->toPlainText(), QStringLiteral("Home visit, family away next week"));

        // With it: Enter on the last field saves.
        QTest::keyClicks(reason, QStringLiteral("Family away for the harvest"));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY(!error->isVisible());
        auto x = FollowUpService(fx.as(QStringLiteral("worker")))
                     .get(saved.at(0).at(0).value<FollowUp>().id);
        QVERIFY(x.ok());
        QCOMPARE(x->nextDue, today.addDays(20));
        QCOMPARE(x->nextDueReason, QStringLiteral("Family away for the harvest"));
        QVERIFY(!reason->isVisible()); // cleared for the next one
        QCOMPARE(nextDue->date(), today.addDays(7));

        // The supervisor sees it in the queue of later due dates.
        auto extended = FollowUpService(fx.as(QStringLiteral("boss"))).extendedDue();
        QVERIFY(extended.ok());
        QCOMPARE(extended->rows.size(), 1);
    }

    void counselorRecordsAFollowUpForTheirSchoolsChild()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily fam = makeFamily(fx, RiskCode::Yellow);
        FilePageHarness h(fx, QStringLiteral("counselor"), fam.id);
        QVERIFY(h.ok());
        QVERIFY(h.file.partial);
        const QDate today = h.ws->today();

        FollowUpsPage page(*h.context);
        auto* table = child<QTableView>(&page, "followUpsTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        QVERIFY(showActive(page));
        auto* form = child<FollowUpForm>(&page, "followUpForm");
        QSignalSpy saved(form, &FollowUpForm::saved);
        auto* save = child<QPushButton>(&page, "saveFollowUpButton");
        QVERIFY(waitUntil([&] { return save->isEnabled(); }));

        // Only the child of their school; no "whole family", no guardian, no other child.
        auto* person = child<QComboBox>(&page, "personCombo");
        QCOMPARE(person->count(), 1);
        QCOMPARE(person->currentData().toString(), fam.child.id);
        // The next due date stays within the cadence (yellow: 30 days), without a reason field.
        auto* nextDue = child<QDateEdit>(&page, "nextDueEdit");
        QCOMPARE(nextDue->date(), today.addDays(30));
        QCOMPARE(nextDue->maximumDate(), today.addDays(30));
        nextDue->setDate(today.addDays(45));
        QCOMPARE(nextDue->date(), today.addDays(30));
        QVERIFY(!child<QLineEdit>(&page, "dueReasonEdit")->isVisible());

        auto* kind = child<QComboBox>(&page, "kindCombo");
        QCOMPARE(focused(&page), kind);
        QTest::keyClick(focused(&page), Qt::Key_Down);
        QTest::keyClick(focused(&page), Qt::Key_Down); // school contact
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(focused(&page), Qt::Key_Tab);
        QCOMPARE(focused(&page), child<QPlainTextEdit>(&page, "notesEdit"));
        QTest::keyClicks(focused(&page), QStringLiteral("Talked with the class teacher"));
        QTest::keyClick(focused(&page), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY(prompter.informed.isEmpty());

        auto x = FollowUpService(fx.as(QStringLiteral("counselor")))
                     .get(saved.at(0).at(0).value<FollowUp>().id);
        QVERIFY(x.ok());
        QCOMPARE(x->personId, fam.child.id);
        QCOMPARE(x->kind, FollowUpKind::School);
        QCOMPARE(x->notes, QStringLiteral("Talked with the class teacher"));
        QCOMPARE(x->nextDue, today.addDays(30));
        // The caseworker sees it in the full file.
        auto forWorker = FollowUpService(fx.as(QStringLiteral("worker"))).get(x->id);
        QVERIFY(forWorker.ok());

        QVERIFY(h.refresh(page));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, FollowUpsModel::Who).data().toString(),
                 QStringLiteral("王小明"));
    }

    void aFollowUpIsCorrected()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily fam = makeFamily(fx, RiskCode::Red);
        auto first = FollowUpService(fx.as(QStringLiteral("worker")))
                         .add(visit(fam.id, QDate(2026, 2, 27), FollowUpKind::HomeVisit,
                                    QStringLiteral("Visited, mother at home")));
        QVERIFY(first.ok());
        FilePageHarness h(fx, QStringLiteral("worker"), fam.id);
        QVERIFY(h.ok());
        FollowUpsPage page(*h.context);
        auto* table = child<QTableView>(&page, "followUpsTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        QVERIFY(showActive(page));
        auto* form = child<FollowUpForm>(&page, "followUpForm");
        QSignalSpy saved(form, &FollowUpForm::saved);
        QVERIFY(waitUntil(
            [&] { return child<QPushButton>(&page, "saveFollowUpButton")->isEnabled(); }));

        auto* correct = child<QPushButton>(&page, "correctFollowUpButton");
        QVERIFY(!correct->isEnabled());
        table->selectRow(0);
        QVERIFY(correct->isEnabled());
        correct->click();
        auto* notes = child<QPlainTextEdit>(&page, "notesEdit");
        QCOMPARE(notes->toPlainText(), QStringLiteral("Visited, mother at home"));
        QCOMPARE(child<QDateEdit>(&page, "dateEdit")->date(), QDate(2026, 2, 27));
        QVERIFY(page.hasUnsavedEdits());
        notes->setPlainText(QStringLiteral("Visited, grandmother at home"));

        // Cancelling the reason writes nothing.
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(prompter.asked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);

        prompter.reasons.push_back(QStringLiteral("Wrong person written down"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        const auto correction = saved.at(0).at(0).value<FollowUp>();
        auto x = FollowUpService(fx.as(QStringLiteral("worker"))).get(correction.id);
        QVERIFY(x.ok());
        QCOMPARE(x->amendsId, first->id);
        QCOMPARE(x->amendReason, QStringLiteral("Wrong person written down"));
        QCOMPARE(x->notes, QStringLiteral("Visited, grandmother at home"));
        QCOMPARE(x->date, QDate(2026, 2, 27));
        auto old = FollowUpService(fx.as(QStringLiteral("worker"))).get(first->id);
        QVERIFY(old.ok());
        QCOMPARE(old->supersededBy, correction.id);
        QVERIFY(!page.hasUnsavedEdits());

        // Both stay in the list; the corrected one is marked and can no longer be corrected.
        QVERIFY(h.refresh(page));
        QCOMPARE(table->model()->rowCount(), 2);
        int oldRow = -1;
        for (int r = 0; r < 2; ++r)
            if (table->model()
                    ->index(r, FollowUpsModel::Notes)
                    .data()
                    .toString()
                    .contains(QStringLiteral("mother")))
                oldRow = r;
        QVERIFY(oldRow >= 0);
        QCOMPARE(table->model()->index(oldRow, FollowUpsModel::Status).data().toString(),
                 FollowUpsModel::tr("Corrected (replaced)"));
        QCOMPARE(table->model()->index(1 - oldRow, FollowUpsModel::Status).data().toString(),
                 FollowUpsModel::tr("Correction"));
        table->selectRow(oldRow);
        QVERIFY(!correct->isEnabled());
    }

    void closedFileTakesNoFollowUps()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const TestFamily fam = makeFamily(fx, RiskCode::Blue);
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(fam.id, FamilyStatus::Closed, QStringLiteral("家庭已稳定"))
                    .ok());
        FilePageHarness h(fx, QStringLiteral("worker"), fam.id);
        QVERIFY(h.ok());
        FollowUpForm form(*h.context);
        form.setFile(h.file);
        QTest::qWait(100);
        QVERIFY(!child<QPushButton>(&form, "saveFollowUpButton")->isEnabled());
        QVERIFY(!child<QPlainTextEdit>(&form, "notesEdit")->isEnabled());
        QVERIFY(!child<QLabel>(&form, "followUpClosedNote")->isHidden());
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
        const TestFamily fam = makeFamily(fx, RiskCode::Orange);
        FollowUpService worker(fx.as(QStringLiteral("worker")));
        QVERIFY(worker
                    .add(visit(fam.id, QDate(2026, 2, 10), FollowUpKind::HomeVisit,
                               QStringLiteral("入户走访，祖母在家，孩子按时上学。")))
                    .ok());
        FollowUp phone = visit(fam.id, QDate(2026, 2, 24), FollowUpKind::Phone,
                               QStringLiteral("电话联系父亲，约定下周返乡。"));
        phone.personId = fam.guardian.id;
        phone.findings = QStringLiteral("父亲打工地点变更");
        QVERIFY(worker.add(phone).ok());
        FilePageHarness h(fx, QStringLiteral("worker"), fam.id);
        QVERIFY(h.ok());
        FollowUpsPage page(*h.context);
        page.showFile(h.file);
        page.resize(1366, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitUntil(
            [&] { return child<QPushButton>(&page, "saveFollowUpButton")->isEnabled(); }));
        auto* notes = child<QPlainTextEdit>(&page, "notesEdit");
        notes->setPlainText(QStringLiteral("与班主任沟通，孩子近期情绪稳定。"));
        child<QDateEdit>(&page, "nextDueEdit")->setDate(h.ws->today().addDays(30));
        QTest::qWait(200);
        const QString path = QDir(dir).filePath(QStringLiteral("h3_followups.png"));
        QVERIFY(page.grab().save(path));
        qInfo() << "screenshot:" << path;
        QVERIFY(child<FollowUpForm>(&page, "followUpForm")
                    ->grab()
                    .save(QDir(dir).filePath(QStringLiteral("h3_followup_form.png"))));
    }
};

QTEST_MAIN(TestGuiFollowUps)
#include "tst_gui_followups.moc"
