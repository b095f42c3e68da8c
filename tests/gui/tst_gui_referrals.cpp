// Referrals and guidance of a family file, driven offscreen over a CaseFixture database: the
// referral wizard checks each step, then creates and sends the referral in one write (read back
// through ReferralService); a draft is edited, sent and withdrawn from the page; guidance
// sessions count against the hours an order requires.
#include "FilePageHarness.h"
#include "GuiSupport.h"

#include "familyfile/GuidancePage.h"
#include "familyfile/ReferralModels.h"
#include "familyfile/ReferralWizard.h"
#include "familyfile/ReferralsPage.h"
#include "forms/FormWidgets.h"

#include "services/PersonService.h"
#include "services/ReferralService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// Types `text` as a user would (key by key where QTest can; CJK as an input method commits it).
void type(QWidget* edit, const QString& text)
{
    QVERIFY(edit);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        line->insert(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit)) {
        plain->insertPlainText(text);
    }
}

Referral fullReferral()
{
    Referral r;
    r.agency = CaseFixture::kAgency;
    r.request = ReferralRequest::GuidanceOrder;
    r.reason = QStringLiteral("监护人长期外出，孩子无人照看");
    r.legalBasis = QStringLiteral("《家庭教育促进法》第四十九条");
    r.problems = QStringLiteral("孩子多次旷课");
    r.requiredActions = QStringLiteral("父母接受家庭教育指导");
    r.frequency = QStringLiteral("每周一次");
    r.duration = QStringLiteral("三个月");
    r.provider = QStringLiteral("区家庭教育指导中心");
    r.venue = QStringLiteral("白市驿镇社工站");
    r.servedHow = QStringLiteral("当面送达");
    r.requiredHours = 16;
    return r;
}

/// Fills every field of the wizard from `r`, step by step, and ends on the summary.
void fillWizard(ReferralWizard& w, const Referral& r)
{
    auto* request = child<QComboBox>(&w, "requestCombo");
    request->setCurrentIndex(request->findData(int(r.request)));
    type(child<QLineEdit>(&w, "agencyEdit"), r.agency);
    QVERIFY(w.goNext());
    type(child<QPlainTextEdit>(&w, "reasonEdit"), r.reason);
    type(child<QLineEdit>(&w, "legalBasisEdit"), r.legalBasis);
    type(child<QPlainTextEdit>(&w, "problemsEdit"), r.problems);
    QVERIFY(w.goNext());
    type(child<QPlainTextEdit>(&w, "requiredActionsEdit"), r.requiredActions);
    type(child<QLineEdit>(&w, "frequencyEdit"), r.frequency);
    type(child<QLineEdit>(&w, "durationEdit"), r.duration);
    type(child<QLineEdit>(&w, "providerEdit"), r.provider);
    type(child<QLineEdit>(&w, "venueEdit"), r.venue);
    type(child<QLineEdit>(&w, "servedHowEdit"), r.servedHow);
    child<QDoubleSpinBox>(&w, "hoursSpin")->setValue(r.requiredHours);
    QVERIFY(w.goNext());
    QCOMPARE(w.currentStep(), int(ReferralWizard::SummaryStep));
}

void compareFields(const Referral& got, const Referral& want)
{
    QCOMPARE(got.agency, want.agency);
    QCOMPARE(got.request, want.request);
    QCOMPARE(got.reason, want.reason);
    QCOMPARE(got.legalBasis, want.legalBasis);
    QCOMPARE(got.problems, want.problems);
    QCOMPARE(got.requiredActions, want.requiredActions);
    QCOMPARE(got.frequency, want.frequency);
    QCOMPARE(got.duration, want.duration);
    QCOMPARE(got.provider, want.provider);
    QCOMPARE(got.venue, want.venue);
    QCOMPARE(got.servedHow, want.servedHow);
    QCOMPARE(got.requiredHours, want.requiredHours);
}

