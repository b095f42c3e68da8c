// The legal liaison's referral desk (转介受理), driven offscreen over a CaseFixture database: the
// liaison sees only the referrals sent to their agency (no drafts, no other agency), filters
// them by status, sees exactly the referral's fields and history, confirms receipt and accepts
// through the page's buttons (read back through core as the caseworker), and declining asks a
// reason — a cancelled reason changes nothing.
#include "GuiSupport.h"

#include "liaison/LiaisonReferralModel.h"
#include "liaison/ReferralDeskPage.h"

#include "domain/CaseVocabulary.h"
#include "services/ReferralService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// A referral by `worker` of `family` to `agency`; sent unless `send` is false. Its id.
QString addReferral(CaseFixture& fx, const QString& family, const QString& agency,
                    const QString& reason, bool send = true)
{
    ReferralService worker(fx.as(QStringLiteral("worker")));
    Referral r;
    r.familyId = family;
    r.request = ReferralRequest::GuidanceOrder;
    r.agency = agency;
    r.reason = reason;
    r.legalBasis = QStringLiteral("《家庭教育促进法》第四十九条");
    r.requiredHours = 6;
    auto created = worker.create(r);
    if (!created.ok()) {
        qWarning("create: %s", qPrintable(created.error().message));
        return {};
    }
    if (send &&
        !worker.move(created->id, {ReferralStatus::Sent, QStringLiteral("当面递交"), {}, {}}).ok())
        return {};
    return created->id;
}

Referral asWorker(CaseFixture& fx, const QString& id)
{
    auto r = ReferralService(fx.as(QStringLiteral("worker"))).get(id);
    return r.ok() ? r.value() : Referral{};
}

QStringList path(const Referral& r)
{
    QStringList out;
    for (const ReferralEvent& e : r.events)
        out << ReferralStatuses::id(e.status);
    return out;
}

} // namespace

