// Hybrid logical clock: monotonic under a stalled or backward wall clock, causal across nodes,
// sortable as text, and refusing a remote clock far in the future.
#include "sync/HybridClock.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace jiahu;

class TestHybridClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monotonicWhateverTheWallClockDoes()
    {
        qint64 wall = 1'700'000'000'000;
        HybridClock clock(QStringLiteral("laptopA"), [&wall] { return wall; });
        Hlc previous = clock.now();
        QRandomGenerator rng(3);
        for (int i = 0; i < 10000; ++i) {
            wall += qint64(rng.bounded(5)) - 2; // stalls and steps back as well as forwards
            const Hlc next = clock.now();
            QVERIFY(previous < next);
            QVERIFY(previous.toString() < next.toString()); // text order is the same order
            previous = next;
        }
    }

    void causalAcrossNodes()
    {
        qint64 wallA = 1'700'000'000'000;
        qint64 wallB = wallA - 5000; // B's clock is five seconds slow
        HybridClock a(QStringLiteral("A"), [&wallA] { return wallA; });
        HybridClock b(QStringLiteral("B"), [&wallB] { return wallB; });
        const Hlc sent = a.now();
        auto received = b.observe(sent);
        QVERIFY(received.ok());
        const Hlc reply = b.now(); // a change B makes after seeing A's
        QVERIFY(sent < received.value());
        QVERIFY(sent < reply);
        QCOMPARE(reply.millis, sent.millis); // no jump into B's wall time: it is behind
        auto back = a.observe(reply);
        QVERIFY(back.ok());
        QVERIFY(reply < a.now());
    }

    void refusesFarFutureRemote()
    {
        qint64 wall = 1'700'000'000'000;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        Hlc bogus{wall + HybridClock::kMaxDriftMs + 1, 0, QStringLiteral("broken")};
        auto r = clock.observe(bogus);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("broken")));
        QCOMPARE(clock.last().millis, 0); // nothing was taken from it
        Hlc fine{wall + 60000, 7, QStringLiteral("ahead")};
        QVERIFY(clock.observe(fine).ok());
        QCOMPARE(clock.now().millis, wall + 60000);
    }

    void textRoundTrip()
    {
        const Hlc h{1'700'000'000'123, 42, QStringLiteral("node_1")};
        QCOMPARE(h.toString(), QStringLiteral("0000018bcfe5687b-0000002a-node_1"));
        QCOMPARE(Hlc::parse(h.toString()), std::optional<Hlc>(h));
        QVERIFY(!Hlc::parse(QStringLiteral("18bcfe10d7b-2a-node")).has_value());
        QVERIFY(!Hlc::parse(QStringLiteral("0000018bcfe10d7b-0000002a-no de")).has_value());
        QVERIFY(!Hlc::parse(QStringLiteral("ffffffffffffffff-0000002a-x")).has_value());
    }

    void resumesFromAStoredTimestamp()
    {
        qint64 wall = 1000;
        const Hlc stored{5000, 3, QStringLiteral("A")};
        HybridClock clock(
            QStringLiteral("A"), [&wall] { return wall; }, stored);
        QVERIFY(stored < clock.now()); // a restarted app with a wrong clock still moves forward
    }
};

QTEST_GUILESS_MAIN(TestHybridClock)
#include "tst_hybrid_clock.moc"