QList<Referral> referralsOf(CaseFixture& fx, const QString& familyId)
{
    ReferralQuery q;
    q.familyId = familyId;
    auto page = ReferralService(fx.as(QStringLiteral("worker"))).list(q);
    if (!page.ok())
        return {};
    QList<Referral> out;
    for (const Referral& r : page->rows) {
        auto full = ReferralService(fx.as(QStringLiteral("worker"))).get(r.id);
        if (full.ok())
            out << full.value();
    }
    return out;
}

} // namespace

class TestGuiReferrals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardCreatesAndSendsAReferral()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        FilePageHarness h(fx, QStringLiteral("worker"), familyId);
        QVERIFY(h.ok());
        ReferralsPage page(*h.context);
        auto* table = child<QTableView>(&page, "referralsTable");
        auto* events = child<QTableView>(&page, "referralEventsTable");
        QAbstractItemModelTester t1(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(events->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        page.resize(1200, 700);
        page.show();
        QVERIFY(child<QLabel>(&page, "referralsEmpty")->isVisible());

        child<QPushButton>(&page, "newReferralButton")->click();
        auto* wizard = page.findChild<ReferralWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QSignalSpy saved(wizard, &ReferralWizard::referralSaved);
        auto* error = child<ErrorLabel>(wizard, "referralError");

        // Each step is checked before the next.
        QCOMPARE(wizard->currentStep(), int(ReferralWizard::WhatStep));
        child<QPushButton>(wizard, "nextButton")->click();
        QCOMPARE(wizard->currentStep(), int(ReferralWizard::WhatStep)); // no agency
        QVERIFY(error->isVisible());
        auto* request = child<QComboBox>(wizard, "requestCombo");
        request->setCurrentIndex(request->findData(int(ReferralRequest::GuidanceOrder)));
        type(child<QLineEdit>(wizard, "agencyEdit"), CaseFixture::kAgency);
        child<QPushButton>(wizard, "nextButton")->click();
        QCOMPARE(wizard->currentStep(), int(ReferralWizard::WhyStep));
        QVERIFY(!error->isVisible());
        QVERIFY(!wizard->goNext()); // no reason
        QVERIFY(error->isVisible());
        const Referral want = [] {
            Referral r = fullReferral();
            r.agency = CaseFixture::kAgency;
            return r;
        }();
        type(child<QPlainTextEdit>(wizard, "reasonEdit"), want.reason);
        type(child<QLineEdit>(wizard, "legalBasisEdit"), want.legalBasis);
        type(child<QPlainTextEdit>(wizard, "problemsEdit"), want.problems);
        QVERIFY(wizard->goNext());
        type(child<QPlainTextEdit>(wizard, "requiredActionsEdit"), want.requiredActions);
        type(child<QLineEdit>(wizard, "frequencyEdit"), want.frequency);
        type(child<QLineEdit>(wizard, "durationEdit"), want.duration);
        type(child<QLineEdit>(wizard, "providerEdit"), want.provider);
        type(child<QLineEdit>(wizard, "venueEdit"), want.venue);
        type(child<QLineEdit>(wizard, "servedHowEdit"), want.servedHow);
        QVERIFY(!wizard->goNext()); // an order to attend guidance sets its hours
        QVERIFY(error->text().contains(QStringLiteral("hours")));
        auto* hours = child<QDoubleSpinBox>(wizard, "hoursSpin");
        hours->setFocus();
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("16"));
        QTest::keyClick(hours, Qt::Key_Return); // Enter goes on to the next step
        QCOMPARE(wizard->currentStep(), int(ReferralWizard::SummaryStep));

        // The summary shows every field; back keeps what was typed.
        const QString summary = [&] {
            QStringList texts;
            for (QLabel* l : child<QWidget>(wizard, "summaryArea")->findChildren<QLabel*>())
                texts << l->text();
            return texts.join(u'\n');
        }();
        for (const QString& v :
             {want.agency, want.reason, want.legalBasis, want.problems, want.requiredActions,
              want.frequency, want.duration, want.provider, want.venue, want.servedHow})
            QVERIFY2(summary.contains(v), qPrintable(v));
        QVERIFY(summary.contains(CaseVocabulary::displayName(ReferralRequest::GuidanceOrder)));
        child<QPushButton>(wizard, "backButton")->click();
        QCOMPARE(wizard->currentStep(), int(ReferralWizard::ActionsStep));
        QCOMPARE(child<QLineEdit>(wizard, "venueEdit")->text(), want.venue);
        QVERIFY(wizard->goNext());

        child<QPushButton>(wizard, "sendButton")->click();
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY(prompter.informed.isEmpty());
        QVERIFY(waitUntil([&] { return page.findChild<ReferralWizard*>() == nullptr; }));

        // Read back: every field, sent, with its history.
        const QList<Referral> all = referralsOf(fx, familyId);
        QCOMPARE(all.size(), 1);
        const Referral& got = all.first();
        compareFields(got, want);
        QCOMPARE(got.status, ReferralStatus::Sent);
        QCOMPARE(got.events.size(), 2);
        QCOMPARE(got.events.at(0).status, ReferralStatus::Draft);
        QCOMPARE(got.events.at(1).status, ReferralStatus::Sent);
        // The agency's liaison sees it now.
        auto forLiaison = ReferralService(fx.as(QStringLiteral("liaison"))).get(got.id);
        QVERIFY(forLiaison.ok());

        // The page lists it with its history once the fresh file arrives.
        QVERIFY(h.refresh(page));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReferralsModel::Status).data().toString(),
                 ReferralStatuses::displayName(ReferralStatus::Sent));
        QCOMPARE(table->model()->index(0, ReferralsModel::Hours).data().toString(),
                 ReferralsModel::tr("%1 / %2 h").arg(QStringLiteral("0"), QStringLiteral("16")));
        QCOMPARE(events->model()->rowCount(), 2);
        QCOMPARE(events->model()->index(1, ReferralEventsModel::Status).data().toString(),
                 ReferralStatuses::displayName(ReferralStatus::Sent));
        QCOMPARE(events->model()->index(1, ReferralEventsModel::By).data().toString(),
                 QStringLiteral("worker"));
        // Sent: the agency's turn; nothing for the caseworker to move.
        QVERIFY(!child<QPushButton>(&page, "sendReferralButton")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "closeReferralButton")->isVisible());
        QVERIFY(child<QLabel>(&page, "referralWaiting")->isVisible());
    }

    void draftIsEditedSentAndWithdrawn()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        FilePageHarness h(fx, QStringLiteral("worker"), familyId);
        QVERIFY(h.ok());
        ReferralsPage page(*h.context);
        page.showFile(h.file);
        page.show();

        // Kept as a draft: created, not sent.
        ReferralWizard* wizard = page.newReferral();
        QVERIFY(wizard);
        Referral want = fullReferral();
        want.request = ReferralRequest::Psychological;
        want.requiredHours = 0;
        fillWizard(*wizard, want);
        QSignalSpy saved(wizard, &ReferralWizard::referralSaved);
        child<QPushButton>(wizard, "draftButton")->click();
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QList<Referral> all = referralsOf(fx, familyId);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().status, ReferralStatus::Draft);
        compareFields(all.first(), want);

        // Edited from the page: the wizard opens on the draft; the change is saved in place.
        QVERIFY(h.refresh(page));
        QVERIFY(child<QPushButton>(&page, "editReferralButton")->isVisible());
        wizard = page.editSelectedDraft();
        QVERIFY(wizard);
        QCOMPARE(child<QLineEdit>(wizard, "agencyEdit")->text(), want.agency);
        QVERIFY(wizard->goNext());
        auto* reason = child<QPlainTextEdit>(wizard, "reasonEdit");
        reason->setPlainText(QStringLiteral("孩子情绪低落，需要心理疏导"));
        QVERIFY(wizard->goNext());
        QVERIFY(wizard->goNext());
        QSignalSpy edited(wizard, &ReferralWizard::referralSaved);
        child<QPushButton>(wizard, "draftButton")->click(); // "Save changes"
        QVERIFY(waitUntil([&] { return edited.count() == 1; }));
        all = referralsOf(fx, familyId);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().reason, QStringLiteral("孩子情绪低落，需要心理疏导"));
        QCOMPARE(all.first().status, ReferralStatus::Draft);

        // Sent from the page, after confirming.
        QVERIFY(h.refresh(page));
        child<QPushButton>(&page, "sendReferralButton")->click(); // not confirmed
        QCOMPARE(prompter.asked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(referralsOf(fx, familyId).first().status, ReferralStatus::Draft);
        prompter.confirmations.push_back(true);
        child<QPushButton>(&page, "sendReferralButton")->click();
        QVERIFY(waitUntil(
            [&] { return referralsOf(fx, familyId).first().status == ReferralStatus::Sent; }));

        // A second draft, a minute later, withdrawn.
        fx.now += 60 * 1000;
        ReferralService worker(fx.as(QStringLiteral("worker")));
        Referral second = fullReferral();
        second.familyId = familyId;
        auto made = worker.create(second);
        QVERIFY(made.ok());
        QVERIFY(h.refresh(page));
        auto* table = child<QTableView>(&page, "referralsTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table->selectRow(0); // newest first
        QCOMPARE(table->model()->index(0, ReferralsModel::Status).data().toString(),
                 ReferralStatuses::displayName(ReferralStatus::Draft));
        auto* close = child<QPushButton>(&page, "closeReferralButton");
        QVERIFY(close->isVisible());
        prompter.confirmations.push_back(true);
        fx.now += 60 * 1000; // (two writers on one frozen clock would tie their events)
        close->click();
        QVERIFY(waitUntil([&] {
            auto r = worker.get(made->id);
            return r.ok() && r->status == ReferralStatus::Closed;
        }));
    }

    void guidanceCountsAgainstTheOrder()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        Person mother;
        mother.familyId = familyId;
        mother.role = MemberRole::Guardian;
        mother.name = QStringLiteral("李秀英");
        auto added = PersonService(fx.as(QStringLiteral("worker"))).add(mother);
        QVERIFY(added.ok());
        Referral order = fullReferral();
        order.familyId = familyId;
        ReferralService worker(fx.as(QStringLiteral("worker")));
        auto made = worker.create(order);
        QVERIFY(made.ok());
        ReferralMove send;
        send.to = ReferralStatus::Sent;
        QVERIFY(worker.move(made->id, send).ok());

        FilePageHarness h(fx, QStringLiteral("worker"), familyId);
        QVERIFY(h.ok());
        GuidancePage page(*h.context);
        auto* table = child<QTableView>(&page, "guidanceTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showFile(h.file);
        page.show();
        QCOMPARE(
            child<QLabel>(&page, "hoursLabel0")->text(),
            GuidancePage::tr("%1 / %2 hours done").arg(QStringLiteral("0"), QStringLiteral("16")));
        // The order is chosen for the session already; name the guardian.
        auto* referral = child<QComboBox>(&page, "sessionReferralCombo");
        QCOMPARE(referral->currentData().toString(), made->id);
        auto* guardian = child<QComboBox>(&page, "sessionGuardianCombo");
        guardian->setCurrentIndex(guardian->findData(added->id));
        child<QDoubleSpinBox>(&page, "sessionHoursSpin")->setValue(6);
        type(child<QLineEdit>(&page, "sessionTopicEdit"), QStringLiteral("亲子沟通"));
        type(child<QLineEdit>(&page, "sessionProviderEdit"), QStringLiteral("区家庭教育指导中心"));
        child<QPushButton>(&page, "saveSessionButton")->click();
        auto* status = child<QLabel>(&page, "guidanceStatus");
        QVERIFY(waitUntil([&] { return !status->text().isEmpty(); }));
        QVERIFY(prompter.informed.isEmpty());

        auto r = worker.get(made->id);
        QVERIFY(r.ok());
        QCOMPARE(r->hoursDone, 6.0);
        QVERIFY(h.refresh(page));
        QCOMPARE(h.file.guidance.size(), 1);
        const GuidanceSession& g = h.file.guidance.first();
        QCOMPARE(g.guardianId, added->id);
        QCOMPARE(g.referralId, made->id);
        QCOMPARE(g.topic, QStringLiteral("亲子沟通"));
        QCOMPARE(g.date, h.ws->today());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(
            child<QLabel>(&page, "hoursLabel0")->text(),
            GuidancePage::tr("%1 / %2 hours done").arg(QStringLiteral("6"), QStringLiteral("16")));
        auto* bar = child<QProgressBar>(&page, "hoursBar0");
        QCOMPARE(bar->value() * 16, bar->maximum() * 6);

        // Without a topic nothing is written.
        child<QPushButton>(&page, "saveSessionButton")->click();
        QVERIFY(child<ErrorLabel>(&page, "guidanceError")->isVisible());
        QTest::qWait(50);
        QVERIFY(h.reload());
        QCOMPARE(h.file.guidance.size(), 1);
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
        ReferralService worker(fx.as(QStringLiteral("worker")));
        Referral sent = fullReferral();
        sent.familyId = familyId;
        auto made = worker.create(sent);
        QVERIFY(made.ok());
        ReferralMove send;
        send.to = ReferralStatus::Sent;
        QVERIFY(worker.move(made->id, send).ok());
        FilePageHarness h(fx, QStringLiteral("worker"), familyId);
        QVERIFY(h.ok());
        const auto shoot = [&](QWidget& w, const QString& name) {
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(200);
            const QString path = QDir(dir).filePath(name);
            QVERIFY(w.grab().save(path));
            qInfo() << "screenshot:" << path;
        };
        ReferralsPage page(*h.context);
        page.resize(1366, 640);
        page.showFile(h.file);
        shoot(page, QStringLiteral("h3_referrals.png"));

        GuidancePage guidance(*h.context);
        guidance.resize(1366, 640);
        guidance.showFile(h.file);
        shoot(guidance, QStringLiteral("h3_guidance.png"));

        ReferralWizard wizard(*h.context);
        shoot(wizard, QStringLiteral("h3_referral_wizard_1.png"));
        Referral r = fullReferral();
        auto* request = child<QComboBox>(&wizard, "requestCombo");
        request->setCurrentIndex(request->findData(int(r.request)));
        child<QLineEdit>(&wizard, "agencyEdit")->setText(r.agency);
        QVERIFY(wizard.goNext());
        child<QPlainTextEdit>(&wizard, "reasonEdit")->setPlainText(r.reason);
        child<QLineEdit>(&wizard, "legalBasisEdit")->setText(r.legalBasis);
        shoot(wizard, QStringLiteral("h3_referral_wizard_2.png"));
        child<QPlainTextEdit>(&wizard, "problemsEdit")->setPlainText(r.problems);
        QVERIFY(wizard.goNext());
        child<QPlainTextEdit>(&wizard, "requiredActionsEdit")->setPlainText(r.requiredActions);
        child<QLineEdit>(&wizard, "frequencyEdit")->setText(r.frequency);
        child<QLineEdit>(&wizard, "durationEdit")->setText(r.duration);
        QVERIFY(!wizard.goNext()); // shows the hours refusal
        shoot(wizard, QStringLiteral("h3_referral_wizard_3.png"));
        child<QLineEdit>(&wizard, "providerEdit")->setText(r.provider);
        child<QLineEdit>(&wizard, "venueEdit")->setText(r.venue);
        child<QLineEdit>(&wizard, "servedHowEdit")->setText(r.servedHow);
        child<QDoubleSpinBox>(&wizard, "hoursSpin")->setValue(r.requiredHours);
        QVERIFY(wizard.goNext());
        shoot(wizard, QStringLiteral("h3_referral_wizard_4.png"));
    }
};

QTEST_MAIN(TestGuiReferrals)
#include "tst_gui_referrals.moc"
