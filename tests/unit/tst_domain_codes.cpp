// Risk codes and the referral status machine.
#include "domain/ReferralStatus.h"
#include "domain/RiskCode.h"

#include <QtTest>

using namespace jiahu;

class TestDomainCodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void riskCodesOrderAndRoundTrip()
    {
        const QList<RiskCode> bySeverity = {RiskCode::Blue, RiskCode::Yellow, RiskCode::Orange,
                                            RiskCode::Red};
        for (int i = 0; i < bySeverity.size(); ++i) {
            const RiskCode c = bySeverity[i];
            QCOMPARE(RiskCodes::fromId(RiskCodes::id(c)), std::optional<RiskCode>(c));
            QVERIFY(!RiskCodes::displayName(c).isEmpty());
            for (int j = 0; j < bySeverity.size(); ++j)
                QCOMPARE(RiskCodes::isDowngrade(c, bySeverity[j]), j < i);
        }
        QVERIFY(!RiskCodes::fromId(QStringLiteral("green")).has_value());
        QCOMPARE(RiskCodes::defaultFollowUpDays(RiskCode::Red), 7);
        QCOMPARE(RiskCodes::defaultFollowUpDays(RiskCode::Orange), 14);
        QCOMPARE(RiskCodes::defaultFollowUpDays(RiskCode::Yellow), 30);
        QCOMPARE(RiskCodes::defaultFollowUpDays(RiskCode::Blue), 90);
    }

    void referralTransitions()
    {
        using S = ReferralStatus;
        const QList<QPair<S, S>> legal = {{S::Draft, S::Sent},        {S::Draft, S::Closed},
                                          {S::Sent, S::Received},     {S::Received, S::Accepted},
                                          {S::Received, S::Declined}, {S::Accepted, S::Closed},
                                          {S::Declined, S::Closed}};
        const QList<S> all = {S::Draft, S::Sent, S::Received, S::Accepted, S::Declined, S::Closed};
        int refused = 0;
        for (S from : all) {
            QCOMPARE(ReferralStatuses::fromId(ReferralStatuses::id(from)), std::optional<S>(from));
            for (S to : all) {
                const bool ok = ReferralStatuses::checkTransition(from, to).ok();
                QCOMPARE(ok, legal.contains({from, to}));
                refused += ok ? 0 : 1;
            }
        }
        QCOMPARE(refused, 36 - 7);
    }

    void illegalTransitionSaysWhatIsAllowed()
    {
        auto st = ReferralStatuses::checkTransition(ReferralStatus::Sent, ReferralStatus::Accepted);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().message,
                 QStringLiteral(
                     "A referral that is Sent cannot become Accepted; it can become: Received."));
        auto closed =
            ReferralStatuses::checkTransition(ReferralStatus::Closed, ReferralStatus::Draft);
        QVERIFY(closed.error().message.contains(QStringLiteral("cannot change any more")));
    }
};

QTEST_GUILESS_MAIN(TestDomainCodes)
#include "tst_domain_codes.moc"