class TestGuiLiaison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsOnlyTheirAgencyAndReceivesAndAccepts()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        QVERIFY(!family.isEmpty());
        const QString sent = addReferral(fx, family, CaseFixture::kAgency,
                                         QStringLiteral("监护人长期不履行监护职责\n第二行"));
        QVERIFY(!sent.isEmpty());
        QVERIFY(!addReferral(fx, family, CaseFixture::kAgency, QStringLiteral("草稿"), false)
                     .isEmpty());
        QVERIFY(!addReferral(fx, family, QStringLiteral("高新区公共服务局"), QStringLiteral("别处"))
                     .isEmpty());

        ScriptedPrompter prompter;
        auto ws = openWorkspace(fx, QStringLiteral("liaison"));
        QVERIFY(ws);
        ReferralDeskPage page(*ws);
        page.resize(1200, 700);
        page.show();
        QAbstractItemModelTester tester(page.referrals(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiaisonReferralModel* model = page.referrals();
        QVERIFY(waitUntil([&] { return model->hasAnswered(); }));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0).id, sent);
        QCOMPARE(model->columnCount(), int(LiaisonReferralModel::ColumnCount));
        QCOMPARE(model->index(0, LiaisonReferralModel::Status).data().toString(),
                 ReferralStatuses::displayName(ReferralStatus::Sent));
        QCOMPARE(model->index(0, LiaisonReferralModel::Request).data().toString(),
                 CaseVocabulary::displayName(ReferralRequest::GuidanceOrder));
        QCOMPARE(model->index(0, LiaisonReferralModel::Reason).data().toString(),
                 QStringLiteral("监护人长期不履行监护职责 …"));
        QCOMPARE(model->index(0, LiaisonReferralModel::Hours).data().toString(),
                 QStringLiteral("6"));
        QVERIFY(waitUntil([&] { return model->totalCount() == 1; }));

        // The first referral is chosen and shown in full, with its history.
        QVERIFY(waitUntil([&] { return page.current().id == sent; }));
        QCOMPARE(page.current().events.size(), 2);
        auto* legal = child<QLabel>(&page, "referralDeskField4");
        QVERIFY(legal);
        QCOMPARE(legal->text(), QStringLiteral("《家庭教育促进法》第四十九条"));
        auto* receive = child<QPushButton>(&page, "receiveReferralButton");
        auto* accept = child<QPushButton>(&page, "acceptReferralButton");
        auto* decline = child<QPushButton>(&page, "declineReferralButton");
        QVERIFY(receive && accept && decline);
        QVERIFY(receive->isVisible());
        QVERIFY(!accept->isVisible());
        QVERIFY(!decline->isVisible());
        screenshot(&page, QStringLiteral("liaison-desk.png"));

        // Receive, then accept with a response, through the buttons.
        QTest::mouseClick(receive, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return page.current().status == ReferralStatus::Received; }));
        QVERIFY(waitUntil([&] {
            return model->rowCount() == 1 &&
                   model->index(0, LiaisonReferralModel::Status).data().toString() ==
                       ReferralStatuses::displayName(ReferralStatus::Received);
        }));
        QVERIFY(waitUntil([&] { return accept->isVisible() && accept->isEnabled(); }));
        QVERIFY(!receive->isVisible());
        auto* response = child<QPlainTextEdit>(&page, "referralResponseEdit");
        QVERIFY(response);
        response->setPlainText(QStringLiteral("已制发督促监护令"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return page.current().status == ReferralStatus::Accepted; }));
        QVERIFY(prompter.informed.isEmpty());

        const Referral read = asWorker(fx, sent);
        QCOMPARE(read.status, ReferralStatus::Accepted);
        QCOMPARE(read.response, QStringLiteral("已制发督促监护令"));
        QCOMPARE(path(read), (QStringList{QStringLiteral("draft"), QStringLiteral("sent"),
                                          QStringLiteral("received"), QStringLiteral("accepted")}));
        QCOMPARE(read.events.at(2).byUserName, QStringLiteral("liaison"));
        QCOMPARE(read.events.at(3).byUserName, QStringLiteral("liaison"));
        // Closing is the caseworker's: the liaison is not offered any step now.
        QVERIFY(waitUntil([&] { return !accept->isVisible(); }));
        QVERIFY(!receive->isVisible() && !decline->isVisible());

        // The status filter: nothing is "sent" any more, the accepted one is listed.
        auto* filter = child<QComboBox>(&page, "referralStatusFilter");
        QVERIFY(filter);
        QCOMPARE(filter->count(), 6);
        filter->setCurrentIndex(filter->findData(ReferralStatuses::id(ReferralStatus::Sent)));
        QVERIFY(waitUntil([&] { return model->hasAnswered() && model->rowCount() == 0; }));
        auto* empty = child<QLabel>(&page, "referralDeskEmpty");
        QVERIFY(empty && empty->isVisible());
        filter->setCurrentIndex(filter->findData(ReferralStatuses::id(ReferralStatus::Accepted)));
        QVERIFY(waitUntil([&] { return model->rowCount() == 1; }));
        QCOMPARE(model->rowAt(0).id, sent);
    }

    void declineAsksAReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        const QString sent = addReferral(fx, family, CaseFixture::kAgency, QStringLiteral("原因"));
        QVERIFY(!sent.isEmpty());
        QVERIFY(ReferralService(fx.as(QStringLiteral("liaison")))
                    .move(sent, {ReferralStatus::Received, {}, {}, {}})
                    .ok());

        ScriptedPrompter prompter;
        auto ws = openWorkspace(fx, QStringLiteral("liaison"));
        QVERIFY(ws);
        ReferralDeskPage page(*ws);
        page.show();
        QVERIFY(waitUntil([&] { return page.current().id == sent; }));
        auto* decline = child<QPushButton>(&page, "declineReferralButton");
        QVERIFY(decline && decline->isVisible());

        // A cancelled reason changes nothing.
        prompter.reasons << QString();
        QTest::mouseClick(decline, Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(asWorker(fx, sent).status, ReferralStatus::Received);
        QCOMPARE(asWorker(fx, sent).events.size(), 3);

        // With a reason it is declined, the reason in the history.
        prompter.reasons << QStringLiteral("不属于本院管辖");
        QTest::mouseClick(decline, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return page.current().status == ReferralStatus::Declined; }));
        const Referral read = asWorker(fx, sent);
        QCOMPARE(read.status, ReferralStatus::Declined);
        QCOMPARE(read.events.last().note, QStringLiteral("不属于本院管辖"));
        QVERIFY(prompter.informed.isEmpty());
    }

    void showsCoreRefusal()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = fx.addFamily();
        const QString sent = addReferral(fx, family, CaseFixture::kAgency, QStringLiteral("原因"));
        ScriptedPrompter prompter;
        auto ws = openWorkspace(fx, QStringLiteral("liaison"));
        QVERIFY(ws);
        ReferralDeskPage page(*ws);
        page.show();
        QVERIFY(waitUntil([&] { return page.current().id == sent; }));
        // Someone else confirmed receipt meanwhile (a change the page has not seen yet).
        QVERIFY(ReferralService(fx.as(QStringLiteral("liaison")))
                    .move(sent, {ReferralStatus::Received, {}, {}, {}})
                    .ok());
        QVERIFY(page.receiveCurrent());
        QVERIFY(waitUntil([&] { return !prompter.informed.isEmpty(); }));
        QVERIFY(prompter.informed.first().contains(
            ReferralStatuses::displayName(ReferralStatus::Received)));
        QCOMPARE(asWorker(fx, sent).events.size(), 3);
    }

    void emptyStateSaysWhatAppears()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        auto ws = openWorkspace(fx, QStringLiteral("liaison"));
        QVERIFY(ws);
        ReferralDeskPage page(*ws);
        page.show();
        QVERIFY(waitUntil([&] { return page.referrals()->hasAnswered(); }));
        auto* empty = child<QLabel>(&page, "referralDeskEmpty");
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("appears here")));
        screenshot(&page, QStringLiteral("liaison-empty.png"));
    }
};

QTEST_MAIN(TestGuiLiaison)
#include "tst_gui_liaison.moc"
